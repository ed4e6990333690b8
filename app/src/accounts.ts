// Who signs: the accounts of a polkadot.js-compatible browser extension when one is installed,
// and on a development chain the well-known dev accounts (//Alice…), signed in the page. Either
// way the page's transactions are mortal (design §12): see `signOptions`. Both also sign a text
// message (a gateway's key challenge): the extension as raw bytes, which it wraps in
// `<Bytes>…</Bytes>` before signing, the dev accounts over the text's UTF-8 bytes.

import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { ISubmittableResult, Signer } from '@polkadot/types/types';
import { stringToHex, stringToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** An account the page can sign with. */
export interface Account {
  address: string;
  name: string;
  source: 'extension' | 'dev';
  /** How a transaction is signed and sent for this account. */
  sign: (tx: SubmittableExtrinsic<'promise'>, onStatus: (result: ISubmittableResult) => void) => Promise<() => void>;
  /** Signs a text message (UTF-8): the signature as hex. */
  signMessage: (message: string) => Promise<string>;
}

const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

/**
 * The era of every transaction the page signs, in blocks: valid for 64 blocks (128 s at the
 * chain's 2 s blocks) from a recent block, so one that is not included by then never can be
 * (design §12). A power of two, so the encoded era is exactly this long. Left to polkadot.js, the
 * era would be its five-minute default rounded up to 256 blocks; `era: 0` would be immortal.
 */
export const MORTAL_ERA_BLOCKS = 64;

/** The polkadot.js sign options of the page's transactions; `signer`: an extension's. */
export function signOptions(signer?: Signer): { era: number; signer?: Signer } {
  return signer ? { era: MORTAL_ERA_BLOCKS, signer } : { era: MORTAL_ERA_BLOCKS };
}

/** The sr25519 dev accounts, with their keys in the page (a dev chain's keys are public). */
export async function devAccounts(ss58Format: number): Promise<Account[]> {
  const [{ Keyring }] = await Promise.all([import('@polkadot/keyring'), cryptoWaitReady()]);
  const keyring = new Keyring({ type: 'sr25519', ss58Format });
  return DEV_NAMES.map((name) => {
    const pair: KeyringPair = keyring.addFromUri(`//${name}`, { name });
    return {
      address: pair.address,
      name,
      source: 'dev' as const,
      sign: (tx, onStatus) => tx.signAndSend(pair, signOptions(), onStatus),
      signMessage: async (message) => u8aToHex(pair.sign(stringToU8a(message))),
    };
  });
}

/**
 * The accounts the browser's extensions share with the page, or none if there is no
 * extension (or it declines).
 */
export async function extensionAccounts(ss58Format: number): Promise<Account[]> {
  const injected = (window as unknown as { injectedWeb3?: Record<string, unknown> }).injectedWeb3;
  if (!injected || Object.keys(injected).length === 0) return [];
  const { web3Enable, web3Accounts, web3FromSource } = await import('@polkadot/extension-dapp');
  const extensions = await web3Enable('DIEM dashboard');
  if (extensions.length === 0) return [];
  const accounts = await web3Accounts({ ss58Format });
  return accounts.map((account) => ({
    address: account.address,
    name: account.meta.name ?? `${account.address.slice(0, 6)}…`,
    source: 'extension' as const,
    sign: async (tx, onStatus) => {
      const signer: Signer = (await web3FromSource(account.meta.source)).signer;
      return tx.signAndSend(account.address, signOptions(signer), onStatus);
    },
    signMessage: async (message) => {
      const signer: Signer = (await web3FromSource(account.meta.source)).signer;
      if (!signer.signRaw) throw new Error('the extension cannot sign messages');
      const { signature } = await signer.signRaw({ address: account.address, data: stringToHex(message), type: 'bytes' });
      return signature;
    },
  }));
}

/** The SS58 prefix the chain asks addresses to be shown with. */
export function ss58Of(api: ApiPromise): number {
  return api.registry.chainSS58 ?? 42;
}
