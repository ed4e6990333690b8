// Governed sequencers on `--chain local` (design §14): the set that authors (Aura) and finalizes
// (GRANDPA) blocks is changed by referendum and keys are rotated on chain, while the network
// keeps producing and finalizing blocks. This file starts (and stops) its own four nodes:
// Alice and Bob, the genesis sequencers (their dev keys); Charlie's node, a validator started
// with no key at all; and a full node, which the test talks to.
//
// 1. Charlie's node makes fresh session keys for Charlie's account (`author_rotateKeysWithOwner`:
//    the node keeps the secrets and signs Charlie's account id with each key); Charlie registers
//    them (`session.setKeys(keys, proof)`, 10 VVV held). The proof is his alone, and nobody
//    without keys can be added. A referendum on the `operations` track adds him
//    (`sequencers.addSequencer`); from the start of the session after next, Aura and GRANDPA
//    have his keys and his node authors blocks. GRANDPA then needs all three voters, so
//    finality going on proves his node votes too.
// 2. Bob rotates his keys the same way: his old keys sign until the session after next, then
//    the new ones, and his node goes on authoring.
// 3. A referendum removes Alice: from the session after next, Bob and Charlie alone author and
//    finalize; Alice's node only follows.
//
// A change made in session i takes effect at the start of session i + 2 (10-block sessions on
// the dev presets, so 10 to 20 blocks later); this is checked against the events, not assumed.
// A block's author is read as Aura does: the slot of its pre-runtime digest modulo the
// authorities of its parent; the author's node log says it sealed that very block (by hash). The voters are the six `//stash` accounts, which vote without
// conviction enough VVV to pass the track's support curve from its start (checked against the
// track and the active issuance read from the chain). A timeline of block numbers is printed.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToBigInt, u8aToHex } from '@polkadot/util';
import { devAccounts, errorName, findEvent, submit, VVV } from '../lib/chain.mjs';
import { freePort, rpc, startNode } from '../lib/node.mjs';

const logs = join(dirname(fileURLToPath(import.meta.url)), '../logs');
// Fixed network keys, so the others can be told Alice's address up front.
const NODE_KEYS = {
  alice: '0000000000000000000000000000000000000000000000000000000000000001',
  bob: '0000000000000000000000000000000000000000000000000000000000000002',
  charlie: '0000000000000000000000000000000000000000000000000000000000000003',
  full: '0000000000000000000000000000000000000000000000000000000000000004',
};
const ALICE_PEER = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';
/** What each voter votes, without conviction (no lock outlives the referendum). */
const VOTE = 9_000_000n * VVV;
/** A 2 s block, with slack for a loaded 2-core machine. */
const BLOCK_MS = 3_000;

const nodes = {};
let api;
let accounts;
let chain;
/** Aura public keys (hex) by whose they are, to name blocks' authors. */
const keyNames = new Map();
const nameOf = (key) => keyNames.get(key) ?? key;
/** What happened at which block, printed at the end: `{ phase, step, block }`. */
const timeline = [];
const mark = (phase, step, block) => {
  timeline.push({ phase, step, block });
  return block;
};

const stashes = () => {
  const keyring = new Keyring({ type: 'sr25519' });
  return ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => keyring.addFromUri(`//${n}//stash`));
};

/** Reads block `hash`: its number, the Aura key that authored it and its events. */
async function readBlock(hash) {
  const header = await api.rpc.chain.getHeader(hash);
  const number = header.number.toNumber();
  let authorKey = null;
  if (number > 0) {
    const preRuntime = header.digest.logs.find((log) => log.isPreRuntime && log.asPreRuntime[0].isAura);
    assert.ok(preRuntime, `an Aura pre-runtime digest in #${number}`);
    const slot = u8aToBigInt(preRuntime.asPreRuntime[1].toU8a(true).subarray(0, 8), { isLe: true });
    const authorities = await api.query.aura.authorities.at(header.parentHash);
    authorKey = authorities[Number(slot % BigInt(authorities.length))].toHex();
  }
  const events = (await api.query.system.events.at(hash)).map(({ event }) => event);
  return { number, hash: hash.toHex(), authorKey, events };
}

