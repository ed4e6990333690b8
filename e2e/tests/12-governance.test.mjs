// Governance on the dev chain (design §13): a holder proposes on the `economics` track to double
// DIEM's target supply, the dev accounts' stashes vote with free and staked VVV, with conviction
// and by delegation; the referendum is decided, confirmed (and so approved) and enacted by the scheduler,
// and the curve's target supply changes. The operator (Charlie, a collective of one) moves the
// target by at most 10% once a period. A vote with conviction locks the voter's VVV past the
// referendum; a vote without conviction unlocks when it ends.
//
// Every period is read from the chain (`origins.dayLength`, `referenda.tracks`, the DIEM and
// conviction-voting constants), not assumed. The voters are the six `//stash` accounts, which
// no other test uses: their locks outlive this file.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { errorName, findEvent, submit, useChain, VVV } from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

const stashes = () => {
  const keyring = new Keyring({ type: 'sr25519' });
  return Object.fromEntries(
    ['alice', 'bob', 'charlie', 'dave', 'eve', 'ferdie'].map((n) => [
      n,
      keyring.addFromUri(`//${n[0].toUpperCase()}${n.slice(1)}//stash`),
    ]),
  );
};

/** The `referenda.tracks` constant as plain values, by track name. */
function tracks() {
  return Object.fromEntries(
    api.consts.referenda.tracks.map(([id, info]) => [
      info.name.toString().replace(/\0+$/, ''),
      {
        id: id.toNumber(),
        maxDeciding: info.maxDeciding.toNumber(),
        decisionDeposit: info.decisionDeposit.toBigInt(),
        prepare: info.preparePeriod.toNumber(),
        decision: info.decisionPeriod.toNumber(),
        confirm: info.confirmPeriod.toNumber(),
        minEnactment: info.minEnactmentPeriod.toNumber(),
        minApproval: info.minApproval,
        minSupport: info.minSupport,
      },
    ]),
  );
}

const targetSupply = async () => (await api.query.diem.curve()).targetSupply.toBigInt();
const blockOf = async (hash) => (await api.rpc.chain.getHeader(hash)).number.toNumber();
/** A Perbill codec as a fraction of one. */
const perbill = (p) => p.toNumber() / 1e9;

/**
 * Follows the chain's events block by block (none skipped, hooks' events included) from now
 * on. `until(match, timeoutMs, what)` resolves with the first record `{ block, event }` that
 * `match(event)` accepts, seen so far or later.
 */
function watchEvents() {
  const seen = [];
  const waiters = new Set();
  let next = null;
  let chain = Promise.resolve();
  let unsubscribe = () => {};
  const check = () => {
    for (const waiter of waiters) {
      const found = seen.find(({ event }) => waiter.match(event));
      if (found) {
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(found);
      }
    }
  };
  const ready = api.rpc.chain
    .subscribeNewHeads((header) => {
      const head = header.number.toNumber();
      chain = chain.then(async () => {
        for (let block = next ?? head; block <= head; block += 1) {
          const hash = await api.rpc.chain.getBlockHash(block);
          const records = await api.query.system.events.at(hash);
          for (const { event } of records) seen.push({ block, event });
        }
        next = Math.max(next ?? 0, head + 1);
        check();
      }).catch((error) => {
        // A read cut short (the test disconnecting): the next head reads again.
        console.error(`events at #${head}: ${error.message}`);
      });
    })
    .then((u) => {
      unsubscribe = u;
    });
  return {
    seen,
    ready,
    until(match, timeoutMs, what) {
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiter.timer = setTimeout(() => {
          waiters.delete(waiter);
          const names = [...new Set(seen.map(({ event }) => `${event.section}.${event.method}`))];
          reject(new Error(`${what} not seen within ${timeoutMs} ms; events seen: ${names.join(', ')}`));
        }, timeoutMs);
        waiters.add(waiter);
        check();
      });
    },
    stop() {
      unsubscribe();
      unsubscribe = () => {};
    },
  };
}

