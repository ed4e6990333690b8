// The Governance card in a real browser against a dev node (design §13): the operator's bound
// before and after a step; a referendum submitted through the API is listed with its track,
// proposal, tally and time left; Dave votes on it from the page with more VVV than he has free
// (staked VVV counts), Eve delegates to him from the page, Ferdie votes nay; every tally and
// vote the page shows is checked against the chain read directly.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { chainApi, eventually, harness, launchBrowser, planckOf, screenshot, sendFromCard, submit, UNIT, watchErrors } from './browser.mjs';

const { ws, url, artefacts } = harness();
let browser;
let page;
let api;
let bob;
let errors;
const keyring = new Keyring({ type: 'sr25519' });
let charlie;
let dave;
let eve;
let ferdie;

const event = (events, section, method) => {
  const found = events.find(({ event: e }) => e.section === section && e.method === method);
  assert.ok(found, `${section}.${method} among ${events.map(({ event: e }) => `${e.section}.${e.method}`)}`);
  return found.event;
};

const economicsTrack = () => api.consts.referenda.tracks.find(([, t]) => t.name.toString().replace(/\0+$/, '') === 'economics');
const tallyOf = async (index) => {
  const { tally } = (await api.query.referenda.referendumInfoFor(index)).unwrap().asOngoing;
  return { ayes: tally.ayes.toBigInt(), nays: tally.nays.toBigInt(), support: tally.support.toBigInt() };
};
const shownTally = async (index) => {
  const row = page.getByTestId(`referendum-${index}`);
  return {
    ayes: BigInt(await row.getAttribute('data-ayes')),
    nays: BigInt(await row.getAttribute('data-nays')),
    support: BigInt(await row.getAttribute('data-support')),
  };
};
const same = (a, b) => a.ayes === b.ayes && a.nays === b.nays && a.support === b.support;
let referendum;

