// The treasury buy-burn on the dev chain (10-block epochs): deposit USDC revenue, wait for the
// epoch to close, see the purchase burned and total issuance fall by exactly the VVV burned.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  errorName,
  findEvent,
  NATIVE,
  submit,
  useChain,
  USDC,
  USDC_KIND,
} from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

const REVENUE = 1_000n * USDC;

/** The buy-burn events of block `hash`. */
async function buyBurnEvents(hash) {
  const events = await (await api.at(hash)).query.system.events();
  return events.filter(({ event }) => event.section === 'buyBurn').map(({ event }) => event);
}

/** The first block from number `from` on whose buy-burn events satisfy `predicate`. */
async function firstBlockWith(from, predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (let number = from; Date.now() < deadline; ) {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    for (; number <= best; number++) {
      const hash = await api.rpc.chain.getBlockHash(number);
      const events = await buyBurnEvents(hash);
      if (predicate(events)) return { number, hash, events };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no such block within ${timeoutMs} ms`);
}

test('the dev chain runs 10-block epochs, a 0.5% price-impact cap and a 10-block price half-life', async () => {
  const summary = await api.call.buyBurnApi.summary();
  assert.equal(summary.burnPeriod.toNumber(), 10);
  assert.equal(summary.burnShare.toNumber(), 500_000_000, '50%');
  assert.equal(summary.maxPriceImpact.toNumber(), 5_000_000, '0.5%');
  assert.equal(summary.priceHalfLife.toNumber(), 10);
  assert.equal(summary.maxSlippage.toNumber(), 10_000_000, '1%');
  assert.equal(summary.buyInterval.toNumber(), 5);
  // Sampled from the genesis pool (VVV at 3 USDC) and followed every block since.
  const reference = summary.reference.unwrap();
  assert.equal(reference.since.toNumber(), 0);
  assert.ok(reference.price.toBigInt() > 0n && summary.spotPrice.isSome);
  const zero = await submit(api, api.tx.buyBurn.depositRevenue(0), accounts.dave);
  assert.equal(errorName(api, zero.dispatchError), 'ZeroAmount');
});

test('revenue deposited is bought and burned when the epoch closes', async () => {
  const { dave } = accounts;
  const deposited = await submit(api, api.tx.buyBurn.depositRevenue(REVENUE), dave);
  assert.equal(deposited.dispatchError, undefined);
  assert.equal(findEvent(deposited.events, 'buyBurn', 'RevenueDeposited').data.amount.toBigInt(), REVENUE);
  // The pot of the deposit's block against its parent's, not of the best block: a purchase may
  // follow at any block (even this one's end), which this accounts for.
  const depositParent = (await api.rpc.chain.getHeader(deposited.blockHash)).parentHash;
  const potAt = async (hash) => (await (await api.at(hash)).call.buyBurnApi.summary()).pot.toBigInt();
  const spentInBlock = (await (await api.at(deposited.blockHash)).query.system.events())
    .filter(({ event }) => api.events.buyBurn.Burned.is(event))
    .reduce((sum, { event }) => sum + event.data.spent.toBigInt(), 0n);
  assert.equal(await potAt(deposited.blockHash), (await potAt(depositParent)) + REVENUE - spentInBlock);

  // The epoch closes within 10 blocks and budgets half the pot; the purchase follows.
  const depositBlock = (await api.rpc.chain.getHeader(deposited.blockHash)).number.toNumber();
  const burnBlock = await firstBlockWith(depositBlock, (events) => events.some((e) => e.method === 'Burned'), 60_000);
  const burnedEvent = burnBlock.events.find((e) => e.method === 'Burned');
  const spent = burnedEvent.data.spent.toBigInt();
  const burned = burnedEvent.data.burned.toBigInt();
  // The dev chain streams a share of each purchase to the stakers instead of burning it.
  const streamed = burnedEvent.data.streamed.toBigInt();
  const stakerShare = BigInt((await api.query.buyBurn.stakerShare()).toNumber());
  assert.equal(streamed, ((burned + streamed) * stakerShare) / 1_000_000_000n, 'the stakers\' share, rounded down');
  assert.ok(spent > 0n && spent <= REVENUE, `spent ${spent}`);

  // Total issuance moved by exactly: this block's emission − the VVV burned − burned fees.
  const hash = burnBlock.hash;
  const parent = (await api.rpc.chain.getHeader(hash)).parentHash;
  const [at, before] = [await api.at(hash), await api.at(parent)];
  const issuanceAfter = (await at.query.balances.totalIssuance()).toBigInt();
  const issuanceBefore = (await before.query.balances.totalIssuance()).toBigInt();
  const emitted =
    (await at.query.staking.totalEmitted()).toBigInt() - (await before.query.staking.totalEmitted()).toBigInt();
  const feeShare = BigInt((await at.query.buyBurn.feeShares()).burn.toNumber());
  const fees = (await at.query.system.events())
    .filter(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event))
    .map(({ event }) => ((event.data.actualFee.toBigInt() + event.data.tip.toBigInt()) * feeShare) / 1_000_000_000n)
    .reduce((a, b) => a + b, 0n);
  assert.equal(issuanceAfter - issuanceBefore, emitted - burned - fees);

  // The VVV bought (burned + streamed) is the VVV the pool gave up, and the totals and history
  // record it.
  const reserves = async (view) => (await view.call.assetConversionApi.getReserves(NATIVE, USDC_KIND)).unwrap();
  const [vvvBefore, usdcBefore] = await reserves(before);
  const [vvvAfter, usdcAfter] = await reserves(at);
  assert.equal(vvvBefore.toBigInt() - vvvAfter.toBigInt(), burned + streamed);
  assert.equal(usdcAfter.toBigInt() - usdcBefore.toBigInt(), spent);
  const summary = await at.call.buyBurnApi.summary();
  assert.ok(summary.totalBurned.toBigInt() >= burned);
  const history = await at.call.buyBurnApi.history();
  assert.ok(history.length >= 1, 'the closed epoch is recorded');
  console.log(
    `buy-burn at block ${burnBlock.number}: spent ${spent} USDC units, burned ${burned} planck, streamed ${streamed} ` +
      `(average ${burnedEvent.data.averagePrice} USDC units per VVV); total issuance ${issuanceBefore} -> ` +
      `${issuanceAfter} (emission +${emitted}, burn -${burned}, fees -${fees})`,
  );
});
