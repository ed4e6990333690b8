// Claims of VVV held on Base (docs/claims.md), with the dev snapshot's third and fourth Hardhat
// keys (the dashboard's browser test claims with the first two), signing as MetaMask does
// (ethers' `signMessage`: EIP-191 `personal_sign`) the message the runtime API gives, and
// submitting the claim unsigned. First the bad claims, while both claims are unclaimed, so each
// is refused for its own reason: in the pool, by the claims pallet's error named from the metadata,
// never included, nothing changed. Then the third key's 2,000 VVV reach a fresh account that had
// nothing (the pot pays them), and the fourth key's 3,000 VVV, all vesting, leave a schedule and a
// lock on theirs. Last, a second claim is refused as `AlreadyClaimed`.
//
// The hand-built message checks the documented format: for this chain it must be the runtime
// API's, byte for byte; for another genesis hash it is a signature for another chain.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { compactAddLength, compactStripLength, stringToU8a, u8aConcat, u8aEq, u8aToHex } from '@polkadot/util';
import { decodeAddress, randomAsU8a } from '@polkadot/util-crypto';
import { getBytes, hexlify, Wallet } from 'ethers';
import { collectHeaders, findEvent, freeBalance, submitUnsigned, useChain, VVV } from '../lib/chain.mjs';

let api;
/** Fresh accounts with no VVV: the claims' destinations. */
let fresh;
let palletIndex;
// One hook: the connection and what the tests read of it (a second root `before` may run
// before the connection's has resolved).
useChain((chain) => {
  ({ api } = chain);
  const keyring = new Keyring({ type: 'sr25519' });
  fresh = Array.from({ length: 4 }, () => keyring.addFromSeed(randomAsU8a(32)).address);
  palletIndex = api.runtimeMetadata.asLatest.pallets.find((p) => p.name.toString() === 'Claims')?.index.toNumber();
});

/** The dev snapshot's third and fourth claims: Hardhat's public test keys, never to hold value. */
const THIRD = new Wallet('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a');
const FOURTH = new Wallet('0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6');
const THIRD_AMOUNT = 2_000n * VVV;
const FOURTH_AMOUNT = 3_000n * VVV;
/** The fourth claim's vesting: all of it, unlocking over 30,000 blocks from block 0. */
const FOURTH_VESTING = { locked: FOURTH_AMOUNT, start: 0, length: 30_000 };
/** The claims pallet's errors in index order: a refusal's code is its error's index. */
const ERRORS = ['MalformedSignature', 'WrongSignature', 'UnknownAddress', 'AlreadyClaimed', 'VestingLimit', 'ClaimExists', 'BelowMinimum', 'InvalidVesting', 'PotShort', 'Paused'];


/** The pot: `PalletId(*b"dm/claim")`'s account, "modl" and the id padded with zeros to 32 bytes. */
const pot = () => api.createType('AccountId', u8aConcat(stringToU8a('modl'), stringToU8a('dm/claim'), new Uint8Array(20))).toString();

/**
 * The exact bytes to sign to claim to `dest`, from the runtime API. polkadot.js 16.5.6 hands a
 * runtime call's `Vec<u8>` over as `Bytes` holding its whole SCALE encoding: the compact length
 * in front is stripped.
 */
const messageFor = async (dest) => compactStripLength((await api.call.claimsApi.claimMessage(dest)).toU8a(true))[1];

/**
 * The message docs/claims.md specifies, built by hand: the destination's 32 bytes and the genesis
 * hash in lowercase hex, and the statement after a blank line if the chain sets one.
 */
function documentedMessage(dest, genesisHash, statement) {
  const hex = (bytes) => u8aToHex(bytes).slice(2);
  const text = stringToU8a(`Claim VVV to the DIEM account 0x${hex(decodeAddress(dest))} on the chain 0x${hex(genesisHash)}`);
  return statement === null ? text : u8aConcat(text, stringToU8a('\n\n'), statement);
}