const is = (section, method, filter = () => true) => (event) =>
  event.section === section && event.method === method && filter(event.data);

/** Resolves once the best block is at least `block`. */
async function untilBlock(block, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    if (best >= block) return best;
    if (Date.now() > deadline) throw new Error(`block #${block} not reached within ${timeoutMs} ms (at #${best})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Charlie, the operator, proposes `call` with a threshold of one: it executes at once. */
async function operatorStep(target) {
  const call = api.tx.diem.setTargetSupply(target);
  const result = await submit(api, api.tx.operator.propose(1, call, call.method.encodedLength), accounts.charlie);
  assert.equal(result.dispatchError, undefined, result.dispatchError?.toString());
  const executed = findEvent(result.events, 'operator', 'Executed');
  return { ...result, executed: executed.data.result, block: await blockOf(result.blockHash) };
}

const watcher = { current: null };
after(() => watcher.current?.stop());

test("the dev chain's governance: a 5-block day, the tracks in days of it, Charlie the operator", async () => {
  const day = (await api.query.origins.dayLength()).toNumber();
  assert.equal(day, 5);
  const t = tracks();
  assert.deepEqual(Object.keys(t), ['root', 'economics', 'operations', 'treasury']);
  assert.deepEqual(Object.values(t).map((x) => x.id), [0, 1, 2, 3]);
  const economics = t.economics;
  // 4 hours of a 5-block day round to one block; 14 days to decide, a day to confirm and enact.
  assert.deepEqual(
    [economics.prepare, economics.decision, economics.confirm, economics.minEnactment],
    [1, 14 * day, day, day],
  );
  assert.equal(economics.decisionDeposit, 10_000n * VVV);
  assert.equal(api.consts.referenda.submissionDeposit.toBigInt(), 10n * VVV);
  // Support falls linearly from 50% to 1% of the active VVV over the decision period; approval
  // is a reciprocal curve from 100% toward 50%.
  assert.ok(economics.minSupport.isLinearDecreasing, economics.minSupport.toString());
  const support = economics.minSupport.asLinearDecreasing;
  assert.deepEqual([perbill(support.ceil), perbill(support.floor), perbill(support.get('length'))], [0.5, 0.01, 1]);
  assert.ok(economics.minApproval.isReciprocal, economics.minApproval.toString());
  assert.equal(api.consts.convictionVoting.voteLockingPeriod.toNumber(), 7 * day);
  assert.equal(api.consts.diem.operatorTargetPeriod.toNumber(), 7 * day);
  assert.equal(perbill(api.consts.diem.operatorTargetStep), 0.1);
  assert.deepEqual((await api.query.operator.members()).map(String), [accounts.charlie.address]);
});

const operator = { lastStep: null };

test('the operator moves the target supply by at most 10%, once a period', async () => {
  const { bob } = accounts;
  const before = await targetSupply();
  const bound = before / 10n;

  // Only the operator: Bob is no member, and a signed call is neither root nor `economics`.
  const refused = await submit(api, api.tx.diem.setTargetSupply(before + 1n), bob);
  assert.equal(refused.dispatchError?.isBadOrigin, true, refused.dispatchError?.toString());

  // More than 10% is refused by the DIEM pallet, whatever the direction.
  for (const target of [before + bound + 1n, before - bound - 1n, (before * 111n) / 100n]) {
    const { executed } = await operatorStep(target);
    assert.ok(executed.isErr, `a step to ${target} from ${before} is refused`);
    assert.equal(errorName(api, executed.asErr), 'OperatorStepTooLarge');
  }
  assert.equal(await targetSupply(), before);
  assert.equal((await api.query.diem.operatorLastStep()).isNone, true, 'no step yet');

  // Exactly 10% up: done, by the operator.
  const step = await operatorStep(before + bound);
  assert.ok(step.executed.isOk, step.executed.toString());
  const set = findEvent(step.events, 'diem', 'TargetSupplySet');
  assert.equal(set.data.targetSupply.toBigInt(), before + bound);
  assert.equal(set.data.byOperator.isTrue, true);
  assert.equal(await targetSupply(), before + bound);
  assert.equal((await api.query.diem.operatorLastStep()).unwrap().toNumber(), step.block);
  operator.lastStep = step.block;

  // A second step within the period, however small, is too soon.
  const again = await operatorStep(before + bound - 1n);
  assert.ok(again.executed.isErr);
  assert.equal(errorName(api, again.executed.asErr), 'OperatorStepTooSoon');
  assert.ok(again.block < step.block + api.consts.diem.operatorTargetPeriod.toNumber());
  assert.equal(await targetSupply(), before + bound);
});

test('a referendum on the economics track doubles the target supply: voted, confirmed, approved, enacted', { timeout: 300_000 }, async () => {
  const { bob } = accounts;
  const stash = stashes();
  const economics = tracks().economics;
  const events = watchEvents();
  watcher.current = events;
  await events.ready;

  // 1. Bob notes the call's preimage and submits it on the economics track.
  const before = await targetSupply();
  const call = api.tx.diem.setTargetSupply(before * 2n);
  const hash = call.method.hash.toHex();
  const len = call.method.encodedLength;
  const noted = await submit(api, api.tx.preimage.notePreimage(call.method.toHex()), bob);
  assert.equal(noted.dispatchError, undefined, noted.dispatchError?.toString());
  assert.equal(findEvent(noted.events, 'preimage', 'Noted').data[0].toHex(), hash);

  const submitted = await submit(
    api,
    api.tx.referenda.submit({ Origins: 'Economics' }, { Lookup: { hash, len } }, { After: 1 }),
    bob,
  );
  assert.equal(submitted.dispatchError, undefined, submitted.dispatchError?.toString());
  const sub = findEvent(submitted.events, 'referenda', 'Submitted');
  const index = sub.data.index.toNumber();
  assert.equal(sub.data.track.toNumber(), economics.id);

  // 2. The decision deposit (the track's, from the chain) lets it be decided.
  const heldBefore = (await api.query.system.account(bob.address)).data.reserved.toBigInt();
  const deposited = await submit(api, api.tx.referenda.placeDecisionDeposit(index), bob);
  assert.equal(deposited.dispatchError, undefined, deposited.dispatchError?.toString());
  const placed = findEvent(deposited.events, 'referenda', 'DecisionDepositPlaced');
  assert.equal(placed.data.amount.toBigInt(), economics.decisionDeposit);
  assert.equal((await api.query.system.account(bob.address)).data.reserved.toBigInt(), heldBefore + economics.decisionDeposit);

  // 3. Votes. Bob's stash stakes 6M VVV first and votes 9.5M: staked VVV counts (the
  //    conviction lock overlaps the staking hold). Charlie's stash votes without conviction
  //    (0.1× the votes, full support, no lock after the end). Ferdie's stash delegates to Eve's.
  const staking = await submit(api, api.tx.staking.stake(6_000_000n * VVV), stash.bob);
  assert.equal(staking.dispatchError, undefined, staking.dispatchError?.toString());
  const bobStashFree = (await api.query.system.account(stash.bob.address)).data.free.toBigInt();
  const delegated = 9_000_000n * VVV;
  const delegation = await submit(
    api,
    api.tx.convictionVoting.delegate(economics.id, stash.eve.address, 'Locked1x', delegated),
    stash.ferdie,
  );
  assert.equal(delegation.dispatchError, undefined, delegation.dispatchError?.toString());
  findEvent(delegation.events, 'convictionVoting', 'Delegated');

  const votes = [
    { who: stash.alice, balance: 9_000_000n * VVV, conviction: 'Locked1x', weight: (b) => b },
    { who: stash.bob, balance: 9_500_000n * VVV, conviction: 'Locked2x', weight: (b) => 2n * b },
    { who: stash.charlie, balance: 9_000_000n * VVV, conviction: 'None', weight: (b) => b / 10n },
    { who: stash.dave, balance: 9_000_000n * VVV, conviction: 'Locked1x', weight: (b) => b },
    { who: stash.eve, balance: 9_000_000n * VVV, conviction: 'Locked3x', weight: (b) => 3n * b },
  ];
  assert.ok(votes[1].balance > bobStashFree, 'Bob\'s stash votes more than its free VVV');
  const voted = await Promise.all(
    votes.map(({ who, balance, conviction }) =>
      submit(api, api.tx.convictionVoting.vote(index, { Standard: { vote: { aye: true, conviction }, balance } }), who),
    ),
  );
  for (const result of voted) {
    assert.equal(result.dispatchError, undefined, result.dispatchError?.toString());
    findEvent(result.events, 'convictionVoting', 'Voted');
  }

  // The tally: conviction-weighted ayes, support in VVV before conviction, the delegation on
  // top of Eve's stash's vote (Locked1x: 1×).
  const expectedAyes = votes.reduce((sum, v) => sum + v.weight(v.balance), 0n) + delegated;
  const expectedSupport = votes.reduce((sum, v) => sum + v.balance, 0n) + delegated;
  const ongoing = (await api.query.referenda.referendumInfoFor(index)).unwrap();
  assert.ok(ongoing.isOngoing, ongoing.toString());
  const { tally } = ongoing.asOngoing;
  assert.equal(tally.ayes.toBigInt(), expectedAyes);
  assert.equal(tally.nays.toBigInt(), 0n);
  assert.equal(tally.support.toBigInt(), expectedSupport);

  // (c) A vote locks: the conviction-voting lock on each voter, as large as its vote, and on
  // Bob's stash larger than its free VVV (it covers the staked VVV too).
  for (const { who, balance } of votes) {
    const locks = await api.query.balances.locks(who.address);
    const lock = locks.find((l) => l.id.toUtf8() === 'pyconvot');
    assert.ok(lock, `a conviction-voting lock on ${who.address}: ${locks.toString()}`);
    assert.equal(lock.amount.toBigInt(), balance);
  }
  const bobStash = (await api.query.system.account(stash.bob.address)).data;
  assert.ok(bobStash.frozen.toBigInt() > bobStash.free.toBigInt(), 'the lock reaches into the held stake');
  const delegatorLock = (await api.query.balances.locks(stash.ferdie.address)).find((l) => l.id.toUtf8() === 'pyconvot');
  assert.equal(delegatorLock?.amount.toBigInt(), delegated, 'the delegation is locked too');
  // Locked VVV cannot be sent away: Alice's stash keeps about 1M free of its lock.
  const sent = await submit(api, api.tx.balances.transferKeepAlive(bob.address, 2_000_000n * VVV), stash.alice);
  assert.ok(sent.dispatchError?.isToken, sent.dispatchError?.toString());
  assert.equal(sent.dispatchError.asToken.type, 'Frozen');

  // 4. Decided: it enters the deciding phase after the prepare period, confirms for the
  //    track's confirm period once approval and support are above the curves, is approved,
  //    and the scheduler dispatches the call at least the minimum enactment period later.
  const blocks = economics.prepare + economics.decision + economics.confirm + economics.minEnactment;
  const timeout = (blocks + 10) * 2_000 * 1.2;
  const mine = (data) => data.index.toNumber() === index;
  const started = await events.until(is('referenda', 'DecisionStarted', mine), timeout, 'referenda.DecisionStarted');
  assert.equal(started.event.data.track.toNumber(), economics.id);
  const confirming = await events.until(is('referenda', 'ConfirmStarted', mine), timeout, 'referenda.ConfirmStarted');
  const confirmed = await events.until(is('referenda', 'Confirmed', mine), timeout, 'referenda.Confirmed');
  assert.ok(confirmed.block - confirming.block >= economics.confirm, `confirming from #${confirming.block}, confirmed at #${confirmed.block}`);
  assert.equal(confirmed.event.data.tally.support.toBigInt(), expectedSupport);
  // The referendum ends approved at the block it is confirmed in. (pallet-referenda declares a
  // `referenda.Approved` event but does not deposit it: the status says it.)
  const ended = (await api.query.referenda.referendumInfoFor(index)).unwrap();
  assert.ok(ended.isApproved, ended.toString());
  const approved = { block: ended.asApproved[0].toNumber() };
  assert.equal(approved.block, confirmed.block);
  assert.ok(
    !events.seen.some(({ event }) => is('referenda', 'Rejected', mine)(event) || is('referenda', 'TimedOut', mine)(event)),
  );

  const enacted = await events.until(
    is('diem', 'TargetSupplySet', (d) => d.targetSupply.toBigInt() === before * 2n),
    timeout,
    'diem.TargetSupplySet',
  );
  assert.equal(enacted.event.data.byOperator.isFalse, true, 'set by the economics origin, not the operator');
  // The scheduler's task is named by the referendum: blake2_256(("assembly", "enactment", index)).
  const taskName = blake2AsHex(api.createType('([u8;8], Text, u32)', [stringToU8a('assembly'), 'enactment', index]).toU8a(), 256);
  const dispatched = events.seen.find(
    ({ block, event }) => block === enacted.block && is('scheduler', 'Dispatched', (d) => d.id.isSome && d.id.unwrap().toHex() === taskName)(event),
  );
  assert.ok(dispatched, `scheduler.Dispatched of task ${taskName} in the block of the change`);
  assert.ok(dispatched.event.data.result.isOk, dispatched.event.data.result.toString());
  assert.ok(enacted.block >= approved.block + economics.minEnactment, `enacted at #${enacted.block}, approved at #${approved.block}`);
  assert.equal(await targetSupply(), before * 2n);

  // (c) After the end: a vote without conviction unlocks at once; a 1× vote stays locked for
  // the vote-locking period after the referendum (who voted cannot sell before the change).
  for (const who of [stash.charlie, stash.alice]) {
    const removed = await submit(api, api.tx.convictionVoting.removeVote(economics.id, index), who);
    assert.equal(removed.dispatchError, undefined, removed.dispatchError?.toString());
    const unlocked = await submit(api, api.tx.convictionVoting.unlock(economics.id, who.address), who);
    assert.equal(unlocked.dispatchError, undefined, unlocked.dispatchError?.toString());
  }
  const lockOf = async (who) => (await api.query.balances.locks(who.address)).find((l) => l.id.toUtf8() === 'pyconvot');
  assert.equal(await lockOf(stash.charlie), undefined, 'no conviction, no lock after the end');
  const kept = await lockOf(stash.alice);
  assert.equal(kept?.amount.toBigInt(), votes[0].balance, 'a 1× vote stays locked');
  const voting = await api.query.convictionVoting.votingFor(stash.alice.address, economics.id);
  const prior = voting.asCasting.prior;
  assert.equal(prior[1].toBigInt(), votes[0].balance);
  assert.equal(prior[0].toNumber(), approved.block + api.consts.convictionVoting.voteLockingPeriod.toNumber());
  events.stop();
});

test('after its period the operator steps again, 10% of the target the referendum set', { timeout: 180_000 }, async () => {
  assert.ok(operator.lastStep !== null, 'the first step was made');
  const period = api.consts.diem.operatorTargetPeriod.toNumber();
  // A step signed when the best block is the period's last lands in the next block at the
  // earliest.
  await untilBlock(operator.lastStep + period - 1, (period + 10) * 3_000);
  const before = await targetSupply();
  const step = await operatorStep(before - before / 10n);
  assert.ok(step.block >= operator.lastStep + period);
  assert.ok(step.executed.isOk, step.executed.toString());
  assert.equal(findEvent(step.events, 'diem', 'TargetSupplySet').data.byOperator.isTrue, true);
  assert.equal(await targetSupply(), before - before / 10n);
  assert.equal((await api.query.diem.operatorLastStep()).unwrap().toNumber(), step.block);
});
