import { describe, expect, it } from 'vitest';
import { describeSubmitError } from './errors';
import { mergeSeries, SERIES_BLOCKS } from './series';

describe('describeSubmitError', () => {
  it('names a refusal of the transaction pool', () => {
    const failure = describeSubmitError(new Error('1010: Invalid Transaction: Inability to pay some fees , e.g. account balance too low'));
    expect(failure.name).toBe('InabilityToPaySomeFees');
    expect(failure.source).toBe('transaction pool');
    expect(failure.meaning).toContain('Inability to pay some fees');
  });
  it('names a declined signature', () => {
    expect(describeSubmitError(new Error('Cancelled')).name).toBe('Rejected');
  });
});

describe('mergeSeries', () => {
  const point = (block: number) => ({ block, diemSupply: BigInt(block), diemLocked: 0n, totalEmitted: 0n, totalBurned: 0n });
  it('keeps one point a block, in order, newest last', () => {
    const merged = mergeSeries([point(3), point(1)], [point(2), { ...point(3), diemSupply: 99n }]);
    expect(merged.map((p) => p.block)).toEqual([1, 2, 3]);
    expect(merged[2].diemSupply).toBe(99n);
  });
  it('keeps only the newest blocks', () => {
    const many = Array.from({ length: SERIES_BLOCKS + 10 }, (_, i) => point(i));
    const merged = mergeSeries(many, []);
    expect(merged).toHaveLength(SERIES_BLOCKS);
    expect(merged[0].block).toBe(10);
  });
});