/**
 * Follows the full node's chain block by block (none skipped) and its finalized head.
 * `until(what, probe, timeoutMs)` resolves with the first truthy `probe()`, tried now and at
 * every new block or finalized head.
 */
function follow() {
  const blocks = [];
  const state = { best: 0, finalized: 0 };
  const waiters = new Set();
  const unsubscribes = [];
  // From block 1: the whole chain is a few blocks long when the nodes are up.
  let next = 1;
  let queue = Promise.resolve();
  const check = () => {
    for (const waiter of waiters) {
      let value;
      try {
        value = waiter.probe();
      } catch (error) {
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.reject(error);
        continue;
      }
      if (value) {
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(value);
      }
    }
  };
  const ready = Promise.all([
    api.rpc.chain.subscribeNewHeads((header) => {
      const head = header.number.toNumber();
      queue = queue
        .then(async () => {
          for (let number = next; number <= head; number += 1) {
            blocks[number] = await readBlock(await api.rpc.chain.getBlockHash(number));
          }
          next = Math.max(next, head + 1);
          state.best = Math.max(state.best, head);
          check();
        })
        .catch((error) => console.error(`reading #${head}: ${error.message}`));
    }),
    api.rpc.chain.subscribeFinalizedHeads((header) => {
      state.finalized = Math.max(state.finalized, header.number.toNumber());
      check();
    }),
  ]).then((u) => unsubscribes.push(...u));
  return {
    ready,
    blocks,
    get best() {
      return state.best;
    },
    get finalized() {
      return state.finalized;
    },
    /** The first `{ block, event }` from block `from` on with `section.method` and `filter(data)`. */
    event(from, section, method, filter = () => true) {
      for (let number = from; number < blocks.length; number += 1) {
        const event = blocks[number]?.events.find((e) => e.section === section && e.method === method && filter(e.data));
        if (event) return { block: number, event };
      }
      return undefined;
    },
    until(what, probe, timeoutMs) {
      return new Promise((resolve, reject) => {
        const waiter = { probe, resolve, reject };
        waiter.timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`${what}: not within ${timeoutMs / 1000} s (best #${state.best}, finalized #${state.finalized})`));
        }, timeoutMs);
        waiters.add(waiter);
        check();
      });
    },
    stop() {
      unsubscribes.forEach((u) => u());
      unsubscribes.length = 0;
      for (const waiter of waiters) clearTimeout(waiter.timer);
    },
  };
}

const blockOf = async (hash) => (await api.rpc.chain.getHeader(hash)).number.toNumber();
const sessionAt = async (hash) => (await api.query.session.currentIndex.at(hash)).toNumber();
const auraAt = async (hash) => (await api.query.aura.authorities.at(hash)).map((k) => k.toHex());
/** GRANDPA's authorities at `hash`, as the runtime gives them to the node. */
async function grandpaAt(hash) {
  const raw = await api.rpc.state.call('GrandpaApi_grandpa_authorities', '0x', hash);
  return api.createType('Vec<([u8;32], u64)>', raw.toU8a(true)).map(([key]) => key.toHex());
}
const held = async (who) => (await api.query.system.account(who)).data.reserved.toBigInt();
const keysOf = async (who) => (await api.query.session.nextKeys(who)).unwrap();

/** The `operations` track, from the chain. */
function operationsTrack() {
  const found = api.consts.referenda.tracks.find(([, info]) => info.name.toString().replace(/\0+$/, '') === 'operations');
  assert.ok(found, 'an operations track');
  const [id, info] = found;
  return { id: id.toNumber(), decisionDeposit: info.decisionDeposit.toBigInt(), minSupport: info.minSupport };
}

/**
 * Dave proposes `call` on the `operations` track (inline, with the decision deposit, in one
 * batch), the stashes vote aye; resolves once the referendum is confirmed, with its blocks.
 */
