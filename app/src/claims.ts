// Claims of VVV held on Base (docs/claims.md) as the claim card shows them: an Ethereum address
// checked and written with its EIP-55 checksum, a claim's vesting in blocks and approximate dates,
// a refusal of the transaction pool named by the claims pallet's error, and the EIP-1193 wallet
// (MetaMask) requests the card makes. No view code and no chain reads here: the wallet and the
// metadata's errors are passed in, so the unit tests run them against stand-ins.

import { stringToU8a, u8aToHex } from '@polkadot/util';
import { keccakAsU8a } from '@polkadot/util-crypto';
import { describeSubmitError, type Failure } from './errors';
import { formatToken, type Token } from './format';

/** The claims pallet's index in the runtime (docs/claims.md), for when the metadata is not read. */
export const CLAIMS_PALLET_INDEX = 24;

/** The chain's block time (2 s), for dates when the chain's own is not at hand. */
export const BLOCK_TIME_MS = 2_000;

/** A typed or given Ethereum address: checksummed (EIP-55), or why it is refused. */
export type ParsedAddress = { ok: true; address: string } | { ok: false; reason: string };

/**
 * `0x` and 40 hex digits with the EIP-55 checksum: a letter is a capital when the matching hex
 * digit of the keccak-256 of the lowercase address (its 40 ASCII digits) is 8 or more.
 */
export function toChecksumAddress(address: string): string {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) throw new Error(`not an Ethereum address: ${address}`);
  const lower = address.slice(2).toLowerCase();
  const hash = keccakAsU8a(stringToU8a(lower));
  const digits = [...lower].map((c, i) => {
    const nibble = i % 2 === 0 ? hash[i >> 1] >> 4 : hash[i >> 1] & 0x0f;
    return nibble >= 8 ? c.toUpperCase() : c;
  });
  return `0x${digits.join('')}`;
}

/**
 * An Ethereum address as text: checksummed, or why it is refused. An address in one case (all
 * lowercase, as wallets answer, or all capitals) carries no checksum and is taken; one in mixed
 * case must match its checksum, which catches most typos.
 */
export function parseEthAddress(text: string): ParsedAddress {
  const trimmed = text.trim();
  if (!/^0x[0-9a-fA-F]{40}$/.test(trimmed)) return { ok: false, reason: 'An Ethereum address is 0x and 40 hex digits' };
  const digits = trimmed.slice(2);
  const checksummed = toChecksumAddress(trimmed);
  const oneCase = digits === digits.toLowerCase() || digits === digits.toUpperCase();
  if (!oneCase && checksummed !== trimmed) {
    return { ok: false, reason: 'The capitals do not match the address’s checksum (EIP-55): a mistyped address?' };
  }
  return { ok: true, address: checksummed };
}

/** How a claim vests: of its VVV, `locked` unlock linearly over `length` blocks from block `start`. */
export interface VestingTerms {
  locked: bigint;
  start: number;
  length: number;
}

/** What the chain knows of an address's claim (the runtime API's `ClaimState`). */
export type ClaimState =
  | { kind: 'none' }
  | { kind: 'unclaimed'; amount: bigint; vesting: VestingTerms | null }
  | { kind: 'claimed'; dest: string; amount: bigint; at: number };

/** A vesting schedule as the card shows it: blocks, the VVV a block, and approximate times. */
export interface VestingSchedule extends VestingTerms {
  /** The VVV unlocked a block: the locked over the length, rounded up as the pallet rounds it. */
  perBlock: bigint;
  /** The block by which all of it is unlocked. */
  end: number;
  /** Still locked at the block the schedule was read at. */
  lockedNow: bigint;
  /** About when `start` and `end` are (Unix ms), at the chain's block time. */
  startsAt: number;
  endsAt: number;
}

/**
 * `terms` as blocks and times, seen at block `now` (with its timestamp): what `pallet-vesting`
 * locks once the claim is paid. Times are estimates: `blockTimeMs` a block from `now` on.
 */