/** The chain's statement (bytes), or null. */
async function statement() {
  const set = await api.query.claims.statement();
  return set.isSome ? set.unwrap().toU8a(true) : null;
}

/** The claim of `signer` (an Ethereum address) to `dest` with `signature`, unsigned. */
const claimTx = (dest, signer, signature) => api.tx.claims.claim(dest, signer.toLowerCase(), signature);

/** `wallet`'s `personal_sign` of the runtime API's message for `dest`. */
const signedFor = async (wallet, dest) => wallet.signMessage(await messageFor(dest));

/** An unclaimed claim's VVV in storage, 0 without one. */
async function owed(address) {
  const amount = await api.query.claims.claims(address.toLowerCase());
  return amount.isSome ? amount.unwrap().toBigInt() : 0n;
}

/** What the claims change, for "nothing changed". */
async function snapshot(destinations) {
  return {
    third: await owed(THIRD.address),
    fourth: await owed(FOURTH.address),
    total: (await api.query.claims.total()).toBigInt(),
    pot: await freeBalance(api, pot()),
    destinations: await Promise.all(destinations.map((d) => freeBalance(api, d))),
  };
}

/**
 * Submits `tx` and expects the pool to refuse it with a claims error: the error's name, from the
 * metadata by the code of `1010: Invalid Transaction: Custom error: <code>`. The runtime's own
 * validation of the transaction (TaggedTransactionQueue) must give the same code.
 */
async function refusal(tx) {
  let code;
  await assert.rejects(api.rpc.author.submitExtrinsic(tx), (err) => {
    const match = /^1010: Invalid Transaction: Custom error: (\d+)$/.exec(err.message);
    assert.ok(match, `a custom refusal, got: ${err.message}`);
    code = Number(match[1]);
    return true;
  });
  const validity = await validate(tx);
  assert.ok(validity.isErr && validity.asErr.isInvalid && validity.asErr.asInvalid.isCustom, `refused as custom: ${validity.toString()}`);
  assert.equal(validity.asErr.asInvalid.asCustom.toNumber(), code);
  const { section, name } = api.registry.findMetaError(new Uint8Array([palletIndex, code]));
  assert.equal(section, 'claims');
  return name;
}

/**
 * The pool's validation of `tx` at the best block, as the node runs it. Called through
 * `state_call` with the arguments encoded here: polkadot.js 16.5.6's `api.call` encodes the
 * extrinsic argument without its length, which the runtime refuses as a codec error.
 */
async function validate(tx) {
  const best = await api.rpc.chain.getBlockHash();
  const input = u8aConcat(api.createType('TransactionSource', 'External').toU8a(), tx.toU8a(), best.toU8a());
  const output = await api.rpc.state.call('TaggedTransactionQueue_validate_transaction', u8aToHex(input), best);
  return api.createType('TransactionValidity', output.toU8a(true));
}

/** The `claims.claim` extrinsics of the blocks after `from` up to the best one. */
async function claimsIncludedAfter(from) {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const found = [];
  for (let n = from + 1; n <= best; n += 1) {
    const { block } = await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(n));
    found.push(...block.extrinsics.filter((x) => x.method.section === 'claims' && x.method.method === 'claim'));
  }
  return found;
}

/** The `ClaimState` the runtime API gives for `address`, as plain values. */
async function claimOf(address) {
  const state = await api.call.claimsApi.claimOf(address.toLowerCase());
  if (state.isUnclaimed) {
    const { amount, vesting } = state.asUnclaimed;
    const terms = vesting.isSome ? vesting.unwrap() : null;
    return {
      kind: 'Unclaimed',
      amount: amount.toBigInt(),
      vesting: terms && { locked: terms.locked.toBigInt(), start: terms.start.toNumber(), length: terms.length.toNumber() },
    };
  }
  if (state.isClaimed) {
    const { dest, amount, at } = state.asClaimed;
    return { kind: 'Claimed', dest: dest.toString(), amount: amount.toBigInt(), at: at.toNumber() };
  }
  return { kind: state.type };
}