async function referendum(phase, call) {
  const track = operationsTrack();
  const index = (await api.query.referenda.referendumCount()).toNumber();
  const proposed = await submit(
    api,
    api.tx.utility.batchAll([
      api.tx.referenda.submit({ Origins: 'Operations' }, { Inline: call.method.toHex() }, { After: 1 }),
      api.tx.referenda.placeDecisionDeposit(index),
    ]),
    accounts.dave,
  );
  assert.equal(proposed.dispatchError, undefined, proposed.dispatchError?.toString());
  const submitted = findEvent(proposed.events, 'referenda', 'Submitted');
  assert.equal(submitted.data.index.toNumber(), index);
  assert.equal(submitted.data.track.toNumber(), track.id);
  assert.equal(findEvent(proposed.events, 'referenda', 'DecisionDepositPlaced').data.amount.toBigInt(), track.decisionDeposit);
  const submittedAt = mark(phase, `referendum ${index} submitted`, await blockOf(proposed.blockHash));

  const votes = await Promise.all(
    stashes().map((who) =>
      submit(api, api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction: 'None' }, balance: VOTE } }), who),
    ),
  );
  for (const result of votes) {
    assert.equal(result.dispatchError, undefined, result.dispatchError?.toString());
    findEvent(result.events, 'convictionVoting', 'Voted');
  }
  mark(phase, 'voted', Math.max(...(await Promise.all(votes.map((v) => blockOf(v.blockHash))))));

  const mine = (data) => data.index.toNumber() === index;
  // Prepare, decide, confirm: a few blocks on the dev presets; a minute is generous.
  const confirmed = await chain.until(
    `referendum ${index} confirmed`,
    () => chain.event(submittedAt, 'referenda', 'Confirmed', mine),
    60_000,
  );
  const started = chain.event(submittedAt, 'referenda', 'DecisionStarted', mine);
  assert.ok(started && started.block <= confirmed.block, 'the decision started before it was confirmed');
  assert.equal(chain.event(submittedAt, 'referenda', 'Rejected', mine), undefined);
  mark(phase, 'confirmed', confirmed.block);
  return { index, submittedAt, confirmedAt: confirmed.block };
}

/** Resolves with the `{ block, event }` of session `index`'s start, seen from block `from` on. */
function sessionStart(index, from, timeoutMs = 25 * BLOCK_MS) {
  return chain.until(
    `session ${index} started`,
    () => chain.event(from, 'session', 'NewSession', (d) => d.sessionIndex.toNumber() === index),
    timeoutMs,
  );
}

/** Resolves with the first block after `from` authored with Aura key `key`. */
function firstBlockBy(key, from, timeoutMs = 10 * BLOCK_MS) {
  return chain.until(
    `a block by ${nameOf(key)} after #${from}`,
    () => chain.blocks.slice(from + 1).find((b) => b?.authorKey === key),
    timeoutMs,
  );
}

/** The numbers of the blocks `node` sealed (proposed), from its log. */
function sealedBy(node) {
  const sealed = readFileSync(node.logPath, 'utf8').matchAll(/Pre-sealed block for proposal at (\d+)\. Hash now (0x[0-9a-f]{64})/g);
  return [...sealed].map(([, number, hash]) => ({ number: Number(number), hash }));
}

/** Asserts that `node` sealed `block` (the very block, by hash): its log says so. */
async function assertSealed(node, name, block) {
  const sealedIt = () => sealedBy(node).some((s) => s.number === block.number && s.hash === block.hash);
  // The log line is written before the block leaves the node; allow for the pipe to the file.
  for (let i = 0; i < 20 && !sealedIt(); i += 1) await new Promise((r) => setTimeout(r, 250));
  assert.ok(sealedIt(), `${name}'s node sealed #${block.number} (${block.hash}): see ${node.logPath}`);
}

/** Resolves once the finalized head is at least `block`. */
function finalizedPast(block, timeoutMs = 20 * BLOCK_MS) {
  return chain.until(`finality at #${block}`, () => chain.finalized >= block && chain.finalized, timeoutMs);
}

