// The trade card against the dev chain's DEX: DIEM's market price against what minting one costs
// now, each figure equal to the chain's pools and curve at the block the card read; a DIEM buy
// quoted exactly as `assetConversionApi.quotePriceExactTokensForTokens`, sent with its slippage
// bound, paying out the quote; a VVV sale; and a buy whose bound a trade ahead of it breaks,
// named `ProvidedMinimumNotSufficientForSwap` on the page.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { chainApi, eventually, harness, launchBrowser, pageUrl, planckOf, screenshot, sendFromCard, UNIT, watchErrors } from './browser.mjs';

const h = harness();
const { artefacts } = h;
const USDC = 10n ** 6n;
const DIEM_KIND = { WithId: 1 };
const USDC_KIND = { WithId: 2 };
const NATIVE = { Native: null };
let browser;
let page;
let api;
let bob;
let errors;
const charlie = new Keyring({ type: 'sr25519' }).addFromUri('//Charlie');

const assetOf = async (id, who, at = api) => {
  const account = await at.query.assets.account(id, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
};

/**
 * The attributes `[testId, attribute]` of `reads`, read at once: one rendering of the page, so
 * figures read at one block are never mixed with another's.
 */
function readAtOnce(reads) {
  return page.evaluate((reads) => reads.map(([id, name]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute(name) ?? null), reads);
}

/** Types `amount` for a quote and waits for it: the quote shown and the block it was read at. */
async function quoteFor(amount) {
  await page.getByTestId('trade-amount').fill(amount);
  await page.getByTestId('trade-out').waitFor({ timeout: 10_000 });
  const [out, min, hash] = await readAtOnce([
    ['trade-out', 'data-planck'],
    ['trade-min-out', 'data-planck'],
    ['trade-quote', 'data-block'],
  ]);
  return { out: BigInt(out), min: BigInt(min), hash };
}

before(async () => {
  ({ api, bob } = await chainApi(h.ws));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  errors = watchErrors(page);
  await page.goto(pageUrl(h));
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('account').selectOption(charlie.address);
  await eventually(() => page.getByTestId('account').inputValue(), (v) => v === charlie.address, 5_000, 'Charlie chosen');
  await page.getByTestId('trade-card').waitFor();
});

after(async () => {
  await browser?.close();
  await api?.disconnect();
});

test("DIEM's market price against minting one, as the pools and the curve say at the block read", async () => {
  await page.getByTestId('mint-vs-market').waitFor({ timeout: 20_000 });
  // One rendering: the block read, its figures and the verdict.
  const [hash, marketShown, vvvShown, mintShown, costShown, cheaper, bpsShown, text] = await readAtOnce([
    ['market', 'data-block'],
    ['diem-market-price', 'data-planck'],
    ['vvv-market-price', 'data-planck'],
    ['mint-one-vvv', 'data-planck'],
    ['mint-one-cost', 'data-planck'],
    ['mint-vs-market', 'data-cheaper'],
    ['mint-vs-market', 'data-bps'],
    ['mint-vs-market', 'data-text'],
  ]);
  const shown = { hash, market: marketShown, vvv: vvvShown, mintVvv: mintShown, cost: costShown, cheaper, bps: bpsShown, text };
  const at = await api.at(shown.hash);
  const [diemPool, vvvPool, mint] = await Promise.all([
    at.call.assetConversionApi.getReserves(DIEM_KIND, USDC_KIND),
    at.call.assetConversionApi.getReserves(NATIVE, USDC_KIND),
    at.call.diemApi.quoteMint(UNIT),
  ]);
  const [diemReserve, diemUsdc] = diemPool.unwrap().map((r) => r.toBigInt());
  const [vvvReserve, vvvUsdc] = vvvPool.unwrap().map((r) => r.toBigInt());
  const market = (diemUsdc * UNIT) / diemReserve;
  const vvvPrice = (vvvUsdc * UNIT) / vvvReserve;
  const mintVvv = mint.asOk.toBigInt();
  const cost = (mintVvv * vvvPrice + UNIT - 1n) / UNIT;
  assert.deepEqual(
    [shown.market, shown.vvv, shown.mintVvv, shown.cost].map(BigInt),
    [market, vvvPrice, mintVvv, cost],
    'the figures are the chain\'s at the block the card read',
  );
  // On the dev genesis one DIEM locks about 90 VVV at 3 USDC: minting is cheaper than DIEM's 300.
  assert.ok(cost < market, `minting ${cost} against buying ${market}`);
  const bps = Number(((market - cost) * 10_000n) / market);
  assert.equal(shown.cheaper, 'mint');
  assert.equal(Number(shown.bps), bps);
  assert.equal(shown.text, `Minting is ${(bps / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}% cheaper than buying`);
  assert.match(await page.getByTestId('mint-vs-market').innerText(), /^Minting is [\d.]+% cheaper than buying \(pool prices/);
  await screenshot(page, artefacts, 'trade-market');
});

test('buys DIEM for USDC at the quote, with the slippage bound sent as the minimum out', async () => {
  await page.getByTestId('trade-token-diem').check();
  await page.getByTestId('trade-side-buy').check();
  const { out, min, hash } = await quoteFor('600');
  const quoted = (await (await api.at(hash)).call.assetConversionApi.quotePriceExactTokensForTokens(USDC_KIND, DIEM_KIND, 600n * USDC, true)).unwrap().toBigInt();
  assert.equal(out, quoted, 'the quote shown is the runtime API quote');
  const bound = (quoted * 9_950n) / 10_000n; // 0.5% by default, rounded down
  assert.equal(min, bound);
  assert.match(await page.getByTestId('trade-price').innerText(), /^[\d,.]+ USDC\/DIEM$/);
  const diemBefore = await assetOf(1, charlie.address);
  const usdcBefore = await assetOf(2, charlie.address);
  const outcome = await sendFromCard(page, 'trade-tx', () => page.getByTestId('trade-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  const { block } = await api.rpc.chain.getBlock(outcome.block);
  const swap = block.extrinsics.find((x) => x.method.section === 'assetConversion' && x.method.method === 'swapExactTokensForTokens');
  assert.ok(swap, 'a swap in the block');
  const [path, amountIn, amountOutMin, sendTo, keepAlive] = swap.method.args;
  assert.deepEqual(path.toJSON(), [{ withId: 2 }, { withId: 1 }]);
  assert.equal(amountIn.toBigInt(), 600n * USDC);
  assert.equal(amountOutMin.toBigInt(), bound);
  assert.equal(sendTo.toString(), charlie.address);
  assert.equal(keepAlive.isTrue, true);
  const at = await api.at(outcome.block);
  const received = (await assetOf(1, charlie.address, at)) - diemBefore;
  assert.ok(received >= bound, `received ${received}, at least ${bound}`);
  assert.equal(received, quoted, 'nothing else traded the pool: the quote exactly');
  assert.equal(await assetOf(2, charlie.address, at), usdcBefore - 600n * USDC);
  await eventually(() => planckOf(page, 'balance-diem'), (v) => v === diemBefore + received, 10_000, 'the new DIEM balance shown');
  await screenshot(page, artefacts, 'trade-bought');
});

test('sells VVV for USDC at the quote', async () => {
  await page.getByTestId('trade-token-vvv').check();
  await page.getByTestId('trade-side-sell').check();
  const { out, hash } = await quoteFor('10');
  const quoted = (await (await api.at(hash)).call.assetConversionApi.quotePriceExactTokensForTokens(NATIVE, USDC_KIND, 10n * UNIT, true)).unwrap().toBigInt();
  assert.equal(out, quoted);
  const usdcBefore = await assetOf(2, charlie.address);
  const outcome = await sendFromCard(page, 'trade-tx', () => page.getByTestId('trade-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  const received = (await assetOf(2, charlie.address, await api.at(outcome.block))) - usdcBefore;
  // The buy-burn may buy VVV in the same pool between the quote and the swap: at least the bound.
  assert.ok(received >= (quoted * 9_950n) / 10_000n && received > 0n, `received ${received} for a quote of ${quoted}`);
});

test('a buy whose bound a trade ahead of it breaks fails, named ProvidedMinimumNotSufficientForSwap', async () => {
  await page.getByTestId('trade-token-diem').check();
  await page.getByTestId('trade-side-buy').check();
  await page.getByTestId('trade-slippage').fill('0');
  const { out, min } = await quoteFor('300');
  assert.equal(min, out, 'a 0% bound is the quote');
  const diemBefore = await assetOf(1, charlie.address);
  // Right after a block, Bob buys DIEM with a tip (so his swap comes first in the next block),
  // then Charlie sends his from the page at the quote of a block before Bob's swap.
  await new Promise((resolve, reject) => {
    // The subscription first gives the current head: wait for the one after it.
    let unsubscribe = () => {};
    let seen = 0;
    api.rpc.chain
      .subscribeNewHeads(() => {
        seen += 1;
        if (seen < 2) return;
        unsubscribe();
        resolve();
      })
      .then((u) => (unsubscribe = u), reject);
  });
  const bobsSwap = api.tx.assetConversion.swapExactTokensForTokens([USDC_KIND, DIEM_KIND], 30_000n * USDC, 1, bob.address, true);
  await bobsSwap.signAndSend(bob, { era: 64, tip: UNIT });
  const outcome = await sendFromCard(page, 'trade-tx', () => page.getByTestId('trade-submit').click());
  assert.equal(outcome.phase, 'failed', outcome.text);
  assert.equal(outcome.error, 'ProvidedMinimumNotSufficientForSwap');
  assert.match(outcome.text, /ProvidedMinimumNotSufficientForSwap \(assetConversion\): /);
  assert.doesNotMatch(outcome.text, /index|Module\s*\{/, 'no raw error code');
  assert.equal(await assetOf(1, charlie.address), diemBefore, 'no DIEM bought');
  await screenshot(page, artefacts, 'trade-bound');
  await page.getByTestId('trade-slippage').fill('0.5');
  await page.getByTestId('trade-amount').fill('');
});

test('the page threw no error along the way', () => {
  assert.deepEqual(errors, []);
});
