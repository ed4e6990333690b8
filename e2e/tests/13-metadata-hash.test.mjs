// The runtime carries its RFC-78 metadata hash, so `CheckMetadataHash` can be `Enabled`: a signer
// that proves which metadata it decoded the transaction with (a hardware wallet, a light
// client) is accepted, and one whose proof does not match is refused by the pool.
//
// What the chain checks: in mode `Enabled` the signed payload ends with `Some(hash)`, and the
// runtime puts the hash it was built with (wasm-builder's `enable_metadata_hash("VVV", 18)`)
// in its place when it verifies the signature. So a transaction signed with the hash of the
// runtime's V15 metadata, merkleized with VVV and 18 decimals, is valid; any other hash makes
// the signature wrong: `InvalidTransaction::BadProof` ("Transaction has a bad signature", RPC
// error 1010). Nothing else tells the hash from outside: a runtime built without it, or with
// other token details, refuses every `Enabled` transaction here.
//
// Two independent clients sign: polkadot-api (its own metadata download, merkleization and
// extension encoding, `withMetadataHash`) and polkadot.js (`{ mode: 1, metadataHash }`, with
// the hash merkleized here from `Metadata_metadata_at_version(15)`). polkadot-api also reads
// a storage value, calls a runtime API and names a failed call's pallet error, as a wallet
// built on it would.
//
// Eve signs everything (03, 09 and 11 use her before; nothing after depends on her balance);
// the transfers go to accounts of this file alone, whose balances change by exactly what was
// sent.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { createClient } from 'polkadot-api';
import { getPolkadotSigner, withMetadataHash } from 'polkadot-api/signer';
import { getWsProvider } from 'polkadot-api/ws';
import { WebSocket } from 'ws';
import { errorName, findEvent, submit, useChain, VVV } from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

/** The native token as the runtime embedded it (runtime/build.rs). */
const NETWORK = { decimals: 18, tokenSymbol: 'VVV' };
/** How long a transaction may take to be in a block: a few 2 s blocks, generously. */
const INCLUSION_MS = 60_000;

/** Accounts that only this file pays: their balances change by exactly what was sent. */
const recipients = () => {
  const keyring = new Keyring({ type: 'sr25519' });
  return {
    papi: keyring.addFromUri('//Eve//metadata-hash//papi'),
    pjs: keyring.addFromUri('//Eve//metadata-hash//pjs'),
  };
};

// The polkadot-api client, on the node the harness started (Node 20 has no global WebSocket).
let client;
let papi;
before(() => {
  client = createClient(getWsProvider(process.env.DIEM_WS, { websocketClass: WebSocket }));
  papi = client.getUnsafeApi();
});
after(() => client?.destroy());

/** A polkadot-api signer for a polkadot.js keyring pair (sr25519). */
const papiSigner = (pair) => getPolkadotSigner(pair.publicKey, 'Sr25519', (payload) => pair.sign(payload));

/** The next nonce of `address`, counting its transactions in the pool (polkadot-api signs at
 * the finalized block by default, which may not have the latest ones yet). */
const nextNonce = async (address) => (await api.rpc.system.accountNextIndex(address)).toNumber();

/**
 * Signs `tx` with `signer`, submits it with polkadot-api and resolves with its first
 * `txBestBlocksState` that finds it in a block (`{ ok, events, block, dispatchError }`);
 * rejects with polkadot-api's error (`InvalidTxError` when the runtime refuses it).
 */
function papiSubmit(tx, signer, options) {
  return new Promise((resolve, reject) => {
    let subscription;
    const timer = setTimeout(() => {
      subscription?.unsubscribe();
      reject(new Error(`not in a block within ${INCLUSION_MS} ms`));
    }, INCLUSION_MS);
    const done = (fn) => {
      clearTimeout(timer);
      // Unsubscribing from within the callback that created it: defer.
      setImmediate(() => subscription?.unsubscribe());
      fn();
    };
    subscription = tx.signSubmitAndWatch(signer, options).subscribe({
      next: (event) => {
        if (event.type === 'txBestBlocksState' && event.found) done(() => resolve(event));
      },
      error: (error) => done(() => reject(error)),
    });
  });
}

/** The RFC-78 digest of the runtime's V15 metadata at `at` (default: best), as hex. */
async function metadataDigest(network, at) {
  const version = u8aToHex(api.createType('u32', 15).toU8a()); // SCALE: little-endian
  const raw = await api.rpc.state.call('Metadata_metadata_at_version', version, at);
  const metadata = api.createType('Option<Bytes>', raw.toU8a(true)).unwrap().toU8a(true);
  // RuntimeMetadataPrefixed: the magic "meta", then the version.
  assert.equal(Buffer.from(metadata.subarray(0, 4)).toString(), 'meta');
  assert.equal(metadata[4], 15);
  return u8aToHex(merkleizeMetadata(metadata, network).digest());
}

