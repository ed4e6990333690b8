// Trading on the chain's DEX (`pallet-asset-conversion`) as the trade card shows it: the swap's
// path and its slippage bound, pool prices, and the comparison a DIEM holder decides on: DIEM's
// market price against what minting one costs now. Pure arithmetic on the chain's figures
// (planck), rounded toward whoever is not the user: a minimum received rounds down.

import { applySlippage } from './format';

/** An asset as the DEX names it (`NativeOrWithId`): VVV is native, DIEM and USDC are assets. */
export type AssetKind = { Native: null } | { WithId: number };

/** The native token's kind. */
export const NATIVE: AssetKind = { Native: null };

/** The kind of the asset `assetId`, or of the native token (`null`). */
export function assetKind(assetId: number | null): AssetKind {
  return assetId === null ? NATIVE : { WithId: assetId };
}

export type Side = 'buy' | 'sell';

/** The swap path: buying pays `quote` (USDC) for `token`, selling the reverse. */
export function swapPath(side: Side, token: AssetKind, quote: AssetKind): [AssetKind, AssetKind] {
  return side === 'buy' ? [quote, token] : [token, quote];
}

/**
 * A typed slippage bound in percent ("0.5"): basis points, or why it is refused. From 0 (the
 * quote exactly) to 50%.
 */
export function parseSlippage(text: string): { ok: true; bps: number } | { ok: false; reason: string } {
  const trimmed = text.trim().replace(/%$/, '');
  if (!/^\d+(\.\d{0,2})?$|^\.\d{1,2}$/.test(trimmed)) return { ok: false, reason: 'A percentage with at most two decimals, e.g. 0.5' };
  const bps = Math.round(Number(trimmed) * 100);
  if (bps > 5_000) return { ok: false, reason: 'At most 50%' };
  return { ok: true, bps };
}

/** The least a swap quoted at `quoted` may pay out with a bound of `bps`: `amount_out_min`. */
export function minimumOut(quoted: bigint, bps: number): bigint {
  return applySlippage(quoted, bps, false);
}

/**
 * A pool's spot price: planck of `quote` per whole `base`, from its reserves (the marginal price,
 * before the pool's fee), rounded down. `null` for an empty pool.
 */
export function spotPrice(baseReserve: bigint, baseDecimals: number, quoteReserve: bigint): bigint | null {
  if (baseReserve === 0n) return null;
  return (quoteReserve * 10n ** BigInt(baseDecimals)) / baseReserve;
}

/**
 * What minting one DIEM costs in the quote token: the VVV it locks (planck, for one whole DIEM)
 * at VVV's price (quote planck per whole VVV), rounded up.
 */
export function mintCost(vvvPerDiem: bigint, vvvPrice: bigint, vvvDecimals: number): bigint {
  const unit = 10n ** BigInt(vvvDecimals);
  return (vvvPerDiem * vvvPrice + unit - 1n) / unit;
}

/** Which way is cheaper for getting DIEM, and by how much (basis points of the dearer way). */
export interface MintVersusMarket {
  cheaper: 'mint' | 'market' | 'same';
  /** How much cheaper, in basis points of the dearer price (rounded down). */
  bps: number;
}

/** Minting at `mint` against buying at `market` (both in the quote token's planck per DIEM). */
export function compareMintToMarket(mint: bigint, market: bigint): MintVersusMarket {
  if (mint === market) return { cheaper: 'same', bps: 0 };
  const [cheap, dear, cheaper] = mint < market ? [mint, market, 'mint' as const] : [market, mint, 'market' as const];
  return { cheaper, bps: Number(((dear - cheap) * 10_000n) / dear) };
}

/** The comparison in words: "Minting is 10.08% cheaper than buying". */
export function describeMintVersusMarket({ cheaper, bps }: MintVersusMarket): string {
  const percent = `${(bps / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
  if (cheaper === 'same' || bps === 0) return 'Minting costs the same as buying';
  return cheaper === 'mint' ? `Minting is ${percent} cheaper than buying` : `Buying is ${percent} cheaper than minting`;
}
