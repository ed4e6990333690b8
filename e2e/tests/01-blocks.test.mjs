// Block production and finality of the dev chain.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectHeaders, useChain } from '../lib/chain.mjs';

let api;
useChain((chain) => ({ api } = chain));

test('a block every 2 seconds', async () => {
  // Genesis has no timestamp: count only produced blocks.
  const produced = (seen) => seen.filter((h) => h.number.toNumber() > 0);
  const headers = produced(
    await collectHeaders(api.rpc.chain.subscribeNewHeads, (seen) => produced(seen).length === 6, 40_000),
  );
  const numbers = headers.map((h) => h.number.toNumber());
  for (let i = 1; i < numbers.length; i++) assert.equal(numbers[i], numbers[i - 1] + 1, 'consecutive blocks');

  // The on-chain timestamps: each block has its own 2 s Aura slot (slot = timestamp / 2 s), and
  // on average a block arrives every 2 s (a loaded machine may miss an occasional slot).
  const stamps = [];
  for (const header of headers) {
    stamps.push((await (await api.at(header.hash)).query.timestamp.now()).toNumber());
  }
  const slots = stamps.map((t) => Math.floor(t / 2000));
  for (let i = 1; i < slots.length; i++) assert.ok(slots[i] > slots[i - 1], `slot ${slots[i]} follows ${slots[i - 1]}`);
  const mean = (stamps.at(-1) - stamps[0]) / (stamps.length - 1);
  assert.ok(mean >= 1900 && mean <= 3000, `mean block interval ${mean} ms is about 2 s`);
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
