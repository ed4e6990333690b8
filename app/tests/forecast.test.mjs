// A referendum's forecast on the Governance card, in a real browser against a dev node: four
// referenda submitted through the API; the explorer's file ("diem-forecast/1") for the first,
// with the call the referendum proposes, is put beside the built page (dist/forecasts/, which the
// harness serves), one for the third names another chain's genesis, one for the fourth this chain
// and referendum but another call (a stale file from an earlier `--dev --tmp` chain), the second
// has none. The figures shown are read back and compared with the file; the second shows the
// command with the page's node; the third's and fourth's files are refused by name. Each file is
// fetched once however often the card draws. The files are removed and the referenda cancelled
// afterwards.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { bestBlockShown, chainApi, eventually, harness, launchBrowser, screenshot, submit, watchErrors } from './browser.mjs';

const { ws, url, artefacts } = harness();
const served = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'forecasts');
const METRICS = ['diem_price', 'diem_supply', 'vvv_locked', 'vvv_burned'];
const OTHER_GENESIS = `0x${'11'.repeat(32)}`;

let api;
let alice;
let bob;
let browser;
let page;
let errors;
let createdDir = false;
const written = [];
/** The forecast file's fetches the page made, by referendum. */
const fetched = new Map();
/** The referenda this test submits: with a forecast, without one, with another chain's, with another call's. */
let withFile;
let withoutFile;
let otherChain;
let otherCall;
let forecast;
/** The call the referenda propose, and the one the fourth's file names instead (SCALE hex). */
let proposed;
let notProposed;

/** A figure over the runs, without and with the proposal; the difference as the explorer takes it. */
const figure = (without, withIt) => ({ without, with: withIt, difference: withIt.median - without.median });
const band = (median, spread = 0.1) => ({ p10: median * (1 - spread), median, p90: median * (1 + spread) });
/** A forecast as the explorer writes it, for `referendum` from the chain of `genesis`. */
function forecastFile(referendum, genesis, call) {
  const day = (n, grow) => ({
    day: n,
    diem_price:
      n === 30
        ? figure({ p10: 281.25, median: 312.5, p90: 343.75 }, { p10: 268.29, median: 298.1, p90: 327.91 })
        : figure(band(312.5 * grow), band(298.1 * grow * grow, 0.15)),
    diem_supply: figure(band(76_000.4 * grow), band(78_250.9 * grow)),
    vvv_locked: figure(band(12_345_678 * grow), band(12_500_000 * grow)),
    vvv_burned: figure(band(41_000.25 * grow), band(41_000.25 * grow)),
  });
  return {
    format: 'diem-forecast/1',
    referendum,
    call,
    chain: { genesis, block: 1234 },
    runs: 8,
    days: 365,
    first_seed: 1,
    enact_hour: 25,
    horizons: [day(30, 1), day(90, 1.07), day(365, 1.31)],
  };
}

/** A call's hash as the card writes it: blake2-256 of its bytes, shortened ("0x1234…abcdef"). */
const shortHash = (call) => {
  const hash = blake2AsHex(hexToU8a(call), 256);
  return `${hash.slice(0, 8)}…${hash.slice(-6)}`;
};

/** Writes `json` as referendum `index`'s forecast beside the served page. */
function putForecast(index, json) {
  if (!existsSync(served)) {
    mkdirSync(served, { recursive: true });
    createdDir = true;
  }
  const path = join(served, `referendum-${index}.json`);
  assert.ok(!existsSync(path), `${path} is not this test's: remove it first`);
  writeFileSync(path, JSON.stringify(json, null, 2));
  written.push(path);
}

/** A number as the card writes it ("12.35M", "-14.4", "76,000"): its value and how far the rounding may be. */
function shownNumber(text) {
  const match = /^([+-]?)(\d[\d,]*(?:\.\d+)?)([MB]?)$/.exec(text.trim());
  assert.ok(match, `a number: ${JSON.stringify(text)}`);
  const [, sign, digits, suffix] = match;
  const scale = suffix === 'B' ? 1e9 : suffix === 'M' ? 1e6 : 1;
  const decimals = digits.split('.')[1]?.length ?? 0;
  return { value: (sign === '-' ? -1 : 1) * Number(digits.replace(/,/g, '')) * scale, tolerance: 0.5 * 10 ** -decimals * scale * (1 + 1e-12) };
}
/** Asserts that `text` shows `expected` at the precision written. */
function assertShows(text, expected, what) {
  const { value, tolerance } = shownNumber(text);
  assert.ok(Math.abs(value - expected) <= tolerance, `${what}: ${JSON.stringify(text)} shows ${expected} (±${tolerance})`);
}

