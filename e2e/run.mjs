// Starts a fresh `diem-node --dev --tmp` on free ports, waits until its RPC answers, runs every
// test in tests/ against it with node's test runner, and stops the node however the run ends.
//
// The node binary is $DIEM_NODE, else the debug build in $CARGO_TARGET_DIR (default
// ~/.cache/diem-chain/target). The node's log goes to $DIEM_NODE_LOG (default node.log here).

import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const targetDir = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache/diem-chain/target');
const nodeBin = process.env.DIEM_NODE || join(targetDir, 'debug/diem-node');
const logPath = process.env.DIEM_NODE_LOG || join(here, 'node.log');
const STARTUP_TIMEOUT_MS = 180_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Polls `system_health` over HTTP until the node answers or the deadline passes.
async function waitForRpc(port, node) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (node.exitCode !== null) throw new Error(`diem-node exited with ${node.exitCode}; see ${logPath}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_health', params: [] }),
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`diem-node did not answer RPC within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logPath}`);
}

function stop(node) {
  if (node.exitCode === null && node.signalCode === null) node.kill('SIGTERM');
}

async function main() {
  if (!existsSync(nodeBin)) {
    console.error(`no node binary at ${nodeBin}: build it with scripts/build-node.sh or set DIEM_NODE`);
    return 2;
  }
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const log = createWriteStream(logPath);
  const node = spawn(
    nodeBin,
    ['--dev', '--tmp', '--rpc-port', `${rpcPort}`, '--port', `${p2pPort}`, '--no-prometheus',
      '--no-telemetry', '--no-mdns'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  node.stdout.pipe(log);
  node.stderr.pipe(log);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stop(node);
      process.exit(130);
    });
  }
  process.on('exit', () => stop(node));

  try {
    await waitForRpc(rpcPort, node);
    console.log(`diem-node ${nodeBin} is up on ws://127.0.0.1:${rpcPort}`);
    const tests = readdirSync(join(here, 'tests'))
      .filter((f) => f.endsWith('.test.mjs'))
      .sort()
      .map((f) => join(here, 'tests', f));
    const runner = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
      stdio: 'inherit',
      env: { ...process.env, DIEM_WS: `ws://127.0.0.1:${rpcPort}` },
    });
    return await new Promise((resolve) => runner.on('exit', (code) => resolve(code ?? 1)));
  } finally {
    stop(node);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
