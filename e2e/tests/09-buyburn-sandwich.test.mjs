// The sandwich of issue 9 replayed on the dev chain: in the block where an epoch closes, Eve
// buys VVV with 10%, 100% and 300% of the VVV/USDC pool's USDC before the hook runs, holds it
// for 6 blocks, and sells it back. The hook skips with `PriceAboveReference` while the pool
// is pumped, the budget waits, and it buys once the price is back, within `MaxSlippage` of
// the price before the attack; Eve's round trip loses money.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NATIVE, submit, useChain, USDC, USDC_KIND, VVV } from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

const FIXED = 10n ** 18n;
const HOLD = 6;

/** The buy-burn events of block `hash`. */
async function buyBurnEvents(hash) {
  const events = await (await api.at(hash)).query.system.events();
  return events.filter(({ event }) => event.section === 'buyBurn').map(({ event }) => event);
}

/** Resolves with the hash of the next new block. */
function nextBlock() {
  return new Promise((resolve) => {
    let unsubscribe;
    api.rpc.chain
      .subscribeNewHeads((header) => {
        unsubscribe?.();
        resolve(header.hash);
      })
      .then((u) => {
        unsubscribe = u;
      });
  });
}

/** The pool's `[USDC, VVV]` reserves at `hash` (or now). */
async function reserves(hash) {
  const view = hash ? await api.at(hash) : api;
  const [usdc, vvv] = (await view.call.assetConversionApi.getReserves(USDC_KIND, NATIVE)).unwrap();
  return [usdc.toBigInt(), vvv.toBigInt()];
}

/** The price the hook buys against at `hash`, USDC units per VVV (a float, for ratios). */
async function buyPrice(hash) {
  const { reference } = await (await api.at(hash)).call.buyBurnApi.summary();
  const { price, open } = reference.unwrap();
  const lower = price.toBigInt() < open.toBigInt() ? price.toBigInt() : open.toBigInt();
  return Number(lower) / Number(FIXED);
}

const swap = (path, amountIn, who) =>
  api.tx.assetConversion.swapExactTokensForTokens(path, amountIn, 1, who.address, true);

async function sandwich(permille) {
  const { alice, dave, eve } = accounts;
  const deposited = await submit(api, api.tx.buyBurn.depositRevenue(200_000n * USDC), dave);
  assert.equal(deposited.dispatchError, undefined);

  // Submit the epoch close and the attack together, right after a block, so both land in
  // the next one; the hook runs after them.
  const before = await nextBlock();
  const pre = await buyPrice(before);
  const [usdcBefore, vvvBefore] = await reserves(before);
  const quoted = (Number(usdcBefore) / Number(vvvBefore)) * Number(VVV);
  const attack = (usdcBefore * BigInt(permille)) / 1000n;
  const eveUsdc = async () => (await api.query.assets.account(2, eve.address)).unwrap().balance.toBigInt();
  const eveVvv = async (hash) => (await (await api.at(hash)).query.system.account(eve.address)).data.free.toBigInt();
  const usdcStart = await eveUsdc();
  const vvvStart = await eveVvv(before);
  const [closed, bought] = await Promise.all([
    submit(api, api.tx.sudo.sudo(api.tx.buyBurn.forceEpoch()), alice),
    submit(api, swap([USDC_KIND, NATIVE], attack, eve), eve),
  ]);
  assert.equal(bought.dispatchError, undefined);
  assert.equal(closed.blockHash.toHex(), bought.blockHash.toHex(), 'the close and the attack share a block');
  const attackHash = bought.blockHash;
  const attackBlock = (await api.rpc.chain.getHeader(attackHash)).number.toNumber();
  const budget = (await (await api.at(attackHash)).call.buyBurnApi.summary()).budget.toBigInt();

  // Hold for longer than the 5-block purchase interval, then sell every VVV bought; the
  // checks come after the sale, so a failure leaves the pool as it found it.
  while ((await api.rpc.chain.getHeader()).number.toNumber() < attackBlock + HOLD) await nextBlock();
  const vvvBought = (await eveVvv(attackHash)) - vvvStart;
  const sold = await submit(api, swap([NATIVE, USDC_KIND], vvvBought, eve), eve);
  assert.equal(sold.dispatchError, undefined);
  const soldBlock = (await api.rpc.chain.getHeader(sold.blockHash)).number.toNumber();
  const pnl = (await eveUsdc()) - usdcStart;
  const held = [];
  for (let number = attackBlock; number < soldBlock; number++) {
    held.push(...(await buyBurnEvents(await api.rpc.chain.getBlockHash(number))));
  }
  assert.ok(budget >= 100_000n * USDC, `the budget waits: ${budget}`);
  assert.ok(!held.some((e) => e.method === 'Burned'), 'no purchase while the pump was held');
  const skips = held.filter((e) => e.method === 'BuySkipped').map((e) => e.data.reason.type);
  assert.ok(skips.length > 0 && skips.every((reason) => reason === 'PriceAboveReference'), `skips: ${skips}`);

  // The first purchase after the sale, within the bound.
  let purchase;
  for (let number = soldBlock; !purchase; number++) {
    while ((await api.rpc.chain.getHeader()).number.toNumber() < number) await nextBlock();
    const events = await buyBurnEvents(await api.rpc.chain.getBlockHash(number));
    const burned = events.find((e) => e.method === 'Burned');
    if (burned) purchase = { number, burned };
    assert.ok(number < soldBlock + 30, 'the hook buys once the price is back');
  }
  const spent = purchase.burned.data.spent.toBigInt();
  // Bought = burned + streamed to the stakers (the dev chain's share).
  const hookBought = purchase.burned.data.burned.toBigInt() + purchase.burned.data.streamed.toBigInt();
  const average = (Number(spent) / Number(hookBought)) * Number(VVV);
  console.log(
    `attack ${permille / 10}% of the pool (${attack / USDC} USDC) held ${soldBlock - attackBlock} blocks: ` +
      `${skips.length} purchases skipped; the hook bought ${purchase.number - attackBlock} blocks after the attack and paid ${(average / 1e6).toFixed(6)} USDC/VVV against ` +
      `a reference of ${(pre / 1e6).toFixed(6)} (${((average / pre - 1) * 100).toFixed(3)}%) and a pool quote of ` +
      `${(quoted / 1e6).toFixed(6)} (${((average / quoted - 1) * 100).toFixed(3)}%) before the attack; Eve's round trip ` +
      `${Number(pnl) / 1e6} USDC (before fees)`,
  );
  assert.ok(pnl < 0n, `the attacker gained ${pnl}`);
  // The dev chain's 10-block half-life lets a held price lift the reference by ≤ 0.067% a block.
  const blocks = purchase.number - attackBlock;
  assert.ok(average <= pre * 1.01 * 1.01 ** (0.067 * blocks), `${average} against ${pre}`);
}

test('a sandwich of 10% of the pool is skipped and costs the attacker', () => sandwich(100));
test('a sandwich of 100% of the pool is skipped and costs the attacker', () => sandwich(1000));
test('a sandwich of 300% of the pool is skipped and costs the attacker', () => sandwich(3000));