before(async () => {
  ({ api, alice, bob } = await chainApi(ws));
  const target = (await api.query.diem.curve()).targetSupply.toBigInt();
  const call = api.tx.diem.setTargetSupply(target + target / 20n).method;
  const submitOne = () => api.tx.referenda.submit({ Origins: 'Economics' }, { Inline: call.toHex() }, { After: 1 });
  const { events } = await submit(api.tx.utility.batchAll([submitOne(), submitOne(), submitOne(), submitOne()]), bob);
  const indexes = events.filter(({ event: e }) => e.section === 'referenda' && e.method === 'Submitted').map(({ event: e }) => e.data.index.toNumber());
  assert.equal(indexes.length, 4, 'four referenda submitted');
  [withFile, withoutFile, otherChain, otherCall] = indexes;

  // The referendum's own call, as the explorer writes it: the inline call's bytes.
  proposed = call.toHex();
  notProposed = api.tx.diem.setTargetSupply(target + target / 10n).method.toHex();
  assert.notEqual(notProposed, proposed);
  const genesis = api.genesisHash.toHex();
  forecast = forecastFile(withFile, genesis, proposed);
  putForecast(withFile, forecast);
  putForecast(otherChain, forecastFile(otherChain, OTHER_GENESIS, proposed));
  putForecast(otherCall, forecastFile(otherCall, genesis, notProposed));

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  errors = watchErrors(page);
  page.on('request', (request) => {
    const match = /\/forecasts\/referendum-(\d+)\.json$/.exec(new URL(request.url()).pathname);
    if (match) fetched.set(Number(match[1]), (fetched.get(Number(match[1])) ?? 0) + 1);
  });
  await page.goto(`${url}?rpc=${encodeURIComponent(ws)}`);
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('governance-card').waitFor({ timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  for (const path of written) rmSync(path, { force: true });
  if (createdDir) rmSync(served, { recursive: true, force: true });
  if (api) {
    const ongoing = [withFile, withoutFile, otherChain, otherCall].filter((i) => i !== undefined);
    // Cancelled (the sudo key, Alice, is the dev chain's root), so the later tests list only theirs.
    if (ongoing.length > 0) await submit(api.tx.sudo.sudo(api.tx.utility.forceBatch(ongoing.map((i) => api.tx.referenda.cancel(i)))), alice);
    await api.disconnect();
  }
});

test("the forecast shown is the explorer's file: every median, difference and band at each horizon", async () => {
  const section = page.getByTestId(`forecast-${withFile}`);
  await eventually(() => section.getAttribute('data-state').catch(() => null), (s) => s === 'shown', 30_000, 'the forecast shown');
  assert.equal(await section.getAttribute('data-days'), '30,90,365');
  assert.equal(await section.getAttribute('data-runs'), '8');
  assert.equal(await section.getAttribute('data-from-block'), '1234');
  assert.equal(await section.getAttribute('data-enact-hour'), '25');
  assert.match(await section.innerText(), /diem-sim, 8 runs of 365 days from block #1,234 of this chain, the proposal applied after 25 hours \(day 1\.0\)/);
  const heads = await section.locator('thead th').allInnerTexts();
  assert.deepEqual(heads.slice(1), ['Day 30', 'Day 90', 'Day 365']);
  const rows = await section.locator('tbody th[scope="row"]').allInnerTexts();
  assert.deepEqual(rows, ['DIEM price (USDC)', 'DIEM supply (DIEM)', 'VVV locked (VVV)', 'VVV burned (VVV)']);

  for (const horizon of forecast.horizons) {
    for (const metric of METRICS) {
      const f = horizon[metric];
      const what = `${metric} on day ${horizon.day}`;
      const cell = section.getByTestId(`forecast-${withFile}-${metric.replace('_', '-')}-${horizon.day}`);
      // The exact figures, as the page holds them.
      const attribute = async (name) => Number(await cell.getAttribute(`data-${name}`));
      assert.equal(await attribute('without'), f.without.median, what);
      assert.equal(await attribute('with'), f.with.median, what);
      assert.equal(await attribute('difference'), f.difference, what);
      assert.equal(await attribute('without-p10'), f.without.p10, what);
      assert.equal(await attribute('without-p90'), f.without.p90, what);
      assert.equal(await attribute('with-p10'), f.with.p10, what);
      assert.equal(await attribute('with-p90'), f.with.p90, what);
      // What a reader sees: medians without → with, the signed difference and its share, the bands.
      const [without, withIt] = (await cell.locator('.forecast-medians').innerText()).split(' → ');
      assertShows(without, f.without.median, `${what}, median without`);
      assertShows(withIt, f.with.median, `${what}, median with`);
      const difference = /^(\S+)(?: \(([+-]?[\d.]+)%\))?$/.exec(await cell.locator('.forecast-difference').innerText());
      assert.ok(difference, what);
      assertShows(difference[1], f.difference, `${what}, difference`);
      if (f.difference !== 0) assert.ok(difference[1].startsWith(f.difference > 0 ? '+' : '-'), `${what}: signed`);
      assert.ok(Math.abs(Number(difference[2]) - (100 * f.difference) / f.without.median) <= 0.05 + 1e-9, `${what}: ${difference[2]}%`);
      const bands = (await cell.locator('.forecast-band').innerText()).split(' → ').map((b) => b.split('–'));
      assert.equal(bands.length, 2, what);
      assertShows(bands[0][0], f.without.p10, `${what}, P10 without`);
      assertShows(bands[0][1], f.without.p90, `${what}, P90 without`);
      assertShows(bands[1][0], f.with.p10, `${what}, P10 with`);
      assertShows(bands[1][1], f.with.p90, `${what}, P90 with`);
      assert.match(await cell.getAttribute('title'), new RegExp(`^.+ on day ${horizon.day}, P10–P90: without \\S+ \\w+, with \\S+ \\w+$`), what);
    }
  }
  // One cell as it reads.
  const price = section.getByTestId(`forecast-${withFile}-diem-price-30`);
  assert.equal(await price.locator('.forecast-medians').innerText(), '312.5 → 298.1');
  assert.equal(await price.locator('.forecast-difference').innerText(), '-14.4 (-4.6%)');
  assert.equal(await price.locator('.forecast-band').innerText(), '281.25–343.75 → 268.29–327.91');
  assert.equal(await price.getAttribute('title'), 'DIEM price on day 30, P10–P90: without 281.25–343.75 USDC, with 268.29–327.91 USDC');
  assert.equal(await section.getByTestId(`forecast-${withFile}-vvv-locked-30`).locator('.forecast-medians').innerText(), '12.35M → 12.5M');
  assert.equal(await section.getByTestId(`forecast-${withFile}-vvv-burned-30`).locator('.forecast-difference').innerText(), '0 (0%)');
  await screenshot(page, artefacts, 'governance-forecast');
});

test("a referendum without a file shows the explorer's command with the page's node", async () => {
  const section = page.getByTestId(`forecast-${withoutFile}`);
  await eventually(() => section.getAttribute('data-state').catch(() => null), (s) => s === 'none', 30_000, 'no forecast');
  assert.equal(await page.getByTestId(`forecast-${withoutFile}-command`).innerText(), `diem-sim <scenario.toml> --from ${ws} --proposal ${withoutFile}`);
  assert.match(await section.innerText(), new RegExp(`none yet\\..*forecasts/referendum-${withoutFile}\\.json beside this page`));
  assert.equal(await page.getByTestId(`forecast-${withoutFile}-refused`).count(), 0, 'nothing refused: there is no file');
  assert.equal(await section.locator('table').count(), 0);
});

test("a file from another chain is refused by name, and the command is shown instead", async () => {
  const section = page.getByTestId(`forecast-${otherChain}`);
  await eventually(() => section.getAttribute('data-state').catch(() => null), (s) => s === 'refused', 30_000, 'the file refused');
  assert.equal(await section.getAttribute('data-error'), 'OtherChain');
  const refused = await page.getByTestId(`forecast-${otherChain}-refused`).innerText();
  assert.match(refused, new RegExp(`^forecasts/referendum-${otherChain}\\.json is refused \\(OtherChain\\): the forecast is for another chain \\(genesis 0x111111…111111; this chain's is 0x[0-9a-f]{6}…[0-9a-f]{6}\\)\\.$`));
  assert.equal(await page.getByTestId(`forecast-${otherChain}-command`).innerText(), `diem-sim <scenario.toml> --from ${ws} --proposal ${otherChain}`);
  assert.equal(await section.locator('table').count(), 0, 'no figures from another chain');
});

test("a file for this chain and referendum but another call is refused by name: a stale file is not shown for another proposal", async () => {
  const section = page.getByTestId(`forecast-${otherCall}`);
  await eventually(() => section.getAttribute('data-state').catch(() => null), (s) => s === 'refused', 30_000, 'the file refused');
  assert.equal(await section.getAttribute('data-error'), 'OtherProposal');
  assert.equal(await page.getByTestId(`forecast-${otherCall}-refused`).getAttribute('data-error'), 'OtherProposal');
  const refused = await page.getByTestId(`forecast-${otherCall}-refused`).innerText();
  assert.equal(
    refused,
    `forecasts/referendum-${otherCall}.json is refused (OtherProposal): the forecast is for another proposal (call ${shortHash(notProposed)}; this referendum's is ${shortHash(proposed)}).`,
  );
  assert.equal(await page.getByTestId(`forecast-${otherCall}-command`).innerText(), `diem-sim <scenario.toml> --from ${ws} --proposal ${otherCall}`);
  assert.equal(await section.locator('table').count(), 0, "no figures from another proposal's forecast");
});

test('each forecast file is fetched once, however many blocks the card draws', async () => {
  const from = await bestBlockShown(page);
  await eventually(() => bestBlockShown(page), (b) => b >= from + 3, 30_000, 'three more blocks shown');
  for (const index of [withFile, withoutFile, otherChain, otherCall]) assert.equal(fetched.get(index), 1, `referendum-${index}.json fetched once`);
});

test('the page threw no error along the way', () => {
  assert.deepEqual(errors, []);
});
