// Failures by name and meaning. A pallet error's name and its doc comment come from the
// chain's metadata, so the page never shows a raw `{ index, error }` code.

import type { ApiPromise } from '@polkadot/api';
import type { DispatchError } from '@polkadot/types/interfaces';

/** A failure as the page shows it. */
export interface Failure {
  /** `InsufficientCollateral`, `FundsUnavailable`, `BadOrigin`… */
  name: string;
  /** `diem`, `token`, `transaction pool`… */
  source: string;
  /** What it means, from the metadata's docs or the node's message. */
  meaning: string;
}

/** The failure of a dispatched call. */
export function describeDispatchError(api: ApiPromise, error: DispatchError): Failure {
  if (error.isModule) {
    const meta = api.registry.findMetaError(error.asModule);
    return { name: meta.name, source: meta.section, meaning: meta.docs.join(' ').trim() || meta.name };
  }
  if (error.isToken) {
    return { name: error.asToken.type, source: 'token', meaning: TOKEN_MEANINGS[error.asToken.type] ?? error.asToken.type };
  }
  if (error.isArithmetic) {
    return { name: error.asArithmetic.type, source: 'arithmetic', meaning: 'An amount overflowed or underflowed.' };
  }
  return { name: error.type, source: 'dispatch', meaning: GENERAL_MEANINGS[error.type] ?? error.type };
}

/** A pallet's error `name`, with its meaning from the metadata: for a failure foreseen. */
export function palletError(api: ApiPromise, pallet: string, name: string): Failure {
  const error = api.errors[pallet]?.[name];
  return { name, source: pallet, meaning: error ? error.meta.docs.join(' ').trim() : name };
}

/** A transaction the node refused before it reached a block, or that a signer declined. */
export function describeSubmitError(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  const pool = /^(\d+): (.*)$/.exec(message);
  if (pool) {
    const [, , text] = pool;
    // "Invalid Transaction: Inability to pay some fees , e.g. …" is named by its first clause.
    const clause = text.replace(/^Invalid Transaction: /, '').split(/[,(]/)[0].replace(/[^A-Za-z ]/g, ' ');
    const name = clause.split(/\s+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    return { name: name || 'Invalid', source: 'transaction pool', meaning: text };
  }
  if (/cancel|reject/i.test(message)) {
    return { name: 'Rejected', source: 'signer', meaning: 'The signer declined to sign.' };
  }
  return { name: 'SubmitFailed', source: 'node', meaning: message };
}

const TOKEN_MEANINGS: Record<string, string> = {
  FundsUnavailable: 'The account does not have enough free balance.',
  OnlyProvider: 'The account would die, and it is the only provider of others.',
  BelowMinimum: 'The amount would leave an account below the minimum balance.',
  CannotCreate: 'The account cannot be created.',
  UnknownAsset: 'The asset does not exist.',
  Frozen: 'The funds are frozen.',
  Unsupported: 'The operation is not supported for this asset.',
  CannotCreateHold: 'No more holds can be placed on this account.',
  NotExpendable: 'The operation would destroy an account that must stay.',
  Blocked: 'The account is blocked for this asset.',
};

const GENERAL_MEANINGS: Record<string, string> = {
  BadOrigin: 'The account may not make this call.',
  CannotLookup: 'An account could not be found.',
  ConsumerRemaining: 'The account still has consumers.',
  NoProviders: 'The account has no providers.',
  TooManyConsumers: 'The account has too many consumers.',
  Exhausted: 'The block is full: try again.',
  Corruption: 'The chain state is inconsistent.',
  Unavailable: 'A resource is unavailable.',
  RootNotAllowed: 'Root may not make this call.',
};
