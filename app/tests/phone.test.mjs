// The page at phone width and from the keyboard, and with a polkadot.js-compatible extension:
// its accounts are offered first and it signs (the stand-in extension signs in this test's
// process, as the real one signs in its own, from the payload the page hands it).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chainApi, harness, watchErrors, launchBrowser, pageUrl, screenshot, sendFromCard, UNIT } from './browser.mjs';

const h = harness();
const { ws, artefacts } = h;
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

for (const width of [390, 320]) test(`at ${width} px nothing overflows sideways and the forms are on screen`, async () => {
  const context = await browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(pageUrl(h));
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('curve-plot').locator('canvas').waitFor();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `page width ${scrollWidth} px fits ${width} px`);
  for (const id of ['stake-amount', 'mint-amount', 'repay-amount', 'credits-amount', 'trade-amount', 'gateway-url', 'key-limit', 'curve-plot']) {
    const box = await page.getByTestId(id).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${id} within the screen: ${JSON.stringify(box)}`);
  }
  await screenshot(page, artefacts, `phone-${width}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: Tab reaches the skip link, the account picker and every amount field in order', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(pageUrl(h));
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  const reached = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    reached.push(id);
  }
  assert.equal(reached[0], 'skip', 'the skip link comes first');
  // The order the page reads in: the header, then the columns left to right.
  const order = ['account', 'credits-amount', 'stake-amount', 'mint-amount', 'slippage', 'repay-amount'];
  const positions = order.map((id) => reached.indexOf(id));
  const described = JSON.stringify(Object.fromEntries(order.map((id, i) => [id, positions[i]])));
  assert.ok(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1])), `reached in order: ${described}`);
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
  await page.goto(pageUrl(h));
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
