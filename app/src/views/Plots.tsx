// The plots: the mint curve with the current supply and the quoted mint; DIEM supply and VVV
// locked over recent blocks; VVV bought and burned per buy-burn epoch; emission against burn.

import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { curveLine, plotExtent, rateAt } from '../curve';
import { formatToken, toFloat } from '../format';
import type { Dashboard } from '../state';
import type { MintPreview } from './DiemCard';
import { Chart } from './Chart';
import { Loading } from '../ui';

const COLORS = { line: '#4f46e5', shade: 'rgba(234, 88, 12, 0.35)', marker: '#dc2626', second: '#059669', burn: '#ea580c' };
const CURVE_POINTS = 200;

/** The plots card. */
export function Plots({ dash, preview }: { dash: Dashboard; preview: MintPreview | null }) {
  const { info, overview } = dash;
  if (!info || !overview) {
    return (
      <section class="card wide" aria-labelledby="plots-title">
        <h2 id="plots-title">Plots</h2>
        <Loading what="plots" />
      </section>
    );
  }
  return (
    <section class="card wide" aria-labelledby="plots-title">
      <h2 id="plots-title">Plots</h2>
      <div class="plots">
        <CurvePlot dash={dash} preview={preview} />
        <SupplyPlot dash={dash} />
        <BurnPlot dash={dash} />
        <EmissionPlot dash={dash} />
      </div>
    </section>
  );
}

function CurvePlot({ dash, preview }: { dash: Dashboard; preview: MintPreview | null }) {
  const info = dash.info!;
  const overview = dash.overview!;
  const dd = info.diem.decimals;
  const vd = info.vvv.decimals;
  const supply = toFloat(overview.diemSupply, dd);
  const quoted = preview ? toFloat(preview.diem, dd) : 0;
  const curveKey = `${overview.curve.baseRate}-${overview.curve.targetSupply}-${overview.curve.adjustmentPower}-${overview.curve.exponent}`;
  const data = useMemo<uPlot.AlignedData>(() => {
    const extent = plotExtent(overview.curve, supply, quoted, dd);
    const [grid] = curveLine(overview.curve, extent, CURVE_POINTS, vd, dd);
    const xs = [...new Set([...grid, supply, supply + quoted])].sort((a, b) => a - b);
    const rate = xs.map((x) => rateAt(overview.curve, x, vd, dd));
    const shaded = xs.map((x, i) => (quoted > 0 && x >= supply && x <= supply + quoted ? rate[i] : null));
    const marker = xs.map((x, i) => (x === supply ? rate[i] : null));
    return [xs, rate, shaded, marker];
  }, [curveKey, supply, quoted]);
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    // From zero, so the shaded area under the curve is the VVV the quoted mint locks.
    scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, max * 1.05] } },
    axes: [{ label: `${info.diem.symbol} supply` }, { label: `${info.vvv.symbol} per ${info.diem.symbol}`, size: 60 }],
    series: [
      { label: 'Supply' },
      { label: 'Mint rate', stroke: COLORS.line, width: 2, points: { show: false } },
      { label: 'Quoted mint (area = VVV locked)', stroke: COLORS.burn, fill: COLORS.shade, fillTo: 0, width: 1, points: { show: false }, spanGaps: false },
      { label: 'Current supply', stroke: COLORS.marker, width: 0, points: { show: true, size: 10, fill: COLORS.marker }, paths: () => null },
    ],
  };
  const rateNow = rateAt(overview.curve, supply, vd, dd);
  return (
    <Chart
      testId="curve-plot"
      title="Mint curve: the rate rises with DIEM supply"
      summary={`Mint rate against DIEM supply; the supply is ${supply.toFixed(2)} DIEM at a rate of ${rateNow.toFixed(2)} VVV per DIEM${quoted > 0 ? `; the quoted mint adds ${quoted} DIEM` : ''}.`}
      options={options}
      optionsKey={curveKey}
      data={data}
      attrs={{ 'data-supply': String(supply), 'data-quote-from': String(supply), 'data-quote-to': String(supply + quoted) }}
    />
  );
}

