// Fast offline signing for the load harness: a signed extrinsic is assembled from its SCALE
// parts (a mortal era by default, explicit nonce, no tip, metadata-hash mode off) instead of
// through polkadot.js's type machinery, which costs more than the signature itself.
// `makeSigner` checks the assembly against polkadot.js once per runtime (same payload, same
// bytes, for the mortal and the immortal era), so a change of the runtime's transaction
// extensions fails loudly instead of producing bad transactions.
//
// Mortality (design §12): a transaction is valid for MORTAL_ERA_BLOCKS blocks from its
// checkpoint, a recent block whose number and hash it signs (`setCheckpoint`). The harness
// signs everything up front, so a transaction still unsent when fewer than
// MIN_BLOCKS_LEFT of its blocks remain is signed again against a newer checkpoint
// (`blocksLeft`). `eraBlocks: 0` signs immortal transactions (genesis checkpoint), as before.

import { compactToU8a, hexToU8a, u8aConcat, u8aEq, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, signatureVerify } from '@polkadot/util-crypto';

/**
 * The era of the harness's transactions, in blocks: 64 blocks = 128 s at the dev chain's 2 s
 * blocks (a power of two, so the encoded era is exactly this long).
 */
export const MORTAL_ERA_BLOCKS = 64;
/**
 * A mortal transaction not yet accepted is signed again when fewer blocks than this are left
 * of its era, so an accepted one has at least this long (64 s) to be included.
 */
export const MIN_BLOCKS_LEFT = MORTAL_ERA_BLOCKS / 2;

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
 * An offline signer for `api`'s runtime. `sign(pair, callBytes, nonce)` returns
 * `{ hex, hash, birth }` of the signed extrinsic (hash = blake2-256 of its bytes, as the pool
 * and blocks name it; birth = the number of the checkpoint block, null when immortal).
 * Mortal signing (`eraBlocks` > 0, default MORTAL_ERA_BLOCKS) needs `setCheckpoint({ number,
 * hash })` first. Throws if the assembly does not reproduce polkadot.js's.
 */
