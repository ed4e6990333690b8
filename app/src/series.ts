// The plots' per-block series, kept to the newest blocks.

import type { SeriesPoint } from './chain';

/** How many recent blocks the series plots keep. */
export const SERIES_BLOCKS = 120;

/** `a` and `b` merged by block, one point a block, the newest `SERIES_BLOCKS` kept. */
export function mergeSeries(a: SeriesPoint[], b: SeriesPoint[]): SeriesPoint[] {
  const byBlock = new Map<number, SeriesPoint>();
  for (const point of [...a, ...b]) byBlock.set(point.block, point);
  return [...byBlock.values()].sort((x, y) => x.block - y.block).slice(-SERIES_BLOCKS);
}