test('the runtime checks the metadata hash: CheckMetadataHash among the transaction extensions, in order', () => {
  assert.deepEqual(api.registry.signedExtensions, [
    'CheckNonZeroSender',
    'CheckSpecVersion',
    'CheckTxVersion',
    'CheckGenesis',
    'CheckMortality',
    'CheckNonce',
    'CheckWeight',
    'ChargeTransactionPayment',
    'CheckMetadataHash',
    'WeightReclaim',
  ]);
  assert.equal(api.registry.chainSS58, 42);
  assert.deepEqual(api.registry.chainTokens, [NETWORK.tokenSymbol]);
  assert.deepEqual(api.registry.chainDecimals, [NETWORK.decimals]);
});

test('polkadot-api signs a transfer with the metadata hash (withMetadataHash): accepted, included, the balance moves', async () => {
  const { eve } = accounts;
  const to = recipients().papi;
  const amount = 3n * VVV;
  const signer = withMetadataHash(NETWORK, papiSigner(eve));
  const tx = papi.tx.Balances.transfer_keep_alive({ dest: { type: 'Id', value: to.address }, value: amount });

  const included = await papiSubmit(tx, signer, { nonce: await nextNonce(eve.address) });
  assert.equal(included.ok, true, JSON.stringify(included.dispatchError));
  const transfer = included.events.find((e) => e.type === 'Balances' && e.value.type === 'Transfer');
  assert.ok(transfer, `a Balances.Transfer among ${included.events.map((e) => `${e.type}.${e.value.type}`)}`);
  assert.deepEqual(
    [transfer.value.value.from, transfer.value.value.to, transfer.value.value.amount],
    [eve.address, to.address, amount],
  );

  // The block polkadot-api found it in, read with polkadot.js: the extrinsic is signed in mode
  // Enabled (1), so the runtime did check the hash, and the balances moved by the amount (and
  // the sender paid the fee on top).
  const { block } = await api.rpc.chain.getBlock(included.block.hash);
  const extrinsic = block.extrinsics[included.block.index];
  assert.equal(extrinsic.hash.toHex(), included.txHash);
  assert.equal(extrinsic.mode.toNumber(), 1, 'CheckMetadataHash mode Enabled');
  assert.equal(extrinsic.signer.toString(), eve.address);
  const at = await api.at(included.block.hash);
  const parent = await api.at(block.header.parentHash);
  const toBefore = (await parent.query.system.account(to.address)).data.free.toBigInt();
  assert.equal((await at.query.system.account(to.address)).data.free.toBigInt() - toBefore, amount);
  const fee = included.events.find((e) => e.type === 'TransactionPayment' && e.value.type === 'TransactionFeePaid');
  assert.ok(fee, 'a TransactionPayment.TransactionFeePaid event');
  const eveBefore = (await parent.query.system.account(eve.address)).data.free.toBigInt();
  const eveAfter = (await at.query.system.account(eve.address)).data.free.toBigInt();
  assert.equal(eveBefore - eveAfter, amount + fee.value.value.actual_fee);
});

test('polkadot-api with the hash of other token details (12 decimals): the pool refuses it, BadProof', async () => {
  const { eve } = accounts;
  const signer = withMetadataHash({ ...NETWORK, decimals: 12 }, papiSigner(eve));
  const tx = papi.tx.Balances.transfer_keep_alive({ dest: { type: 'Id', value: recipients().papi.address }, value: VVV });
  await assert.rejects(papiSubmit(tx, signer, { nonce: await nextNonce(eve.address) }), (error) => {
    // polkadot-api validates against the runtime (TaggedTransactionQueue) before broadcasting.
    assert.equal(error.name, 'InvalidTxError', error.message);
    assert.equal(error.error?.type, 'Invalid', error.message);
    assert.equal(error.error?.value?.type, 'BadProof', error.message);
    return true;
  });
});

