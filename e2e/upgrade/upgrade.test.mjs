// The upgrade rehearsal (design §14): a network launched from an allocation file with the
// runtime it would run live (spec 106, `runtime-106.compressed.wasm`, the build of commit
// eca65cb) is upgraded to this build's runtime by a referendum of staked VVV, with two real
// storage migrations: the buy-burn pallet's version 2 → 3 (the two fee shares become one
// value) and the credits pallet's 0 → 1 (each meter's entry gets its batch numbering; the
// allocation registers Ferdie).
//
// Two sequencers (Alice, Bob) and a full node start from the spec `chain-spec-from-allocation
// --runtime` writes. Before the upgrade, accounts stake, mint DIEM and stake it for credits,
// and `diem-migration-check` runs this build's migrations on the full node's live state: they
// must pass and change exactly the seven keys the migrations mean to change; then chopsticks forks
// that state with this build's Wasm and builds a block, and the keys hold what the check
// predicted.
// Dave, who staked 60% of the VVV at genesis, proposes `system.authorizeUpgrade(hash)` on the
// root track and votes it through with his staked VVV; once enacted, anyone applies the code
// (`system.applyAuthorizedUpgrade`, unsigned). Checked: the nodes keep producing and
// finalizing; the migrations ran (buy-burn at version 3, the shares moved, the old keys gone;
// Ferdie meters as batch 0); polkadot.js sees the new spec and its metadata; every balance, stake, position and credit ledger
// is what it was. Then the upgraded network changes its sequencer set: an `operations`
// referendum removes Bob, Alice authors alone from the second session boundary after it, and
// finality goes on. The timelines are printed in blocks.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, xxhashAsHex } from '@polkadot/util-crypto';
import { errorName, submit, VVV } from '../lib/chain.mjs';
import { forkWithRuntime } from '../lib/chopsticks.mjs';
import { nodeBin, freePort, rpc, startNode } from '../lib/node.mjs';

/** The migration check (tools/migration-check), built beside the node. */
const checkBin = join(dirname(nodeBin), 'diem-migration-check');

const here = dirname(fileURLToPath(import.meta.url));
const logs = join(here, '../logs');
const OLD_RUNTIME = join(here, 'runtime-106.compressed.wasm');
const ALLOCATION = join(here, 'rehearsal.allocation.json');
// Fixed network keys (a `Live` chain's node needs one: it never generates its own), Alice's
// also so the others can be told her address up front.
const ALICE_KEY = '0000000000000000000000000000000000000000000000000000000000000001';
const BOB_KEY = '0000000000000000000000000000000000000000000000000000000000000002';
const FULL_KEY = '0000000000000000000000000000000000000000000000000000000000000003';
const ALICE_PEER = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';
/** This build's `spec_version`, which the rehearsal upgrades to. */
const NEW_SPEC = 109;

const nodes = [];
let api;
after(async () => {
  await api?.disconnect();
  nodes.forEach((n) => n.stop());
});

/** The best and finalized block numbers the full node sees. */
async function heads() {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const finalizedHash = await api.rpc.chain.getFinalizedHead();
  const finalized = (await api.rpc.chain.getHeader(finalizedHash)).number.toNumber();
  return { best, finalized };
}

/** Resolves with the first `{ block, event }` from now on that `match` accepts. */
function waitForEvent(match, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no ${what} within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    api.query.system
      .events((records) => {
        const found = records.find(({ event }) => match(event));
        if (!found) return;
        clearTimeout(timer);
        unsubscribe();
        api.rpc.chain.getHeader().then((h) => resolve({ block: h.number.toNumber(), event: found.event }));
      })
      .then((u) => {
        unsubscribe = u;
      }, reject);
  });
}