before(async () => {
  mkdirSync(logs, { recursive: true });
  const aliceP2p = await freePort();
  const bootnodes = ['--bootnodes', `/ip4/127.0.0.1/tcp/${aliceP2p}/p2p/${ALICE_PEER}`];
  const local = ['--chain', 'local', '--tmp'];
  const specs = {
    alice: [[...local, '--alice', '--validator', '--node-key', NODE_KEYS.alice], { p2p: aliceP2p }],
    bob: [[...local, '--bob', '--validator', '--node-key', NODE_KEYS.bob, ...bootnodes]],
    // A validator with an empty keystore: its keys come from author_rotateKeysWithOwner.
    charlie: [[...local, '--validator', '--name', 'Charlie', '--node-key', NODE_KEYS.charlie, ...bootnodes]],
    full: [[...local, '--name', 'Full', '--node-key', NODE_KEYS.full, ...bootnodes]],
  };
  const started = await Promise.allSettled(
    Object.entries(specs).map(async ([name, [args, ports]]) => {
      nodes[name] = await startNode(args, join(logs, `sequencers-${name}.log`), ports);
    }),
  );
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;

  api = await ApiPromise.create({
    provider: new WsProvider(`ws://127.0.0.1:${nodes.full.rpcPort}`),
    noInitWarn: true,
    throwOnConnect: true,
  });
  accounts = await devAccounts();
  keyNames.set(u8aToHex(accounts.alice.publicKey), 'Alice');
  keyNames.set(u8aToHex(accounts.bob.publicKey), 'Bob');
  chain = follow();
  await chain.ready;
});

after(async () => {
  chain?.stop();
  await api?.disconnect();
  // SIGTERM, and SIGKILL for a node that has not stopped 15 s later.
  await Promise.all(
    Object.values(nodes).map(async (node) => {
      const timer = setTimeout(() => node.kill('SIGKILL'), 15_000);
      await node.kill('SIGTERM');
      clearTimeout(timer);
    }),
  );
  if (timeline.length) {
    console.log('sequencers timeline (10-block sessions of 2 s blocks):');
    for (const { phase, step, block } of timeline) console.log(`  ${phase.padEnd(13)} block ${String(block).padStart(3)}  ${step}`);
  }
});

const done = { charlie: null, bob: null };

test('the local testnet: Alice and Bob sequence 10-block sessions and finalize', { timeout: 60_000 }, async () => {
  const { alice, bob } = accounts;
  assert.equal((await api.rpc.system.chain()).toString(), 'Local Testnet');
  assert.deepEqual((await api.query.sequencers.sequencers()).map(String), [alice.address, bob.address]);
  assert.equal((await api.query.sequencers.sessionLength()).toNumber(), 10);
  assert.equal(api.consts.session.keyDeposit.toBigInt(), 10n * VVV);
  assert.equal(await rpc(nodes.charlie.rpcPort, 'system_nodeRoles').then((r) => r.join()), 'Authority');

  // The stashes' votes pass the operations track's support curve from its very start:
  // support (ayes before conviction) over the active VVV issuance.
  const { minSupport } = operationsTrack();
  assert.ok(minSupport.isReciprocal, minSupport.toString());
  const fixed = (x) => Number(x.toBigInt()) / 1e9;
  const curve = minSupport.asReciprocal;
  const atStart = fixed(curve.factor) / fixed(curve.xOffset) + fixed(curve.yOffset);
  const active = (await api.query.balances.totalIssuance()).toBigInt() - (await api.query.balances.inactiveIssuance()).toBigInt();
  const needed = (active * BigInt(Math.ceil(atStart * 1e6))) / 1_000_000n;
  const voters = stashes();
  for (const who of voters) assert.ok((await api.query.system.account(who.address)).data.free.toBigInt() >= VOTE);
  const support = VOTE * BigInt(voters.length);
  assert.ok(support > needed, `${support / VVV} VVV of votes pass ${(atStart * 100).toFixed(2)}% of ${active / VVV} VVV`);

  const head = await chain.until('a finalized block', () => chain.finalized >= 1 && chain.finalized, 60_000);
  mark('start', 'first finalized block', head);
  assert.deepEqual(await auraAt(await api.rpc.chain.getFinalizedHead()), [alice, bob].map((a) => u8aToHex(a.publicKey)));
});

