// diem-gateway end to end (gateway/; its design in gateway/src/lib.rs): the OpenAI-compatible
// gateway in front of a model server, spending an account's DIEM compute credits and metering
// what it served on chain with `credits.recordUsage`. Like upgrade/, this file starts its own fresh `diem-node --dev --tmp`
// (2-second blocks, a credit day of 60 seconds), a stub model server (`diem-gateway
// stub-upstream`, deterministic: its tokens are words) and the gateways it tests, on free ports,
// logging to e2e/logs/gateway-*.log (their stores and configs under e2e/logs/gateway/).
//
// Setup: Eve is made a meter by sudo (Ferdie is the dev chain's meter from genesis); Charlie buys
// 2 DIEM and Dave 1 DIEM on the DEX and stake them for credits; the file waits for the next
// credit day, when the stakes count ($2 and $1 a day).
//
// The tests, in order (they share the chain and gateway A, whose charges add up across them):
// a. keys (CLI, signed challenges, every named refusal, curl); b. the openai Python client and
// the chain's count; c. credits exhausted (402); d. SIGKILL under load, restart on the same
// store, a replayed batch refused by the pallet, the model server down (502); e. two gateways
// (meters Ferdie and Eve) overspending one account: the chain covers the allowance and reports
// the rest uncovered.
//
// Every charge gateway A (meter Ferdie) makes is tallied from what it answered (the
// `x-diem-request-cost-usd` header of a non-streamed answer; a stream's cost computed from the
// stub's deterministic usage and the configured prices), and the chain's totals
// (`creditsApi.daySummary`, used + uncovered over every day) must come out equal to the
// micro-dollar once the gateway has nothing left unfinalized (/health: kept_batches and
// kept_entries 0). Sums over all days hold whichever credit day each request fell in.
//
// Needs the gateway binary ($DIEM_GATEWAY, else diem-gateway beside the node) and the openai
// Python client (`source scripts/env.sh && diem_install_openai`, which sets DIEM_PYTHON).
// Run with `node --test gateway/`.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { DIEM, DIEM_ASSET_ID, errorName, findEvent, submit, USDC, USDC_ASSET_ID } from '../lib/chain.mjs';
import { gatewayBin, startGateway, startStubUpstream } from '../lib/gateway.mjs';
import { startNode } from '../lib/node.mjs';

const execFileP = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const logs = join(here, '../logs');
const work = join(logs, 'gateway');
const clientScript = join(here, 'openai_client.py');
const python = process.env.DIEM_PYTHON
  || join(process.env.DIEM_CACHE || join(homedir(), '.cache/diem-chain'), 'venv-openai/bin/python');

/** $1 in micro-USD, the unit of allowances, usage and the gateway's prices. */
const USD = 1_000_000n;
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const DOLLARS = /^\d+\.\d{6}$/;

// The models gateway A serves, prices in micro-USD per million tokens (a token is a word of the
// stub's). `dev-echo`'s are not whole micro-dollars a token, so a request's cost is rounded up:
// 4 prompt and 7 completion words cost ceil(4 × 1.5 + 7 × 2.5) = ceil(23.5) = 24 micro-USD.
const ECHO = { id: 'dev-echo', input: 1_500_000, output: 2_500_000 };
/** Another name for the stub's model: answers must carry the name asked for. */
const ALIAS = { id: 'echo-alias', upstreamModel: 'dev-echo', input: 1_000_000, output: 3_000_000 };
/** $0.025 a token: a dozen-word request costs $0.30, so a few exhaust a $1 or $2 allowance. */
const PRICEY = { id: 'dev-echo-pricey', upstreamModel: 'dev-echo', input: 25_000_000_000, output: 25_000_000_000 };
const MODELS = [ECHO, ALIAS, PRICEY];

const CHARLIE_DIEM = 2n * DIEM;
const DAVE_DIEM = 1n * DIEM;

let node;
let api;
let upstream;
/** Gateway A: meter Ferdie, the one every test uses. */
let gwA;
/** Gateway B (test e): meter Eve. */
let gwB;
let alice;
let bob;
let charlie;
let dave;
let eve;
let ferdie;
/** The credit day in milliseconds (60 s on the dev chain), read from the chain. */
let DAY_MS;
/** What gateway A charged, in micro-USD, by its answers: the chain must count exactly this. */
let chargedA = 0n;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- money and the stub's deterministic answers ----

/** Dollars with six decimals (`0.000123`) in micro-USD; fails on any other format. */
function micro(text, what = 'an amount') {
  assert.match(String(text), DOLLARS, `${what} is dollars with 6 decimals`);
  const [whole, fraction] = text.split('.');
  return BigInt(whole) * USD + BigInt(fraction);
}

/** Micro-USD as the gateway writes dollars: six decimals. */
const dollars = (microUsd) => `${microUsd / USD}.${String(microUsd % USD).padStart(6, '0')}`;

/** A Unix time in ms as the gateway writes it: RFC 3339 UTC, milliseconds only when not zero. */
const rfc3339 = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

const words = (text) => text.split(/\s+/).filter(Boolean).length;

/** What the stub answers to `prompt` (every message's content, joined): its reply and usage. */
function stubAnswer(prompt) {
  const last = prompt.split(/\s+/).filter(Boolean).at(-1) ?? '';
  const reply = `dev upstream (no model): you said: ${last}`;
  return { reply, prompt_tokens: words(prompt), completion_tokens: words(reply) };
}

/** A request's cost: ceil((prompt × input + completion × output) / 10^6) micro-USD. */
function priceOf(model, promptTokens, completionTokens) {
  const n = BigInt(promptTokens) * BigInt(model.input) + BigInt(completionTokens) * BigInt(model.output);
  return (n + USD - 1n) / USD;
}

/** The cost of a chat completion of `messages` on `model`, from the stub's usage. */
function chatPrice(model, messages) {
  const want = stubAnswer(messages.map((m) => m.content).join(' '));
  return priceOf(model, want.prompt_tokens, want.completion_tokens);
}

const userSays = (text) => [{ role: 'user', content: text }];

// ---- HTTP ----

/** A header of a fetch `Headers`, a plain object (curl, Python) or null. */
const header = (headers, name) => (typeof headers.get === 'function' ? headers.get(name) : headers[name]) ?? null;

