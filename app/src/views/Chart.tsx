// A uPlot chart that follows its container's width and redraws with new data.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const HEIGHT = 220;

/**
 * A chart of `data` drawn with `options` (built once per `optionsKey`), described for screen
 * readers by `summary`. `attrs` are put on the figure (the tests read the plotted marks there).
 */
export function Chart({
  title,
  summary,
  options,
  optionsKey,
  data,
  attrs,
  children,
  testId,
}: {
  title: string;
  summary: string;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  optionsKey: string;
  data: uPlot.AlignedData;
  attrs?: Record<string, string>;
  children?: ComponentChildren;
  testId: string;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const chart = new uPlot({ legend: { live: false }, ...options, width: Math.max(element.clientWidth, 160), height: HEIGHT }, data, element);
    plot.current = chart;
    const observer = new ResizeObserver(() => chart.setSize({ width: Math.max(element.clientWidth, 160), height: HEIGHT }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [optionsKey]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return (
    <figure class="chart" data-testid={testId} {...attrs}>
      <figcaption>{title}</figcaption>
      <div ref={holder} role="img" aria-label={summary} class="chart-area" />
      {children}
    </figure>
  );
}