test('Charlie registers keys made by his node, a referendum on the operations track adds him, his node authors from the session after next', { timeout: 150_000 }, async () => {
  const { alice, bob, charlie, dave, eve } = accounts;
  const phase = 'add Charlie';

  // The keys: made and kept by Charlie's node, the proof signing Charlie's account id.
  const generated = await rpc(nodes.charlie.rpcPort, 'author_rotateKeysWithOwner', [u8aToHex(charlie.publicKey)]);
  assert.match(generated.keys, /^0x[0-9a-f]{128}$/, 'an Aura (sr25519) and a GRANDPA (ed25519) public key');
  assert.match(generated.proof ?? '', /^0x[0-9a-f]+$/, 'a proof of ownership');
  assert.equal(await rpc(nodes.charlie.rpcPort, 'author_hasSessionKeys', [generated.keys]), true);
  assert.equal(await rpc(nodes.full.rpcPort, 'author_hasSessionKeys', [generated.keys]), false);

  const heldBefore = await held(charlie.address);
  const [registered, stolen, keyless] = await Promise.all([
    submit(api, api.tx.session.setKeys(generated.keys, generated.proof), charlie),
    // The proof is Charlie's: Eve cannot register his keys as hers.
    submit(api, api.tx.session.setKeys(generated.keys, generated.proof), eve),
    // Nobody without keys becomes a sequencer, not even by root.
    submit(api, api.tx.sudo.sudo(api.tx.sequencers.addSequencer(dave.address)), alice),
  ]);
  assert.equal(registered.dispatchError, undefined, registered.dispatchError?.toString());
  mark(phase, 'Charlie set his keys', await blockOf(registered.blockHash));
  assert.equal(errorName(api, stolen.dispatchError), 'InvalidProof');
  const sudid = findEvent(keyless.events, 'sudo', 'Sudid').data.sudoResult;
  assert.ok(sudid.isErr, sudid.toString());
  assert.equal(errorName(api, sudid.asErr), 'NoSessionKeys');

  const keys = await keysOf(charlie.address);
  assert.equal(keys.toHex(), generated.keys);
  assert.equal(await held(charlie.address), heldBefore + api.consts.session.keyDeposit.toBigInt(), 'the key deposit is held');
  const charlieAura = keys.aura.toHex();
  const charlieGrandpa = keys.grandpa.toHex();
  keyNames.set(charlieAura, 'Charlie');

  // The referendum; the scheduler enacts it.
  const { submittedAt } = await referendum(phase, api.tx.sequencers.addSequencer(charlie.address));
  const added = await chain.until(
    'sequencers.SequencerAdded',
    () => chain.event(submittedAt, 'sequencers', 'SequencerAdded', (d) => d.who.eq(charlie.address)),
    30_000,
  );
  const enactedAt = mark(phase, 'enacted: SequencerAdded', added.block);
  const enactedHash = chain.blocks[enactedAt].hash;
  const dispatched = chain.blocks[enactedAt].events.find((e) => e.section === 'scheduler' && e.method === 'Dispatched');
  assert.ok(dispatched?.data.result.isOk, `scheduler.Dispatched in #${enactedAt}`);
  assert.deepEqual((await api.query.sequencers.sequencers()).map(String), [alice, bob, charlie].map((a) => a.address));

  // Planned at the next session boundary for the session after next, effective at its start.
  const session = (await sessionAt(enactedHash)) + 2;
  const planned = await sessionStart(session - 1, enactedAt);
  const setPlanned = chain.blocks[planned.block].events.find((e) => e.section === 'sequencers' && e.method === 'SetPlanned');
  assert.ok(setPlanned, `sequencers.SetPlanned in #${planned.block}`);
  assert.equal(setPlanned.data.session.toNumber(), session);
  assert.deepEqual(setPlanned.data.sequencers.map(String), [alice, bob, charlie].map((a) => a.address));
  mark(phase, `planned for session ${session}`, planned.block);
  const effective = await sessionStart(session, planned.block + 1);
  const effectiveAt = mark(phase, `session ${session} starts: effective`, effective.block);
  const effectiveHash = chain.blocks[effectiveAt].hash;
  assert.deepEqual(await auraAt(effectiveHash), [u8aToHex(alice.publicKey), u8aToHex(bob.publicKey), charlieAura]);
  assert.ok((await grandpaAt(effectiveHash)).includes(charlieGrandpa), 'GRANDPA has Charlie\'s key');
  assert.ok((await auraAt(chain.blocks[effectiveAt - 1].hash)).every((k) => k !== charlieAura), 'not before');

  // His node authors (only his node has the key), and the three-voter GRANDPA set finalizes
  // past it: GRANDPA needs all three, so Charlie's node votes.
  const first = await firstBlockBy(charlieAura, effectiveAt);
  mark(phase, 'first block by Charlie', first.number);
  await assertSealed(nodes.charlie, 'Charlie', first);
  assert.ok(chain.blocks.slice(1, effectiveAt + 1).every((b) => b?.authorKey !== charlieAura));
  mark(phase, 'finalized past it', await finalizedPast(first.number + 1));
  done.charlie = first.number;
});

