// Fast offline signing for the load harness: a signed extrinsic is assembled from its SCALE
// parts (immortal era, explicit nonce, no tip, metadata-hash mode off) instead of through
// polkadot.js's type machinery, which costs more than the signature itself. `makeSigner`
// checks the assembly against polkadot.js once per runtime (same payload, same bytes), so a
// change of the runtime's transaction extensions fails loudly instead of producing bad
// transactions.

import { compactToU8a, u8aConcat, u8aEq, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, signatureVerify } from '@polkadot/util-crypto';

/** The transaction extensions this assembly encodes, in the runtime's order. */
const EXPECTED_EXTENSIONS = [
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
];
/** `MultiSignature` variants by key type. */
const SIGNATURE_VARIANT = { ed25519: 0, sr25519: 1, ecdsa: 2 };
/** Signed, extrinsic format version 4. */
const SIGNED_V4 = 0x84;
/** `MultiAddress::Id`. */
const ADDRESS_ID = 0x00;
/** An immortal era. */
const IMMORTAL = new Uint8Array([0x00]);
/** `CheckMetadataHash` mode `Disabled`, and its implicit `None`. */
const MODE_DISABLED = new Uint8Array([0x00]);
const NO_METADATA_HASH = new Uint8Array([0x00]);

function u32le(n) {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, Number(n), true);
  return out;
}

/**
 * An offline signer for `api`'s runtime: `sign(pair, callBytes, nonce)` returns
 * `{ hex, hash }` of the signed extrinsic (hash = blake2-256 of its bytes, as the pool and
 * blocks name it). Throws if the assembly does not reproduce polkadot.js's.
 */
export function makeSigner(api, samplePair) {
  const names = api.registry.signedExtensions;
  if (names.join() !== EXPECTED_EXTENSIONS.join()) {
    throw new Error(`unexpected transaction extensions ${names.join()}; update load/sign.mjs`);
  }
  const genesis = api.genesisHash.toU8a();
  const implicit = u8aConcat(
    u32le(api.runtimeVersion.specVersion.toNumber()),
    u32le(api.runtimeVersion.transactionVersion.toNumber()),
    genesis,
    genesis, // an immortal transaction's era block is the genesis
    NO_METADATA_HASH,
  );
  const extra = (nonce) => u8aConcat(IMMORTAL, compactToU8a(nonce), compactToU8a(0), MODE_DISABLED);
  const payload = (call, nonce) => u8aConcat(call, extra(nonce), implicit);
  const assemble = (publicKey, typedSignature, call, nonce) => {
    const body = u8aConcat(
      new Uint8Array([SIGNED_V4, ADDRESS_ID]),
      publicKey,
      typedSignature,
      extra(nonce),
      call,
    );
    return u8aConcat(compactToU8a(body.length), body);
  };
  const sign = (pair, call, nonce) => {
    const variant = SIGNATURE_VARIANT[pair.type];
    if (variant === undefined) throw new Error(`no MultiSignature variant for ${pair.type}`);
    let message = payload(call, nonce);
    if (message.length > 256) message = blake2AsU8a(message, 256);
    const bytes = assemble(pair.publicKey, u8aConcat(new Uint8Array([variant]), pair.sign(message)), call, nonce);
    return { hex: u8aToHex(bytes), hash: u8aToHex(blake2AsU8a(bytes, 256)) };
  };

  // Self-check: polkadot.js signs a sample; our payload must verify against its signature and
  // our assembly around its signature must give its bytes.
  const nonce = 70_000; // a four-byte compact
  const sample = api.tx.balances.transferKeepAlive(samplePair.address, 12_345n);
  sample.sign(samplePair, {
    blockHash: api.genesisHash,
    genesisHash: api.genesisHash,
    nonce,
    runtimeVersion: api.runtimeVersion,
    signedExtensions: names,
  });
  const call = sample.method.toU8a();
  const rawSignature = sample.signature.toU8a(); // 64 bytes; the extrinsic holds the variant too
  const typedSignature = u8aConcat(new Uint8Array([SIGNATURE_VARIANT[samplePair.type]]), rawSignature);
  if (!signatureVerify(payload(call, nonce), rawSignature, samplePair.address).isValid) {
    throw new Error('load/sign.mjs: the assembled payload is not what polkadot.js signs');
  }
  if (!u8aEq(assemble(samplePair.publicKey, typedSignature, call, nonce), sample.toU8a())) {
    throw new Error('load/sign.mjs: the assembled extrinsic differs from polkadot.js');
  }
  const own = sign(samplePair, call, nonce);
  const decoded = api.createType('Extrinsic', own.hex);
  if (decoded.nonce.toNumber() !== nonce || decoded.signer.toString() !== samplePair.address || !decoded.era.isImmortalEra) {
    throw new Error('load/sign.mjs: polkadot.js does not decode the assembled extrinsic');
  }
  if (decoded.hash.toHex() !== own.hash) throw new Error('load/sign.mjs: extrinsic hash mismatch');
  return { sign };
}
