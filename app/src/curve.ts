// The mint curve for the plot: rate(S) = B · exp(k · (S/T)^n) (design §3), in floating point.
// The chain's own fixed-point curve prices every mint; the page asks it (`diemApi.quoteMint`)
// for every figure a user acts on, and uses this only to draw the line.

/** The curve's parameters as the DIEM pallet stores them (`diem.curve`). */
export interface CurveParams {
  /** `B`, planck of VVV per whole DIEM. */
  baseRate: bigint;
  /** `T`, DIEM planck. */
  targetSupply: bigint;
  /** `k`, a `FixedU128` (18 decimals). */
  adjustmentPower: bigint;
  /** `n`. */
  exponent: number;
}

const FIXED = 1e18;

/** The rate in VVV per DIEM at a supply of `supply` whole DIEM. */
export function rateAt(curve: CurveParams, supply: number, vvvDecimals: number, diemDecimals: number): number {
  const base = Number(curve.baseRate) / 10 ** vvvDecimals;
  const target = Number(curve.targetSupply) / 10 ** diemDecimals;
  const k = Number(curve.adjustmentPower) / FIXED;
  if (target <= 0) return base;
  return base * Math.exp(k * Math.pow(Math.max(supply, 0) / target, curve.exponent));
}

/**
 * `points` supplies from 0 to `max` whole DIEM with the rate at each: the x and y of the
 * curve's line.
 */
export function curveLine(
  curve: CurveParams,
  max: number,
  points: number,
  vvvDecimals: number,
  diemDecimals: number,
): [number[], number[]] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i <= points; i += 1) {
    const s = (max * i) / points;
    xs.push(s);
    ys.push(rateAt(curve, s, vvvDecimals, diemDecimals));
  }
  return [xs, ys];
}

/**
 * How far the plot's x axis reaches: a little past the target (where the rate is `B·e^k` and
 * the wall begins), and past the current supply and the quoted mint.
 */
export function plotExtent(curve: CurveParams, supply: number, quoted: number, diemDecimals: number): number {
  const target = Number(curve.targetSupply) / 10 ** diemDecimals;
  return Math.max(target * 1.05, (supply + quoted) * 1.1, 1);
}