test('Bob rotates his keys: the old ones author until the session after next, then the new ones, from his node', { timeout: 100_000 }, async () => {
  assert.ok(done.charlie, 'Charlie is a sequencer');
  const { bob } = accounts;
  const phase = 'rotate Bob';
  const oldKeys = await keysOf(bob.address);
  const oldAura = oldKeys.aura.toHex();
  assert.equal(oldAura, u8aToHex(bob.publicKey), 'Bob\'s dev keys from genesis');

  const generated = await rpc(nodes.bob.rpcPort, 'author_rotateKeysWithOwner', [u8aToHex(bob.publicKey)]);
  assert.notEqual(generated.keys, oldKeys.toHex());
  const heldBefore = await held(bob.address);
  const rotated = await submit(api, api.tx.session.setKeys(generated.keys, generated.proof), bob);
  assert.equal(rotated.dispatchError, undefined, rotated.dispatchError?.toString());
  const setAt = mark(phase, 'Bob set new keys', await blockOf(rotated.blockHash));
  const keys = await keysOf(bob.address);
  assert.equal(keys.toHex(), generated.keys);
  assert.equal(await held(bob.address), heldBefore, 'a rotation holds no second deposit');
  const newAura = keys.aura.toHex();
  keyNames.set(newAura, 'Bob (new keys)');
  keyNames.set(oldAura, 'Bob (old keys)');

  const session = (await sessionAt(rotated.blockHash)) + 2;
  const queued = await sessionStart(session - 1, setAt);
  mark(phase, `queued for session ${session}`, queued.block);
  assert.ok((await auraAt(chain.blocks[queued.block].hash)).includes(oldAura), 'the old key still authors in the next session');
  const effective = await sessionStart(session, queued.block + 1);
  const effectiveAt = mark(phase, `session ${session} starts: effective`, effective.block);
  const effectiveHash = chain.blocks[effectiveAt].hash;
  const aura = await auraAt(effectiveHash);
  assert.ok(aura.includes(newAura) && !aura.includes(oldAura), `Aura has Bob's new key only: ${aura.map(nameOf)}`);
  const grandpa = await grandpaAt(effectiveHash);
  assert.ok(grandpa.includes(keys.grandpa.toHex()) && !grandpa.includes(oldKeys.grandpa.toHex()), 'GRANDPA has Bob\'s new key only');

  const first = await firstBlockBy(newAura, effectiveAt);
  mark(phase, 'first block with Bob\'s new key', first.number);
  await assertSealed(nodes.bob, 'Bob', first);
  assert.ok(chain.blocks.slice(effectiveAt + 1, first.number + 1).every((b) => b?.authorKey !== oldAura));
  mark(phase, 'finalized past it', await finalizedPast(first.number + 1));
  done.bob = first.number;
});

