// The page at phone width and from the keyboard, and with a polkadot.js-compatible extension:
// its accounts are offered first and it signs (the stand-in extension signs in this test's
// process, as the real one signs in its own, from the payload the page hands it).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chainApi, harness, watchErrors, launchBrowser, screenshot, sendFromCard, UNIT } from './browser.mjs';

const { ws, url, artefacts } = harness();
let browser;
let api;
let bob;

before(async () => {
  ({ api, bob } = await chainApi(ws));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await api?.disconnect();
});

test('at phone width nothing overflows sideways and the forms are reachable', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${url}?rpc=${encodeURIComponent(ws)}`);
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page width ${width} px fits 390 px`);
  for (const id of ['stake-amount', 'mint-amount', 'repay-amount', 'credits-amount']) {
    const box = await page.getByTestId(id).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${id} within the screen: ${JSON.stringify(box)}`);
  }
  await screenshot(page, artefacts, 'phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: Tab reaches the skip link, the account picker and every amount field in order', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${url}?rpc=${encodeURIComponent(ws)}`);
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  const reached = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    reached.push(id);
  }
  assert.equal(reached[0], 'skip', 'the skip link comes first');
  const order = ['account', 'credits-amount', 'stake-amount', 'mint-amount', 'slippage', 'repay-amount'];
  const positions = order.map((id) => reached.indexOf(id));
  assert.ok(positions.every((p) => p >= 0), `all reached: ${JSON.stringify(Object.fromEntries(order.map((id, i) => [id, positions[i]])))}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an extension's accounts are offered first, and it signs a stake", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The extension's keys stay out of the page: it asks this process to sign, as a real
  // extension's background page would.
  await context.exposeFunction('standInSign', (payload) => {
    const extrinsicPayload = api.registry.createType('ExtrinsicPayload', payload, { version: payload.version });
    return extrinsicPayload.sign(bob).signature;
  });
  await context.addInitScript((address) => {
    const accounts = [{ address, name: 'Bob (in extension)', type: 'sr25519' }];
    window.injectedWeb3 = {
      'stand-in': {
        version: '0.0.1',
        enable: async () => ({
          accounts: { get: async () => accounts, subscribe: (cb) => (cb(accounts), () => undefined) },
          signer: { signPayload: async (payload) => ({ id: 1, signature: await window.standInSign(payload) }) },
        }),
      },
    };
  }, bob.address);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${url}?rpc=${encodeURIComponent(ws)}`);
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('account').locator('option:checked').innerText(), /^Bob \(in extension\) \(extension\)/);
  const before = (await api.call.stakingApi.staker(bob.address)).staked.toBigInt();
  await page.getByTestId('stake-amount').fill('5');
  const outcome = await sendFromCard(page, 'staking-tx', () => page.getByTestId('stake-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  assert.equal((await api.call.stakingApi.staker(bob.address)).staked.toBigInt(), before + 5n * UNIT);
  assert.deepEqual(errors, []);
  await context.close();
});
