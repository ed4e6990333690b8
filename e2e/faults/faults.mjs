// Fault scenarios: nodes killed with SIGKILL and restarted on their databases.
//
//   node faults/faults.mjs [restart|network ...]      (default: both)
//
// restart: a --dev node on a fixed base path finalizes a transfer, is killed with SIGKILL and
//   restarted on the same base path: the finalized block (same hash at its number) and the
//   balance survive, and the chain goes on producing and finalizing blocks.
// network: --chain local with Alice and Bob as sequencers and GRANDPA voters and a third,
//   non-authority node. Bob is killed: Alice goes on producing in her own slots (about every
//   other one) and the full node follows, while finality stalls (GRANDPA needs both of two
//   voters). Bob restarts on his base path: finality resumes past everything produced during the
//   outage, and all three nodes agree on the finalized chain.
//
// Every scenario starts its own nodes on free ports ($DIEM_NODE, else the debug build), logs
// to logs/faults-*.log, and removes its temporary base paths. The same scenarios run as node:test
// tests in faults/*.test.mjs. Exit code 1 if any scenario fails.

import { ApiPromise, WsProvider } from '@polkadot/api';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devAccounts, freeBalance, submit, VVV } from '../lib/chain.mjs';
import { freePort, nodeBin, rpc, startNode } from '../lib/node.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const logs = join(here, '../logs');

// Fixed network keys (README): Alice's peer id is known up front, so the others can dial her.
const ALICE_KEY = '0000000000000000000000000000000000000000000000000000000000000001';
const ALICE_PEER = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';
const BOB_KEY = '0000000000000000000000000000000000000000000000000000000000000002';
const FULL_KEY = '0000000000000000000000000000000000000000000000000000000000000003';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `{ number, hash }` of the best (or `hash`'s) block of the node on `port`. */
async function head(port, hash) {
  const at = hash ?? (await rpc(port, 'chain_getBlockHash', []));
  const header = await rpc(port, 'chain_getHeader', [at]);
  return { number: parseInt(header.number, 16), hash: at };
}

/** `{ number, hash }` of the node's finalized head. */
async function finalized(port) {
  const hash = await rpc(port, 'chain_getFinalizedHead');
  return { number: (await head(port, hash)).number, hash };
}

/** Polls `probe()` every `everyMs` until `done(value)`; throws `what` with the last value. */
async function waitFor(what, probe, done, timeoutMs, everyMs = 500) {
  const deadline = Date.now() + timeoutMs;
  let value;
  for (;;) {
    try {
      value = await probe();
      if (done(value)) return value;
    } catch (err) {
      value = `error: ${err.message}`;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s (last: ${JSON.stringify(value)})`);
    await sleep(everyMs);
  }
}

/** The last `n` lines of a log, to show what a node said when a check failed. */
function tail(path, n = 25) {
  if (!existsSync(path)) return `(no log at ${path})`;
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
}

/** Runs `body(ctx)` with cleanup of the nodes and directories it registers. */
async function scenario(name, body, log) {
  mkdirSync(logs, { recursive: true });
  const ctx = { nodes: new Set(), dirs: [], notes: [], log };
  ctx.note = (line) => {
    ctx.notes.push(line);
    log(`  ${name}: ${line}`);
  };
  ctx.dir = (label) => {
    const dir = mkdtempSync(join(tmpdir(), `diem-faults-${label}-`));
    ctx.dirs.push(dir);
    return dir;
  };
  ctx.start = async (args, logName, ports) => {
    const node = await startNode(args, join(logs, `faults-${logName}.log`), ports);
    ctx.nodes.add(node);
    return node;
  };
  ctx.kill = async (node, signal = 'SIGKILL') => {
    const { code, signal: got } = await node.kill(signal);
    ctx.nodes.delete(node);
    return got ?? code;
  };
  const started = Date.now();
  try {
    await body(ctx);
    return { name, ok: true, seconds: (Date.now() - started) / 1000, notes: ctx.notes };
  } catch (err) {
    err.notes = ctx.notes;
    err.seconds = (Date.now() - started) / 1000;
    throw err;
  } finally {
    await Promise.all([...ctx.nodes].map((n) => n.kill('SIGTERM')));
    for (const dir of ctx.dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * (a) SIGKILL and restart of a --dev node on its base path. Returns `{ ok, seconds, notes }`;
 * throws an AssertionError (with `notes`) when the chain did not survive.
 */
export function restartScenario({ log = console.log } = {}) {
  return scenario(
    'restart',
    async (ctx) => {
      const base = ctx.dir('dev');
      const args = ['--dev', '--base-path', base];
      let node = await ctx.start(args, 'restart-1');
      await waitFor('finalized block >= 5', () => finalized(node.rpcPort), (f) => f.number >= 5, 120_000);

      const { alice } = await devAccounts();
      const recipient = alice.derive('//faults//restart');
      const amount = 12_345n * VVV;
      let api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${node.rpcPort}`), noInitWarn: true });
      let kept;
      try {
        const transfer = api.tx.balances.transferKeepAlive(recipient.address, amount);
        const { blockHash, dispatchError } = await submit(api, transfer, alice);
        assert.equal(dispatchError, undefined, 'the transfer succeeded');
        const included = (await head(node.rpcPort, blockHash.toHex())).number;
        kept = await waitFor('the transfer finalized', () => finalized(node.rpcPort), (f) => f.number >= included, 60_000);
        const balance = await freeBalance(api, recipient.address, kept.hash);
        assert.equal(balance, amount);
        kept.balance = balance;
        kept.included = included;
      } finally {
        await api.disconnect();
      }
      const bestBefore = await head(node.rpcPort);
      ctx.note(`before the kill: transfer in #${kept.included}, finalized #${kept.number} ${kept.hash}, best #${bestBefore.number}`);

      const how = await ctx.kill(node, 'SIGKILL');
      assert.equal(how, 'SIGKILL');
      const restartedAt = Date.now();
      node = await ctx.start(args, 'restart-2');
      ctx.note(`killed with SIGKILL, RPC back ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after restart`);

      const after = await finalized(node.rpcPort);
      ctx.note(`after the restart: finalized #${after.number}, best #${(await head(node.rpcPort)).number}`);
      assert.ok(after.number >= kept.number, `finalized #${after.number} after restart, #${kept.number} before`);
      assert.equal(await rpc(node.rpcPort, 'chain_getBlockHash', [kept.number]), kept.hash, 'the same finalized block');
      api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${node.rpcPort}`), noInitWarn: true });
      try {
        assert.equal(await freeBalance(api, recipient.address, kept.hash), kept.balance);
        assert.equal(await freeBalance(api, recipient.address), kept.balance, 'the balance at the new best block');
      } finally {
        await api.disconnect();
      }
      const goal = Math.max(bestBefore.number, after.number) + 3;
      const best = await waitFor(`new blocks past #${goal}`, () => head(node.rpcPort), (h) => h.number >= goal, 60_000);
      const fin = await waitFor(
        `finality past #${goal}`,
        () => finalized(node.rpcPort),
        (f) => f.number >= goal,
        60_000,
      );
      assert.equal(await rpc(node.rpcPort, 'chain_getBlockHash', [kept.number]), kept.hash, 'still the same block');
      ctx.note(`the chain goes on: best #${best.number}, finalized #${fin.number}`);
    },
    log,
  );
}

