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
  const rate = await api.call.diemApi.mintRate();
  assert.ok(rate.isOk);
  assert.equal(rate.asOk.toBigInt(), 90n * VVV, 'the base rate at zero supply');
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
  // held as it was.
  const quote = (await api.call.diemApi.quoteMint(10n * DIEM)).asOk.toBigInt();
  const reservedBefore = await reservedBalance(api, alice.address);
  const stakeBefore = await stake(alice.address);
  const minted = await submit(api, api.tx.diem.mint(10n * DIEM, quote), alice);
  assert.equal(minted.dispatchError, undefined);
  const event = findEvent(minted.events, 'diem', 'Minted');
  assert.equal(event.data.who.toString(), alice.address);
  assert.equal(event.data.diem.toBigInt(), 10n * DIEM);
  assert.equal(event.data.vvvLocked.toBigInt(), quote);
  assert.equal(await diemBalance(alice.address), 10n * DIEM);
  assert.equal(await reservedBalance(api, alice.address), reservedBefore);
  assert.deepEqual(await stake(alice.address), { ...stakeBefore, locked: stakeBefore.locked + quote });
  const locked = await submit(api, api.tx.staking.unstake(2_000n * VVV), alice);
  assert.equal(errorName(api, locked.dispatchError), 'StakeLocked', 'locked stake cannot leave');
  const alicePosition = await api.call.diemApi.position(alice.address);
  assert.equal(alicePosition.locked.toBigInt(), quote);
  assert.equal(alicePosition.minted.toBigInt(), 10n * DIEM);

  // Bob opens his own position of 2 DIEM, then receives 3 DIEM from Alice.
  const bobQuote = (await api.call.diemApi.quoteMint(2n * DIEM)).asOk.toBigInt();
  assert.ok(bobQuote > quote / 5n, 'the rate has risen with the supply');
  assert.equal((await submit(api, api.tx.diem.mint(2n * DIEM, bobQuote), bob)).dispatchError, undefined);
  const sent = await submit(api, api.tx.assets.transfer(DIEM_ASSET_ID, bob.address, 3n * DIEM), alice);
  assert.equal(sent.dispatchError, undefined);
  findEvent(sent.events, 'assets', 'Transferred');
  assert.equal(await diemBalance(bob.address), 5n * DIEM);

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
  assert.equal(await diemBalance(bob.address), 3n * DIEM);
  assert.equal((await api.call.diemApi.position(bob.address)).minted.toBigInt(), 0n);

  // The DIEM supply is what the positions minted.
  const supply = (await api.query.assets.asset(DIEM_ASSET_ID)).unwrap().supply.toBigInt();
  assert.equal(supply, 10n * DIEM);
});
