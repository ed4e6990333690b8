import { u8aToHex } from '@polkadot/util';
import { getAddress, getBytes, verifyMessage, Wallet } from 'ethers';
import { describe, expect, it, vi } from 'vitest';
import {
  CLAIM_ERRORS,
  customErrorCode,
  describeClaimRefusal,
  describeVesting,
  describeWalletError,
  firstAccount,
  parseEthAddress,
  personalSign,
  toChecksumAddress,
  vestingSchedule,
  walletAccount,
  WalletError,
  type ClaimsMetadata,
  type Eip1193Provider,
} from './claims';

const E18 = 10n ** 18n;
const VVV = { symbol: 'VVV', decimals: 18 };
/** The first Hardhat/Anvil test key (public, docs/claims.md) and its address. */
const HARDHAT_0 = { key: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80', address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' };

describe('Ethereum addresses', () => {
  it('are written with the EIP-55 checksum', () => {
    // EIP-55's own examples.
    const examples = [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ];
    for (const address of examples) {
      expect(toChecksumAddress(address.toLowerCase())).toBe(address);
      expect(toChecksumAddress(address.toUpperCase().replace('0X', '0x'))).toBe(address);
    }
    expect(toChecksumAddress(HARDHAT_0.address.toLowerCase())).toBe(HARDHAT_0.address);
  });
  it('agree with ethers on random addresses', () => {
    for (let i = 0; i < 20; i += 1) {
      const address = Wallet.createRandom().address;
      expect(toChecksumAddress(address.toLowerCase())).toBe(getAddress(address));
    }
  });
  it('are taken in one case or with a matching checksum, refused otherwise', () => {
    expect(parseEthAddress(` ${HARDHAT_0.address.toLowerCase()} `)).toEqual({ ok: true, address: HARDHAT_0.address });
    expect(parseEthAddress(HARDHAT_0.address)).toEqual({ ok: true, address: HARDHAT_0.address });
    // One capital moved: a typo the checksum catches.
    const typo = HARDHAT_0.address.replace('0xf39Fd6', '0xF39fd6');
    expect(parseEthAddress(typo)).toMatchObject({ ok: false, reason: expect.stringContaining('checksum') });
    expect(parseEthAddress('0x1234')).toMatchObject({ ok: false });
    expect(parseEthAddress(HARDHAT_0.address.slice(2))).toMatchObject({ ok: false });
    expect(parseEthAddress('0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266')).toMatchObject({ ok: false });
    expect(() => toChecksumAddress('0x12')).toThrow();
  });
});

describe('a vesting schedule', () => {
  const noon = Date.UTC(2026, 0, 1, 12, 0, 0);
  // The second dev claim's: 4,000 VVV over 1,000 blocks from block 100.
  const terms = { locked: 4_000n * E18, start: 100, length: 1_000 };

  it('unlocks the locked over the length a block, from its start to its end', () => {
    const s = vestingSchedule(terms, { block: 40, timestamp: noon }, 2_000);
    expect(s.perBlock).toBe(4n * E18);
    expect(s.end).toBe(1_100);
    expect(s.lockedNow).toBe(4_000n * E18);
    // 60 blocks of 2 s ahead, and 1,060.
    expect(s.startsAt).toBe(noon + 120_000);
    expect(s.endsAt).toBe(noon + 2_120_000);
  });
  it('is partly unlocked within its blocks and all unlocked after them', () => {
    expect(vestingSchedule(terms, { block: 350, timestamp: noon }).lockedNow).toBe(3_000n * E18);
    expect(vestingSchedule(terms, { block: 1_100, timestamp: noon }).lockedNow).toBe(0n);
    const past = vestingSchedule(terms, { block: 5_000, timestamp: noon });
    expect(past.lockedNow).toBe(0n);
    expect(past.endsAt).toBeLessThan(noon);
  });
  it('rounds the VVV a block up, as the pallet does, so it ends by its last block', () => {
    const s = vestingSchedule({ locked: 10n, start: 0, length: 3 }, { block: 0, timestamp: noon });
    expect(s.perBlock).toBe(4n);
    expect(vestingSchedule({ locked: 10n, start: 0, length: 3 }, { block: 3, timestamp: noon }).lockedNow).toBe(0n);
  });
  it('reads as blocks and dates', () => {
    const s = vestingSchedule(terms, { block: 40, timestamp: noon }, 2_000);
    expect(describeVesting(s, VVV, 'UTC')).toBe(
      '4,000 VVV locked, unlocking 4 VVV a block from block #100 (about 1 Jan 2026, 12:02) until block #1,100 (about 1 Jan 2026, 12:35)',
    );
  });
});