/** What must survive the upgrade: every account's balances, stakes, positions and credits. */
async function snapshot(who, on = api) {
  const out = {};
  for (const [name, address] of Object.entries(who)) {
    const [account, stake, position, credits] = await Promise.all([
      on.query.system.account(address),
      on.query.staking.ledgers(address),
      on.query.diem.positions(address),
      on.query.credits.ledgers(address),
    ]);
    out[name] = {
      account: account.data.toJSON(),
      nonce: account.nonce.toNumber(),
      stake: stake.toJSON(),
      position: position.toJSON(),
      credits: credits.toJSON(),
    };
  }
  out.totals = {
    issuanceOfDiem: (await on.query.diem.totalMinted()).toString(),
    staked: (await on.query.staking.totalStaked()).toString(),
    creditsStaked: (await on.query.credits.totalStaked()).toString(),
  };
  return out;
}

/**
 * `wasm` compressed as Substrate's `:code` accepts it (zstd behind an 8-byte prefix): a debug
 * build's runtime is not compressed, and at 4 MiB it would not fit a block.
 */
function compressed(wasm) {
  const PREFIX = Uint8Array.from([82, 188, 83, 118, 70, 219, 142, 5]);
  const out = spawnSync('zstd', ['-9', '-q', '-c'], { input: wasm, maxBuffer: 64 << 20 });
  assert.equal(out.status, 0, `zstd: ${out.stderr}`);
  return u8aConcat(PREFIX, new Uint8Array(out.stdout));
}

/** The storage version the buy-burn pallet has on chain. */
async function buyBurnStorageVersion() {
  const key = xxhashAsHex('BuyBurn', 128) + xxhashAsHex(':__STORAGE_VERSION__:', 128).slice(2);
  const raw = await api.rpc.state.getStorage(key);
  return api.createType('u16', raw.unwrap()).toNumber();
}