export function makeSigner(api, samplePair, { eraBlocks = MORTAL_ERA_BLOCKS } = {}) {
  const names = api.registry.signedExtensions;
  if (names.join() !== EXPECTED_EXTENSIONS.join()) {
    throw new Error(`unexpected transaction extensions ${names.join()}; update load/sign.mjs`);
  }
  const genesisHash = api.genesisHash.toHex();
  const versions = u8aConcat(
    u32le(api.runtimeVersion.specVersion.toNumber()),
    u32le(api.runtimeVersion.transactionVersion.toNumber()),
    hexToU8a(genesisHash),
  );

  /** The era-dependent parts for `period` blocks from `checkpoint` (period 0: immortal). */
  const eraParts = (period, checkpoint) => {
    if (period === 0) {
      // An immortal transaction's era block is the genesis.
      return { era: IMMORTAL, implicit: u8aConcat(versions, hexToU8a(genesisHash), NO_METADATA_HASH), birth: null };
    }
    const era = api.createType('ExtrinsicEra', { current: checkpoint.number, period });
    if (era.asMortalEra.period.toNumber() !== period) throw new Error(`era of ${period} blocks: not a power of two`);
    return {
      era: era.toU8a(),
      implicit: u8aConcat(versions, hexToU8a(checkpoint.hash), NO_METADATA_HASH),
      birth: era.asMortalEra.birth(checkpoint.number),
    };
  };
  const extra = (parts, nonce) => u8aConcat(parts.era, compactToU8a(nonce), compactToU8a(0), MODE_DISABLED);
  const payload = (parts, call, nonce) => u8aConcat(call, extra(parts, nonce), parts.implicit);
  const assemble = (parts, publicKey, typedSignature, call, nonce) => {
    const body = u8aConcat(
      new Uint8Array([SIGNED_V4, ADDRESS_ID]),
      publicKey,
      typedSignature,
      extra(parts, nonce),
      call,
    );
    return u8aConcat(compactToU8a(body.length), body);
  };
  const signWith = (parts, pair, call, nonce) => {
    const variant = SIGNATURE_VARIANT[pair.type];
    if (variant === undefined) throw new Error(`no MultiSignature variant for ${pair.type}`);
    let message = payload(parts, call, nonce);
    if (message.length > 256) message = blake2AsU8a(message, 256);
    const bytes = assemble(parts, pair.publicKey, u8aConcat(new Uint8Array([variant]), pair.sign(message)), call, nonce);
    return { hex: u8aToHex(bytes), hash: u8aToHex(blake2AsU8a(bytes, 256)), birth: parts.birth };
  };

  // Self-check, immortal and mortal: polkadot.js signs a sample; our payload must verify
  // against its signature, our assembly around its signature must give its bytes, and
  // polkadot.js must decode ours with the same era.
  const nonce = 70_000; // a four-byte compact
  const sampleCheckpoint = { number: 1_000_003, hash: u8aToHex(blake2AsU8a('load/sign.mjs checkpoint', 256)) };
  for (const period of [0, MORTAL_ERA_BLOCKS]) {
    const parts = eraParts(period, sampleCheckpoint);
    const sample = api.tx.balances.transferKeepAlive(samplePair.address, 12_345n);
    sample.sign(samplePair, {
      ...(period === 0
        ? { blockHash: genesisHash }
        : { blockHash: sampleCheckpoint.hash, era: api.createType('ExtrinsicEra', { current: sampleCheckpoint.number, period }) }),
      genesisHash,
      nonce,
      runtimeVersion: api.runtimeVersion,
      signedExtensions: names,
    });
    const what = period === 0 ? 'immortal' : `mortal (${period} blocks)`;
    const call = sample.method.toU8a();
    const rawSignature = sample.signature.toU8a(); // 64 bytes; the extrinsic holds the variant too
    const typedSignature = u8aConcat(new Uint8Array([SIGNATURE_VARIANT[samplePair.type]]), rawSignature);
    if (!signatureVerify(payload(parts, call, nonce), rawSignature, samplePair.address).isValid) {
      throw new Error(`load/sign.mjs: the assembled ${what} payload is not what polkadot.js signs`);
    }
    if (!u8aEq(assemble(parts, samplePair.publicKey, typedSignature, call, nonce), sample.toU8a())) {
      throw new Error(`load/sign.mjs: the assembled ${what} extrinsic differs from polkadot.js`);
    }
    const own = signWith(parts, samplePair, call, nonce);
    const decoded = api.createType('Extrinsic', own.hex);
    const eraOk = period === 0
      ? decoded.era.isImmortalEra
      : decoded.era.isMortalEra && decoded.era.asMortalEra.period.toNumber() === period &&
        decoded.era.asMortalEra.birth(sampleCheckpoint.number) === own.birth;
    if (decoded.nonce.toNumber() !== nonce || decoded.signer.toString() !== samplePair.address || !eraOk) {
      throw new Error(`load/sign.mjs: polkadot.js does not decode the assembled ${what} extrinsic`);
    }
    if (decoded.hash.toHex() !== own.hash) throw new Error(`load/sign.mjs: ${what} extrinsic hash mismatch`);
  }

  let current = eraBlocks === 0 ? eraParts(0) : undefined;
  return {
    /** The era in blocks; 0 = immortal. */
    eraBlocks,
    /** Signs from now on against block `{ number, hash }` (hash as hex); no-op when immortal. */
    setCheckpoint(checkpoint) {
      if (eraBlocks !== 0) current = eraParts(eraBlocks, checkpoint);
    },
    sign(pair, call, nonce) {
      if (!current) throw new Error('load/sign.mjs: a mortal signer needs setCheckpoint() first');
      return signWith(current, pair, call, nonce);
    },
    /**
     * How many blocks, from block `next` on, a transaction born at `birth` (its `sign` result's
     * `birth`) can still be included in; Infinity when immortal.
     */
    blocksLeft(birth, next) {
      return birth === null || eraBlocks === 0 ? Infinity : birth + eraBlocks - next;
    },
  };
}