function SupplyPlot({ dash }: { dash: Dashboard }) {
  const info = dash.info!;
  const { series } = dash;
  const data = useMemo<uPlot.AlignedData>(
    () => [
      series.map((p) => p.block),
      series.map((p) => toFloat(p.diemSupply, info.diem.decimals)),
      series.map((p) => toFloat(p.diemLocked, info.vvv.decimals)),
    ],
    [series],
  );
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    scales: { x: { time: false }, vvv: {} },
    axes: [{ label: 'Block' }, { label: info.diem.symbol, size: 60 }, { label: `${info.vvv.symbol} locked`, scale: 'vvv', side: 1, size: 70, grid: { show: false } }],
    series: [
      { label: 'Block' },
      { label: `${info.diem.symbol} supply`, stroke: COLORS.line, width: 2 },
      { label: `${info.vvv.symbol} locked`, stroke: COLORS.second, width: 2, dash: [6, 4], scale: 'vvv' },
    ],
  };
  const last = series[series.length - 1];
  return (
    <Chart
      testId="supply-plot"
      title={`${info.diem.symbol} supply and ${info.vvv.symbol} locked, last ${series.length} blocks`}
      summary={last ? `At block ${last.block}: ${formatToken(last.diemSupply, info.diem)} minted, ${formatToken(last.diemLocked, info.vvv)} locked.` : 'No blocks read yet.'}
      options={options}
      optionsKey="supply"
      data={data}
    />
  );
}

function BurnPlot({ dash }: { dash: Dashboard }) {
  const info = dash.info!;
  const { buyBurn, block } = dash.overview!;
  const epochs = buyBurn.epochs;
  const data = useMemo<uPlot.AlignedData>(
    () => [epochs.map((e) => e.index), epochs.map((e) => toFloat(e.burned, info.vvv.decimals))],
    [epochs.length, buyBurn.totalBurned],
  );
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    scales: { x: { time: false, range: (_u, min, max) => [min - 1, max + 1] } },
    axes: [{ label: 'Epoch' }, { label: `${info.vvv.symbol} burned`, size: 60 }],
    series: [{ label: 'Epoch' }, { label: `${info.vvv.symbol} burned`, stroke: COLORS.burn, fill: COLORS.shade, paths: bars() }],
  };
  const totals = (
    <p class="chart-note" data-testid="total-burned" data-planck={buyBurn.totalBurned.toString()}>
      Total burned {formatToken(buyBurn.totalBurned, info.vvv)}
      {info.usdc && <> for {formatToken(buyBurn.totalSpent, info.usdc, 2)}</>}; next epoch at block #{buyBurn.nextEpochAt.toLocaleString('en-US')}
      {buyBurn.nextEpochAt > block && ` (in ${buyBurn.nextEpochAt - block} blocks)`}.
    </p>
  );
  if (epochs.length === 0) {
    return (
      <figure class="chart" data-testid="burn-plot">
        <figcaption>Buy-burn per epoch</figcaption>
        <p class="empty">No epoch has closed yet.</p>
        {totals}
      </figure>
    );
  }
  return (
    <Chart
      testId="burn-plot"
      title={`Buy-burn: ${info.vvv.symbol} bought and burned per epoch`}
      summary={`${epochs.length} epochs recorded; ${formatToken(buyBurn.totalBurned, info.vvv)} burned in all.`}
      options={options}
      optionsKey="burn"
      data={data}
    >
      {totals}
    </Chart>
  );
}

function EmissionPlot({ dash }: { dash: Dashboard }) {
  const info = dash.info!;
  const { series } = dash;
  const data = useMemo<uPlot.AlignedData>(
    () => [
      series.map((p) => p.block),
      series.map((p) => toFloat(p.totalEmitted, info.vvv.decimals)),
      series.map((p) => toFloat(p.totalBurned, info.vvv.decimals)),
    ],
    [series],
  );
  const options: Omit<uPlot.Options, 'width' | 'height'> = {
    scales: { x: { time: false } },
    axes: [{ label: 'Block' }, { label: info.vvv.symbol, size: 70 }],
    series: [
      { label: 'Block' },
      { label: 'Emitted since genesis', stroke: COLORS.second, width: 2 },
      { label: 'Burned since genesis', stroke: COLORS.burn, width: 2 },
    ],
  };
  const last = series[series.length - 1];
  const net = last ? last.totalEmitted - last.totalBurned : 0n;
  return (
    <Chart
      testId="emission-plot"
      title={`Emission against burn (${info.vvv.symbol})`}
      summary={last ? `Emitted ${formatToken(last.totalEmitted, info.vvv)}, burned ${formatToken(last.totalBurned, info.vvv)}.` : 'No blocks read yet.'}
      options={options}
      optionsKey="emission"
      data={data}
    >
      {last && (
        <p class="chart-note">
          Net issuance since genesis: {formatToken(net, info.vvv)}.
        </p>
      )}
    </Chart>
  );
}

// Bars a little narrower than an epoch's slot, at most 48 px wide.
function bars(): uPlot.Series.PathBuilder | undefined {
  return uPlot.paths.bars?.({ size: [0.6, 48] });
}