export function vestingSchedule(terms: VestingTerms, now: { block: number; timestamp: number }, blockTimeMs = BLOCK_TIME_MS): VestingSchedule {
  const length = BigInt(Math.max(terms.length, 1));
  // The pallet rounds up, so the schedule ends by start + length and never unlocks nothing.
  const perBlock = terms.locked === 0n ? 0n : (terms.locked + length - 1n) / length;
  const unlocked = perBlock * BigInt(Math.max(now.block - terms.start, 0));
  const end = terms.start + terms.length;
  const timeOf = (block: number) => now.timestamp + (block - now.block) * blockTimeMs;
  return {
    ...terms,
    perBlock,
    end,
    lockedNow: unlocked >= terms.locked ? 0n : terms.locked - unlocked,
    startsAt: timeOf(terms.start),
    endsAt: timeOf(end),
  };
}

/** A time as a person reads it ("1 Jan 2026, 12:00"); `timeZone` for tests, else the reader's. */
export function formatWhen(ms: number, timeZone?: string): string {
  return new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** A block number as the page writes it ("#1,100"). */
export const blockLabel = (block: number) => `#${block.toLocaleString('en-US')}`;

/**
 * A schedule in words: "4,000 VVV locked, unlocking 4 VVV a block from block #100 (about …)
 * until block #1,100 (about …)".
 */
export function describeVesting(schedule: VestingSchedule, token: Token, timeZone?: string): string {
  return (
    `${formatToken(schedule.locked, token)} locked, unlocking ${formatToken(schedule.perBlock, token)} a block ` +
    `from block ${blockLabel(schedule.start)} (about ${formatWhen(schedule.startsAt, timeZone)}) ` +
    `until block ${blockLabel(schedule.end)} (about ${formatWhen(schedule.endsAt, timeZone)})`
  );
}

/**
 * The claims pallet's errors by index, which is a refusal's code (docs/claims.md), and what each
 * means to a claimant.
 */
export const CLAIM_ERRORS: readonly { name: string; meaning: string }[] = [
  { name: 'MalformedSignature', meaning: 'The signature is not a valid Ethereum signature (its v, r or s is out of range): sign again with the wallet.' },
  {
    name: 'WrongSignature',
    meaning:
      'The signature is not this Ethereum address’s over this chain’s claim message for this account: it was signed by another key, or for another account, chain or statement.',
  },
  { name: 'UnknownAddress', meaning: 'This Ethereum address has no VVV to claim on this chain.' },
  { name: 'AlreadyClaimed', meaning: 'This Ethereum address’s VVV has already been claimed.' },
  { name: 'VestingLimit', meaning: 'The account already has as many vesting schedules as it may hold: claim to another account.' },
  { name: 'ClaimExists', meaning: 'The address already has a claim, or has claimed.' },
  { name: 'BelowMinimum', meaning: 'The amount is below the existential deposit.' },
  { name: 'InvalidVesting', meaning: 'The vesting locks nothing or more than the claim, or unlocks over no block.' },
  { name: 'PotShort', meaning: 'The claims pot cannot pay the claims’ total and the new claim (or, for a claim, this one).' },
  { name: 'Paused', meaning: 'Claims are not taken now: the chain is in safe mode. Try again when it ends.' },
];

/** What naming a refusal needs of the chain's metadata: its errors, and the claims pallet's index. */
export interface ClaimsMetadata {
  palletIndex: number;
  registry: { findMetaError(index: Uint8Array): { name: string; docs: string[] } };
}

/**
 * The `InvalidTransaction::Custom` code of a refusal by the pool, or null if it is not one. The
 * node answers `1010: Invalid Transaction: Custom error: 3`; polkadot.js's error carries that as
 * its message and the `Custom error: 3` part as its `data`.
 */
export function customErrorCode(error: unknown): number | null {
  const texts: unknown[] = [error];
  if (typeof error === 'object' && error !== null) texts.push((error as { message?: unknown }).message, (error as { data?: unknown }).data);
  for (const text of texts) {
    const match = typeof text === 'string' ? /Custom error: (\d+)/.exec(text) : null;
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * A claim the node refused, by name and meaning: a refusal by the pool with a custom code is the
 * claims pallet's error of that index (named by the metadata when given, else by the table of
 * docs/claims.md); anything else as `describeSubmitError` names it.
 */
export function describeClaimRefusal(error: unknown, metadata?: ClaimsMetadata | null): Failure {
  const code = customErrorCode(error);
  if (code === null) return describeSubmitError(error);
  let found: { name: string; docs: string[] } | null = null;
  if (metadata) {
    try {
      found = metadata.registry.findMetaError(new Uint8Array([metadata.palletIndex, code]));
    } catch {
      // An index the metadata does not have: the table's name, if it has one.
    }
  }
  const name = found?.name ?? CLAIM_ERRORS[code]?.name ?? `Custom${code}`;
  const meaning =
    CLAIM_ERRORS.find((e) => e.name === name)?.meaning ||
    found?.docs.join(' ').trim() ||
    `The transaction pool refused the claim with the code ${code}.`;
  return { name, source: 'claims', meaning };
}

/** An EIP-1193 provider (MetaMask's `window.ethereum`): its requests and the one event the card follows. */
export interface Eip1193Provider {
  request(args: { method: string; params?: unknown[] }): Promise<unknown>;
  on?(event: 'accountsChanged', listener: (accounts: unknown) => void): void;
  removeListener?(event: 'accountsChanged', listener: (accounts: unknown) => void): void;
}

/** A wallet's refusal or failure, named. */
export class WalletError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.meaning);
    this.name = 'WalletError';
  }
}