test('polkadot.js: the hash merkleized from the V15 metadata is the one the runtime embeds; a wrong one is refused', async () => {
  const { eve } = accounts;
  const to = recipients().pjs;
  const best = (await api.rpc.chain.getHeader()).hash;
  const digest = await metadataDigest(NETWORK, best);
  assert.match(digest, /^0x[0-9a-f]{64}$/);
  // The same digest with the chain's own facts checked by the merkleizer (it throws on a
  // mismatch): spec name and version, ss58 prefix.
  const hinted = {
    ...NETWORK,
    specName: api.runtimeVersion.specName.toString(),
    specVersion: api.runtimeVersion.specVersion.toNumber(),
    base58Prefix: 42,
  };
  assert.equal(await metadataDigest(hinted, best), digest);

  // A wrong hash, and the hash of other token details: the signature no longer matches what
  // the runtime verifies, and the pool answers "bad signature" (InvalidTransaction::BadProof).
  const badSignature = /1010: Invalid Transaction: Transaction has a bad signature/;
  const wrong = `0x${'00'.repeat(31)}01`;
  const toBefore = (await api.query.system.account(to.address)).data.free.toBigInt();
  const otherTokens = await metadataDigest({ decimals: 12, tokenSymbol: 'UNIT' }, best);
  assert.notEqual(otherTokens, digest);
  for (const metadataHash of [wrong, otherTokens]) {
    await assert.rejects(
      submit(api, api.tx.balances.transferKeepAlive(to.address, VVV), eve, { mode: 1, metadataHash }),
      badSignature,
      `metadata hash ${metadataHash}`,
    );
  }
  // Mode Enabled with no hash at all is no better.
  await assert.rejects(submit(api, api.tx.balances.transferKeepAlive(to.address, VVV), eve, { mode: 1 }), badSignature);
  assert.equal((await api.query.system.account(to.address)).data.free.toBigInt(), toBefore, 'nothing sent');

  // The right hash: accepted and included, the transfer done.
  const amount = 2n * VVV;
  const tx = api.tx.balances.transferKeepAlive(to.address, amount);
  const result = await submit(api, tx, eve, { mode: 1, metadataHash: digest });
  assert.equal(result.dispatchError, undefined, result.dispatchError?.toString());
  assert.equal(tx.mode.toNumber(), 1);
  const transfer = findEvent(result.events, 'balances', 'Transfer');
  assert.equal(transfer.data.amount.toBigInt(), amount);
  assert.equal((await (await api.at(result.blockHash)).query.system.account(to.address)).data.free.toBigInt(), toBefore + amount);

  // polkadot-api merkleizes the metadata it downloads itself (the newest version the runtime
  // offers, V15 or V16): the same digest, or its signatures above would have been refused.
  const papiMetadata = await client.getMetadata((await client.getFinalizedBlock()).hash);
  assert.equal(u8aToHex(merkleizeMetadata(papiMetadata, NETWORK).digest()), digest);
});

test('polkadot-api reads storage and a runtime API, and names the pallet error of a failed call', async () => {
  const { eve, ferdie } = accounts;
  // At the same block, polkadot-api and polkadot.js read the same account and nonce.
  const { hash, number } = await client.getFinalizedBlock();
  const at = await api.at(hash);
  const account = await papi.query.System.Account.getValue(eve.address, { at: hash });
  const expected = await at.query.system.account(eve.address);
  assert.equal(account.nonce, expected.nonce.toNumber());
  assert.equal(account.data.free, expected.data.free.toBigInt());
  assert.equal(account.data.reserved, expected.data.reserved.toBigInt());
  const nonce = await papi.apis.AccountNonceApi.account_nonce(eve.address, { at: hash });
  assert.equal(nonce, account.nonce);
  const header = await client.getBlockHeader(hash);
  assert.equal(header.number, number);

  // A transfer of an asset that does not exist: included, failed with `Assets.Unknown`, which
  // polkadot-api decodes by name from the metadata (polkadot.js agrees).
  const tx = papi.tx.Assets.transfer({ id: 999, target: { type: 'Id', value: ferdie.address }, amount: 1n });
  const failed = await papiSubmit(tx, withMetadataHash(NETWORK, papiSigner(eve)), { nonce: await nextNonce(eve.address) });
  assert.equal(failed.ok, false);
  assert.equal(failed.dispatchError.type, 'Module', JSON.stringify(failed.dispatchError));
  assert.equal(failed.dispatchError.value.type, 'Assets');
  assert.equal(failed.dispatchError.value.value.type, 'Unknown');

  const events = await (await api.at(failed.block.hash)).query.system.events();
  const record = events.find(
    ({ phase, event }) =>
      phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === failed.block.index && event.method === 'ExtrinsicFailed',
  );
  assert.ok(record, 'System.ExtrinsicFailed of the extrinsic');
  assert.equal(errorName(api, record.event.data.dispatchError), 'Unknown');
});