/**
 * (b) Alice, Bob (both sequencers and GRANDPA voters) and a full node on --chain local; Bob is
 * killed with SIGKILL and restarted on his base path.
 */
export function networkScenario({ log = console.log, outageSeconds = 20 } = {}) {
  return scenario(
    'network',
    async (ctx) => {
      const aliceP2p = await freePort();
      const bootnode = ['--bootnodes', `/ip4/127.0.0.1/tcp/${aliceP2p}/p2p/${ALICE_PEER}`];
      const bobBase = ctx.dir('bob');
      const bobArgs = ['--chain', 'local', '--bob', '--base-path', bobBase, '--node-key', BOB_KEY, ...bootnode];
      const alice = await ctx.start(
        ['--chain', 'local', '--alice', '--base-path', ctx.dir('alice'), '--node-key', ALICE_KEY],
        'alice',
        { p2p: aliceP2p },
      );
      let bob = await ctx.start(bobArgs, 'bob-1');
      const full = await ctx.start(
        ['--chain', 'local', '--base-path', ctx.dir('full'), '--node-key', FULL_KEY, ...bootnode],
        'full',
      );
      const all = () => ({ alice, bob, full });

      // All three connected and finalizing.
      await waitFor(
        'three nodes finalizing block >= 3',
        async () => Promise.all(Object.values(all()).map((n) => finalized(n.rpcPort).then((f) => f.number))),
        (numbers) => numbers.every((n) => n >= 3),
        180_000,
        1_000,
      );
      const peers = await rpc(alice.rpcPort, 'system_health');
      assert.equal(peers.peers, 2, 'Alice sees Bob and the full node');
      assert.equal(await rpc(full.rpcPort, 'system_nodeRoles').then((r) => r.join()), 'Full');

      // Bob goes down.
      const [aliceBefore, bobBefore] = await Promise.all([head(alice.rpcPort), head(bob.rpcPort)]);
      const finalizedBefore = await finalized(alice.rpcPort);
      await ctx.kill(bob, 'SIGKILL');
      const killedAt = Date.now();
      ctx.note(
        `Bob killed at Alice's best #${aliceBefore.number} (Bob's #${bobBefore.number}), finalized #${finalizedBefore.number}`,
      );

      // Alice keeps authoring in her slots; the full node follows.
      const samples = [];
      while (Date.now() - killedAt < outageSeconds * 1000) {
        await sleep(2_000);
        const [a, f, fa] = await Promise.all([head(alice.rpcPort), head(full.rpcPort), finalized(alice.rpcPort)]);
        samples.push({ t: Math.round((Date.now() - killedAt) / 1000), alice: a.number, full: f.number, finalized: fa.number });
      }
      const outage = await head(alice.rpcPort);
      const finalizedDuring = await finalized(alice.rpcPort);
      const fullHead = await waitFor(
        "the full node at Alice's head",
        () => head(full.rpcPort),
        (h) => h.number >= outage.number,
        10_000,
      );
      ctx.note(`outage of ${outageSeconds} s: ${samples.map((s) => `${s.t}s A#${s.alice}/F#${s.full}/fin#${s.finalized}`).join(', ')}`);
      ctx.note(`finality during the outage: #${finalizedBefore.number} -> #${finalizedDuring.number} (head #${aliceBefore.number} -> #${outage.number})`);
      const produced = outage.number - aliceBefore.number;
      assert.ok(
        produced >= 3,
        `Alice produced ${produced} blocks in ${outageSeconds} s without Bob (want >= 3); Alice's log:\n${tail(alice.logPath)}`,
      );
      assert.equal(await rpc(full.rpcPort, 'chain_getBlockHash', [outage.number]), outage.hash, 'the full node follows Alice');
      assert.ok(fullHead.number >= outage.number);
      // GRANDPA needs both voters: nothing Bob never saw can be finalized.
      assert.ok(
        finalizedDuring.number <= Math.max(aliceBefore.number, bobBefore.number) + 1,
        `finalized #${finalizedDuring.number} without Bob, who saw at most #${bobBefore.number}`,
      );
      assert.ok(finalizedDuring.number < outage.number, 'finality stalled behind the head');

      // Bob comes back on his database.
      const restartedAt = Date.now();
      bob = await ctx.start(bobArgs, 'bob-2');
      const resumed = await waitFor(
        `finality past the outage head #${outage.number}`,
        () => finalized(alice.rpcPort),
        (f) => f.number >= outage.number,
        120_000,
        1_000,
      );
      ctx.note(`Bob restarted; Alice finalized #${resumed.number} (past the outage head #${outage.number}) ${((Date.now() - restartedAt) / 1000).toFixed(1)} s later`);

      // All three agree on a finalized block past the outage.
      const agreed = await waitFor(
        'the three nodes on the same finalized block',
        async () => {
          const nodes = Object.values(all());
          const heights = await Promise.all(nodes.map((n) => finalized(n.rpcPort).then((f) => f.number)));
          const height = Math.min(...heights);
          const hashes = await Promise.all(nodes.map((n) => rpc(n.rpcPort, 'chain_getBlockHash', [height])));
          return { height, hashes };
        },
        ({ height, hashes }) => height >= outage.number && new Set(hashes).size === 1,
        60_000,
        1_000,
      );
      ctx.note(`all three finalized #${agreed.height} ${agreed.hashes[0]}`);
      // And the best blocks: the lowest of the three heads is the same block everywhere.
      const bests = await waitFor(
        'the three nodes on the same best chain',
        async () => {
          const nodes = Object.values(all());
          const height = Math.min(...(await Promise.all(nodes.map((n) => head(n.rpcPort).then((h) => h.number)))));
          return { height, hashes: await Promise.all(nodes.map((n) => rpc(n.rpcPort, 'chain_getBlockHash', [height]))) };
        },
        ({ hashes }) => new Set(hashes).size === 1,
        30_000,
        1_000,
      );
      ctx.note(`all three have #${bests.height} ${bests.hashes[0]} on their best chain`);
    },
    log,
  );
}

export const SCENARIOS = { restart: restartScenario, network: networkScenario };

async function main() {
  const names = process.argv.slice(2);
  const chosen = names.length > 0 ? names : Object.keys(SCENARIOS);
  const unknown = chosen.filter((n) => !SCENARIOS[n]);
  if (unknown.length > 0) {
    console.error(`unknown scenario ${unknown.join(', ')}; have ${Object.keys(SCENARIOS).join(', ')}`);
    return 2;
  }
  if (!existsSync(nodeBin)) {
    console.error(`no node binary at ${nodeBin}: build it or set DIEM_NODE`);
    return 2;
  }
  let failed = 0;
  for (const name of chosen) {
    console.log(`${name}: starting (${nodeBin})`);
    try {
      const result = await SCENARIOS[name]();
      console.log(`${name}: ok in ${result.seconds.toFixed(1)} s`);
    } catch (err) {
      failed += 1;
      console.log(`${name}: FAILED after ${err.seconds?.toFixed(1)} s: ${err.message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err.stack ?? err.message);
      process.exit(1);
    },
  );
}