/** EIP-1193's error codes, by name and meaning. */
const WALLET_ERRORS: Record<number, [string, string]> = {
  4001: ['Rejected', 'You declined the request in the wallet.'],
  4100: ['Unauthorized', 'The wallet has not allowed this page to use the account: connect it again.'],
  4200: ['Unsupported', 'The wallet does not support this request.'],
  4900: ['Disconnected', 'The wallet is disconnected.'],
  4901: ['Disconnected', 'The wallet is disconnected.'],
  [-32002]: ['RequestPending', 'The wallet already has a request of this page waiting: open the wallet to answer it.'],
};

/** A failed wallet request by name: EIP-1193's codes (4001 declined…), else the wallet's message. */
export function describeWalletError(error: unknown): Failure {
  if (error instanceof WalletError) return error.failure;
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  const known = typeof code === 'number' ? WALLET_ERRORS[code] : undefined;
  if (known) return { name: known[0], source: 'wallet', meaning: known[1] };
  return { name: 'WalletError', source: 'wallet', meaning: text };
}

/** The first account of a wallet's answer (an array of addresses), checksummed; null if none. */
export function firstAccount(answer: unknown): string | null {
  if (!Array.isArray(answer) || answer.length === 0) return null;
  const parsed = typeof answer[0] === 'string' ? parseEthAddress(answer[0]) : null;
  if (!parsed?.ok) throw new WalletError({ name: 'BadAnswer', source: 'wallet', meaning: `The wallet gave no Ethereum address: ${String(answer[0])}` });
  return parsed.address;
}

/**
 * The wallet's account the page may use: asking its user (`eth_requestAccounts`, a prompt) or
 * not (`eth_accounts`, empty until the page was allowed). Null without one.
 */
export async function walletAccount(provider: Eip1193Provider, ask: boolean): Promise<string | null> {
  const answer = await provider.request({ method: ask ? 'eth_requestAccounts' : 'eth_accounts' });
  return firstAccount(answer);
}

/** A 65-byte `r ‖ s ‖ v` signature in hex. */
const SIGNATURE = /^0x[0-9a-fA-F]{130}$/;

/**
 * `address`'s EIP-191 `personal_sign` of `message` (its exact bytes, sent as hex so the wallet
 * signs them unchanged and shows them as text): the 65-byte signature in hex.
 */
export async function personalSign(provider: Eip1193Provider, message: Uint8Array, address: string): Promise<string> {
  const signature = await provider.request({ method: 'personal_sign', params: [u8aToHex(message), address] });
  if (typeof signature !== 'string' || !SIGNATURE.test(signature)) {
    throw new WalletError({ name: 'BadAnswer', source: 'wallet', meaning: `The wallet's signature is not 65 bytes of hex: ${String(signature)}` });
  }
  return signature;
}
