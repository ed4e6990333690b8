// VVV staking on the dev chain: stake, watch the rewards grow block by block through the
// runtime API, claim them, unstake, wait out the dev preset's 10-block cooldown, withdraw.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  collectHeaders,
  errorName,
  findEvent,
  reservedBalance,
  submit,
  useChain,
  VVV,
} from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

const STAKE = 1_000n * VVV;
/** Design §2: 6,000,000 VVV over 15,778,800 blocks. */
const ANNUAL_EMISSION = 6_000_000n * VVV;
const BLOCKS_PER_YEAR = 15_778_800n;
/** The dev preset's cooldown. */
const COOLDOWN = 10;

/** The staking state of `who` and the pool at block `hash`. */
async function stakingAt(hash, who) {
  const view = await api.at(hash);
  const [staker, emitted, total, stream, events] = await Promise.all([
    view.call.stakingApi.staker(who),
    view.query.staking.totalEmitted(),
    view.query.staking.totalStaked(),
    view.query.staking.stream(),
    view.query.system.events(),
  ]);
  // What this block's distributions (the fees' share, streamed at the end of a block on the
  // dev chain) added to the stream.
  const distributed = events
    .filter(({ event }) => event.section === 'staking' && event.method === 'RewardsDistributed')
    .reduce((sum, { event }) => sum + event.data.amount.toBigInt(), 0n);
  return {
    staked: staker.staked.toBigInt(),
    pending: staker.pendingRewards.toBigInt(),
    emitted: emitted.toBigInt(),
    total: total.toBigInt(),
    streamPending: stream.pending.toBigInt(),
    distributed,
  };
}

test('the pool starts with the designed emission and reports the APR', async () => {
  assert.equal((await api.query.staking.annualEmission()).toBigInt(), ANNUAL_EMISSION);
  assert.equal((await api.query.staking.unbondingPeriod()).toNumber(), COOLDOWN);
  const summary = await api.call.stakingApi.summary();
  assert.equal(summary.annualEmission.toBigInt(), ANNUAL_EMISSION);
  assert.equal(summary.lockedYieldToTreasury.toNumber(), 500_000_000, '50% as a Perbill');
  if (summary.totalStaked.toBigInt() > 0n) {
    const apr = summary.apr.unwrap().toBigInt(); // FixedU128: 10^18 is 100%
    assert.equal(apr, (ANNUAL_EMISSION * 10n ** 18n) / summary.totalStaked.toBigInt());
  }
});

test('stake, watch rewards accrue block by block, claim them', async () => {
  const { charlie } = accounts;
  const reservedBefore = await reservedBalance(api, charlie.address);
  const staked = await submit(api, api.tx.staking.stake(STAKE), charlie);
  assert.equal(staked.dispatchError, undefined);
  const event = findEvent(staked.events, 'staking', 'Staked');
  assert.equal(event.data.amount.toBigInt(), STAKE);
  assert.equal(await reservedBalance(api, charlie.address), reservedBefore + STAKE, 'shown as reserved');

  // Four blocks after the stake: each one adds Charlie's pro-rata share of that block's
  // emission and of what the reward stream paid in it (rounded down, so within a planck or
  // two of the exact share).
  const headers = await collectHeaders(
    (cb) => api.rpc.chain.subscribeNewHeads(cb),
    (seen) => seen.length >= 4,
    30_000,
  );
  let previous = await stakingAt(headers[0].hash, charlie.address);
  let previousNumber = headers[0].number.toBigInt();
  assert.equal(previous.staked, STAKE);
  for (const header of headers.slice(1)) {
    const now = await stakingAt(header.hash, charlie.address);
    const blocks = header.number.toBigInt() - previousNumber;
    const emission = now.emitted - previous.emitted;
    const perBlock = ANNUAL_EMISSION / BLOCKS_PER_YEAR;
    assert.ok(
      emission >= blocks * perBlock && emission <= blocks * (perBlock + 1n),
      `${blocks} block(s) emitted ${emission}`,
    );
    // The stream pays at the start of a block; a distribution in it joins after.
    const streamed = previous.streamPending - (now.streamPending - now.distributed);
    assert.ok(streamed >= 0n, `block ${header.number}: the stream paid ${streamed}`);
    const earned = now.pending - previous.pending;
    const exact = ((emission + streamed) * STAKE) / previous.total;
    assert.ok(earned > 0n, `block ${header.number}: rewards grew`);
    assert.ok(earned <= exact + 1n && exact <= earned + 2n, `earned ${earned}, exact share ${exact}`);
    previous = now;
    previousNumber = header.number.toBigInt();
  }

  const claimed = await submit(api, api.tx.staking.claimRewards(), charlie);
  assert.equal(claimed.dispatchError, undefined);
  const paid = findEvent(claimed.events, 'staking', 'RewardsClaimed').data.amount.toBigInt();
  assert.ok(paid >= previous.pending, `claimed ${paid}, at least the ${previous.pending} seen before`);
  const after = await stakingAt(claimed.blockHash, charlie.address);
  assert.equal(after.pending, 0n);
});

