// DIEM's use on the dev chain (design §9): a user buys DIEM on the DEX's DIEM/USDC pool, stakes
// it for credits, waits for the next credit day (a minute on the dev chain), and the dev meter
// (Ferdie, an inference provider) records usage: the allowance covers $1 a DIEM, the rest is
// reported uncovered, and the next day the allowance renews.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIEM, DIEM_ASSET_ID, errorName, findEvent, submit, useChain, USDC, USDC_ASSET_ID } from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

/** $1 in micro-USD, the unit of allowances and usage. */
const USD = 1_000_000n;
const BOUGHT = 10n * DIEM;

/** `who`'s credits, as the runtime API gives them, in bigints. */
async function credits(who) {
  const info = await api.call.creditsApi.credits(who);
  return {
    staked: info.staked.toBigInt(),
    countingToday: info.countingToday.toBigInt(),
    countingTomorrow: info.countingTomorrow.toBigInt(),
    allowanceToday: info.allowanceToday.toBigInt(),
    usedToday: info.usedToday.toBigInt(),
    remainingToday: info.remainingToday.toBigInt(),
    nextRenewalAt: info.nextRenewalAt.toBigInt(),
    nextRenewalBlock: info.nextRenewalBlock.toNumber(),
  };
}

/** Resolves with `who`'s credits at the first new block where `done(credits)` holds. */
function waitForCredits(who, done, timeoutMs) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`credits condition not met within ${timeoutMs} ms`));
    }, timeoutMs);
    api.rpc.chain
      .subscribeNewHeads(async () => {
        const now = await credits(who);
        if (done(now)) {
          clearTimeout(timer);
          unsubscribe();
          resolve(now);
        }
      })
      .then((u) => {
        unsubscribe = u;
      }, reject);
  });
}

test('the dev chain has a one-minute credit day and a registered dev meter', async () => {
  assert.equal((await api.query.credits.dayLength()).toNumber(), 60);
  assert.ok((await api.query.credits.meters(accounts.ferdie.address)).isSome, 'Ferdie meters');
  assert.equal(api.consts.credits.minStakeForCredits.toBigInt(), DIEM / 10n);
});

test('buy DIEM on the DEX, stake it, see it metered and renewed', { timeout: 240_000 }, async () => {
  const { eve, ferdie } = accounts;
  const diemOf = async () => (await api.query.assets.account(DIEM_ASSET_ID, eve.address)).unwrapOr({ balance: 0n }).balance;

  // Buy exactly 10 DIEM with USDC.
  const bought = await submit(
    api,
    api.tx.assetConversion.swapTokensForExactTokens(
      [{ WithId: USDC_ASSET_ID }, { WithId: DIEM_ASSET_ID }],
      BOUGHT,
      10_000n * USDC,
      eve.address,
      true,
    ),
    eve,
  );
  assert.equal(bought.dispatchError, undefined, bought.dispatchError?.toString());
  assert.equal(BigInt(await diemOf()), BOUGHT);

  const staked = await submit(api, api.tx.credits.stakeDiem(BOUGHT), eve);
  assert.equal(staked.dispatchError, undefined, staked.dispatchError?.toString());
  const event = findEvent(staked.events, 'credits', 'Staked');
  assert.equal(event.data.amount.toBigInt(), BOUGHT);
  assert.equal(BigInt(await diemOf()), 0n, 'the DIEM is in the custody account');

  // At the block of the stake it does not count yet; it counts from the next day.
  const atStake = await api.at(staked.blockHash);
  const stakeDay = Number((await atStake.query.timestamp.now()).toBigInt() / 60_000n);
  assert.equal(event.data.countsFrom.toNumber(), stakeDay + 1);
  const before = await atStake.call.creditsApi.credits(eve.address);
  assert.equal(before.staked.toBigInt(), BOUGHT);
  assert.equal(before.countingToday.toBigInt(), 0n);
  assert.equal(before.countingTomorrow.toBigInt(), BOUGHT);
  assert.equal(before.remainingToday.toBigInt(), 0n);

  // The next day: $10 of credits.
  const counting = await waitForCredits(eve.address, (c) => c.countingToday === BOUGHT, 90_000);
  assert.equal(counting.allowanceToday, 10n * USD);
  assert.equal(counting.remainingToday, 10n * USD);

  // A batch names the day its usage was served on (the dev chain's days are minutes) and its
  // index in the meter's numbering.
  const today = async () => Number((await api.query.timestamp.now()).toBigInt() / 60_000n);
  const meterState = await api.query.credits.meters(ferdie.address);
  assert.equal(meterState.unwrap().registered.isTrue, true, 'Ferdie is the dev meter');
  const index = meterState.unwrap().nextBatch.toBigInt();

  // Only a meter may record usage.
  const refused = await submit(api, api.tx.credits.recordUsage(0, await today(), [[eve.address, USD]]), eve);
  assert.equal(errorName(api, refused.dispatchError), 'NotMeter');

  // Ferdie meters $4 and then $9: $10 covered, $3 uncovered, reported for Eve.
  const batch = [
    [eve.address, 4n * USD],
    [eve.address, 9n * USD],
  ];
  const metered = await submit(api, api.tx.credits.recordUsage(index, await today(), batch), ferdie);
  assert.equal(metered.dispatchError, undefined, metered.dispatchError?.toString());
  assert.equal((await api.query.credits.meters(ferdie.address)).unwrap().nextBatch.toBigInt(), index + 1n);
  // Sent again (a meter resubmitting after a crash), the batch is refused by name.
  const replayed = await submit(api, api.tx.credits.recordUsage(index, await today(), batch), ferdie);
  assert.equal(errorName(api, replayed.dispatchError), 'BatchAlreadyRecorded');
  const usage = findEvent(metered.events, 'credits', 'UsageRecorded');
  assert.equal(usage.data.covered.toBigInt(), 10n * USD);
  assert.equal(usage.data.uncovered.toBigInt(), 3n * USD);
  const rests = usage.data.uncoveredByAccount.map(([who, amount]) => [who.toString(), amount.toBigInt()]);
  assert.deepEqual(rests, [[eve.address, 3n * USD]]);

  const used = await credits(eve.address);
  assert.equal(used.usedToday, 10n * USD);
  assert.equal(used.remainingToday, 0n);
  const summary = await api.call.creditsApi.daySummary(1);
  assert.ok(summary[summary.length - 1].used.toBigInt() >= 10n * USD);
  assert.ok(summary[summary.length - 1].uncovered.toBigInt() >= 3n * USD);

  // The next day the allowance renews, whole; yesterday's use is not carried over.
  const renewed = await waitForCredits(eve.address, (c) => c.usedToday === 0n && c.nextRenewalAt > used.nextRenewalAt, 90_000);
  assert.equal(renewed.remainingToday, 10n * USD);
  const history = await api.call.creditsApi.daySummary(2);
  assert.equal(history.length, 2);
  assert.ok(history[0].used.toBigInt() >= 10n * USD, 'yesterday in the history');
});
