// The dashboard's browser tests: starts a fresh `diem-node --dev --tmp`, a compute gateway on it
// (`diem-gateway serve`, the built-in `dev` model, a temporary store) and serves the built page
// (dist/, from `vite build`), then runs every tests/*.test.mjs with node's test runner against
// them, in Debian's headless Chromium driven by playwright-core. Stops all three however the run
// ends. Screenshots and the node's and gateway's logs go to test-results/.
//
// Before any test, the node's metadata must be the one the page's types were generated from
// (metadata.json, `npm run typegen`): stale types fail here, by name, not somewhere in a test.
// Then the chain state a later test needs a credit day (a minute) ahead is set up (fixtures.mjs).

import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { freePort, nodeBin, startNode } from '../../e2e/lib/node.mjs';
import { committedMetadata, fetchMetadata, METADATA_FILE, versionOf } from '../scripts/metadata.mjs';
import { chainApi } from './browser.mjs';
import { stakeForCredits } from './fixtures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
export const artefacts = join(app, 'test-results');
/** The gateway binary: $DIEM_GATEWAY, else the one built beside the node. */
const gatewayBin = process.env.DIEM_GATEWAY || join(dirname(nodeBin), 'diem-gateway');
const GATEWAY_STARTUP_MS = 30_000;

/** Fails unless the node at `ws` serves the metadata the committed types come from. */
async function checkMetadata(ws) {
  const committed = committedMetadata();
  const { version, hex } = await fetchMetadata(ws);
  if (committed === hex) return null;
  const file = relative(join(app, '..'), METADATA_FILE);
  const what = committed
    ? `the dev node's metadata (v${version}, ${(hex.length - 2) / 2} bytes) differs from ${file} (v${versionOf(committed)}, ${(committed.length - 2) / 2} bytes)`
    : `there is no ${file}`;
  return `${what}: the page's chain types (src/interfaces/) are stale. Run \`npm run typegen\` (it starts a dev node of the built runtime), check the build, and commit metadata.json and src/interfaces/.`;
}

/**
 * Starts `diem-gateway serve` on a free port against the node at `chain`, metering as //Ferdie
 * (the dev chain's registered meter), with the built-in `dev` model and a temporary store;
 * resolves once it answers.
 */
async function startGateway(chain) {
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), 'diem-app-gateway-'));
  const config = join(store, 'gateway.toml');
  writeFileSync(
    config,
    [
      `listen = "127.0.0.1:${port}"`,
      `chain = "${chain}"`,
      'meter_suri = "//Ferdie"',
      `store = "${join(store, 'db')}"`,
      'upstream = "dev"',
      '',
      '[[models]]',
      'id = "dev-echo"',
      'input_micro_usd_per_mtok = 150000',
      'output_micro_usd_per_mtok = 600000',
      '',
    ].join('\n'),
  );
  const logPath = join(artefacts, 'gateway.log');
  const log = createWriteStream(logPath);
  const child = spawn(gatewayBin, ['serve', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    rmSync(store, { recursive: true, force: true });
  };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + GATEWAY_STARTUP_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`diem-gateway exited with ${child.exitCode}; see ${logPath}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, stop, logPath };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`diem-gateway did not answer within ${GATEWAY_STARTUP_MS / 1000} s; see ${logPath}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  if (!existsSync(nodeBin)) {
    console.error(`no node binary at ${nodeBin}: build it (scripts/dev.sh) or set DIEM_NODE`);
    return 2;
  }
  if (!existsSync(gatewayBin)) {
    console.error(`no gateway binary at ${gatewayBin}: build it (cargo build -p diem-gateway) or set DIEM_GATEWAY`);
    return 2;
  }
  if (!existsSync(join(app, 'dist/index.html'))) {
    console.error('no built page in dist/: run `npm run build` first');
    return 2;
  }
  mkdirSync(artefacts, { recursive: true });
  const node = await startNode(['--dev', '--tmp'], join(artefacts, 'dev-node.log'));
  const ws = `ws://127.0.0.1:${node.rpcPort}`;
  let gateway = null;
  let server = null;
  const stop = () => {
    node.stop();
    gateway?.stop();
    server?.httpServer.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stop();
      process.exit(130);
    });
  }
  try {
    const stale = await checkMetadata(ws);
    if (stale) {
      console.error(stale);
      return 1;
    }
    const { api } = await chainApi(ws);
    try {
      await stakeForCredits(api);
    } finally {
      await api.disconnect();
    }
    gateway = await startGateway(ws);
    const port = await freePort();
    server = await preview({ root: app, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
    console.log(`diem-node on ${ws}, diem-gateway on ${gateway.url}, page on http://127.0.0.1:${port}`);
    // `node tests/run.mjs trade api-access`: only the files whose names contain one of these.
    const only = process.argv.slice(2);
    const tests = readdirSync(here)
      .filter((f) => f.endsWith('.test.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
      .sort()
      .map((f) => join(here, f));
    const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
      stdio: 'inherit',
      env: { ...process.env, DIEM_WS: ws, APP_URL: `http://127.0.0.1:${port}/`, GATEWAY_URL: gateway.url, ARTEFACTS: artefacts },
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