test('the dev snapshot: the third and fourth keys are owed 2,000 and 3,000 VVV, backed by the pot', async () => {
  // Hardhat's third and fourth test accounts.
  assert.equal(THIRD.address, '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC');
  assert.equal(FOURTH.address, '0x90F79bf6EB2c4f870365E785982E1f101E93b906');
  assert.equal(palletIndex, 24, 'the Claims pallet at index 24');
  // The refusals' codes are the errors' indices, as documented.
  assert.deepEqual(
    ERRORS.map((_, code) => api.registry.findMetaError(new Uint8Array([palletIndex, code])).name),
    ERRORS,
  );
  assert.deepEqual(await claimOf(THIRD.address), { kind: 'Unclaimed', amount: THIRD_AMOUNT, vesting: null });
  assert.deepEqual(await claimOf(FOURTH.address), { kind: 'Unclaimed', amount: FOURTH_AMOUNT, vesting: FOURTH_VESTING });
  assert.equal(await owed(THIRD.address), THIRD_AMOUNT);
  assert.equal(await owed(FOURTH.address), FOURTH_AMOUNT);
  assert.deepEqual((await claimOf(Wallet.createRandom().address)).kind, 'None');
  assert.equal(pot(), '5EYCAe5gKiHsRMXDZLtFnpa1Qr6oZUjjvdmbBYQecA9MFH4x', 'the pot docs/claims.md names');
  const total = (await api.query.claims.total()).toBigInt();
  assert.ok(total >= THIRD_AMOUNT + FOURTH_AMOUNT, `Total ${total} holds the e2e claims`);
  assert.ok((await freeBalance(api, pot())) >= total, 'the pot backs every claim');
});

test('the message is the documented text: built by hand for this chain, it is the runtime API’s', async () => {
  for (const dest of fresh.slice(0, 2)) {
    const built = documentedMessage(dest, api.genesisHash.toU8a(), await statement());
    const given = await messageFor(dest);
    assert.ok(u8aEq(built, given), `hand-built:\n${new TextDecoder().decode(built)}\nruntime API:\n${new TextDecoder().decode(given)}`);
  }
  assert.ok(!u8aEq(await messageFor(fresh[0]), await messageFor(fresh[1])), 'each destination has its own message');
});

test('bad claims are refused in the pool by name, never included, and change nothing', async () => {
  const [destA, destB] = fresh;
  const before = await snapshot([destA, destB]);
  const from = (await api.rpc.chain.getHeader()).number.toNumber();
  const good = await signedFor(THIRD, destA);

  // Signed by another key.
  const other = Wallet.createRandom();
  assert.equal(await refusal(claimTx(destA, THIRD.address, await signedFor(other, destA))), 'WrongSignature');
  // The message of another chain: the same text with another genesis hash.
  const elsewhere = documentedMessage(destA, randomAsU8a(32), await statement());
  assert.equal(await refusal(claimTx(destA, THIRD.address, await THIRD.signMessage(elsewhere))), 'WrongSignature');
  // A signature for destA submitted for destB: a claim seen in the pool cannot be redirected.
  assert.equal(await refusal(claimTx(destB, THIRD.address, good)), 'WrongSignature');
  // Not a recoverable signature: v = 5, and r = s = 0.
  const badV = getBytes(good);
  badV[64] = 5;
  assert.equal(await refusal(claimTx(destA, THIRD.address, hexlify(badV))), 'MalformedSignature');
  const zeros = new Uint8Array(65);
  zeros[64] = 27;
  assert.equal(await refusal(claimTx(destA, THIRD.address, hexlify(zeros))), 'MalformedSignature');
  // A valid signature of an address with no claim.
  const stranger = Wallet.createRandom();
  assert.equal(await refusal(claimTx(destA, stranger.address, await signedFor(stranger, destA))), 'UnknownAddress');
  // The good signature itself would pass: the refusals were for what each changed.
  const validity = await validate(claimTx(destA, THIRD.address, good));
  assert.ok(validity.isOk, validity.toString());
  assert.ok([27, 28].includes(getBytes(good)[64]), 'ethers gives v as 27 or 28, as MetaMask does');

  // None reached the pool or a block.
  assert.deepEqual((await api.rpc.author.pendingExtrinsics()).filter((x) => x.method.section === 'claims'), []);
  await collectHeaders((cb) => api.rpc.chain.subscribeNewHeads(cb), (seen) => seen.length >= 2, 30_000);
  assert.deepEqual(await claimsIncludedAfter(from), []);
  assert.deepEqual(await snapshot([destA, destB]), before);
});