test('unstake, wait out the cooldown, withdraw', async () => {
  const { charlie } = accounts;
  const tooMuch = await submit(api, api.tx.staking.unstake(2n ** 128n - 1n), charlie);
  assert.equal(errorName(api, tooMuch.dispatchError), 'InsufficientStake');

  const unstaked = await submit(api, api.tx.staking.unstake(STAKE), charlie);
  assert.equal(unstaked.dispatchError, undefined);
  const unlockAt = findEvent(unstaked.events, 'staking', 'Unstaked').data.unlockAt.toNumber();
  const block = (await api.rpc.chain.getHeader(unstaked.blockHash)).number.toNumber();
  assert.equal(unlockAt, block + COOLDOWN);
  const staker = await api.call.stakingApi.staker(charlie.address);
  assert.equal(staker.staked.toBigInt(), 0n);
  assert.deepEqual(
    staker.unlocking.map((chunk) => [chunk.amount.toBigInt(), chunk.unlockAt.toNumber()]),
    [[STAKE, unlockAt]],
  );

  const early = await submit(api, api.tx.staking.withdrawUnstaked(), charlie);
  assert.equal(errorName(api, early.dispatchError), 'CooldownNotElapsed');

  // The chunk matures at `unlockAt`: a withdraw included after it releases it.
  await collectHeaders(
    (cb) => api.rpc.chain.subscribeNewHeads(cb),
    (seen) => seen.at(-1).number.toNumber() >= unlockAt,
    (COOLDOWN + 10) * 2_000,
  );
  const reservedBefore = await reservedBalance(api, charlie.address);
  const withdrawn = await submit(api, api.tx.staking.withdrawUnstaked(), charlie);
  assert.equal(withdrawn.dispatchError, undefined);
  assert.equal(findEvent(withdrawn.events, 'staking', 'Withdrawn').data.amount.toBigInt(), STAKE);
  assert.equal(reservedBefore - (await reservedBalance(api, charlie.address)), STAKE);
  assert.equal((await api.call.stakingApi.staker(charlie.address)).unlocking.length, 0);
});

test('the emission can only be cut', async () => {
  const { alice } = accounts;
  const raise = await submit(
    api,
    api.tx.sudo.sudo(api.tx.staking.setAnnualEmission(ANNUAL_EMISSION + 1n)),
    alice,
  );
  const sudid = findEvent(raise.events, 'sudo', 'Sudid').data.sudoResult;
  assert.ok(sudid.isErr);
  assert.equal(api.registry.findMetaError(sudid.asErr.asModule).name, 'EmissionNotLowered');
  assert.equal((await api.query.staking.annualEmission()).toBigInt(), ANNUAL_EMISSION);
});
