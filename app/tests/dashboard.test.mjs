// The dashboard in a real browser against a dev node: it loads and shows the chain, shows the dev
// account's balances, stakes, quotes a mint exactly as `diemApi.quoteMint` does, mints, shows the
// position and moves the curve's marker, repays, stakes DIEM for credits, and names the error of
// a mint above the collateral. Every figure is checked against the chain read directly.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { bestBlockShown, canvasImage, chainApi, eventually, harness, launchBrowser, pixelsOf, planckOf, screenshot, sendFromCard, UNIT } from './browser.mjs';

const { ws, url, artefacts } = harness();
let browser;
let page;
let api;
let alice;
const pageErrors = [];

const staker = async () => (await api.call.stakingApi.staker(alice.address)).toJSON();
const position = async () => {
  const p = await api.call.diemApi.position(alice.address);
  return { locked: p.locked.toBigInt(), minted: p.minted.toBigInt() };
};
const blockShown = () => bestBlockShown(page);

before(async () => {
  ({ api, alice } = await chainApi(ws));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const start = Date.now();
  await page.goto(`${url}?rpc=${encodeURIComponent(ws)}`);
  const loaded = Date.now() - start;
  // Interactive: the account's figures are drawn and its forms accept input.
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('stake-amount').waitFor();
  const interactive = Date.now() - start;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd) };
  });
  const figures = { gotoMs: loaded, timeToInteractiveMs: interactive, ...timing };
  console.log('page timing', figures);
  writeFileSync(join(artefacts, 'timing.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

after(async () => {
  await browser?.close();
  await api?.disconnect();
});

test('the page loads and shows the chain: connection, best and finalized block', async () => {
  assert.equal(await page.getByTestId('connection').getAttribute('data-state'), 'connected');
  const first = await blockShown();
  await eventually(blockShown, (b) => b > first, 20_000, 'a newer best block shown');
  await eventually(async () => (await page.getByTestId('finalized-block').innerText()).trim(), (t) => /^#[\d,]+$/.test(t), 30_000, 'a finalized block');
  await screenshot(page, artefacts, 'dashboard');
});

test("the dev account's balances, in tokens with their decimals", async () => {
  assert.match(await page.getByTestId('account').locator('option:checked').innerText(), /^Alice \(dev\)/);
  const { data } = await api.query.system.account(alice.address);
  assert.equal(await planckOf(page, 'balance-vvv-free'), data.free.toBigInt());
  assert.equal(await planckOf(page, 'balance-vvv-held'), data.reserved.toBigInt());
  const free = await page.getByTestId('balance-vvv-free').innerText();
  assert.match(free, /^\d{1,3}(,\d{3})*(\.\d{1,4})? VVV$/, `free VVV as a person reads it, no planck: ${free}`);
  const diem = await api.query.assets.account(1, alice.address);
  assert.equal(await planckOf(page, 'balance-diem'), diem.unwrap().balance.toBigInt());
  assert.match(await page.getByTestId('balance-usdc').innerText(), /^[\d,.]+ USDC$/);
});

test('opens minting as the sudo key on the dev chain', async () => {
  assert.equal(await page.getByTestId('minting-open').innerText(), 'closed');
  const outcome = await sendFromCard(page, 'diem-tx', () => page.getByTestId('open-minting').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  assert.equal((await api.query.diem.mintingOpen()).isTrue, true);
  await eventually(() => page.getByTestId('minting-open').innerText(), (t) => t === 'open', 10_000, 'minting shown open');
});

test('stakes 1,000 VVV typed as tokens, sent with the keyboard', async () => {
  const before = BigInt((await staker()).staked);
  await page.getByTestId('stake-amount').fill('1,000');
  const outcome = await sendFromCard(page, 'staking-tx', () => page.getByTestId('stake-amount').press('Enter'));
  assert.equal(outcome.phase, 'done', outcome.text);
  assert.equal(BigInt((await staker()).staked), before + 1_000n * UNIT);
  await eventually(() => planckOf(page, 'staked'), (v) => v === before + 1_000n * UNIT, 10_000, 'the new stake shown');
});

test('quotes a mint exactly as diemApi.quoteMint, then mints it: the position and the marker move', async () => {
  const supplyBefore = Number(await page.getByTestId('curve-plot').getAttribute('data-supply'));
  const curveBefore = await canvasImage(page, 'curve-plot');
  // The quoted mint is shaded under the curve in orange at 35% opacity: nothing yet.
  const shading = () => pixelsOf(page, 'curve-plot', [234, 88, 12], { minAlpha: 60, maxAlpha: 120 });
  assert.equal(await shading(), 0);
  const positionBefore = await position();
  await page.getByTestId('mint-amount').fill('1,000');
  await page.getByTestId('quote-vvv').waitFor();
  const shown = await planckOf(page, 'quote-vvv');
  const quote = (await api.call.diemApi.quoteMint(1_000n * UNIT)).asOk.toBigInt();
  assert.equal(shown, quote, 'the quote shown is the runtime API quote');
  assert.match(await page.getByTestId('quote-vvv').innerText(), /^[\d,]+(\.\d+)? VVV$/);
  // The slippage bound: 0.5% above the quote by default, rounded up.
  const bound = (quote * 10_050n + 9_999n) / 10_000n;
  assert.equal(await planckOf(page, 'quote-bound'), bound);
  assert.equal(Number(await page.getByTestId('curve-plot').getAttribute('data-quote-to')), supplyBefore + 1_000);
  await eventually(shading, (n) => n > 20, 10_000, 'the quoted mint shaded');
  await screenshot(page, artefacts, 'mint-quote');

  const outcome = await sendFromCard(page, 'diem-tx', () => page.getByTestId('mint-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  // The extrinsic in the block carries the amount and the bound the page showed.
  const { block } = await api.rpc.chain.getBlock(outcome.block);
  const mint = block.extrinsics.find((x) => x.method.section === 'diem' && x.method.method === 'mint');
  assert.ok(mint, 'a diem.mint in the block');
  assert.deepEqual(mint.method.args.map((a) => a.toBigInt()), [1_000n * UNIT, bound]);
  const after = await position();
  assert.equal(after.minted, positionBefore.minted + 1_000n * UNIT);
  assert.equal(after.locked, positionBefore.locked + quote, 'locked exactly the quote');
  await eventually(() => planckOf(page, 'position-minted'), (v) => v === after.minted, 10_000, 'the position shown');
  assert.equal(await planckOf(page, 'position-locked'), after.locked);
  await eventually(
    async () => Number(await page.getByTestId('curve-plot').getAttribute('data-supply')),
    (s) => Math.abs(s - (supplyBefore + 1_000)) < 1e-9,
    10_000,
    'the curve marker at the new supply',
  );
  // With the form cleared nothing is shaded: the drawing differs from before only by the marker.
  await eventually(shading, (n) => n === 0, 10_000, 'no shading once minted');
  assert.notEqual(await canvasImage(page, 'curve-plot'), curveBefore, 'the marker moved on the plot');
  await screenshot(page, artefacts, 'minted');
});

test('repays the 1,000 DIEM: the position and its collateral go back', async () => {
  const before = await position();
  await page.getByTestId('repay-amount').fill('1000');
  const outcome = await sendFromCard(page, 'diem-tx', () => page.getByTestId('repay-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  const after = await position();
  assert.equal(after.minted, before.minted - 1_000n * UNIT);
  assert.equal(after.locked, before.locked - (before.locked * 1_000n * UNIT) / before.minted);
  await eventually(() => planckOf(page, 'position-minted'), (v) => v === after.minted, 10_000, 'the repaid position shown');
});

test('a mint above the collateral is named before it is sent, and by the chain when sent', async () => {
  await page.getByTestId('mint-amount').fill('5000');
  const warning = page.getByTestId('mint-problems').locator('[data-error="InsufficientCollateral"]');
  await warning.waitFor();
  assert.match(await warning.innerText(), /InsufficientCollateral: The cost exceeds the caller's available collateral/);
  const before = await position();
  const outcome = await sendFromCard(page, 'diem-tx', () => page.getByTestId('mint-submit').click());
  assert.equal(outcome.phase, 'failed');
  assert.equal(outcome.error, 'InsufficientCollateral');
  assert.match(outcome.text, /InsufficientCollateral \(diem\): The cost exceeds/);
  assert.doesNotMatch(outcome.text, /index|Module\s*\{/, 'no raw error code');
  assert.deepEqual(await position(), before, 'nothing changed');
  await screenshot(page, artefacts, 'mint-error');
  await page.getByTestId('mint-amount').fill('');
});

test('mint for an exact VVV amount quotes as diemApi.quoteMintForVvv', async () => {
  await page.getByTestId('mint-mode-vvv').check();
  await page.getByTestId('mint-amount').fill('1000');
  await page.getByTestId('quote-diem').waitFor();
  const quote = (await api.call.diemApi.quoteMintForVvv(1_000n * UNIT)).asOk.toBigInt();
  assert.equal(await planckOf(page, 'quote-diem'), quote);
  // The bound sent as min_diem: 0.5% below, rounded down.
  assert.equal(await planckOf(page, 'quote-bound'), (quote * 9_950n) / 10_000n);
  await page.getByTestId('mint-amount').fill('');
  await page.getByTestId('mint-mode-diem').check();
});

test('unstakes into a cooldown chunk with its time left, cancels it, and claims rewards', async () => {
  const before = await staker();
  await page.locator('input[name="staking-mode"][value="unstake"]').check();
  await page.getByTestId('stake-amount').fill('10');
  let outcome = await sendFromCard(page, 'staking-tx', () => page.getByTestId('stake-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  const chunks = (await staker()).unlocking;
  assert.equal(chunks.length, 1);
  const chunk = page.getByTestId('cooldown').locator('li').first();
  await chunk.waitFor({ timeout: 10_000 });
  assert.match(await chunk.innerText(), new RegExp(`^10 VVV\\s+in \\d+ s \\(block #${chunks[0].unlockAt}\\)`));
  outcome = await sendFromCard(page, 'staking-tx', () => chunk.getByRole('button', { name: 'Cancel' }).click());
  assert.equal(outcome.phase, 'done', outcome.text);
  assert.equal((await staker()).unlocking.length, 0);
  assert.equal(BigInt((await staker()).staked), BigInt(before.staked));
  await page.getByTestId('no-cooldown').waitFor({ timeout: 10_000 });
  await page.locator('input[name="staking-mode"][value="stake"]').check();

  const free = async () => (await api.query.system.account(alice.address)).data.free.toBigInt();
  const freeBefore = await free();
  outcome = await sendFromCard(page, 'staking-tx', () => page.getByTestId('claim').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  assert.ok((await free()) > freeBefore, 'rewards paid to the free balance');
});

test('stakes 1 DIEM for compute credits: counted from tomorrow', async () => {
  await page.getByTestId('credits-amount').fill('1');
  const outcome = await sendFromCard(page, 'credits-tx', () => page.getByTestId('credits-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  const info = await api.call.creditsApi.credits(alice.address);
  assert.equal(info.staked.toBigInt(), UNIT);
  await eventually(() => planckOf(page, 'credits-staked'), (v) => v === UNIT, 10_000, 'the credits stake shown');
  assert.match(await page.getByTestId('credits-renewal').innerText(), /^in .+ \(block #[\d,]+\)$/);
  await screenshot(page, artefacts, 'credits');
});

test('the plots: the curve, supply and locked VVV, buy-burn and emission are drawn', async () => {
  // Each series' line is on its canvas in its colour.
  const indigo = [79, 70, 229];
  const green = [5, 150, 105];
  const orange = [234, 88, 12];
  assert.ok((await pixelsOf(page, 'curve-plot', indigo)) > 200, 'the curve drawn');
  assert.ok((await pixelsOf(page, 'supply-plot', indigo)) > 100, 'the DIEM supply drawn');
  assert.ok((await pixelsOf(page, 'supply-plot', green)) > 50, 'the VVV locked drawn');
  assert.ok((await pixelsOf(page, 'emission-plot', green)) > 100, 'the emission drawn');
  assert.ok((await pixelsOf(page, 'emission-plot', orange)) > 100, 'the burn drawn');
  const burned = await planckOf(page, 'total-burned');
  assert.equal(burned, (await api.query.buyBurn.totalBurned()).toBigInt());
  // The dev chain closes a buy-burn epoch every 10 blocks: by now the bars are drawn.
  await eventually(async () => (await api.call.buyBurnApi.history()).length, (n) => n > 0, 40_000, 'an epoch closed');
  await page.getByTestId('burn-plot').locator('canvas').waitFor({ timeout: 10_000 });
  await page.getByTestId('mint-amount').fill('2000');
  await page.getByTestId('quote-vvv').waitFor();
  await screenshot(page, artefacts, 'overview');
  await page.getByTestId('mint-amount').fill('');
});

test('the page threw no error along the way', () => {
  assert.deepEqual(pageErrors, []);
});
