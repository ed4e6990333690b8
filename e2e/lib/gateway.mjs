// Starting and stopping diem-gateway processes for the gateway's e2e test: its configuration
// file, the deterministic stub model server (`diem-gateway stub-upstream`) and the gateway
// (`diem-gateway serve`), on free ports, logging to files in e2e/logs/ as node.mjs does for
// nodes. A gateway can be stopped, killed with SIGKILL and restarted on the same port and the
// same store (its redb database), which is what a crash test needs.

import { spawn } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort, nodeBin } from './node.mjs';

/** The gateway binary: $DIEM_GATEWAY, else the one built beside the node (same target dir). */
export const gatewayBin = process.env.DIEM_GATEWAY || join(dirname(nodeBin), 'diem-gateway');
const STARTUP_TIMEOUT_MS = 30_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A TOML basic string (its escapes are JSON's for the characters a path or URL holds). */
const tomlString = (s) => JSON.stringify(String(s));

/**
 * The text of a gateway configuration (gateway/src/config.rs): `listen`, `chain`, `store`,
 * `upstream` (a base URL or "dev"), optional `meterSuri` (else the environment's
 * DIEM_GATEWAY_METER_SURI), `usdBilling`, `batchIntervalMs`, `keyMaxDays`, and `models`, each
 * `{ id, upstreamModel?, input, output }` with prices in micro-USD per million tokens.
 */
export function gatewayConfig({ listen, chain, store, upstream, meterSuri, usdBilling = false, batchIntervalMs = 2000,
  keyMaxDays = 90, models }) {
  const lines = [
    `listen = ${tomlString(listen)}`,
    `chain = ${tomlString(chain)}`,
    `store = ${tomlString(store)}`,
    `upstream = ${tomlString(upstream)}`,
    `usd_billing = ${usdBilling ? 'true' : 'false'}`,
    `batch_interval_ms = ${batchIntervalMs}`,
    `key_max_days = ${keyMaxDays}`,
  ];
  if (meterSuri !== undefined) lines.push(`meter_suri = ${tomlString(meterSuri)}`);
  for (const model of models) {
    lines.push('', '[[models]]', `id = ${tomlString(model.id)}`);
    if (model.upstreamModel) lines.push(`upstream_model = ${tomlString(model.upstreamModel)}`);
    lines.push(`input_micro_usd_per_mtok = ${model.input}`, `output_micro_usd_per_mtok = ${model.output}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Spawns `gatewayBin args`, appending its output to `logPath` (a restart writes after the
 * first run's lines). `kill(signal)` (default SIGKILL) resolves once the process is gone.
 */
function spawnLogged(args, logPath, env = {}) {
  const log = createWriteStream(logPath, { flags: 'a' });
  log.write(`\n==== ${new Date().toISOString()} diem-gateway ${args.join(' ')}\n`);
  const child = spawn(gatewayBin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const kill = (signal = 'SIGKILL') => {
    if (alive()) child.kill(signal);
    return exited;
  };
  const stop = () => kill('SIGTERM');
  const onExit = () => alive() && child.kill('SIGKILL');
  process.on('exit', onExit);
  exited.then(() => process.off('exit', onExit));
  return { child, exited, alive, kill, stop, pid: child.pid };
}

/** Resolves once `url` answers an HTTP request at all (any status), or rejects after `timeoutMs`. */
async function waitAnswering(url, proc, what, logPath, timeoutMs = STARTUP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!proc.alive()) throw new Error(`${what} exited (${JSON.stringify(await proc.exited)}); see ${logPath}`);
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > deadline) {
        await proc.kill();
        throw new Error(`${what} did not answer within ${timeoutMs / 1000} s; see ${logPath}`);
      }
      await sleep(100);
    }
  }
}

/**
 * Starts `diem-gateway stub-upstream` on `port` (default: a free one); resolves once it answers.
 * Returns `{ port, url, stop, kill, exited }`.
 */
export async function startStubUpstream(logPath, port = undefined) {
  port ??= await freePort();
  const proc = spawnLogged(['stub-upstream', '--listen', `127.0.0.1:${port}`], logPath);
  const url = `http://127.0.0.1:${port}`;
  await waitAnswering(`${url}/v1/models`, proc, 'the stub upstream', logPath);
  return { port, url, stop: proc.stop, kill: proc.kill, exited: proc.exited };
}

/** GET /health of a gateway at `url`: its JSON, or null if it does not answer 200. */
export async function health(url) {
  try {
    const res = await fetch(`${url}/health`);
    return res.status === 200 ? await res.json() : null;
  } catch {
    return null;
  }
}

/**
 * Polls `url`'s /health until `done(health)` holds; resolves with that health, rejects after
 * `timeoutMs` naming `what` and the last health seen.
 */
export async function waitForHealth(url, done, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  for (;;) {
    last = await health(url);
    if (last && done(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`${what} not reached within ${timeoutMs / 1000} s; last /health: ${JSON.stringify(last)}`);
    }
    await sleep(200);
  }
}

/**
 * Starts `diem-gateway serve` with `config` (the options of `gatewayConfig`, without
 * `listen`: a free port is taken, and kept across restarts) written to `configPath`, logging
 * to `logPath`, with `env` added to its environment (e.g. DIEM_GATEWAY_METER_SURI). Resolves
 * once /health shows the chain was read (a `chain_day`).
 *
 * The handle: `url` (base URL, no `/v1`), `port`, `health()`, `waitReady()`,
 * `waitSettled(timeoutMs)` (until nothing served is kept unfinalized), `stop()` (SIGTERM),
 * `kill()` (SIGKILL, resolves once gone), `restart()` (the same port, config and store).
 */
export async function startGateway({ config, configPath, logPath, env = {} }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(configPath, gatewayConfig({ ...config, listen: `127.0.0.1:${port}` }));
  let proc;
  const handle = {
    url,
    port,
    configPath,
    logPath,
    health: () => health(url),
    /** Until /health shows a chain day: the meter has read the chain, credits can be checked. */
    waitReady: (timeoutMs = STARTUP_TIMEOUT_MS) =>
      waitForHealth(url, (h) => h.chain_day !== null && h.chain_day !== undefined, timeoutMs, `${url} ready`),
    /**
     * Until /health shows no batch and no journal entry kept: everything this gateway served
     * is in batches the chain's finalized state has counted.
     */
    waitSettled: (timeoutMs = 60_000) =>
      waitForHealth(url, (h) => h.kept_batches === 0 && h.kept_entries === 0, timeoutMs, `${url} settled (nothing kept)`),
    async start() {
      proc = spawnLogged(['serve', '--config', configPath], logPath, env);
      await waitAnswering(`${url}/health`, proc, `diem-gateway serve (${configPath})`, logPath);
      return handle.waitReady();
    },
    stop: () => proc?.stop(),
    kill: (signal = 'SIGKILL') => proc?.kill(signal),
    async restart() {
      await proc?.kill('SIGTERM');
      return handle.start();
    },
    get pid() {
      return proc?.pid;
    },
    get alive() {
      return proc?.alive() ?? false;
    },
  };
  await handle.start();
  return handle;
}
