// Starting and stopping diem-node processes for the e2e harness and tests.

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

const targetDir = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache/diem-chain/target');
/** The node binary: $DIEM_NODE, else the debug build in the cargo target directory. */
export const nodeBin = process.env.DIEM_NODE || join(targetDir, 'debug/diem-node');
const STARTUP_TIMEOUT_MS = 180_000;

/** A TCP port nothing listens on now. */
export function freePort() {
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

/** Calls a JSON-RPC method over HTTP. */
export async function rpc(port, method, params = []) {
  const res = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

/**
 * Starts `diem-node` with `args` plus free RPC and p2p ports (or the ones given), logging to
 * `logPath`, and resolves once its RPC answers. `stop()` ends it (SIGTERM); `kill(signal)`
 * sends a signal (default SIGKILL) and resolves once the process is gone; `exited` resolves
 * with `{ code, signal }` when it ends.
 */
export async function startNode(args, logPath, ports = {}) {
  const rpcPort = ports.rpc ?? (await freePort());
  const p2pPort = ports.p2p ?? (await freePort());
  const log = createWriteStream(logPath);
  const child = spawn(
    nodeBin,
    [...args, '--rpc-port', `${rpcPort}`, '--port', `${p2pPort}`, '--no-prometheus', '--no-telemetry', '--no-mdns'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  const kill = (signal = 'SIGKILL') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  process.on('exit', stop);

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`diem-node exited with ${child.exitCode}; see ${logPath}`);
    try {
      await rpc(rpcPort, 'system_health');
      return { rpcPort, p2pPort, stop, kill, exited, pid: child.pid, logPath };
    } catch {
      if (Date.now() > deadline) {
        stop();
        throw new Error(`diem-node did not answer RPC within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logPath}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