test('a referendum of staked VVV upgrades the launched runtime, with its migration, and nothing is lost', async () => {
  mkdirSync(logs, { recursive: true });
  await cryptoWaitReady();

  // The spec, from the allocation, launching with the live runtime.
  const spec = join(logs, 'rehearsal.raw.json');
  const made = spawnSync(nodeBin, ['chain-spec-from-allocation', ALLOCATION, '--raw', '--runtime', OLD_RUNTIME,
    '--output', spec], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);

  const aliceP2p = await freePort();
  const boot = ['--bootnodes', `/ip4/127.0.0.1/tcp/${aliceP2p}/p2p/${ALICE_PEER}`];
  nodes.push(await startNode(['--chain', spec, '--alice', '--validator', '--tmp', '--node-key', ALICE_KEY],
    join(logs, 'rehearsal-alice.log'), { p2p: aliceP2p }));
  nodes.push(await startNode(['--chain', spec, '--bob', '--validator', '--tmp', '--node-key', BOB_KEY, ...boot],
    join(logs, 'rehearsal-bob.log')));
  const full = await startNode(['--chain', spec, '--tmp', '--node-key', FULL_KEY, ...boot], join(logs, 'rehearsal-full.log'));
  nodes.push(full);
  api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${full.rpcPort}`), noInitWarn: true });

  const keyring = new Keyring({ type: 'sr25519' });
  const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']
    .map((n) => keyring.addFromUri(`//${n}`));
  assert.equal(api.runtimeVersion.specVersion.toNumber(), 106, 'launched with the live runtime');
  assert.equal(await buyBurnStorageVersion(), 2);
  const sharesBefore = [
    (await api.query.buyBurn.feeBurnShare()).toNumber(),
    (await api.query.buyBurn.feeStakerShare()).toNumber(),
  ];
  assert.deepEqual(sharesBefore, [400_000_000, 250_000_000], 'the allocation set the fee shares');

  // State to carry across: Eve mints DIEM against her genesis stake and stakes some for credits.
  let r = await submit(api, api.tx.diem.mint(10n * VVV, 2_000n * VVV), eve);
  assert.equal(r.dispatchError, undefined, 'Eve mints');
  r = await submit(api, api.tx.credits.stakeDiem(5n * VVV), eve);
  assert.equal(r.dispatchError, undefined, 'Eve stakes DIEM for credits');
  r = await submit(api, api.tx.staking.stake(1_000n * VVV), charlie);
  assert.equal(r.dispatchError, undefined, 'Charlie stakes');

  // The proposal: authorize the code of this build, which the node runs as its own `dev` chain.
  const exported = spawnSync(nodeBin, ['export-chain-spec', '--chain', 'dev', '--raw'],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(exported.status, 0, exported.stderr);
  const wasm = hexToU8a(JSON.parse(exported.stdout).genesis.raw.top['0x3a636f6465']);
  const code = compressed(wasm);
  const codeHash = blake2AsHex(code, 256);
  const authorize = api.tx.system.authorizeUpgrade(codeHash);
  const watched = { alice: alice.address, bob: bob.address, charlie: charlie.address, eve: eve.address, ferdie: ferdie.address };
  const before = await snapshot(watched);

  // Before proposing: this build's migrations run on the live state (the best block's, fetched
  // from the full node by frame-remote-externalities), and change only what they say.
  const checkedAt = (await api.rpc.chain.getBlockHash()).toHex();
  const checkStarted = Date.now();
  const reportFile = join(logs, 'rehearsal-migration-check.json');
  const checked = spawnSync(checkBin, ['--uri', `ws://127.0.0.1:${full.rpcPort}`, '--at', checkedAt, '--json', reportFile],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  const checkMs = Date.now() - checkStarted;
  assert.equal(checked.status, 0, `migration check: ${checked.stdout}${checked.stderr}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  assert.equal(report.passed, true);
  assert.deepEqual([report.specBefore, report.specInCode], [106, NEW_SPEC]);
  assert.deepEqual(report.versions.filter((v) => v.before !== v.after),
    [{ pallet: 'BuyBurn', before: 2, after: 3, inCode: 3 }, { pallet: 'Credits', before: 0, after: 1, inCode: 1 }]);
  const undeclared = (item) => `BuyBurn::${xxhashAsHex(item, 128)} (not declared by this build)`;
  assert.deepEqual(report.changes.map((c) => c.item).sort(), [
    'BuyBurn :__STORAGE_VERSION__:', 'BuyBurn::FeeShares', undeclared('FeeBurnShare'), undeclared('FeeStakerShare'),
    'Credits :__STORAGE_VERSION__:', 'Credits::Meters',
    // The claims pallet, new in this build: FRAME writes the version of a pallet added by an
    // upgrade; its pot and claims are governance's to fund and add.
    'Claims :__STORAGE_VERSION__:',
    'System::LastRuntimeUpgrade',
  ].sort(), 'the upgrade changes the fee shares, the versions and nothing else');
  const predicted = report.changes.find((c) => c.item === 'BuyBurn::FeeShares');
  assert.equal(predicted.after, api.createType('(Perbill, Perbill)', sharesBefore).toHex());

  // The same upgrade in Wasm: chopsticks forks the full node's chain at that block with this
  // build's runtime and builds one block on it, which runs the migrations as the chain's first
  // block of the new code will. Every key the native check predicted has that value there,
  // and the watched accounts are unchanged.
  const wasmFile = join(logs, `rehearsal-runtime-${NEW_SPEC}.wasm`);
  writeFileSync(wasmFile, wasm);
  const forkStarted = Date.now();
  const fork = await forkWithRuntime({ endpoint: `ws://127.0.0.1:${full.rpcPort}`, block: checkedAt, wasm: wasmFile,
    logPath: join(logs, 'rehearsal-chopsticks.log') });
  let forkApi;
  try {
    forkApi = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${fork.port}`), noInitWarn: true });
    await fork.newBlock();
    const forkVersion = await forkApi.rpc.state.getRuntimeVersion();
    assert.equal(forkVersion.specVersion.toNumber(), NEW_SPEC, 'the fork runs this build');
    const lastUpgrade = (await forkApi.query.system.lastRuntimeUpgrade()).unwrap();
    assert.equal(lastUpgrade.specVersion.toNumber(), NEW_SPEC, 'the fork\'s new block ran the upgrade');
    for (const change of report.changes) {
      const value = await forkApi.rpc.state.getStorage(change.key);
      assert.equal(value.isSome ? value.unwrap().toHex() : null, change.after,
        `${change.item}: the Wasm upgrade wrote what the native check predicted`);
    }
    assert.deepEqual(await snapshot(watched, forkApi), before, 'the fork\'s upgrade lost nothing');
  } finally {
    await forkApi?.disconnect();
    fork.stop();
  }
  const forkMs = Date.now() - forkStarted;

  const submitted = (await heads()).best;
  await submit(api, api.tx.preimage.notePreimage(authorize.method.toHex()), dave);
  const index = (await api.query.referenda.referendumCount()).toNumber();
  r = await submit(api, api.tx.referenda.submit({ system: 'Root' },
    { Lookup: { hash: authorize.method.hash, len: authorize.method.encodedLength } }, { After: 0 }), dave);
  assert.equal(r.dispatchError, undefined, 'submitted on the root track');
  await submit(api, api.tx.referenda.placeDecisionDeposit(index), dave);
  r = await submit(api, api.tx.convictionVoting.vote(index,
    { Standard: { vote: { aye: true, conviction: 'None' }, balance: 600_000_000n * VVV } }), dave);
  assert.equal(r.dispatchError, undefined, 'Dave votes with his staked VVV');

  const authorized = await waitForEvent((e) => api.events.system.UpgradeAuthorized.is(e), 240_000, 'UpgradeAuthorized');
  const applied = waitForEvent((e) => api.events.system.CodeUpdated.is(e), 120_000, 'CodeUpdated');
  // Anyone applies the authorized code: an unsigned transaction, free of fees.
  // Hex: a byte array would be read as already SCALE-encoded.
  await api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)).send();
  const updated = await applied;

  // The first block of the new runtime runs the migration; polkadot.js reloads the metadata.
  // The block that stores the code still runs the old runtime; the next one runs the new
  // runtime and its migrations first (`system.lastRuntimeUpgrade` records it).
  const ranUpgrade = async () => (await api.query.system.lastRuntimeUpgrade()).unwrap().specVersion.toNumber();
  const deadline = Date.now() + 60_000;
  while ((api.runtimeVersion.specVersion.toNumber() !== NEW_SPEC || (await ranUpgrade()) !== NEW_SPEC) && Date.now() < deadline) {
    await new Promise((res) => setTimeout(res, 1_000));
  }
  assert.equal(api.runtimeVersion.specVersion.toNumber(), NEW_SPEC, 'polkadot.js sees the new version');
  assert.equal(await ranUpgrade(), NEW_SPEC, 'the new runtime ran its upgrade');
  const upgraded = (await heads()).best;

  // The migration: version 3, the shares in one value, the old keys gone.
  assert.equal(await buyBurnStorageVersion(), 3);
  const shares = await api.query.buyBurn.feeShares();
  assert.equal((await api.rpc.state.getStorage(predicted.key)).unwrap().toHex(), predicted.after,
    'the live upgrade wrote what the check predicted');
  assert.deepEqual([shares.burn.toNumber(), shares.stakers.toNumber()], sharesBefore);
  assert.equal(api.query.buyBurn.feeBurnShare, undefined, 'the new metadata has no FeeBurnShare');
  const oldKey = xxhashAsHex('BuyBurn', 128) + xxhashAsHex('FeeBurnShare', 128).slice(2);
  assert.equal((await api.rpc.state.getStorage(oldKey)).isNone, true, 'the old key is gone');

  // The credits migration: Ferdie, registered at genesis by spec 106, meters as batch 0; a
  // replay of it is refused by name.
  const meter = (await api.query.credits.meters(ferdie.address)).unwrap();
  assert.deepEqual([meter.registered.isTrue, meter.nextBatch.toNumber()], [true, 0]);

  // Nothing lost: the watched accounts did nothing since the snapshot.
  assert.deepEqual(await snapshot(watched), before);
  const creditDay = Number((await api.query.timestamp.now()).toBigInt() / 86_400_000n);
  r = await submit(api, api.tx.credits.recordUsage(0, creditDay, [[eve.address, 1_000_000n]]), ferdie);
  assert.equal(r.dispatchError, undefined, 'Ferdie records batch 0');
  r = await submit(api, api.tx.credits.recordUsage(0, creditDay, [[eve.address, 1_000_000n]]), ferdie);
  assert.equal(errorName(api, r.dispatchError), 'BatchAlreadyRecorded');

  // The network goes on: blocks built and finalized past the upgrade by both sequencers.
  const end = Date.now() + 60_000;
  let now = await heads();
  while (now.finalized < upgraded + 5 && Date.now() < end) {
    await new Promise((res) => setTimeout(res, 2_000));
    now = await heads();
  }
  assert.ok(now.finalized >= upgraded + 5, `finalized ${now.finalized}, upgraded at ${upgraded}`);
  for (const node of nodes) {
    const version = await rpc(node.rpcPort, 'state_getRuntimeVersion');
    assert.equal(version.specVersion, NEW_SPEC, `${node.logPath} runs the new runtime`);
  }
  // A fee after the upgrade is split by the migrated shares: 40% of it burned.
  r = await submit(api, api.tx.balances.transferKeepAlive(dave.address, VVV), bob);
  assert.equal(r.dispatchError, undefined);

  // The sequencer set changes on the upgraded network: an `operations` referendum removes Bob,
  // and from the second session boundary after it Alice authors alone, finality going on.
  const opsIndex = (await api.query.referenda.referendumCount()).toNumber();
  const removeBob = api.tx.sequencers.removeSequencer(bob.address);
  const removeSubmitted = (await heads()).best;
  r = await submit(api, api.tx.utility.batchAll([
    api.tx.referenda.submit({ Origins: 'Operations' }, { Inline: removeBob.method.toHex() }, { After: 0 }),
    api.tx.referenda.placeDecisionDeposit(opsIndex),
  ]), dave);
  assert.equal(r.dispatchError, undefined, 'submitted on the operations track');
  r = await submit(api, api.tx.convictionVoting.vote(opsIndex,
    { Standard: { vote: { aye: true, conviction: 'None' }, balance: 600_000_000n * VVV } }), dave);
  assert.equal(r.dispatchError, undefined, 'Dave votes to remove Bob');
  const removed = await waitForEvent((e) => api.events.sequencers.SequencerRemoved.is(e), 120_000, 'SequencerRemoved');
  const aliceAura = (await api.query.aura.authorities())[0].toString();
  let effective;
  const alone = Date.now() + 90_000;
  while (Date.now() < alone) {
    const authorities = await api.query.aura.authorities();
    if (authorities.length === 1) {
      effective = (await heads()).best;
      break;
    }
    await new Promise((res) => setTimeout(res, 1_000));
  }
  assert.ok(effective, 'Aura has one authority within 90 s of the removal');
  assert.equal((await api.query.aura.authorities())[0].toString(), aliceAura, 'Alice sequences on');
  assert.equal((await api.query.grandpa.authorities()).length, 1, 'and votes alone');
  const afterChange = Date.now() + 60_000;
  now = await heads();
  while (now.finalized < effective + 3 && Date.now() < afterChange) {
    await new Promise((res) => setTimeout(res, 2_000));
    now = await heads();
  }
  assert.ok(now.finalized >= effective + 3, `finalized ${now.finalized} after the change at ${effective}`);
  for (let n = effective + 1; n <= effective + 3; n += 1) {
    const header = await api.derive.chain.getHeader(await api.rpc.chain.getBlockHash(n));
    assert.equal(header.author?.toString(), alice.address, `block ${n} is Alice's`);
  }

  console.log(`sequencer change (blocks): removal submitted ${removeSubmitted}, enacted ${removed.block}, `
    + `Alice alone from ${effective}; finalized ${now.finalized} of ${now.best}`);
  console.log(`upgrade timeline (blocks): submitted ${submitted}, authorized (enacted) ${authorized.block}, `
    + `code updated ${updated.block}, spec ${NEW_SPEC} seen at ${upgraded}; finalized ${now.finalized} of ${now.best}; `
    + `code ${(code.length / 1024).toFixed(0)} KiB compressed`);
  console.log(`migration check on the live state of block ${report.block}: ${report.changes.length} keys changed, `
    + `${(report.weight.refTime / 1e9).toFixed(3)} ms of weight, ${checkMs} ms to fetch and run; `
    + `the chopsticks fork's upgrade in Wasm agreed (${forkMs} ms)`);
});