test("the third key's valid unsigned claim pays its 2,000 VVV from the pot to a fresh account", async () => {
  const dest = fresh[0];
  assert.equal(await freeBalance(api, dest), 0n, 'the destination has no VVV');
  const tx = claimTx(dest, THIRD.address, await signedFor(THIRD, dest));
  // The pool's view: valid for 64 blocks, propagated, one claim per address in the pool.
  const validity = await validate(tx);
  assert.ok(validity.isOk, validity.toString());
  const valid = validity.asOk;
  assert.equal(valid.longevity.toNumber(), 64);
  assert.equal(valid.propagate.isTrue, true);
  const tag = u8aConcat(compactAddLength(stringToU8a('claims')), getBytes(THIRD.address));
  assert.deepEqual(valid.provides.map((t) => t.toHex()), [u8aToHex(tag)], 'provides ("claims", signer)');

  const { blockHash, events, dispatchError } = await submitUnsigned(tx);
  assert.equal(dispatchError, undefined, dispatchError?.toString());
  const claimed = findEvent(events, 'claims', 'Claimed');
  assert.equal(claimed.data.signer.toHex(), THIRD.address.toLowerCase());
  assert.equal(claimed.data.dest.toString(), dest);
  assert.equal(claimed.data.amount.toBigInt(), THIRD_AMOUNT);
  assert.equal(claimed.data.vested.toBigInt(), 0n);
  findEvent(events, 'system', 'ExtrinsicSuccess');
  assert.ok(!events.some(({ event }) => event.section === 'transactionPayment'), 'an unsigned claim pays no fee');

  const { block } = await api.rpc.chain.getBlock(blockHash);
  const included = block.extrinsics.find((x) => x.hash.eq(tx.hash));
  assert.ok(included, 'the claim in its block');
  assert.equal(included.isSigned, false);
  const number = block.header.number.toNumber();
  const parent = block.header.parentHash;
  const [at, atParent] = await Promise.all([api.at(blockHash), api.at(parent)]);
  assert.equal(await freeBalance(api, dest, parent), 0n);
  assert.equal(await freeBalance(api, dest, blockHash), THIRD_AMOUNT);
  assert.equal(await freeBalance(api, pot(), blockHash), (await freeBalance(api, pot(), parent)) - THIRD_AMOUNT, 'the pot paid it');
  assert.equal((await at.query.claims.total()).toBigInt(), (await atParent.query.claims.total()).toBigInt() - THIRD_AMOUNT);
  assert.ok((await at.query.claims.claims(THIRD.address.toLowerCase())).isNone, 'no longer owed');
  const record = (await at.query.claims.claimed(THIRD.address.toLowerCase())).unwrap();
  assert.deepEqual({ dest: record.dest.toString(), amount: record.amount.toBigInt(), at: record.at.toNumber() }, { dest, amount: THIRD_AMOUNT, at: number });
  assert.deepEqual(await claimOf(THIRD.address), { kind: 'Claimed', dest, amount: THIRD_AMOUNT, at: number });
  assert.ok((await at.query.vesting.vesting(dest)).isNone, 'no vesting');
  assert.equal((await at.query.system.account(dest)).data.frozen.toBigInt(), 0n, 'nothing locked');
});

