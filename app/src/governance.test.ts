import { describe, expect, it } from 'vitest';
import { convictionVotes, elapsedShare, lockBlocks, operatorBound, phaseOf, tallyShares, threshold, type TrackInfo } from './governance';

const E18 = 10n ** 18n;
// The dev chain's economics track: a 5-block governance day.
const economics: TrackInfo = {
  id: 1,
  name: 'economics',
  maxDeciding: 5,
  decisionDeposit: 10_000n * E18,
  prepare: 1,
  decision: 70,
  confirm: 5,
  minEnactment: 5,
  // Curve::make_reciprocal(4, 14, 80%, 50%, 100%): the search for the factor ends at its upper
  // bound, 1, so the curve is 1 / (x + 1), from 100% to 50%.
  minApproval: { kind: 'reciprocal', factor: 1, xOffset: 1, yOffset: 0 },
  minSupport: { kind: 'linear', length: 1, floor: 0.01, ceil: 0.5 },
};

describe('threshold', () => {
  it('falls linearly from the ceiling to the floor over the length, then stays', () => {
    expect(threshold(economics.minSupport, 0)).toBeCloseTo(0.5, 9);
    expect(threshold(economics.minSupport, 0.5)).toBeCloseTo(0.255, 9);
    expect(threshold(economics.minSupport, 1)).toBeCloseTo(0.01, 9);
    const half = { kind: 'linear' as const, length: 0.5, floor: 0.1, ceil: 0.3 };
    expect(threshold(half, 0.75)).toBeCloseTo(0.1, 9);
  });
  it('a reciprocal curve starts at 100% and falls toward its floor', () => {
    expect(threshold(economics.minApproval, 0)).toBeCloseTo(1, 9);
    expect(threshold(economics.minApproval, 4 / 14)).toBeCloseTo(14 / 18, 9);
    expect(threshold(economics.minApproval, 1)).toBeCloseTo(0.5, 9);
    const offset = { kind: 'reciprocal' as const, factor: 0.1, xOffset: 0.2, yOffset: -0.1 };
    expect(threshold(offset, 0)).toBeCloseTo(0.4, 9);
    expect(threshold(offset, 1)).toBe(0);
  });
  it('a stepped curve falls a step a period, never below its end', () => {
    const stepped = { kind: 'stepped' as const, begin: 0.8, end: 0.3, step: 0.1, period: 0.25 };
    expect(threshold(stepped, 0)).toBeCloseTo(0.8, 9);
    expect(threshold(stepped, 0.3)).toBeCloseTo(0.7, 9);
    expect(threshold(stepped, 1)).toBeCloseTo(0.4, 9);
    expect(threshold({ ...stepped, step: 0.3 }, 1)).toBeCloseTo(0.3, 9);
  });
});

describe('convictions', () => {
  it('count 0.1× without conviction and N× locked', () => {
    expect(convictionVotes(1_000n * E18, 'None')).toBe(100n * E18);
    expect(convictionVotes(1_000n * E18, 'Locked1x')).toBe(1_000n * E18);
    expect(convictionVotes(7n, 'Locked6x')).toBe(42n);
  });
  it('lock for twice as long with each step, none without conviction', () => {
    expect(lockBlocks('None', 35)).toBe(0);
    expect(lockBlocks('Locked1x', 35)).toBe(35);
    expect(lockBlocks('Locked3x', 35)).toBe(140);
    expect(lockBlocks('Locked6x', 35)).toBe(32 * 35);
  });
});

describe('phaseOf', () => {
  const base = { submitted: 100, decisionDepositPlaced: false, deciding: null };
  it('waits for the decision deposit, then the prepare period, then a slot', () => {
    expect(phaseOf(base, economics, 100)).toEqual({ phase: 'awaiting-deposit', endsAt: null });
    expect(phaseOf({ ...base, decisionDepositPlaced: true }, economics, 100)).toEqual({ phase: 'preparing', endsAt: 101 });
    expect(phaseOf({ ...base, decisionDepositPlaced: true }, economics, 101)).toEqual({ phase: 'queued', endsAt: null });
  });
  it('decides until the decision period ends, confirms until its confirm block', () => {
    const deciding = { ...base, decisionDepositPlaced: true, deciding: { since: 102, confirming: null } };
    expect(phaseOf(deciding, economics, 110)).toEqual({ phase: 'deciding', endsAt: 172 });
    expect(elapsedShare(deciding, economics, 137)).toBeCloseTo(0.5, 9);
    expect(elapsedShare(deciding, economics, 500)).toBe(1);
    const confirming = { ...deciding, deciding: { since: 102, confirming: 115 } };
    expect(phaseOf(confirming, economics, 111)).toEqual({ phase: 'confirming', endsAt: 115 });
  });
});

describe('tallyShares', () => {
  it('approval over all votes, support over the active issuance', () => {
    const shares = tallyShares({ ayes: 3n * E18, nays: E18, support: 2n * E18 }, 8n * E18);
    expect(shares.approval).toBeCloseTo(0.75, 9);
    expect(shares.support).toBeCloseTo(0.25, 9);
    expect(tallyShares({ ayes: 0n, nays: 0n, support: 0n }, 0n)).toEqual({ approval: 0, support: 0 });
  });
});

describe('operatorBound', () => {
  it('10% of the target, rounded down, once a period', () => {
    const target = 38_000n * E18 + 7n;
    const fresh = operatorBound(target, 100_000_000, null, 35, 50);
    expect(fresh.maxStep).toBe(3_800n * E18);
    expect(fresh.low).toBe(target - 3_800n * E18);
    expect(fresh.high).toBe(target + 3_800n * E18);
    expect(fresh).toMatchObject({ nextStepAt: 50, canStepNow: true });
    expect(operatorBound(target, 100_000_000, 40, 35, 50)).toMatchObject({ nextStepAt: 75, canStepNow: false });
    expect(operatorBound(target, 100_000_000, 40, 35, 75)).toMatchObject({ nextStepAt: 75, canStepNow: true });
  });
});
