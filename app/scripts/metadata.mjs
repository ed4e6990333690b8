// The chain's metadata as the page's types are generated from it (scripts/typegen.mjs) and as the
// browser tests check it (tests/run.mjs): the newest metadata version the node offers that
// @polkadot/api reads (16, else 15; @polkadot/api asks the node the same way), whose runtime
// APIs (`diemApi`, `creditsApi`, …) are part of it. `state_getMetadata` alone answers version
// 14, which has no runtime APIs, so it is only the fallback for a node without
// `Metadata_metadata_at_version`.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactFromU8a, hexToU8a, u8aToHex } from '@polkadot/util';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The committed metadata: the JSON of a `state_getMetadata` answer (what typegen reads). */
export const METADATA_FILE = join(app, 'metadata.json');

/** The metadata versions @polkadot/api 16 reads, newest first. */
const VERSIONS = [16, 15];

/** The HTTP URL of a node's RPC given as `ws://`, `wss://`, `http://` or `https://`. */
export function httpOf(endpoint) {
  return endpoint.replace(/^ws(s?):\/\//, 'http$1://');
}

async function rpc(url, method, params = []) {
  let res;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
  } catch (error) {
    throw new Error(`no answer from the node at ${url} (${error.cause?.code ?? error.message}): is it running?`);
  }
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

/** The SCALE `u32` `n` as hex. */
const u32Hex = (n) => u8aToHex(new Uint8Array(new Uint32Array([n]).buffer));

/**
 * The metadata the node at `endpoint` serves now, as the hex of its bytes (starting with the
 * magic `meta`), with its version.
 */
export async function fetchMetadata(endpoint) {
  const url = httpOf(endpoint);
  let offered = [];
  try {
    // Vec<u32>: a compact length, then the versions.
    const bytes = hexToU8a(await rpc(url, 'state_call', ['Metadata_metadata_versions', '0x']));
    const [offset, length] = compactFromU8a(bytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset + offset);
    offered = Array.from({ length: length.toNumber() }, (_, i) => view.getUint32(i * 4, true));
  } catch {
    // A runtime without the call: only state_getMetadata.
  }
  const version = VERSIONS.find((v) => offered.includes(v));
  if (version === undefined) return { version: 14, hex: await rpc(url, 'state_getMetadata') };
  // Option<OpaqueMetadata>: 0x01, a compact length, the metadata's bytes.
  const bytes = hexToU8a(await rpc(url, 'state_call', ['Metadata_metadata_at_version', u32Hex(version)]));
  if (bytes[0] !== 1) throw new Error(`the node offers metadata v${version} but does not return it`);
  const [offset, length] = compactFromU8a(bytes.subarray(1));
  return { version, hex: u8aToHex(bytes.subarray(1 + offset, 1 + offset + length.toNumber())) };
}

/** The committed metadata's hex, or null if there is none. */
export function committedMetadata() {
  try {
    return JSON.parse(readFileSync(METADATA_FILE, 'utf8')).result;
  } catch {
    return null;
  }
}

/** The metadata's version byte (after the 4-byte magic). */
export function versionOf(hex) {
  return parseInt(hex.slice(10, 12), 16);
}