before(async () => {
  ({ api, bob } = await chainApi(ws));
  [charlie, dave, eve, ferdie] = ['Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => keyring.addFromUri(`//${n}`));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  errors = watchErrors(page);
  await page.goto(`${url}?rpc=${encodeURIComponent(ws)}`);
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('governance-card').waitFor({ timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await api?.disconnect();
});

test("the operator's bound: the target supply now, a 10% step, and when it may step next", async () => {
  const target = async () => (await api.query.diem.curve()).targetSupply.toBigInt();
  const period = api.consts.diem.operatorTargetPeriod.toNumber();
  const now = await target();
  assert.equal(await planckOf(page, 'operator-target'), now);
  assert.equal(await planckOf(page, 'operator-step'), now / 10n, '10% of the target');
  assert.match(await page.getByTestId('operator-step').innerText(), /^±[\d,.]+ DIEM$/);
  assert.equal((await api.query.diem.operatorLastStep()).isNone, true);
  assert.equal(await page.getByTestId('operator-next').innerText(), 'may step now');
  assert.equal(await page.getByTestId('operator-members').innerText(), '1');

  // Charlie, the dev chain's operator, steps up 5%: the page shows the new target and the
  // block of the next possible step.
  const call = api.tx.diem.setTargetSupply(now + now / 20n);
  const { events, blockHash } = await submit(api.tx.operator.propose(1, call, call.method.encodedLength), charlie);
  assert.ok(event(events, 'operator', 'Executed').data.result.isOk);
  const stepped = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  assert.equal((await api.query.diem.operatorLastStep()).unwrap().toNumber(), stepped);
  await eventually(() => planckOf(page, 'operator-target'), (v) => v === now + now / 20n, 15_000, 'the new target shown');
  assert.equal(await planckOf(page, 'operator-step'), (now + now / 20n) / 10n);
  const next = page.getByTestId('operator-next');
  await eventually(() => next.getAttribute('data-block'), (b) => Number(b) === stepped + period, 15_000, 'the next step block');
  assert.match(await next.innerText(), new RegExp(`^in \\d+ (min|s).* \\(block #${(stepped + period).toLocaleString('en-US')}\\)$`));
});

test('a referendum submitted through the API is listed with its track, proposal, tally and time left', async () => {
  const [trackId, track] = economicsTrack();
  const target = (await api.query.diem.curve()).targetSupply.toBigInt();
  const call = api.tx.diem.setTargetSupply(target * 2n);
  await submit(api.tx.preimage.notePreimage(call.method.toHex()), bob);
  const { events } = await submit(
    api.tx.referenda.submit({ Origins: 'Economics' }, { Lookup: { hash: call.method.hash.toHex(), len: call.method.encodedLength } }, { After: 1 }),
    bob,
  );
  const submitted = event(events, 'referenda', 'Submitted');
  referendum = submitted.data.index.toNumber();
  assert.equal(submitted.data.track.toNumber(), trackId.toNumber());

  const row = page.getByTestId(`referendum-${referendum}`);
  await row.waitFor({ timeout: 15_000 });
  assert.equal(await row.getAttribute('data-track'), 'economics');
  assert.match(await row.innerText(), new RegExp(`diem\\.setTargetSupply\\(${target * 2n}\\)`));
  assert.equal(await row.getAttribute('data-phase'), 'awaiting-deposit');
  assert.match(await page.getByTestId(`referendum-${referendum}-time`).innerText(), /^Waiting for its decision deposit$/);

  // The decision deposit: it is decided from then on, and the page counts down the decision
  // period, in blocks of the chain and in time at its block time.
  const { blockHash } = await submit(api.tx.referenda.placeDecisionDeposit(referendum), bob);
  const deposited = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  const info = await eventually(
    async () => (await api.query.referenda.referendumInfoFor(referendum)).unwrap().asOngoing,
    (o) => o.deciding.isSome,
    30_000,
    'deciding on chain',
  );
  const since = info.deciding.unwrap().since.toNumber();
  assert.ok(since >= deposited);
  const ends = since + track.decisionPeriod.toNumber();
  await eventually(() => row.getAttribute('data-phase'), (p) => p === 'deciding', 15_000, 'deciding shown');
  assert.equal(Number(await row.getAttribute('data-ends-at')), ends);
  const time = await page.getByTestId(`referendum-${referendum}-time`).innerText();
  const match = /^Deciding: the decision period ends in (?:(\d+) min)? ?(?:(\d+) s)? \(block #([\d,]+)\)$/.exec(time);
  assert.ok(match && (match[1] || match[2]), time);
  assert.equal(Number(match[3].replace(/,/g, '')), ends);
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const seconds = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  assert.ok(Math.abs(seconds - (ends - best) * 2) <= 6, `${seconds} s left for ${ends - best} blocks of 2 s`);
  assert.deepEqual(await shownTally(referendum), { ayes: 0n, nays: 0n, support: 0n });
});

test('Dave votes from the page with staked VVV: the tally shown and his vote on chain agree', async () => {
  const [trackId] = economicsTrack();
  // Dave stakes 9,000,000 of his 10,000,000 VVV, then votes 9,500,000: more than he has free.
  await submit(api.tx.staking.stake(9_000_000n * UNIT), dave);
  const free = (await api.query.system.account(dave.address)).data.free.toBigInt();
  const balance = 9_500_000n * UNIT;
  assert.ok(balance > free);

  await page.getByTestId('account').selectOption(dave.address);
  await eventually(async () => (await page.getByTestId('account').inputValue()) === dave.address && (await planckOf(page, 'balance-vvv-held')) >= 9_000_000n * UNIT, (ok) => ok, 15_000, "Dave's figures shown");
  assert.match(await page.locator('#gov-amount-hint').innerText(), /Staked VVV counts/);
  await page.getByTestId('gov-referendum').selectOption(String(referendum));
  await page.getByTestId('gov-direction-aye').check();
  await page.getByTestId('gov-conviction').selectOption('Locked2x');
  await page.getByTestId('gov-amount').fill('9,500,000');
  const outcome = await sendFromCard(page, 'gov-tx', () => page.getByTestId('gov-vote-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);

  // On chain: Dave's vote as sent, and a tally of 2 × 9.5M ayes, 9.5M support.
  const voting = await api.query.convictionVoting.votingFor(dave.address, trackId);
  assert.ok(voting.isCasting, voting.toString());
  const votes = voting.asCasting.votes;
  assert.equal(votes.length, 1);
  const [index, vote] = votes[0];
  assert.equal(index.toNumber(), referendum);
  assert.ok(vote.isStandard);
  assert.equal(vote.asStandard.vote.isAye, true);
  assert.equal(vote.asStandard.vote.conviction.type, 'Locked2x');
  assert.equal(vote.asStandard.balance.toBigInt(), balance);
  const tally = await tallyOf(referendum);
  assert.deepEqual(tally, { ayes: 2n * balance, nays: 0n, support: balance });

  // On the page: the same tally, his vote and his lock.
  await eventually(() => shownTally(referendum), (t) => same(t, tally), 15_000, 'the tally shown');
  assert.equal(await planckOf(page, `referendum-${referendum}-ayes`), tally.ayes);
  assert.equal(await planckOf(page, `referendum-${referendum}-support`), tally.support);
  assert.match(await page.getByTestId(`referendum-${referendum}-ayes`).innerText(), /^19,000,000 VVV$/);
  await eventually(() => page.getByTestId(`referendum-${referendum}-my-vote`).innerText().catch(() => ''), (t) => t === 'Your vote: aye with 9,500,000 VVV, Locked2x', 15_000, 'his vote shown');
  await eventually(() => planckOf(page, 'gov-locked'), (v) => v === balance, 15_000, 'his lock shown');
  const lock = (await api.query.balances.locks(dave.address)).find((l) => l.id.toUtf8() === 'pyconvot');
  assert.equal(lock.amount.toBigInt(), balance);
  await screenshot(page, artefacts, 'governance-voted');
});

test("Eve delegates to Dave from the page, Ferdie votes nay: both reach the tally", async () => {
  const [trackId] = economicsTrack();
  const before = await tallyOf(referendum);
  await page.getByTestId('account').selectOption(eve.address);
  await eventually(() => page.getByTestId('account').inputValue(), (v) => v === eve.address, 5_000, 'Eve chosen');
  await page.getByTestId('gov-delegate-track').selectOption(String(trackId.toNumber()));
  await page.getByTestId('gov-delegate-to').fill(dave.address);
  await page.getByTestId('gov-delegate-conviction').selectOption('Locked1x');
  await page.getByTestId('gov-delegate-amount').fill('1000');
  let outcome = await sendFromCard(page, 'gov-tx', () => page.getByTestId('gov-delegate-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  const voting = await api.query.convictionVoting.votingFor(eve.address, trackId);
  assert.ok(voting.isDelegating, voting.toString());
  assert.equal(voting.asDelegating.target.toString(), dave.address);
  assert.equal(voting.asDelegating.balance.toBigInt(), 1_000n * UNIT);
  assert.equal(voting.asDelegating.conviction.type, 'Locked1x');
  await page.getByTestId('gov-delegating').waitFor({ timeout: 15_000 });
  assert.match(await page.getByTestId('gov-delegating').innerText(), new RegExp(`Delegating 1,000 VVV \\(Locked1x\\) to ${dave.address}`));

  await page.getByTestId('account').selectOption(ferdie.address);
  await eventually(() => page.getByTestId('account').inputValue(), (v) => v === ferdie.address, 5_000, 'Ferdie chosen');
  await page.getByTestId('gov-referendum').selectOption(String(referendum));
  await page.getByTestId('gov-direction-nay').check();
  await page.getByTestId('gov-conviction').selectOption('None');
  await page.getByTestId('gov-amount').fill('100');
  outcome = await sendFromCard(page, 'gov-tx', () => page.getByTestId('gov-vote-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);

  // Eve's 1,000 VVV join Dave's ayes at 1× and his support; Ferdie's 100 VVV count 10 nays
  // without conviction, and nays add no support.
  const tally = await tallyOf(referendum);
  assert.deepEqual(tally, { ayes: before.ayes + 1_000n * UNIT, nays: 10n * UNIT, support: before.support + 1_000n * UNIT });
  await eventually(() => shownTally(referendum), (t) => same(t, tally), 15_000, 'the tally with the delegation and the nay');
  assert.match(await page.getByTestId(`referendum-${referendum}-nays`).innerText(), /^10 VVV$/);
  await screenshot(page, artefacts, 'governance');
});

test('the page threw no error along the way', () => {
  assert.deepEqual(errors, []);
});
