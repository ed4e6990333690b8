// The sandwich of issue 9 replayed on the dev chain: in the block where an epoch closes, Eve
// buys VVV with 10%, 100% and 300% of the VVV/USDC pool's USDC before the hook runs, holds it
// for a few blocks, and sells it back. The hook skips with `PriceAboveReference` while the pool
// is pumped, the budget waits, and it buys once the price is back, within `MaxSlippage` of
// the price before the attack; Eve's round trip loses money.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NATIVE, submit, useChain, USDC, USDC_KIND, VVV } from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

const FIXED = 10n ** 18n;
const HOLD = 3;

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
  const [usdcBefore] = await reserves(before);
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
  const skipped = (await buyBurnEvents(attackHash)).find((e) => e.method === 'BuySkipped');
  assert.ok(skipped, 'the hook did not buy into the pump');
  assert.equal(skipped.data.reason.type, 'PriceAboveReference');
  const budget = (await (await api.at(attackHash)).call.buyBurnApi.summary()).budget.toBigInt();
  assert.ok(budget >= 100_000n * USDC, `the budget waits: ${budget}`);

  // Hold, then sell every VVV bought.
  for (let i = 1; i < HOLD; i++) await nextBlock();
  const vvvBought = (await eveVvv(attackHash)) - vvvStart;
  const sold = await submit(api, swap([NATIVE, USDC_KIND], vvvBought, eve), eve);
  assert.equal(sold.dispatchError, undefined);
  const soldBlock = (await api.rpc.chain.getHeader(sold.blockHash)).number.toNumber();
  const pnl = (await eveUsdc()) - usdcStart;

  // No purchase while the pump was held; the first purchase after it, within the bound.
  let purchase;
  for (let number = attackBlock; !purchase; number++) {
    while ((await api.rpc.chain.getHeader()).number.toNumber() < number) await nextBlock();
    const events = await buyBurnEvents(await api.rpc.chain.getBlockHash(number));
    const burned = events.find((e) => e.method === 'Burned');
    if (burned) purchase = { number, burned };
    assert.ok(number < soldBlock + 30, 'the hook buys once the price is back');
  }
  assert.ok(purchase.number >= soldBlock, `bought at ${purchase.number}, sold at ${soldBlock}`);
  const spent = purchase.burned.data.spent.toBigInt();
  const burned = purchase.burned.data.burned.toBigInt();
  const average = (Number(spent) / Number(burned)) * Number(VVV);
  console.log(
    `attack ${permille / 10}% of the pool (${attack / USDC} USDC) held ${HOLD} blocks: skipped ` +
      `${purchase.number - attackBlock} blocks; the hook paid ${(average / 1e6).toFixed(6)} USDC/VVV against ` +
      `${(pre / 1e6).toFixed(6)} before (${((average / pre - 1) * 100).toFixed(3)}%); Eve's round trip ` +
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
