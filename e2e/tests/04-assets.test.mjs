// The dev genesis: DIEM and USDC assets with metadata, and a seeded VVV/USDC pool.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DIEM_ASSET_ID, NATIVE, USDC, USDC_ASSET_ID, USDC_KIND, useChain, VVV } from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

test('DIEM exists with 18 decimals, owned by the DIEM pallet account', async () => {
  const details = (await api.query.assets.asset(DIEM_ASSET_ID)).unwrap();
  const metadata = await api.query.assets.metadata(DIEM_ASSET_ID);
  assert.equal(metadata.symbol.toUtf8(), 'DIEM');
  assert.equal(metadata.decimals.toNumber(), 18);
  assert.equal(details.supply.toBigInt(), 0n, 'no DIEM before anyone mints');
  // The owner is the account of PalletId "diem/mnt": "modl" ++ id, zero-padded.
  const owner = api.createType('AccountId', Uint8Array.from(Buffer.from('modldiem/mnt'.padEnd(32, '\0'), 'latin1')));
  assert.equal(details.owner.toString(), owner.toString());
});

test('USDC exists with 6 decimals and the dev accounts hold some', async () => {
  const metadata = await api.query.assets.metadata(USDC_ASSET_ID);
  assert.equal(metadata.symbol.toUtf8(), 'USDC');
  assert.equal(metadata.decimals.toNumber(), 6);
  const bob = (await api.query.assets.account(USDC_ASSET_ID, accounts.bob.address)).unwrap();
  assert.equal(bob.balance.toBigInt(), 10_000_000n * USDC);
});

test('the VVV/USDC pool exists with its genesis liquidity and quotes a price', async () => {
  const pool = await api.query.assetConversion.pools([NATIVE, USDC_KIND]);
  assert.ok(pool.isSome, 'the pool is registered');
  const reserves = (await api.call.assetConversionApi.getReserves(NATIVE, USDC_KIND)).unwrap();
  assert.equal(reserves[0].toBigInt(), 1_000_000n * VVV);
  assert.equal(reserves[1].toBigInt(), 3_000_000n * USDC);

  // 1 VVV buys a little under 3 USDC: the 0.3% fee and the price impact.
  const out = (await api.call.assetConversionApi.quotePriceExactTokensForTokens(NATIVE, USDC_KIND, VVV, true))
    .unwrap()
    .toBigInt();
  assert.ok(out < 3n * USDC && out > (3n * USDC * 99n) / 100n, `1 VVV quotes ${out} USDC units`);
});
