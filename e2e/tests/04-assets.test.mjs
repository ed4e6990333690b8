// The dev genesis: DIEM and USDC assets with metadata, a seeded VVV/USDC pool, and a DIEM/USDC
// pool whose DIEM Alice minted through the curve at genesis (a genesis position).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DIEM,
  DIEM_ASSET_ID,
  DIEM_KIND,
  NATIVE,
  submit,
  USDC,
  USDC_ASSET_ID,
  USDC_KIND,
  useChain,
  VVV,
} from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

test('DIEM exists with 18 decimals, owned by the DIEM pallet account', async () => {
  const details = (await api.query.assets.asset(DIEM_ASSET_ID)).unwrap();
  const metadata = await api.query.assets.metadata(DIEM_ASSET_ID);
  assert.equal(metadata.symbol.toUtf8(), 'DIEM');
  assert.equal(metadata.decimals.toNumber(), 18);
  // The only DIEM is Alice's genesis position's: minted through the curve like any other.
  const position = await api.call.diemApi.position(accounts.alice.address);
  assert.equal(position.minted.toBigInt(), 1_001n * DIEM);
  assert.equal(details.supply.toBigInt(), position.minted.toBigInt(), 'the supply is the position');
  assert.equal((await api.query.diem.totalMinted()).toBigInt(), details.supply.toBigInt());
  // Its collateral is locked out of Alice's genesis stake: about 90 VVV a DIEM.
  const staker = await api.call.stakingApi.staker(accounts.alice.address);
  assert.equal(staker.locked.toBigInt(), position.locked.toBigInt());
  assert.ok(position.locked.toBigInt() > 90n * 1_001n * VVV && position.locked.toBigInt() < 91n * 1_001n * VVV);
  assert.ok(staker.staked.toBigInt() >= 200_000n * VVV);
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

/** `who`'s DIEM. */
async function diemBalance(who) {
  const account = await api.query.assets.account(DIEM_ASSET_ID, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

/** `who`'s USDC. */
async function usdcBalance(who) {
  const account = await api.query.assets.account(USDC_ASSET_ID, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

test('the DIEM/USDC pool holds the genesis DIEM at 300 USDC, and DIEM can be bought and sold', async () => {
  // The pool of two assets is keyed by the lower id first: DIEM (1), USDC (2).
  assert.ok((await api.query.assetConversion.pools([DIEM_KIND, USDC_KIND])).isSome, 'the pool is registered');
  const reserves = (await api.call.assetConversionApi.getReserves(DIEM_KIND, USDC_KIND)).unwrap();
  assert.equal(reserves[0].toBigInt(), 1_000n * DIEM);
  assert.equal(reserves[1].toBigInt(), 300_000n * USDC);

  // Ferdie buys DIEM with 3,000 USDC: 10 DIEM at 300, less the 0.3% fee and the price impact.
  const { ferdie } = accounts;
  const supply = (await api.query.assets.asset(DIEM_ASSET_ID)).unwrap().supply.toBigInt();
  const usdcBefore = await usdcBalance(ferdie.address);
  const diemBefore = await diemBalance(ferdie.address);
  const swap = (path, amountIn) =>
    api.tx.assetConversion.swapExactTokensForTokens(path, amountIn, 1, ferdie.address, false);
  const bought = await submit(api, swap([USDC_KIND, DIEM_KIND], 3_000n * USDC), ferdie);
  assert.equal(bought.dispatchError, undefined);
  const diem = (await diemBalance(ferdie.address)) - diemBefore;
  assert.ok(diem > 9_850n * DIEM / 1_000n && diem < 9_880n * DIEM / 1_000n, `3,000 USDC bought ${diem}`);

  // And sells it all back: the round trip costs the two 0.3% fees, about 18 USDC.
  const sold = await submit(api, swap([DIEM_KIND, USDC_KIND], diem), ferdie);
  assert.equal(sold.dispatchError, undefined);
  assert.equal(await diemBalance(ferdie.address), diemBefore);
  const lost = usdcBefore - (await usdcBalance(ferdie.address));
  assert.ok(lost > 17n * USDC && lost < 19n * USDC, `the round trip cost ${lost} USDC units`);
  // Trading moves DIEM; only the DIEM pallet mints or burns it.
  assert.equal((await api.query.assets.asset(DIEM_ASSET_ID)).unwrap().supply.toBigInt(), supply);
  assert.equal((await api.query.diem.totalMinted()).toBigInt(), supply);
});
