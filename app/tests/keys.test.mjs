// The API access card against a real gateway (diem-gateway with its `dev` model, started by
// run.mjs): Charlie, a dev account whose DIEM run.mjs staked for credits at the start of the run
// (fixtures.mjs), gets a key by signing the gateway's challenge in the page; the key is shown once
// with the OPENAI_BASE_URL line and copied; it pays for a chat completion; the list shows the
// key's use today after a refresh; revoked from the page, the key is refused as `api_key_revoked`.
// An extension's account (Eve) signs the challenge as raw bytes: refused a key as `no_diem_staked`
// while she has no DIEM staked, given one once she has, which is refused as `credits_exhausted`
// until her stake counts; a signature that is not the account's is named by the gateway on the
// page.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { chainApi, eventually, harness, launchBrowser, pageUrl, screenshot, submit, UNIT, watchErrors } from './browser.mjs';
import { CREDITS_STAKED, creditsAccount, stakeForCredits } from './fixtures.mjs';

const h = harness();
const { gateway, artefacts } = h;
let browser;
let context;
let page;
let api;
let errors;
const keyring = new Keyring({ type: 'sr25519' });
const charlie = creditsAccount();
let key;
let keyId;

/** POSTs a chat completion with `apiKey`: the status and the JSON answer. */
async function chat(apiKey) {
  const response = await fetch(`${gateway}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'dev-echo', messages: [{ role: 'user', content: 'hi' }] }),
  });
  return { status: response.status, body: await response.json() };
}

/** GET /v1/credits with `apiKey`. */
async function credits(apiKey) {
  const response = await fetch(`${gateway}/v1/credits`, { headers: { authorization: `Bearer ${apiKey}` } });
  return { status: response.status, body: await response.json() };
}

const countingToday = async () => (await api.call.creditsApi.credits(charlie.address)).countingToday.toBigInt();

/** Does `action` in the card and waits for the gateway's answer: the status line's phase and error. */
async function inCard(p, action, timeoutMs = 30_000) {
  const status = p.getByTestId('api-status');
  const before = Number(await status.getAttribute('data-count'));
  await action();
  await p.waitForFunction(
    (count) => {
      const element = document.querySelector('[data-testid="api-status"]');
      const phase = element?.getAttribute('data-phase');
      return Number(element?.getAttribute('data-count')) > count && (phase === 'done' || phase === 'failed');
    },
    before,
    { timeout: timeoutMs },
  );
  const phase = await status.getAttribute('data-phase');
  const error = phase === 'failed' ? await p.getByTestId('api-error').getAttribute('data-error') : null;
  return { phase, error, text: await status.innerText() };
}

before(async () => {
  ({ api } = await chainApi(h.ws));
  // Done by run.mjs at the start of the run; here too when this file runs on its own.
  await stakeForCredits(api);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(pageUrl(h));
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('account').selectOption(charlie.address);
  await page.getByTestId('api-card').waitFor();
});

after(async () => {
  await browser?.close();
  await api?.disconnect();
});

test('the card takes the gateway from ?gateway= and gives its OpenAI base URL; a wrong address is refused', async () => {
  assert.equal(await page.getByTestId('gateway-url').inputValue(), gateway);
  assert.equal(await page.getByTestId('gateway-base-url').innerText(), `${gateway}/v1`);
  await page.getByTestId('gateway-url').fill('ws://127.0.0.1:9944');
  assert.equal(await page.getByTestId('gateway-url').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByTestId('key-create').isDisabled(), true);
  await page.getByTestId('gateway-url').fill(`${gateway}/v1/`);
  assert.equal(await page.getByTestId('gateway-base-url').innerText(), `${gateway}/v1`, 'a pasted base URL is taken as the gateway');
  await page.getByTestId('gateway-url').fill(gateway);
});

test('gets a key with a dev account: shown once, copied, with the OPENAI_BASE_URL line', async () => {
  await page.getByTestId('key-name').fill('browser test');
  await page.getByTestId('key-limit').fill('1.5');
  const outcome = await inCard(page, () => page.getByTestId('key-create').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  key = await page.getByTestId('new-key-value').innerText();
  assert.match(key, /^sk-diem-k_[0-9a-f]+-[0-9a-f]+$/);
  keyId = await page.getByTestId('new-key').getAttribute('data-key-id');
  assert.ok(key.startsWith(`sk-diem-${keyId}-`), `${key} is the key ${keyId}`);
  assert.equal(await page.getByTestId('env-lines').innerText(), `OPENAI_BASE_URL=${gateway}/v1\nOPENAI_API_KEY=${key}`);
  await page.getByTestId('copy-key').click();
  await eventually(() => page.getByTestId('copy-key').innerText(), (t) => t === 'Copied', 5_000, 'the copy confirmed');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), key);
  // The gateway knows the key as Charlie's.
  const { status, body } = await credits(key);
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.account, charlie.address);
  assert.equal(body.key.id, keyId);
  await screenshot(page, artefacts, 'api-key');
});

test("an extension's account signs the challenge as raw bytes; the gateway's refusals are named on the page", async (t) => {
  const eve = keyring.addFromUri('//Eve');
  const dave = keyring.addFromUri('//Dave');
  const extension = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  // The extension signs in this process, as a real one does in its own: the bytes wrapped in
  // <Bytes>…</Bytes>. "Dave" is signed with Eve's key: not his signature.
  await extension.exposeFunction('standInSignRaw', ({ data }) => u8aToHex(eve.sign(u8aWrapBytes(hexToU8a(data)))));
  await extension.addInitScript(
    ([eveAddress, daveAddress]) => {
      const accounts = [
        { address: eveAddress, name: 'Eve (in extension)', type: 'sr25519' },
        { address: daveAddress, name: 'Dave (in extension)', type: 'sr25519' },
      ];
      window.injectedWeb3 = {
        'stand-in': {
          version: '0.0.1',
          enable: async () => ({
            accounts: { get: async () => accounts, subscribe: (cb) => (cb(accounts), () => undefined) },
            signer: { signRaw: async (raw) => ({ id: 1, signature: await window.standInSignRaw(raw) }) },
          }),
        },
      };
    },
    [eve.address, dave.address],
  );
  const p = await extension.newPage();
  const pageErrors = watchErrors(p);
  await p.goto(pageUrl(h));
  await p.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  assert.match(await p.getByTestId('account').locator('option:checked').innerText(), /^Eve \(in extension\) \(extension\)/);
  // No DIEM staked: no key.
  let outcome = await inCard(p, () => p.getByTestId('key-create').click());
  assert.equal(outcome.phase, 'failed', outcome.text);
  assert.equal(outcome.error, 'no_diem_staked');
  assert.match(outcome.text, /no_diem_staked \(gateway, HTTP 403\): this account has no DIEM staked for credits/);
  await screenshot(p, artefacts, 'api-error');
  outcome = await inCard(p, () => p.getByTestId('keys-refresh').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  await p.getByTestId('no-keys').waitFor();

  // Eve buys and stakes 1 DIEM: a key now, refused as credits_exhausted until the stake counts
  // (from the next credit day).
  await submit(
    api.tx.utility.batchAll([
      api.tx.assetConversion.swapTokensForExactTokens([{ WithId: 2 }, { WithId: 1 }], UNIT, 10_000n * 10n ** 6n, eve.address, true),
      api.tx.credits.stakeDiem(UNIT),
    ]),
    eve,
  );
  // The gateway reads the stake at the best block it has seen: a block behind, perhaps.
  for (let attempt = 1; ; attempt += 1) {
    outcome = await inCard(p, () => p.getByTestId('key-create').click());
    if (outcome.phase === 'done') break;
    assert.equal(outcome.error, 'no_diem_staked', outcome.text);
    assert.ok(attempt < 10, 'the stake seen by the gateway');
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const eveKey = await p.getByTestId('new-key-value').innerText();
  const { status, body } = await chat(eveKey);
  if ((await api.call.creditsApi.credits(eve.address)).countingToday.toBigInt() > 0n) {
    t.diagnostic('a new credit day began since the stake: the 402 is not checked this run');
  } else {
    assert.equal(status, 402, JSON.stringify(body));
    assert.equal(body.error.code, 'credits_exhausted');
    assert.match(body.error.message, /not an authentication problem/);
  }
  assert.equal(await p.getByTestId('keys').locator('li').count(), 1, 'the new key listed');

  await p.getByTestId('account').selectOption(dave.address);
  outcome = await inCard(p, () => p.getByTestId('keys-refresh').click());
  assert.equal(outcome.phase, 'failed');
  assert.equal(outcome.error, 'invalid_signature');
  assert.match(outcome.text, /invalid_signature \(gateway, HTTP 403\): the account proof does not hold: the signature is not the account's/);
  assert.deepEqual(pageErrors, []);
  await extension.close();
});

test('with the staked DIEM counting, the key pays for a chat completion', { timeout: 120_000 }, async () => {
  // Staked at the start of the run, it counts from the next credit day: already, unless this
  // file runs on its own.
  await eventually(countingToday, (c) => c === CREDITS_STAKED, 90_000, "Charlie's stake counting");
  // The gateway reads the chain's allowance: it may see the new day a block later.
  const answer = await eventually(() => chat(key), (r) => r.status !== 402, 20_000, 'a request served');
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  assert.equal(answer.body.model, 'dev-echo');
  assert.ok(answer.body.choices[0].message.content.length > 0);
  assert.ok(answer.body.usage.total_tokens > 0);
});

test("the key list shows the key's use today after a refresh", async () => {
  const row = page.getByTestId(`key-${keyId}`);
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await inCard(page, () => page.getByTestId('keys-refresh').click());
    assert.equal(outcome.phase, 'done', outcome.text);
    const used = await row.getAttribute('data-used');
    const { body } = await credits(key);
    if (Number(used) > 0 && used === body.key.used_today_usd) break;
    // A new credit day (a minute) may have begun since the request: use the key again, once.
    assert.ok(attempt < 2, `the page shows ${used} used today, the gateway ${body.key.used_today_usd}`);
    assert.equal((await chat(key)).status, 200);
  }
  assert.match(await row.innerText(), /browser test[\s\S]*used today \$0\.\d+ of \$1\.50 a day/);
  await screenshot(page, artefacts, 'api-keys');
});

test('revoked from the page, the key is refused as api_key_revoked', async () => {
  const outcome = await inCard(page, () => page.getByTestId(`revoke-${keyId}`).click());
  assert.equal(outcome.phase, 'done', outcome.text);
  await page.getByTestId(`key-revoked-${keyId}`).waitFor();
  const { status, body } = await chat(key);
  assert.equal(status, 401, JSON.stringify(body));
  assert.equal(body.error.code, 'api_key_revoked');
  // The gateway lists it revoked too.
  const listed = await inCard(page, () => page.getByTestId('keys-refresh').click());
  assert.equal(listed.phase, 'done', listed.text);
  assert.equal(await page.getByTestId(`key-${keyId}`).getAttribute('data-revoked'), 'true');
});

test('the page threw no error along the way', () => {
  assert.deepEqual(errors, []);
});
