// Helpers of the browser tests: Debian's Chromium through playwright-core, the page, and the
// chain seen directly through @polkadot/api to check what the page shows.

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** One VVV or DIEM in planck. */
export const UNIT = 10n ** 18n;

/** The endpoint, page, compute gateway and artefact folder the harness (run.mjs) gives. */
export function harness() {
  const { DIEM_WS, APP_URL, GATEWAY_URL, ARTEFACTS } = process.env;
  if (!DIEM_WS || !APP_URL || !GATEWAY_URL || !ARTEFACTS) throw new Error('run the browser tests through `npm test` (tests/run.mjs)');
  return { ws: DIEM_WS, url: APP_URL, gateway: GATEWAY_URL, artefacts: ARTEFACTS };
}

/** The page's address for the harness's node and gateway. */
export function pageUrl({ url, ws, gateway }) {
  return `${url}?rpc=${encodeURIComponent(ws)}&gateway=${encodeURIComponent(gateway)}`;
}

/**
 * Signs and sends `tx` as `signer` (mortal, like the page's), resolving once it is in a block
 * with its events; rejects if the pool refuses it or the call fails. `options` adds sign options
 * (a tip).
 */
export function submit(tx, signer, options = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    tx.signAndSend(signer, { era: 64, ...options }, ({ status, events, dispatchError }) => {
      if (status.isInBlock) {
        unsubscribe();
        if (dispatchError) reject(new Error(`${tx.method.section}.${tx.method.method}: ${dispatchError.toString()}`));
        else resolve({ events, blockHash: status.asInBlock });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsubscribe();
        reject(new Error(`transaction ${status.type}`));
      }
    }).then((u) => {
      unsubscribe = u;
    }, reject);
  });
}

/**
 * Headless Debian Chromium ($CHROMIUM, default /usr/bin/chromium) with the flags this machine's
 * closed network needs: without them Chromium keeps trying Google's services.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A direct connection to the node, to check the page's figures against the chain. */
export async function chainApi(ws) {
  await cryptoWaitReady();
  const api = await ApiPromise.create({ provider: new WsProvider(ws), noInitWarn: true, throwOnConnect: true });
  const keyring = new Keyring({ type: 'sr25519' });
  return { api, alice: keyring.addFromUri('//Alice'), bob: keyring.addFromUri('//Bob') };
}

/** The uncaught errors `page` throws from now on: a test ends by asserting there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** A screenshot of the whole page into the artefacts. */
export function screenshot(page, artefacts, name) {
  return page.screenshot({ path: join(artefacts, `${name}.png`), fullPage: true });
}

/** Polls `read` until `check(value)` holds, returning the value; fails after `timeoutMs`. */
export async function eventually(read, check, timeoutMs = 30_000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await read();
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms; last value: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The best block number the page's status bar shows (0 before the first). */
export async function bestBlockShown(page) {
  return Number((await page.getByTestId('best-block').innerText()).replace(/[#,]/g, '')) || 0;
}

/** The exact planck behind an amount the page shows. */
export async function planckOf(page, testId) {
  const value = await page.getByTestId(testId).first().getAttribute('data-planck');
  return value === null ? null : BigInt(value);
}

/**
 * Does `action` (a click, an Enter) that sends a transaction from a card, and waits until that
 * transaction is in a block or refused; returns its phase, error name and status text.
 */
export async function sendFromCard(page, testId, action, timeoutMs = 60_000) {
  const status = page.getByTestId(testId);
  const before = Number(await status.getAttribute('data-count'));
  await action();
  await page.waitForFunction(
    ([id, count]) => {
      const element = document.querySelector(`[data-testid="${id}"]`);
      const phase = element?.getAttribute('data-phase');
      return Number(element?.getAttribute('data-count')) > count && (phase === 'done' || phase === 'failed');
    },
    [testId, before],
    { timeout: timeoutMs },
  );
  const phase = await status.getAttribute('data-phase');
  const error = phase === 'failed' ? await page.getByTestId(`${testId}-error`).getAttribute('data-error') : null;
  return { phase, error, block: await status.getAttribute('data-block'), text: await status.innerText() };
}

/**
 * The pixels of the plot `testId`'s canvas drawn within `tolerance` of the colour `[r, g, b]`
 * with an opacity (0–255) in `[minAlpha, maxAlpha]`: lines are opaque, fills translucent.
 */
export function pixelsOf(page, testId, [r, g, b], { tolerance = 40, minAlpha = 200, maxAlpha = 255 } = {}) {
  return page.getByTestId(testId).locator('canvas').evaluate(
    (canvas, [r, g, b, tolerance, minAlpha, maxAlpha]) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const alpha = data[i + 3];
        const distance = Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b);
        if (alpha >= minAlpha && alpha <= maxAlpha && distance < tolerance) count += 1;
      }
      return count;
    },
    [r, g, b, tolerance, minAlpha, maxAlpha],
  );
}

/** The image of the plot `testId`'s canvas, as a data URL: to tell whether a drawing changed. */
export function canvasImage(page, testId) {
  return page.getByTestId(testId).locator('canvas').evaluate((canvas) => canvas.toDataURL());
}