/** Calls the gateway: `{ status, headers, json, text }`. `raw` sends a body as is. */
async function call(base, path, { key, body, raw, method } = {}) {
  const headers = {};
  if (key !== undefined) headers.authorization = `Bearer ${key}`;
  if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
  let res;
  let text;
  try {
    res = await fetch(`${base}${path}`, {
      method: method ?? (body !== undefined || raw !== undefined ? 'POST' : 'GET'),
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    text = await res.text();
  } catch (error) {
    // fetch says only "fetch failed"; the cause says what the connection did.
    const cause = error.cause ? ` (${error.cause.code ?? ''} ${error.cause.message ?? error.cause})` : '';
    throw new Error(`${base}${path}: ${error.message}${cause}`);
  }
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: `json` stays null and the assertions show `text`.
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** A refusal in the OpenAI error shape, with the status and `code` the API names. */
function assertError(res, status, code, what) {
  assert.equal(res.status, status, `${what}: expected ${status} ${code}, got ${res.status} ${res.text}`);
  const error = res.json?.error;
  assert.ok(error, `${what}: an {"error": …} body, got ${res.text}`);
  assert.equal(error.code, code, `${what}: ${res.text}`);
  assert.equal(typeof error.message, 'string', `${what}: a message`);
  assert.ok(error.message.length > 0, `${what}: a message`);
  assert.equal(typeof error.type, 'string', `${what}: a type`);
  assert.ok('param' in error, `${what}: the OpenAI shape has param`);
  return error;
}

/**
 * The credit headers of a metered answer: remaining and allowance in dollars (remaining at most
 * the allowance), the renewal an RFC 3339 UTC time at the end of a credit day, no more than a day
 * ahead; the request's cost exactly when `withCost` (a non-streamed answer; a stream's headers
 * leave before its usage is known, and a refusal costs nothing).
 */
function checkCreditHeaders(headers, { withCost = true, what = 'an answer' } = {}) {
  const remaining = micro(header(headers, 'x-diem-credits-remaining-usd'), `${what}: x-diem-credits-remaining-usd`);
  const allowance = micro(header(headers, 'x-diem-credits-allowance-usd'), `${what}: x-diem-credits-allowance-usd`);
  assert.ok(remaining <= allowance, `${what}: remaining ${remaining} within the allowance ${allowance}`);
  const renewAt = header(headers, 'x-diem-credits-renew-at');
  assert.match(String(renewAt), RFC3339_UTC, `${what}: x-diem-credits-renew-at is RFC 3339 UTC`);
  const renewMs = Date.parse(renewAt);
  assert.equal(renewMs % DAY_MS, 0, `${what}: credits renew when a credit day ends (${renewAt})`);
  const now = Date.now();
  assert.ok(renewMs > now - 5_000 && renewMs <= now + DAY_MS + 5_000, `${what}: renews at ${renewAt}, within a day of now`);
  const cost = header(headers, 'x-diem-request-cost-usd');
  if (withCost) {
    micro(cost, `${what}: x-diem-request-cost-usd`);
  } else {
    assert.equal(cost, null, `${what}: no x-diem-request-cost-usd`);
  }
  return { remaining, allowance, renewAt, cost: withCost ? micro(cost) : null };
}

/** POSTs a chat completion of `messages` (non-streamed) to `base` with `key`. */
const chat = (base, key, model, messages) => call(base, '/v1/chat/completions', { key, body: { model: model.id, messages } });

/**
 * Checks a served (200) non-streamed chat answer against the stub's deterministic one and the
 * price, and returns its credit headers; tallies its cost as gateway A's when `tally`.
 */
function checkServedChat(res, model, messages, { what = 'a chat completion', tally = true } = {}) {
  assert.equal(res.status, 200, `${what}: ${res.status} ${res.text}`);
  const want = stubAnswer(messages.map((m) => m.content).join(' '));
  assert.equal(res.json.model, model.id, `${what}: the answer names the model asked for`);
  assert.equal(res.json.choices[0].message.content, want.reply, `${what}: the stub's answer, passed on`);
  assert.equal(res.json.usage.prompt_tokens, want.prompt_tokens);
  assert.equal(res.json.usage.completion_tokens, want.completion_tokens);
  const headers = checkCreditHeaders(res.headers, { what });
  assert.equal(headers.cost, chatPrice(model, messages),
    `${what}: the cost is ceil((prompt × input + completion × output) / 10^6) micro-USD`);
  if (tally) chargedA += headers.cost;
  return headers;
}

/** Serves a chat completion through gateway A and checks it (see checkServedChat). */
async function chatOk(key, model, text, what) {
  const messages = userSays(text);
  return checkServedChat(await chat(gwA.url, key, model, messages), model, messages, { what });
}

// ---- keys ----

/** A one-time challenge for `account`. */
async function challengeFor(base, account) {
  const res = await call(base, '/v1/keys/challenge', { body: { account } });
  assert.equal(res.status, 200, res.text);
  assert.match(res.json.challenge, new RegExp(account), 'the challenge names the account');
  assert.match(res.json.expires_at, RFC3339_UTC);
  return res.json.challenge;
}

/** `pair`'s signature (hex) of `text`, raw or wrapped in <Bytes> as the browser extensions sign. */
const sign = (pair, text, wrapped = false) => u8aToHex(pair.sign(wrapped ? u8aWrapBytes(stringToU8a(text)) : stringToU8a(text)));

/** A proof `{ account, challenge, signature }` of `pair`'s account, as the dashboard makes it. */
async function proof(base, pair, { wrapped = false } = {}) {
  const challenge = await challengeFor(base, pair.address);
  return { account: pair.address, challenge, signature: sign(pair, challenge, wrapped) };
}

/** POST /v1/keys for `pair` with a signed challenge and `extra` fields. */
async function httpKey(base, pair, extra = {}, options = {}) {
  return call(base, '/v1/keys', { body: { ...(await proof(base, pair, options)), ...extra } });
}

/** `diem-gateway args…`, its standard output parsed as JSON. */
async function cli(args) {
  const { stdout } = await execFileP(gatewayBin, args, { timeout: 30_000 });
  return JSON.parse(stdout);
}

/** `curl -s -i args…`: `{ status, headers, json, text }`. */
async function curl(args) {
  const { stdout } = await execFileP('curl', ['-s', '-i', '--max-time', '15', ...args], { timeout: 20_000 });
  const split = stdout.indexOf('\r\n\r\n');
  assert.ok(split > 0, `an HTTP answer from curl: ${stdout}`);
  const [statusLine, ...lines] = stdout.slice(0, split).split('\r\n');
  const headers = Object.fromEntries(lines.map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  }));
  const text = stdout.slice(split + 4);
  return { status: Number(statusLine.split(' ')[1]), headers, json: JSON.parse(text), text };
}

/** The openai Python client (openai_client.py) running `operations` against gateway `base`. */
async function openaiClient(base, key, operations) {
  const { stdout } = await execFileP(python, [clientScript, `${base}/v1`, key, JSON.stringify(operations)], {
    timeout: 60_000,
    env: { ...process.env, NO_PROXY: '*', no_proxy: '*' },
  });
  return JSON.parse(stdout);
}

// ---- the chain ----

/** Everything recorded as used or uncovered over the last ten credit days (minutes). */
async function dayRecords() {
  const days = await api.call.creditsApi.daySummary(10);
  return days.map((d) => ({
    day: d.day.toNumber(),
    counting: d.counting.toBigInt(),
    used: d.used.toBigInt(),
    uncovered: d.uncovered.toBigInt(),
  }));
}

/** Σ used + uncovered over the last ten credit days: all usage ever recorded on this chain. */
async function chainTotal() {
  return (await dayRecords()).reduce((sum, d) => sum + d.used + d.uncovered, 0n);
}

async function creditsOf(who) {
  const c = await api.call.creditsApi.credits(who);
  return {
    countingToday: c.countingToday.toBigInt(),
    allowanceToday: c.allowanceToday.toBigInt(),
    usedToday: c.usedToday.toBigInt(),
    remainingToday: c.remainingToday.toBigInt(),
    nextRenewalAt: c.nextRenewalAt.toNumber(),
  };
}

/** Milliseconds left in the current credit day on this machine's clock (the gateway's too). */
const leftInDay = () => DAY_MS - (Date.now() % DAY_MS);

/**
 * Makes sure at least `needMs` of the current credit day are left, else waits into the next
 * day, until the chain's best block is in it too: what follows then falls in one credit day.
 */
async function withinOneDay(needMs, who) {
  if (leftInDay() < needMs) await sleep(leftInDay() + 500);
  const dayEnd = (Math.floor(Date.now() / DAY_MS) + 1) * DAY_MS;
  const deadline = Date.now() + 10_000;
  while ((await creditsOf(who)).nextRenewalAt !== dayEnd) {
    assert.ok(Date.now() < deadline, 'the chain reaches the credit day of the clock');
    await sleep(250);
  }
  return dayEnd;
}

/** Buys `amount` DIEM with USDC on the DEX and stakes it for credits. */
async function buyAndStake(pair, amount) {
  const bought = await submit(api, api.tx.assetConversion.swapTokensForExactTokens(
    [{ WithId: USDC_ASSET_ID }, { WithId: DIEM_ASSET_ID }], amount, 10_000n * USDC, pair.address, true), pair);
  assert.equal(bought.dispatchError, undefined, bought.dispatchError?.toString());
  const staked = await submit(api, api.tx.credits.stakeDiem(amount), pair);
  assert.equal(staked.dispatchError, undefined, staked.dispatchError?.toString());
  findEvent(staked.events, 'credits', 'Staked');
}

// ---- setup ----

before(async () => {
  assert.ok(existsSync(gatewayBin), `no gateway binary at ${gatewayBin}: build it (cargo build -p diem-gateway) or set DIEM_GATEWAY`);
  assert.ok(existsSync(python),
    `no Python with the openai client at ${python}: run \`source scripts/env.sh && diem_install_openai\` (or set DIEM_PYTHON)`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // The gateways' logs are appended to across restarts within a run; each run starts them anew.
  for (const name of ['gateway-a.log', 'gateway-b.log', 'gateway-stub-upstream.log']) writeFileSync(join(logs, name), '');
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']
    .map((n) => keyring.addFromUri(`//${n}`));

  node = await startNode(['--dev', '--tmp'], join(logs, 'gateway-node.log'));
  api = await ApiPromise.create({ provider: new WsProvider(`ws://127.0.0.1:${node.rpcPort}`), noInitWarn: true });
  DAY_MS = (await api.query.credits.dayLength()).toNumber() * 1000;

  // The meters: Ferdie from genesis on the dev chain (added if a preset did not), Eve by sudo.
  // Meanwhile Charlie and Dave buy DIEM and stake it.
  const addMeters = async () => {
    for (const meter of [ferdie, eve]) {
      if ((await api.query.credits.meters(meter.address)).unwrapOr(null)?.registered.isTrue) continue;
      const added = await submit(api, api.tx.sudo.sudo(api.tx.credits.addMeter(meter.address)), alice);
      const result = findEvent(added.events, 'sudo', 'Sudid').data.sudoResult;
      assert.ok(result.isOk, `sudo credits.addMeter: ${result.toString()}`);
    }
  };
  await Promise.all([addMeters(), buyAndStake(charlie, CHARLIE_DIEM), buyAndStake(dave, DAVE_DIEM)]);
  for (const meter of [ferdie, eve]) {
    assert.ok((await api.query.credits.meters(meter.address)).unwrap().registered.isTrue, `${meter.address} meters`);
  }

  upstream = await startStubUpstream(join(logs, 'gateway-stub-upstream.log'));
  gwA = await startGateway({
    config: {
      chain: `ws://127.0.0.1:${node.rpcPort}`,
      meterSuri: '//Ferdie',
      store: join(work, 'store-a'),
      upstream: upstream.url,
      batchIntervalMs: 1000,
      models: MODELS,
    },
    configPath: join(work, 'gateway-a.toml'),
    logPath: join(logs, 'gateway-a.log'),
  });
  const health = await gwA.health();
  assert.equal(health.meter, ferdie.address, 'gateway A meters as Ferdie');
  assert.equal(health.registered, true);

  // A stake counts from the next credit day (a minute here).
  const deadline = Date.now() + 2 * DAY_MS + 10_000;
  for (;;) {
    const [c, d] = await Promise.all([creditsOf(charlie.address), creditsOf(dave.address)]);
    if (c.countingToday === CHARLIE_DIEM && d.countingToday === DAVE_DIEM) {
      assert.equal(c.allowanceToday, 2n * USD);
      assert.equal(d.allowanceToday, 1n * USD);
      break;
    }
    assert.ok(Date.now() < deadline, 'the stakes count from the next credit day');
    await sleep(1000);
  }
}, { timeout: 200_000 });

after(async () => {
  await Promise.all([gwA?.kill(), gwB?.kill(), upstream?.kill()]);
  await api?.disconnect();
  node?.stop();
});

// ---- a. keys ----

test('a. keys: issued by the CLI and by a signed challenge; refused by name when missing, forged, revoked, expired or not proven', { timeout: 60_000 }, async () => {
  const base = gwA.url;

  // A key from the command line, signed with the account's secret URI.
  const cliKey = await cli(['key', 'new', '--gateway', base, '--suri', '//Charlie', '--name', 'cli']);
  assert.match(cliKey.key, /^sk-diem-k_[0-9a-f]+-[0-9a-f]+$/);
  assert.match(cliKey.id, /^k_[0-9a-f]+$/);
  assert.ok(cliKey.key.startsWith(`sk-diem-${cliKey.id}-`), 'the key carries its id');
  assert.deepEqual([cliKey.account, cliKey.name, cliKey.revoked, cliKey.daily_limit_usd, cliKey.used_today_usd],
    [charlie.address, 'cli', false, null, '0.000000']);
  assert.match(cliKey.created_at, RFC3339_UTC);
  assert.equal(Date.parse(cliKey.expires_at) - Date.parse(cliKey.created_at), 90 * 86_400_000, 'key_max_days by default');

  // Two requests in a row: the second's cost comes off the remaining credits at once, before
  // the chain has counted the first (unless a credit day ended between them).
  await withinOneDay(5_000, charlie.address);
  const first = await chatOk(cliKey.key, ECHO, 'the first request through a key from the command line', 'first');
  assert.equal(first.allowance, 2n * USD, 'Charlie has $2 of credits a day');
  const second = await chatOk(cliKey.key, ECHO, 'and another one', 'second');
  if (second.renewAt === first.renewAt) {
    assert.equal(second.remaining, first.remaining - second.cost, 'the remaining credits drop by the cost at once');
  }

  // The other metered routes: a text completion and an embedding, priced from the stub's usage.
  const completion = await call(base, '/v1/completions', { key: cliKey.key, body: { model: ECHO.id, prompt: 'complete this text please' } });
  assert.equal(completion.status, 200, completion.text);
  const completionWant = stubAnswer('complete this text please');
  assert.equal(completion.json.choices[0].text, completionWant.reply);
  const completionCost = checkCreditHeaders(completion.headers, { what: 'a completion' }).cost;
  assert.equal(completionCost, priceOf(ECHO, completionWant.prompt_tokens, completionWant.completion_tokens));
  chargedA += completionCost;
  const embedding = await call(base, '/v1/embeddings', { key: cliKey.key, body: { model: ALIAS.id, input: 'embed these five words here' } });
  assert.equal(embedding.status, 200, embedding.text);
  assert.equal(embedding.json.data[0].embedding.length, 8);
  assert.equal(embedding.json.model, ALIAS.id, 'the answer names the model asked for');
  const embeddingCost = checkCreditHeaders(embedding.headers, { what: 'an embedding' }).cost;
  assert.equal(embeddingCost, priceOf(ALIAS, 5, 0), 'an embedding pays its input only');
  chargedA += embeddingCost;

  // A key the way the dashboard makes one: the account signs a one-time challenge
  // (@polkadot/keyring, sr25519), raw here.
  const made = await httpKey(base, charlie, { name: 'dashboard', expires_in_seconds: 3600 });
  assert.equal(made.status, 201, made.text);
  const httpKeyed = made.json;
  assert.equal(httpKeyed.account, charlie.address);
  assert.equal(Date.parse(httpKeyed.expires_at) - Date.parse(httpKeyed.created_at), 3_600_000);
  await chatOk(httpKeyed.key, ECHO, 'a request through a key made over HTTP', 'the HTTP key');

  // The account's keys, proven with a signature as the browser extension makes it
  // (<Bytes>-wrapped): both keys, never a key's secret.
  const listProof = await proof(base, charlie, { wrapped: true });
  const listed = await call(base, '/v1/keys/list', { body: listProof });
  assert.equal(listed.status, 200, listed.text);
  assert.equal(listed.json.account, charlie.address);
  const ids = listed.json.keys.map((k) => k.id);
  assert.ok(ids.includes(cliKey.id) && ids.includes(httpKeyed.id), `both keys listed: ${ids}`);
  assert.ok(!listed.text.includes(cliKey.key) && !listed.text.includes(httpKeyed.key), 'no secret in a list');
  // A challenge answers once: the same proof again is refused.
  assertError(await call(base, '/v1/keys/list', { body: listProof }), 403, 'invalid_signature', 'a challenge used twice');
  // The same list by bearer key.
  const byKey = await call(base, '/v1/keys', { key: httpKeyed.key });
  assert.equal(byKey.status, 200, byKey.text);
  assert.deepEqual(byKey.json.keys.map((k) => k.id).sort(), ids.sort());

  // The caller's credits.
  const credits = await call(base, '/v1/credits', { key: httpKeyed.key });
  assert.equal(credits.status, 200, credits.text);
  assert.equal(credits.json.account, charlie.address);
  assert.equal(credits.json.allowance_usd, '2.000000');
  assert.equal(micro(credits.json.allowance_usd) - micro(credits.json.remaining_usd), micro(credits.json.used_usd));
  assert.equal(credits.json.key.id, httpKeyed.id);
  assert.match(credits.json.renews_at, RFC3339_UTC);

  // No key; a key with one character changed; a string that is no key at all.
  assertError(await chat(base, undefined, ECHO, userSays('hi')), 401, 'missing_api_key', 'no key');
  assertError(await call(base, '/v1/credits'), 401, 'missing_api_key', 'no key for /v1/credits');
  const last = cliKey.key.at(-1) === '0' ? '1' : '0';
  const forged = `${cliKey.key.slice(0, -1)}${last}`;
  assertError(await chat(base, forged, ECHO, userSays('hi')), 401, 'invalid_api_key', 'a forged key');
  assertError(await chat(base, 'sk-not-a-diem-key', ECHO, userSays('hi')), 401, 'invalid_api_key', 'no gateway key');
  assertError(await call(base, '/v1/models', { key: forged }), 401, 'invalid_api_key', 'a forged key on /v1/models');

  // Charlie's challenge signed by Bob, for Charlie's account: refused, and no key is made.
  const charlieChallenge = await challengeFor(base, charlie.address);
  const impostor = await call(base, '/v1/keys', {
    body: { account: charlie.address, challenge: charlieChallenge, signature: sign(bob, charlieChallenge) },
  });
  assertError(impostor, 403, 'invalid_signature', "Bob's signature for Charlie");
  // A challenge issued to Bob, presented (signed by Bob) as Charlie's.
  const bobChallenge = await challengeFor(base, bob.address);
  assertError(await call(base, '/v1/keys', {
    body: { account: charlie.address, challenge: bobChallenge, signature: sign(bob, bobChallenge) },
  }), 403, 'invalid_signature', "Bob's challenge for Charlie's account");
  const afterImpostor = await call(base, '/v1/keys', { key: httpKeyed.key });
  assert.equal(afterImpostor.json.keys.length, listed.json.keys.length, 'no key was made for the impostor');

  // Bob, who has staked no DIEM, gets no key from a gateway that serves credits only
  // (usd_billing off), even with a good proof.
  const bobKey = await httpKey(base, bob, { name: 'bob' });
  assertError(bobKey, 403, 'no_diem_staked', 'a key for an account without credits');
  // Another account cannot revoke Charlie's key: not Bob with his own proof, not Dave (a staker)
  // with a key of his.
  const bobRevoke = await call(base, '/v1/keys/revoke', { body: { id: httpKeyed.id, ...(await proof(base, bob)) } });
  assertError(bobRevoke, 404, 'key_not_found', "Bob revoking Charlie's key with his own proof");
  const daveKey = await httpKey(base, dave, { name: 'dave' });
  assert.equal(daveKey.status, 201, daveKey.text);
  const daveBearer = await call(base, '/v1/keys/revoke', { key: daveKey.json.key, body: { id: httpKeyed.id } });
  assertError(daveBearer, 400, 'invalid_request', "Dave's key revoking Charlie's (a key revokes only itself)");
  assert.equal((await call(base, '/v1/models', { key: httpKeyed.key })).status, 200, "Charlie's key still works");

  // Revoked by its account (the CLI) and by itself (its bearer): refused by name afterwards.
  const revoked = await cli(['key', 'revoke', '--gateway', base, '--suri', '//Charlie', '--id', cliKey.id]);
  assert.deepEqual(revoked, { id: cliKey.id, revoked: true });
  assertError(await chat(base, cliKey.key, ECHO, userSays('hi')), 401, 'api_key_revoked', 'a key revoked by the CLI');
  const selfRevoked = await call(base, '/v1/keys/revoke', { key: httpKeyed.key, body: { id: httpKeyed.id } });
  assert.equal(selfRevoked.status, 200, selfRevoked.text);
  assertError(await chat(base, httpKeyed.key, ECHO, userSays('hi')), 401, 'api_key_revoked', 'a key revoked by itself');
  const cliList = await cli(['key', 'list', '--gateway', base, '--suri', '//Charlie']);
  const state = Object.fromEntries(cliList.keys.map((k) => [k.id, k.revoked]));
  assert.deepEqual([state[cliKey.id], state[httpKeyed.id]], [true, true], 'the list shows both revoked');

  // A key of one second: valid, then expired.
  const short = await httpKey(base, charlie, { name: 'short', expires_in_seconds: 1 });
  assert.equal(short.status, 201, short.text);
  assert.equal(Date.parse(short.json.expires_at) - Date.parse(short.json.created_at), 1000);
  assert.equal((await call(base, '/v1/models', { key: short.json.key })).status, 200, 'valid for its second');
  await sleep(Math.max(0, Date.parse(short.json.expires_at) - Date.now()) + 300);
  assertError(await chat(base, short.json.key, ECHO, userSays('hi')), 401, 'api_key_expired', 'an expired key');
  for (const seconds of [0, 91 * 86_400, -5, 'soon']) {
    assertError(await httpKey(base, charlie, { expires_in_seconds: seconds }), 400, 'invalid_request', `expires_in_seconds ${seconds}`);
  }

  // A key's own daily limit: a request within it is served, then the key is refused for the
  // day (429) though the account has credits left.
  await withinOneDay(5_000, charlie.address);
  const limited = await httpKey(base, charlie, { name: 'limited', daily_limit_micro_usd: 1 });
  assert.equal(limited.status, 201, limited.text);
  assert.equal(limited.json.daily_limit_usd, '0.000001');
  await chatOk(limited.json.key, ECHO, 'one request within the limit', 'within the daily limit');
  const limitError = assertError(await chat(base, limited.json.key, ECHO, userSays('one more')), 429,
    'key_daily_limit_reached', 'past the daily limit');
  assert.match(limitError.message, /\$0\.000001/);

  // Malformed requests, named.
  const key = (await httpKey(base, charlie, { name: 'errors' })).json.key;
  const badJson = await call(base, '/v1/chat/completions', { key, raw: '{"model": "dev-echo", "messages": [' });
  assert.match(assertError(badJson, 400, 'invalid_request', 'malformed JSON').message, /JSON/);
  assert.match(assertError(await call(base, '/v1/chat/completions', { key, body: { model: ECHO.id } }), 400,
    'invalid_request', 'no messages').message, /messages/);
  assertError(await call(base, '/v1/chat/completions', { key, body: { messages: userSays('hi') } }), 400, 'invalid_request', 'no model');
  assertError(await call(base, '/v1/chat/completions', { key, body: { model: ECHO.id, messages: userSays('hi'), stream: 'yes' } }),
    400, 'invalid_request', 'stream not a boolean');
  assert.match(assertError(await chat(base, key, { id: 'gpt-17' }, userSays('hi')), 404, 'model_not_found', 'an unknown model')
    .message, /gpt-17/);
  assertError(await call(base, '/v1/nothing-here', { key }), 404, 'not_found', 'an unknown route');

  // The same API with curl: a success and a refusal, headers and all.
  const curled = await curl(['-H', `authorization: Bearer ${key}`, '-H', 'content-type: application/json',
    '-d', JSON.stringify({ model: ECHO.id, messages: userSays('hello from curl') }), `${base}/v1/chat/completions`]);
  checkServedChat(curled, ECHO, userSays('hello from curl'), { what: 'curl' });
  assert.match(curled.headers['content-type'], /application\/json/);
  const curlRefused = await curl(['-H', `authorization: Bearer ${forged}`, '-H', 'content-type: application/json',
    '-d', JSON.stringify({ model: ECHO.id, messages: userSays('hi') }), `${base}/v1/chat/completions`]);
  assertError(curlRefused, 401, 'invalid_api_key', 'curl with a forged key');
});

// ---- b. the openai Python client, and the chain's count ----

test('b. the openai Python client: a completion and two streams with the credit headers; the chain counts every micro-dollar served', { timeout: 90_000 }, async (t) => {
  const made = await httpKey(gwA.url, charlie, { name: 'python' });
  assert.equal(made.status, 201, made.text);
  const key = made.json.key;
  const plain = [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: 'say something about DIEM credits' }];
  const streamed = userSays('stream me an answer about compute credits');
  const quiet = userSays('a stream whose client asks for no usage');
  const results = await openaiClient(gwA.url, key, [
    { op: 'models' },
    { op: 'chat', model: ECHO.id, messages: plain },
    { op: 'chat', model: ALIAS.id, messages: streamed, stream: true, include_usage: true },
    { op: 'chat', model: ECHO.id, messages: quiet, stream: true },
    { op: 'chat', model: ECHO.id, messages: plain, key: `${key.slice(0, -1)}${key.at(-1) === 'a' ? 'b' : 'a'}` },
  ]);
  const [models, completion, stream, quietStream, forged] = results;

  assert.ok(models.ok, JSON.stringify(models));
  assert.deepEqual(models.ids.sort(), MODELS.map((m) => m.id).sort());

  // Non-streamed: the client parses the answer; the raw response carries the credit headers.
  assert.ok(completion.ok, JSON.stringify(completion));
  const want = stubAnswer(plain.map((m) => m.content).join(' '));
  assert.equal(completion.content, want.reply);
  assert.deepEqual(completion.usage, { prompt_tokens: want.prompt_tokens, completion_tokens: want.completion_tokens,
    total_tokens: want.prompt_tokens + want.completion_tokens });
  const completionHeaders = checkCreditHeaders(completion.headers, { what: 'python completion' });
  assert.equal(completionHeaders.cost, chatPrice(ECHO, plain));
  chargedA += completionHeaders.cost;

  // Streamed, with the usage asked for: every chunk under the model's name, the usage last.
  assert.ok(stream.ok, JSON.stringify(stream));
  const streamWant = stubAnswer(streamed[0].content);
  assert.equal(stream.content, streamWant.reply);
  assert.deepEqual(stream.models, [ALIAS.id], 'every chunk names the model asked for, not the upstream one');
  assert.deepEqual(stream.usage, { prompt_tokens: streamWant.prompt_tokens, completion_tokens: streamWant.completion_tokens,
    total_tokens: streamWant.prompt_tokens + streamWant.completion_tokens, cost_usd: dollars(chatPrice(ALIAS, streamed)) },
    "the streamed usage carries the request's cost");
  checkCreditHeaders(stream.headers, { withCost: false, what: 'python stream' });
  chargedA += chatPrice(ALIAS, streamed);

  // Streamed without asking for usage: the gateway asks the upstream for it (to charge) but does
  // not pass on a usage chunk the client did not ask for.
  assert.ok(quietStream.ok, JSON.stringify(quietStream));
  assert.equal(quietStream.content, stubAnswer(quiet[0].content).reply);
  assert.equal(quietStream.usage, null, 'no usage chunk for a client that did not ask');
  assert.equal(quietStream.chunks, words(stubAnswer(quiet[0].content).reply), 'one chunk a word, nothing else');
  checkCreditHeaders(quietStream.headers, { withCost: false, what: 'python stream without usage' });
  chargedA += chatPrice(ECHO, quiet);

  // A refusal as the client raises it: AuthenticationError, with the API's code.
  assert.deepEqual([forged.ok, forged.exception, forged.status, forged.code], [false, 'AuthenticationError', 401, 'invalid_api_key'],
    JSON.stringify(forged));

  // Everything gateway A served so far (tests a and b), once finalized, is on chain exactly:
  // Σ over the credit days of used + uncovered equals Σ of what it charged (this fresh chain's
  // only other meter, Eve, has recorded nothing yet).
  const settled = await gwA.waitSettled(60_000);
  assert.equal(settled.next_batch, settled.finalized_next_batch, 'every batch cut is finalized');
  assert.ok(settled.next_batch > 0, 'batches were recorded');
  assert.equal(settled.meter_status.last_error, null, `the meter is well: ${JSON.stringify(settled.meter_status)}`);
  const total = await chainTotal();
  t.diagnostic(`gateway A charged ${chargedA} micro-USD in ${settled.next_batch} batches; the chain counts ${total}`);
  assert.equal(total, chargedA, 'the chain counts exactly what the gateway charged');

  // With nothing unrecorded, the gateway's remaining credits are the chain's.
  const mine = await call(gwA.url, '/v1/credits', { key });
  const chain = await creditsOf(charlie.address);
  if (Date.parse(mine.json.renews_at) === chain.nextRenewalAt) {
    assert.equal(micro(mine.json.remaining_usd), chain.remainingToday,
      `the gateway's remaining is the chain's once nothing is unrecorded (chain: used ${chain.usedToday} today)`);
  }
});

// ---- c. exhaustion ----

test('c. credits exhausted: 402 credits_exhausted saying what was used and when credits renew, with the credit headers', { timeout: 60_000 }, async () => {
  const made = await cli(['key', 'new', '--gateway', gwA.url, '--suri', '//Dave', '--name', 'pricey', '--days', '3']);
  assert.equal(Date.parse(made.expires_at) - Date.parse(made.created_at), 3 * 86_400_000, '--days 3');
  const { key } = made;
  const messages = userSays('an expensive question');
  const cost = chatPrice(PRICEY, messages);
  // Dave's $1 a day, a handful of requests, the refusal and its recording on chain: all in one
  // credit day.
  await withinOneDay(20_000, dave.address);
  const served = [];
  let refusal;
  for (let i = 0; i < 12 && !refusal; i += 1) {
    const res = await chat(gwA.url, key, PRICEY, messages);
    if (res.status === 200) served.push(checkServedChat(res, PRICEY, messages, { what: `pricey request ${i}` }));
    else refusal = res;
  }
  assert.ok(refusal, `the allowance ran out after ${served.length} requests of ${cost} micro-USD`);
  const error = assertError(refusal, 402, 'credits_exhausted', 'past the allowance');
  assert.equal(error.type, 'insufficient_credits');
  assert.match(error.message, /used \$1\.000000 of \$1\.000000 today/, 'the message says what was used of what');
  assert.ok(error.message.includes(`renew at ${error.renews_at}`), `the message says when credits renew: ${error.message}`);
  assert.deepEqual([error.used_usd, error.allowance_usd], ['1.000000', '1.000000']);
  assert.match(error.renews_at, RFC3339_UTC);
  assert.ok(Date.parse(error.renews_at) > Date.now(), 'credits renew in the future');
  const headers = checkCreditHeaders(refusal.headers, { withCost: false, what: 'the 402' });
  assert.equal(headers.remaining, 0n);
  assert.equal(headers.allowance, USD);
  assert.equal(headers.renewAt, error.renews_at);
  // A request is admitted while anything is left: exactly ceil($1 / cost) requests were served,
  // all on the day the refusal is of; the last one took the account past its allowance.
  assert.ok(served.every((s) => s.renewAt === error.renews_at), 'one credit day');
  assert.equal(BigInt(served.length), (USD + cost - 1n) / cost, `served ${served.length} requests of ${cost} on $1`);

  // The allowance is the account's, not the model's; streams are refused before they start; the
  // real client raises it as a plain APIStatusError (402 is not an authentication failure).
  assertError(await chat(gwA.url, key, ECHO, userSays('a cheap one')), 402, 'credits_exhausted', 'a cheap model too');
  const refused = await openaiClient(gwA.url, key, [
    { op: 'chat', model: PRICEY.id, messages },
    { op: 'chat', model: ECHO.id, messages, stream: true, include_usage: true },
  ]);
  for (const r of refused) {
    assert.deepEqual([r.ok, r.exception, r.status, r.code], [false, 'APIStatusError', 402, 'credits_exhausted'], JSON.stringify(r));
    assert.equal(r.headers['x-diem-credits-remaining-usd'], '0.000000');
    assert.equal(r.headers['x-diem-credits-renew-at'], error.renews_at);
  }
  const credits = await call(gwA.url, '/v1/credits', { key });
  assert.equal(credits.json.remaining_usd, '0.000000');
  assert.equal(credits.json.used_usd, '1.000000');

  // On chain, once recorded: still exactly what gateway A charged, Dave's $1 included.
  await gwA.waitSettled(60_000);
  assert.equal(await chainTotal(), chargedA, 'the chain counts exactly what gateway A charged (tests a to c)');
  const chain = await creditsOf(dave.address);
  if (rfc3339(chain.nextRenewalAt) === error.renews_at) {
    assert.equal(chain.usedToday, USD, "Dave's day on chain: $1 used");
    // Still refused once the gateway has forgotten the entries the chain's finalized state
    // counted: what it knows of the chain must count them (an older answer of the chain, from
    // before they were recorded, would show $1 left, and serve an exhausted account again).
    const again = await chat(gwA.url, key, PRICEY, messages);
    if (again.status === 200) chargedA += cost;
    assertError(again, 402, 'credits_exhausted', `exhausted, after its usage is finalized (chain: $1 used of $1; gateway: `
      + `x-diem-credits-remaining-usd ${again.headers.get('x-diem-credits-remaining-usd')})`);
  }
});

// ---- d. a crash under load ----

test('d. kill -9 under load and restart on the same store: every answered request is on chain, nothing twice', { timeout: 120_000 }, async (t) => {
  // Start from a settled gateway: the chain's total now is the baseline of this test.
  await gwA.waitSettled(60_000);
  const baseline = await chainTotal();
  const key = (await httpKey(gwA.url, charlie, { name: 'load' })).json.key;
  const messages = userSays('the same request every time under load');
  const cost = chatPrice(ECHO, messages);

  // 300 requests, 16 at a time, paced (a pause after each, about 50 a second) so that the meter
  // cuts, submits and records batches during the load. A monitor kills the gateway with SIGKILL
  // once 100 requests are done and /health shows the riskiest state: a batch recorded in the
  // best block but not finalized (the restarted gateway must resubmit it, and the chain refuse
  // it as already recorded), or after 220 requests whatever the state. The load waits (no
  // request goes to a dead gateway) and goes on once the gateway, restarted on the same port and
  // store, has read the chain again.
  const TOTAL = 300;
  let sent = 0;
  let ok = 0;
  let failed = 0;
  const statuses = [];
  const costs = new Set();
  let gate = null;
  let killedAt = null;
  const worker = async () => {
    for (;;) {
      while (gate) await gate;
      if (sent >= TOTAL) return;
      sent += 1;
      try {
        const res = await fetch(`${gwA.url}/v1/chat/completions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model: ECHO.id, messages }),
        });
        const body = await res.text();
        if (res.status === 200) {
          ok += 1;
          costs.add(res.headers.get('x-diem-request-cost-usd'));
        } else {
          statuses.push(`${res.status} ${body}`);
        }
      } catch {
        // Cut off by the kill: served and charged, or not; the bounds below allow both.
        failed += 1;
      }
      await sleep(300);
    }
  };
  const done = () => ok + failed + statuses.length;
  let loadOver = false;
  const monitor = async () => {
    while (done() < 100 && !loadOver) await sleep(20);
    while (!loadOver) {
      const health = await gwA.health();
      const unfinalized = health && health.next_batch > health.finalized_next_batch;
      if (unfinalized || done() >= 220) {
        let release;
        gate = new Promise((r) => {
          release = r;
        });
        killedAt = { ok, failed, sent, health };
        let exited;
        try {
          exited = await gwA.kill();
          await gwA.start();
        } finally {
          gate = null;
          release();
        }
        assert.equal(exited.signal, 'SIGKILL');
        return;
      }
      await sleep(20);
    }
  };
  const load = Promise.all(Array.from({ length: 16 }, worker)).finally(() => {
    loadOver = true;
  });
  await Promise.all([monitor(), load]);
  t.diagnostic(`killed after ${JSON.stringify(killedAt)}`);
  t.diagnostic(`${ok} answered 200, ${failed} cut off by the kill, ${statuses.length} other answers`);
  assert.ok(killedAt && killedAt.sent < TOTAL, 'the kill came in the middle of the load');
  assert.deepEqual(statuses, [], 'every request answered was served');
  assert.deepEqual([...costs], [dollars(cost)], 'every request cost the same');
  assert.ok(failed <= 16, 'at most the requests in flight were cut off');

  // Once the restarted gateway has nothing left unfinalized, the chain counts each journaled
  // request once: a multiple of the cost, at least every answered one (each was journaled
  // before it was answered), at most those plus the ones cut off in flight.
  const settled = await gwA.waitSettled(60_000);
  assert.equal(settled.next_batch, settled.finalized_next_batch);
  const counted = (await chainTotal()) - baseline;
  t.diagnostic(`the chain counts ${counted} micro-USD = ${counted / cost} requests of ${cost} (batches up to ${settled.next_batch})`);
  assert.equal(counted % cost, 0n, `the chain counts whole requests: ${counted} is not a multiple of ${cost}`);
  assert.ok(counted >= cost * BigInt(ok), `every answered request is counted: ${counted} < ${ok} × ${cost}`);
  assert.ok(counted <= cost * BigInt(ok + failed), `nothing is counted twice: ${counted} > (${ok} + ${failed}) × ${cost}`);
  chargedA = baseline + counted;

  // A batch resubmitted by hand (Ferdie signs batch 0 again, long recorded) is refused by name
  // and changes nothing. Gateway A is settled and idle: its meter signs nothing meanwhile.
  const day = Math.floor((await api.query.timestamp.now()).toNumber() / DAY_MS);
  const nextBefore = (await api.query.credits.meters(ferdie.address)).unwrap().nextBatch.toBigInt();
  const replay = await submit(api, api.tx.credits.recordUsage(0, day, [[charlie.address, 1]]), ferdie);
  assert.equal(errorName(api, replay.dispatchError), 'BatchAlreadyRecorded');
  assert.equal((await api.query.credits.meters(ferdie.address)).unwrap().nextBatch.toBigInt(), nextBefore);
  assert.equal(await chainTotal(), chargedA, 'the replay counted nothing');

  // The model server down: 502 upstream_error, and nothing is charged (no journal entry).
  await upstream.kill();
  const down = await chat(gwA.url, key, ECHO, messages);
  assertError(down, 502, 'upstream_error', 'the model server down');
  assert.equal((await gwA.health()).kept_entries, 0, 'a request the upstream failed is not journaled');
  upstream = await startStubUpstream(join(logs, 'gateway-stub-upstream.log'), upstream.port);
  checkServedChat(await chat(gwA.url, key, ECHO, messages), ECHO, messages, { what: 'the model server back' });
});

// ---- e. two gateways on one account ----

test('e. two gateways (meters Ferdie and Eve) spending one account at once: covered up to the allowance, the rest reported uncovered', { timeout: 120_000 }, async (t) => {
  gwB = await startGateway({
    config: {
      chain: `ws://127.0.0.1:${node.rpcPort}`,
      // Eve's secret from the environment, not the file.
      store: join(work, 'store-b'),
      upstream: upstream.url,
      batchIntervalMs: 1000,
      models: MODELS,
    },
    env: { DIEM_GATEWAY_METER_SURI: '//Eve' },
    configPath: join(work, 'gateway-b.toml'),
    logPath: join(logs, 'gateway-b.log'),
  });
  const healthB = await gwB.health();
  assert.deepEqual([healthB.meter, healthB.registered], [eve.address, true], 'gateway B meters as Eve');
  // Keys are a gateway's own: Charlie makes one at each.
  const keys = await Promise.all([gwA, gwB].map(async (gw) =>
    (await cli(['key', 'new', '--gateway', gw.url, '--suri', '//Charlie', '--name', 'two'])).key));
  assertError(await call(gwB.url, '/v1/models', { key: keys[0] }), 401, 'invalid_api_key', "A's key at B");

  // Everything before is recorded; the hammering and its recording fall in one credit day, D,
  // with what Charlie has left of it now on chain.
  await gwA.waitSettled(60_000);
  const dayEnd = await withinOneDay(20_000, charlie.address);
  const day = dayEnd / DAY_MS - 1;
  const before = await dayRecords();
  const left = (await creditsOf(charlie.address)).remainingToday;
  assert.ok(left > 0n, 'Charlie has credits left today');
  const messages = userSays('two gateways spend one allowance');
  const cost = chatPrice(PRICEY, messages);

  // Each gateway, 8 requests at a time, until it refuses (402) on what it knows: the chain's
  // remaining less what it served itself. While what remains is held by its requests in flight
  // it answers 429 credits_held_in_flight, and that worker tries again shortly; a 402 (nothing
  // remaining) is the gateway's own count exhausted, and ends its hammering. Neither gateway sees the other's unrecorded usage, so together they overspend.
  const hammer = async (gw, key) => {
    const tally = { served: 0n, count: 0, requests: 0, exhausted: false, other: [], renewAts: new Set() };
    const worker = async () => {
      while (!tally.exhausted && tally.requests < 300 && tally.other.length === 0) {
        tally.requests += 1;
        const res = await chat(gw.url, key, PRICEY, messages);
        if (res.status === 200) {
          const h = checkServedChat(res, PRICEY, messages, { what: `${gw.url}`, tally: false });
          tally.served += h.cost;
          tally.count += 1;
          tally.renewAts.add(h.renewAt);
        } else if (res.status === 402 && res.json?.error?.code === 'credits_exhausted') {
          assert.equal(checkCreditHeaders(res.headers, { withCost: false, what: 'a 402' }).remaining, 0n,
            'credits_exhausted only with nothing remaining');
          tally.exhausted = true;
        } else if (res.status === 429 && res.json?.error?.code === 'credits_held_in_flight') {
          // What is left is held by this gateway's requests in flight: retry once they end.
          assert.ok(checkCreditHeaders(res.headers, { withCost: false, what: 'a 429' }).remaining > 0n);
          assert.equal(header(res.headers, 'retry-after'), '1');
          await sleep(10);
        } else {
          tally.other.push(`${res.status} ${res.text}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return tally;
  };
  const [a, b] = await Promise.all([hammer(gwA, keys[0]), hammer(gwB, keys[1])]);
  const served = a.served + b.served;
  t.diagnostic(`day ${day}: $${Number(left) / 1e6} left; A served ${a.count} of ${a.requests}, B ${b.count} of ${b.requests} `
    + `requests of ${cost} micro-USD`);
  assert.deepEqual([...a.other, ...b.other], [], 'every answer a success, credits_held_in_flight or credits_exhausted');
  assert.deepEqual([a.exhausted, b.exhausted], [true, true], 'each gateway ends by refusing, not by the test giving up');
  assert.deepEqual([...new Set([...a.renewAts, ...b.renewAts])], [rfc3339(dayEnd)],
    'every request served on day D');
  // One gateway admits a request only while its own count leaves something beyond the worst
  // case of its requests in flight (at this price, more than what is left): so it serves one
  // request at a time, and overshoots what was left by less than one request.
  for (const [name, g] of [['A', a], ['B', b]]) {
    assert.ok(g.count > 0, `gateway ${name} served`);
    assert.ok(g.served < left + cost, `gateway ${name} served ${g.served}: not under ${left} left + one request`);
  }
  // The premise of this test: two meters that cannot see each other's unrecorded usage overspend.
  assert.ok(served > left, `together they served ${served} > ${left} left`);

  await Promise.all([gwA.waitSettled(60_000), gwB.waitSettled(60_000)]);
  const afterRecords = await dayRecords();
  const delta = (field, d) => (afterRecords.find((r) => r.day === d)?.[field] ?? 0n) - (before.find((r) => r.day === d)?.[field] ?? 0n);
  const sum = (records) => records.reduce((s, r) => s + r.used + r.uncovered, 0n);

  // Every day: covered usage never beyond the allowances of what counted that day ($1 a DIEM).
  for (const r of afterRecords) {
    assert.ok(r.used <= (r.counting * USD) / DIEM, `day ${r.day}: used ${r.used} within the allowance of ${r.counting} counting`);
  }
  // Day D: the chain covered exactly what Charlie had left and reported the rest as uncovered;
  // nothing else moved, and both gateways' usage is counted once.
  t.diagnostic(`day ${day}: used +${delta('used', day)}, uncovered +${delta('uncovered', day)}`);
  assert.equal(delta('used', day), left, 'covered: what was left of the allowance');
  assert.equal(delta('uncovered', day), served - left, 'the overspend is reported uncovered');
  assert.ok(delta('uncovered', day) > 0n);
  assert.equal(sum(afterRecords) - sum(before), served, 'both gateways served = Σ used + uncovered');
  assert.equal((await creditsOf(charlie.address)).remainingToday, 0n);
});