describe('a refused claim', () => {
  const refusal = (code: number) => Object.assign(new Error(`1010: Invalid Transaction: Custom error: ${code}`), { code: 1010, data: `Custom error: ${code}` });

  it('has the code of the pool’s refusal, from the message or its data', () => {
    expect(customErrorCode(refusal(3))).toBe(3);
    expect(customErrorCode('Invalid Transaction: Custom error: 1')).toBe(1);
    expect(customErrorCode({ data: 'Custom error: 2' })).toBe(2);
    expect(customErrorCode(new Error('1010: Invalid Transaction: Transaction has a bad signature'))).toBeNull();
    expect(customErrorCode(null)).toBeNull();
  });
  it('is named by the table of docs/claims.md without the metadata', () => {
    expect(CLAIM_ERRORS.map((e) => e.name)).toEqual([
      'MalformedSignature',
      'WrongSignature',
      'UnknownAddress',
      'AlreadyClaimed',
      'VestingLimit',
      'ClaimExists',
      'BelowMinimum',
      'InvalidVesting',
      'PotShort',
      'Paused',
    ]);
    expect(describeClaimRefusal(refusal(1))).toEqual({ name: 'WrongSignature', source: 'claims', meaning: CLAIM_ERRORS[1].meaning });
    expect(describeClaimRefusal(refusal(3)).meaning).toMatch(/already been claimed/);
  });
  it('is named by the metadata when given: the claims pallet’s error of the code', () => {
    const findMetaError = vi.fn((index: Uint8Array) => {
      if (index[0] === 24 && index[1] === 2) return { name: 'UnknownAddress', docs: ['The address has no claim and never had one.'] };
      if (index[0] === 24 && index[1] === 12) return { name: 'SomethingNew', docs: ['A new error, after the table.'] };
      throw new Error('findMetaError: Unable to find Error');
    });
    const metadata: ClaimsMetadata = { palletIndex: 24, registry: { findMetaError } };
    expect(describeClaimRefusal(refusal(2), metadata)).toMatchObject({ name: 'UnknownAddress', meaning: CLAIM_ERRORS[2].meaning });
    expect(findMetaError).toHaveBeenCalledWith(new Uint8Array([24, 2]));
    // An error the table does not know: its docs from the metadata.
    expect(describeClaimRefusal(refusal(12), metadata)).toEqual({ name: 'SomethingNew', source: 'claims', meaning: 'A new error, after the table.' });
    // Not in the metadata: the table's name, else the code.
    expect(describeClaimRefusal(refusal(0), metadata).name).toBe('MalformedSignature');
    expect(describeClaimRefusal(refusal(77), metadata)).toMatchObject({ name: 'Custom77', meaning: expect.stringContaining('77') });
  });
  it('is named as any other refusal when it has no custom code', () => {
    expect(describeClaimRefusal(new Error('1010: Invalid Transaction: Transaction is outdated'))).toMatchObject({ name: 'TransactionIsOutdated', source: 'transaction pool' });
  });
});

/** A stand-in EIP-1193 wallet holding `wallet`'s key, recording the requests it answers. */
function standInWallet(wallet: Wallet, { allowed = false } = {}) {
  const requests: { method: string; params?: unknown[] }[] = [];
  const provider: Eip1193Provider = {
    request: async (args) => {
      requests.push(args);
      if (args.method === 'eth_requestAccounts') {
        allowed = true;
        return [wallet.address.toLowerCase()];
      }
      if (args.method === 'eth_accounts') return allowed ? [wallet.address.toLowerCase()] : [];
      if (args.method === 'personal_sign') return wallet.signMessage(getBytes(String(args.params?.[0])));
      throw Object.assign(new Error('unsupported'), { code: 4200 });
    },
  };
  return { provider, requests };
}

describe('the wallet', () => {
  const wallet = new Wallet(HARDHAT_0.key);

  it('shares its account only once allowed, checksummed', async () => {
    const { provider, requests } = standInWallet(wallet);
    expect(await walletAccount(provider, false)).toBeNull();
    expect(await walletAccount(provider, true)).toBe(HARDHAT_0.address);
    expect(await walletAccount(provider, false)).toBe(HARDHAT_0.address);
    expect(requests.map((r) => r.method)).toEqual(['eth_accounts', 'eth_requestAccounts', 'eth_accounts']);
  });
  it('signs the exact message bytes, given as hex, with personal_sign', async () => {
    const { provider, requests } = standInWallet(wallet);
    const message = new TextEncoder().encode(`Claim VVV to the DIEM account 0x${'ab'.repeat(32)} on the chain 0x${'01'.repeat(32)}`);
    const signature = await personalSign(provider, message, HARDHAT_0.address);
    expect(requests[0]).toEqual({ method: 'personal_sign', params: [u8aToHex(message), HARDHAT_0.address] });
    expect(signature).toMatch(/^0x[0-9a-f]{130}$/);
    expect(verifyMessage(message, signature)).toBe(HARDHAT_0.address);
  });
  it('refuses an answer that is not a signature or an address', async () => {
    const odd: Eip1193Provider = { request: async () => '0x1234' };
    await expect(personalSign(odd, new Uint8Array([1]), HARDHAT_0.address)).rejects.toBeInstanceOf(WalletError);
    expect(() => firstAccount(['not an address'])).toThrow(WalletError);
    expect(firstAccount([])).toBeNull();
    expect(firstAccount('0x')).toBeNull();
  });
  it('names its refusals by their EIP-1193 codes', () => {
    expect(describeWalletError({ code: 4001, message: 'User rejected the request.' })).toMatchObject({ name: 'Rejected', source: 'wallet' });
    expect(describeWalletError({ code: -32002, message: 'Already processing eth_requestAccounts.' }).name).toBe('RequestPending');
    expect(describeWalletError(new Error('boom'))).toEqual({ name: 'WalletError', source: 'wallet', meaning: 'boom' });
    const bad = new WalletError({ name: 'BadAnswer', source: 'wallet', meaning: 'odd' });
    expect(describeWalletError(bad)).toBe(bad.failure);
  });
});