test('a referendum removes Alice: from the session after next only Bob and Charlie author, and blocks are still finalized', { timeout: 150_000 }, async () => {
  assert.ok(done.bob, 'Bob rotated his keys');
  const { alice, bob, charlie } = accounts;
  const phase = 'remove Alice';
  const aliceAura = u8aToHex(alice.publicKey);

  const { submittedAt } = await referendum(phase, api.tx.sequencers.removeSequencer(alice.address));
  const removed = await chain.until(
    'sequencers.SequencerRemoved',
    () => chain.event(submittedAt, 'sequencers', 'SequencerRemoved', (d) => d.who.eq(alice.address)),
    30_000,
  );
  const enactedAt = mark(phase, 'enacted: SequencerRemoved', removed.block);
  assert.deepEqual((await api.query.sequencers.sequencers()).map(String), [bob, charlie].map((a) => a.address));

  const session = (await sessionAt(chain.blocks[enactedAt].hash)) + 2;
  const planned = await sessionStart(session - 1, enactedAt);
  const setPlanned = chain.blocks[planned.block].events.find((e) => e.section === 'sequencers' && e.method === 'SetPlanned');
  assert.equal(setPlanned?.data.session.toNumber(), session);
  assert.deepEqual(setPlanned.data.sequencers.map(String), [bob, charlie].map((a) => a.address));
  mark(phase, `planned for session ${session}`, planned.block);
  // Until the set changes, Alice still authors.
  const effective = await sessionStart(session, planned.block + 1);
  const effectiveAt = mark(phase, `session ${session} starts: effective`, effective.block);
  const aura = await auraAt(chain.blocks[effectiveAt].hash);
  assert.equal(aura.length, 2);
  assert.ok(!aura.includes(aliceAura), `Aura without Alice: ${aura.map(nameOf)}`);
  const lastByAlice = chain.blocks.slice(1, effectiveAt + 1).findLast((b) => b?.authorKey === aliceAura);
  assert.ok(lastByAlice, 'Alice authored until then');
  mark(phase, 'last block by Alice', lastByAlice.number);

  // Three rounds of two: Bob and Charlie take turns, Alice authors none; her node follows.
  const window = 6;
  await chain.until(`#${effectiveAt + window}`, () => chain.blocks[effectiveAt + window], window * 2 * BLOCK_MS);
  const authors = chain.blocks.slice(effectiveAt + 1).map((b) => nameOf(b.authorKey));
  assert.ok(!authors.includes('Alice'), `authors after #${effectiveAt}: ${authors}`);
  assert.ok(authors.includes('Charlie') && authors.includes('Bob (new keys)'), `authors after #${effectiveAt}: ${authors}`);
  const aliceBest = parseInt((await rpc(nodes.alice.rpcPort, 'chain_getHeader')).number, 16);
  assert.ok(aliceBest >= effectiveAt + window - 2, `Alice's node follows: at #${aliceBest}`);
  // Her node does not even propose a block any more (it did before).
  const byAlice = sealedBy(nodes.alice).map((b) => b.number);
  assert.ok(byAlice.includes(lastByAlice.number), `Alice's node sealed #${lastByAlice.number}`);
  assert.deepEqual(byAlice.filter((n) => n > effectiveAt), [], 'Alice\'s node seals nothing after the change');

  // GRANDPA: Bob and Charlie finalize on their own, and finality stays close to the head.
  mark(phase, 'finalized past it', await finalizedPast(effectiveAt + window));
  const gap = await chain.until('finality within 4 blocks of the head', () => chain.best - chain.finalized <= 4 && chain.best, 10 * BLOCK_MS);
  mark('end', `best block (finalized: ${chain.finalized})`, gap);
});