test("the fourth key's vested claim leaves its 3,000 VVV in a vesting schedule, locked", async () => {
  const dest = fresh[2];
  const tx = claimTx(dest, FOURTH.address, await signedFor(FOURTH, dest));
  const { blockHash, events, dispatchError } = await submitUnsigned(tx);
  assert.equal(dispatchError, undefined, dispatchError?.toString());
  const claimed = findEvent(events, 'claims', 'Claimed');
  assert.equal(claimed.data.amount.toBigInt(), FOURTH_AMOUNT);
  assert.equal(claimed.data.vested.toBigInt(), FOURTH_AMOUNT);

  const at = await api.at(blockHash);
  const number = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
  assert.equal(await freeBalance(api, dest, blockHash), FOURTH_AMOUNT);
  const schedules = await at.query.vesting.vesting(dest);
  assert.ok(schedules.isSome, 'a vesting schedule');
  const perBlock = FOURTH_VESTING.locked / BigInt(FOURTH_VESTING.length);
  assert.deepEqual(
    schedules.unwrap().map((s) => ({ locked: s.locked.toBigInt(), perBlock: s.perBlock.toBigInt(), start: s.startingBlock.toNumber() })),
    [{ locked: FOURTH_AMOUNT, perBlock, start: 0 }],
  );
  // pallet-vesting locks what is still locked at the block: it has unlocked since block 0.
  const stillLocked = FOURTH_AMOUNT - perBlock * BigInt(number);
  const lock = (await at.query.balances.locks(dest)).find((l) => l.id.toUtf8() === 'vesting ');
  assert.ok(lock, 'a vesting lock');
  assert.equal(lock.amount.toBigInt(), stillLocked);
  assert.equal((await at.query.system.account(dest)).data.frozen.toBigInt(), stillLocked);
  assert.ok((await at.query.claims.vesting(FOURTH.address.toLowerCase())).isNone, 'the claim’s vesting moved to the account');
  assert.equal((await claimOf(FOURTH.address)).kind, 'Claimed');
});

test('a second claim of an address is refused as AlreadyClaimed, a replay too, and changes nothing', async () => {
  const [paid, , , other] = fresh;
  const before = await snapshot([paid, other]);
  const record = (await api.query.claims.claimed(THIRD.address.toLowerCase())).toHex();
  // A new signature, for another account.
  assert.equal(await refusal(claimTx(other, THIRD.address, await signedFor(THIRD, other))), 'AlreadyClaimed');
  // The paid claim again, byte for byte (a signature is deterministic, RFC 6979): the pool may
  // still know its hash (`1013: Transaction Already Imported`); the runtime's validation, which
  // decides once the pool has forgotten it, says AlreadyClaimed.
  const replay = claimTx(paid, THIRD.address, await signedFor(THIRD, paid));
  await assert.rejects(api.rpc.author.submitExtrinsic(replay), /(1013: Transaction Already Imported|1010: Invalid Transaction: Custom error: 3)/);
  const validity = await validate(replay);
  assert.equal(validity.isErr && validity.asErr.isInvalid && validity.asErr.asInvalid.isCustom && validity.asErr.asInvalid.asCustom.toNumber(), 3);
  assert.equal(api.registry.findMetaError(new Uint8Array([palletIndex, 3])).name, 'AlreadyClaimed');
  assert.equal(await refusal(claimTx(other, FOURTH.address, await signedFor(FOURTH, other))), 'AlreadyClaimed');
  assert.deepEqual(await snapshot([paid, other]), before);
  assert.equal((await api.query.claims.claimed(THIRD.address.toLowerCase())).toHex(), record, 'the record names the first claim');
});
