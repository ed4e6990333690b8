// The dashboard's browser tests: starts a fresh `diem-node --dev --tmp` and serves the built page
// (dist/, from `vite build`), then runs every tests/*.test.mjs with node's test runner against
// both, in Debian's headless Chromium driven by playwright-core. Stops both however the run ends.
// Screenshots and the node's log go to test-results/.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { freePort, nodeBin, startNode } from '../../e2e/lib/node.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
export const artefacts = join(app, 'test-results');

async function main() {
  if (!existsSync(nodeBin)) {
    console.error(`no node binary at ${nodeBin}: build it (scripts/dev.sh) or set DIEM_NODE`);
    return 2;
  }
  if (!existsSync(join(app, 'dist/index.html'))) {
    console.error('no built page in dist/: run `npm run build` first');
    return 2;
  }
  mkdirSync(artefacts, { recursive: true });
  const node = await startNode(['--dev', '--tmp'], join(artefacts, 'dev-node.log'));
  const port = await freePort();
  const server = await preview({ root: app, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const stop = () => {
    node.stop();
    server.httpServer.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    console.log(`diem-node on ws://127.0.0.1:${node.rpcPort}, page on http://127.0.0.1:${port}`);
    const tests = readdirSync(here)
      .filter((f) => f.endsWith('.test.mjs'))
      .sort()
      .map((f) => join(here, f));
    const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
      stdio: 'inherit',
      env: { ...process.env, DIEM_WS: `ws://127.0.0.1:${node.rpcPort}`, APP_URL: `http://127.0.0.1:${port}/`, ARTEFACTS: artefacts },
    });
    return await new Promise((resolve) => runner.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
