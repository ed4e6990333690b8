// Governance's arithmetic as the page shows it (design §13): the tracks' approval and support
// curves, convictions and their locks, where a referendum is in its life and how long is left,
// and the operator's bound on DIEM's target supply. Pure functions: the chain's figures come in,
// numbers and phases go out.

/** A track's approval or support curve, as `pallet-referenda` defines them (fractions of one). */
export type CurveSpec =
  | { kind: 'linear'; length: number; floor: number; ceil: number }
  | { kind: 'stepped'; begin: number; end: number; step: number; period: number }
  | { kind: 'reciprocal'; factor: number; xOffset: number; yOffset: number };

/** A referendum track, its periods in blocks. */
export interface TrackInfo {
  id: number;
  name: string;
  maxDeciding: number;
  decisionDeposit: bigint;
  prepare: number;
  decision: number;
  confirm: number;
  minEnactment: number;
  minApproval: CurveSpec;
  minSupport: CurveSpec;
}

/**
 * The curve's threshold at `x`, the share of the decision period elapsed (0 to 1): what
 * approval or support must reach. As `pallet-referenda`'s `Curve::threshold`, in floating
 * point (for display; the chain decides in fixed point).
 */
export function threshold(curve: CurveSpec, x: number): number {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const at = clamp(x);
  switch (curve.kind) {
    case 'linear':
      return clamp(curve.ceil - (Math.min(at, curve.length) / curve.length) * (curve.ceil - curve.floor));
    case 'stepped':
      return clamp(Math.max(curve.end, curve.begin - Math.min(curve.begin, curve.step * Math.floor(at / curve.period))));
    case 'reciprocal': {
      const denominator = at + curve.xOffset;
      if (denominator <= 0) return 1;
      return clamp(curve.factor / denominator + curve.yOffset);
    }
  }
}

/** The convictions a vote may carry: votes per VVV and lock periods after the referendum. */
export const CONVICTIONS = [
  { name: 'None', multiplier: 0.1, lockPeriods: 0 },
  { name: 'Locked1x', multiplier: 1, lockPeriods: 1 },
  { name: 'Locked2x', multiplier: 2, lockPeriods: 2 },
  { name: 'Locked3x', multiplier: 3, lockPeriods: 4 },
  { name: 'Locked4x', multiplier: 4, lockPeriods: 8 },
  { name: 'Locked5x', multiplier: 5, lockPeriods: 16 },
  { name: 'Locked6x', multiplier: 6, lockPeriods: 32 },
] as const;

export type ConvictionName = (typeof CONVICTIONS)[number]['name'];

/** The votes `balance` planck cast with `conviction` count for: 0.1× without conviction. */
export function convictionVotes(balance: bigint, conviction: ConvictionName): bigint {
  const c = CONVICTIONS.find((x) => x.name === conviction);
  if (!c) throw new Error(`unknown conviction ${conviction}`);
  return c.lockPeriods === 0 ? balance / 10n : balance * BigInt(c.multiplier);
}

/** How long a vote with `conviction` stays locked after its referendum ends, in blocks. */
export function lockBlocks(conviction: ConvictionName, lockingPeriod: number): number {
  const c = CONVICTIONS.find((x) => x.name === conviction);
  return (c?.lockPeriods ?? 0) * lockingPeriod;
}

/** A referendum's tally: conviction-weighted ayes and nays, support in VVV before conviction. */
export interface Tally {
  ayes: bigint;
  nays: bigint;
  support: bigint;
}

/** What an ongoing referendum's status says about its timing. */
export interface ReferendumTiming {
  submitted: number;
  decisionDepositPlaced: boolean;
  deciding: { since: number; confirming: number | null } | null;
}

/** Where an ongoing referendum is and the block its phase ends at, if it has an end. */
export type Phase =
  | { phase: 'awaiting-deposit'; endsAt: null }
  | { phase: 'preparing'; endsAt: number }
  | { phase: 'queued'; endsAt: null }
  | { phase: 'deciding'; endsAt: number }
  | { phase: 'confirming'; endsAt: number };

/**
 * The phase of an ongoing referendum at block `now`: waiting for its decision deposit, in its
 * prepare period, queued for a deciding slot, deciding (until the decision period ends), or
 * confirming (until the confirm period ends, then approved).
 */
export function phaseOf(r: ReferendumTiming, track: TrackInfo, now: number): Phase {
  if (r.deciding) {
    if (r.deciding.confirming !== null) return { phase: 'confirming', endsAt: r.deciding.confirming };
    return { phase: 'deciding', endsAt: r.deciding.since + track.decision };
  }
  if (!r.decisionDepositPlaced) return { phase: 'awaiting-deposit', endsAt: null };
  const prepared = r.submitted + track.prepare;
  return now < prepared ? { phase: 'preparing', endsAt: prepared } : { phase: 'queued', endsAt: null };
}

/** The share of the decision period elapsed at `now` (0 before deciding). */
export function elapsedShare(r: ReferendumTiming, track: TrackInfo, now: number): number {
  if (!r.deciding || track.decision <= 0) return 0;
  return Math.min(1, Math.max(0, (now - r.deciding.since) / track.decision));
}

/** Approval (ayes over all votes) and support (over the active issuance) as fractions. */
export function tallyShares(tally: Tally, activeIssuance: bigint): { approval: number; support: number } {
  const total = tally.ayes + tally.nays;
  const ratio = (a: bigint, b: bigint) => (b === 0n ? 0 : Number((a * 1_000_000_000n) / b) / 1e9);
  return { approval: ratio(tally.ayes, total), support: ratio(tally.support, activeIssuance) };
}

/** The operator's bound on the target supply at block `now`. */
export interface OperatorBound {
  /** The largest step, in DIEM planck: `step` of the current target, rounded down. */
  maxStep: bigint;
  low: bigint;
  high: bigint;
  /** The first block the operator may step at (`now` if it may already). */
  nextStepAt: number;
  canStepNow: boolean;
}

/**
 * The operator may move `target` by at most `stepParts` (Perbill parts: 10⁹ = 100%) of it, once
 * `period` blocks after its last step (`lastStep`, none yet if null), as the DIEM pallet checks.
 */
export function operatorBound(target: bigint, stepParts: number, lastStep: number | null, period: number, now: number): OperatorBound {
  const maxStep = (target * BigInt(stepParts)) / 1_000_000_000n;
  const nextStepAt = lastStep === null ? now : Math.max(now, lastStep + period);
  return { maxStep, low: target - maxStep, high: target + maxStep, nextStepAt, canStepNow: nextStepAt <= now };
}
