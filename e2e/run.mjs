// Starts a fresh `diem-node --dev --tmp` on free ports, waits until its RPC answers, runs every
// test in tests/ against it with node's test runner, and stops the node however the run ends.
//
// The node binary is $DIEM_NODE, else the debug build in $CARGO_TARGET_DIR (default
// ~/.cache/diem-chain/target). Node logs go to logs/ here.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBin, startNode } from './lib/node.mjs';

const here = dirname(fileURLToPath(import.meta.url));

async function main() {
  if (!existsSync(nodeBin)) {
    console.error(`no node binary at ${nodeBin}: build it (scripts/dev.sh) or set DIEM_NODE`);
    return 2;
  }
  mkdirSync(join(here, 'logs'), { recursive: true });
  const node = await startNode(['--dev', '--tmp'], join(here, 'logs/dev-node.log'));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      node.stop();
      process.exit(130);
    });
  }
  try {
    console.log(`diem-node ${nodeBin} is up on ws://127.0.0.1:${node.rpcPort}`);
    const tests = readdirSync(join(here, 'tests'))
      .filter((f) => f.endsWith('.test.mjs'))
      .sort()
      .map((f) => join(here, 'tests', f));
    const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
      stdio: 'inherit',
      env: { ...process.env, DIEM_WS: `ws://127.0.0.1:${node.rpcPort}` },
    });
    return await new Promise((resolve) => runner.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    node.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
