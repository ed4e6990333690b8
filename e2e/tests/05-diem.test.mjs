// DIEM on the dev chain: open minting, stake, mint against the stake at a quote from the
// runtime API, transfer DIEM, repay from the receiver's own position.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DIEM,
  DIEM_ASSET_ID,
  errorName,
  findEvent,
  reservedBalance,
  submit,
  useChain,
  VVV,
} from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

async function diemBalance(who) {
  const account = await api.query.assets.account(DIEM_ASSET_ID, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

/** `who`'s stake and the part of it locked as DIEM collateral. */
async function stake(who) {
  const staker = await api.call.stakingApi.staker(who);
  return { staked: staker.staked.toBigInt(), locked: staker.locked.toBigInt() };
}

test('minting is closed at genesis and opens through sudo', async () => {
  const { alice } = accounts;
  assert.equal((await api.query.diem.mintingOpen()).isTrue, false);
  const refused = await submit(api, api.tx.diem.mint(DIEM, 10n ** 30n), alice);
  assert.equal(errorName(api, refused.dispatchError), 'MintingClosed');

  const { events } = await submit(api, api.tx.sudo.sudo(api.tx.diem.setMintingOpen(true)), alice);
  assert.equal(findEvent(events, 'diem', 'MintingOpenSet').data.open.isTrue, true);
  assert.equal((await api.query.diem.mintingOpen()).isTrue, true);
});

test('the runtime API quotes the launch curve', async () => {
  // At the supply the pallet counts (the dev genesis position's DIEM): B·exp(k·(S/T)^n) with
  // B = 90 VVV, T = 38,000 DIEM, k = 2, n = 3, never below the base rate.
  const supply = (await api.query.diem.totalMinted()).toBigInt();
  const rate = await api.call.diemApi.mintRate();
  assert.ok(rate.isOk);
  assert.ok(rate.asOk.toBigInt() >= 90n * VVV, 'at least the base rate');
  const expected = 90 * Math.exp(2 * (Number(supply) / Number(38_000n * DIEM)) ** 3);
  const actual = Number(rate.asOk.toBigInt()) / Number(VVV);
  assert.ok(Math.abs(actual - expected) / expected < 1e-12, `rate ${actual} at supply ${supply}, expected ${expected}`);
  const quote = await api.call.diemApi.quoteMint(10n * DIEM);
  assert.ok(quote.isOk);
  const vvv = quote.asOk.toBigInt();
  assert.ok(vvv > 900n * VVV && vvv < 901n * VVV, `10 DIEM quote ${vvv}`);
  const back = (await api.call.diemApi.quoteMintForVvv(vvv)).asOk.toBigInt();
  assert.ok(back <= 10n * DIEM && back > 10n * DIEM - 10n, `the inverse of the quote: ${back}`);
  const beyond = await api.call.diemApi.quoteMint(10n ** 30n);
  assert.ok(beyond.isErr);
  assert.equal(beyond.asErr.type, 'RateCapExceeded');
});

test('mint at the quote, transfer DIEM, repay from the receiver\'s own position', async () => {
  const { alice, bob } = accounts;

  // DIEM is minted against staked VVV only.
  const unstaked = await submit(api, api.tx.diem.mint(DIEM, 10n ** 30n), bob);
  assert.equal(errorName(api, unstaked.dispatchError), 'InsufficientCollateral');
  for (const who of [alice, bob]) {
    assert.equal((await submit(api, api.tx.staking.stake(2_000n * VVV), who)).dispatchError, undefined);
  }

  // Alice mints 10 DIEM at the quoted cost; the cost is locked out of her stake, which stays
  // held as it was. (She has a genesis position already: the DIEM/USDC pool's.)
  const supplyBefore = (await api.query.assets.asset(DIEM_ASSET_ID)).unwrap().supply.toBigInt();
  const quote = (await api.call.diemApi.quoteMint(10n * DIEM)).asOk.toBigInt();
  const reservedBefore = await reservedBalance(api, alice.address);
  const stakeBefore = await stake(alice.address);
  const diemBefore = await diemBalance(alice.address);
  const positionBefore = await api.call.diemApi.position(alice.address);
  const minted = await submit(api, api.tx.diem.mint(10n * DIEM, quote), alice);
  assert.equal(minted.dispatchError, undefined);
  const event = findEvent(minted.events, 'diem', 'Minted');
  assert.equal(event.data.who.toString(), alice.address);
  assert.equal(event.data.diem.toBigInt(), 10n * DIEM);
  assert.equal(event.data.vvvLocked.toBigInt(), quote);
  assert.equal(await diemBalance(alice.address), diemBefore + 10n * DIEM);
  assert.equal(await reservedBalance(api, alice.address), reservedBefore);
  const stakeAfter = await stake(alice.address);
  assert.deepEqual(stakeAfter, { ...stakeBefore, locked: stakeBefore.locked + quote });
  const locked = await submit(api, api.tx.staking.unstake(stakeAfter.staked), alice);
  assert.equal(errorName(api, locked.dispatchError), 'StakeLocked', 'locked stake cannot leave');
  const alicePosition = await api.call.diemApi.position(alice.address);
  assert.equal(alicePosition.locked.toBigInt(), positionBefore.locked.toBigInt() + quote);
  assert.equal(alicePosition.minted.toBigInt(), positionBefore.minted.toBigInt() + 10n * DIEM);

  // Bob opens his own position of 2 DIEM, then receives 3 DIEM from Alice.
  const bobDiem = await diemBalance(bob.address);
  const bobQuote = (await api.call.diemApi.quoteMint(2n * DIEM)).asOk.toBigInt();
  assert.ok(bobQuote > quote / 5n, 'the rate has risen with the supply');
  assert.equal((await submit(api, api.tx.diem.mint(2n * DIEM, bobQuote), bob)).dispatchError, undefined);
  const sent = await submit(api, api.tx.assets.transfer(DIEM_ASSET_ID, bob.address, 3n * DIEM), alice);
  assert.equal(sent.dispatchError, undefined);
  findEvent(sent.events, 'assets', 'Transferred');
  assert.equal(await diemBalance(bob.address), bobDiem + 5n * DIEM);

  // Bob cannot repay more than his position minted, then repays all of it.
  const tooMuch = await submit(api, api.tx.diem.repay(3n * DIEM), bob);
  assert.equal(errorName(api, tooMuch.dispatchError), 'RepayExceedsPosition');
  assert.equal((await stake(bob.address)).locked, bobQuote);
  const repaid = await submit(api, api.tx.diem.repay(2n * DIEM), bob);
  assert.equal(repaid.dispatchError, undefined);
  const repaidEvent = findEvent(repaid.events, 'diem', 'Repaid');
  assert.equal(repaidEvent.data.diem.toBigInt(), 2n * DIEM);
  assert.equal(repaidEvent.data.vvvReleased.toBigInt(), bobQuote, 'the whole collateral comes back');
  assert.equal((await stake(bob.address)).locked, 0n, 'repaying frees the stake');
  assert.equal(await diemBalance(bob.address), bobDiem + 3n * DIEM);
  assert.equal((await api.call.diemApi.position(bob.address)).minted.toBigInt(), 0n);

  // The DIEM supply is what the positions minted: Alice's 10 DIEM more than before.
  const supply = (await api.query.assets.asset(DIEM_ASSET_ID)).unwrap().supply.toBigInt();
  assert.equal(supply, supplyBefore + 10n * DIEM);
  assert.equal((await api.query.diem.totalMinted()).toBigInt(), supply);
});
