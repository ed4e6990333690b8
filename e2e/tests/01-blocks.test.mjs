// Block production and finality of the dev chain.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { collectHeaders, connect } from '../lib/chain.mjs';

let api;
before(async () => {
  api = await connect();
});
after(() => api?.disconnect());

test('a block every 2 seconds', async () => {
  const headers = await collectHeaders(api.rpc.chain.subscribeNewHeads, (seen) => seen.length === 6, 40_000);
  const numbers = headers.map((h) => h.number.toNumber());
  for (let i = 1; i < numbers.length; i++) assert.equal(numbers[i], numbers[i - 1] + 1, 'consecutive blocks');

  // The on-chain timestamps: every block sits in its own 2 s Aura slot.
  const stamps = [];
  for (const header of headers) {
    stamps.push((await (await api.at(header.hash)).query.timestamp.now()).toNumber());
  }
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
  for (const gap of gaps) {
    assert.ok(gap > 0 && gap % 2000 === 0, `block interval ${gap} ms is a whole number of 2 s slots`);
  }
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  assert.ok(mean <= 3000, `mean block interval ${mean} ms is about 2 s`);
  assert.equal(api.consts.aura.slotDuration.toNumber(), 2000);
});

test('blocks are finalized by GRANDPA', async () => {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const finalized = await collectHeaders(
    api.rpc.chain.subscribeFinalizedHeads,
    (seen) => seen.at(-1).number.toNumber() >= best,
    30_000,
  );
  assert.ok(finalized.at(-1).number.toNumber() >= Math.max(best, 1));
});
