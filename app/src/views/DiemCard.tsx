// DIEM: mint against free stake at a live quote from the chain's curve, with a slippage bound;
// mint for an exact VVV amount; repay; the position. A mint that would fail says which error
// before it is sent, and the chain's error by name and meaning if it fails anyway.

import { useEffect, useState } from 'preact/hooks';
import { quoteMint, quoteMintForVvv } from '../chain';
import { palletError, type Failure } from '../errors';
import { applySlippage, formatRatio, formatToken, formatUnits } from '../format';
import type { Dashboard } from '../state';
import { Amount, AmountInput, Figure, Modes, TxStatus, useAmount, useTx, Waiting } from '../ui';

/** A mint being considered: the supply it starts from and the DIEM it adds (planck). */
export interface MintPreview {
  supply: bigint;
  diem: bigint;
}

type Mode = 'diem' | 'vvv';

/** The chain's quote for the typed amount. */
type Quote = { mode: Mode; input: bigint; diem: bigint; vvv: bigint } | { mode: Mode; input: bigint; error: string };

const SLIPPAGE_CHOICES = ['0.1', '0.5', '1'];

/** The DIEM card. */
export function DiemCard({ dash, onPreview }: { dash: Dashboard; onPreview: (preview: MintPreview | null) => void }) {
  const { api, info, overview, view, selected } = dash;
  const tx = useTx(api, selected);
  const [mode, setMode] = useState<Mode>('diem');
  const amount = useAmount(info ? (mode === 'diem' ? info.diem : info.vvv) : null);
  const repay = useAmount(info?.diem ?? null);
  const [slippage, setSlippage] = useState('0.5');
  const [quote, setQuote] = useState<Quote | null>(null);
  const block = overview?.block;
  const input = amount.value;

  // Re-quoted as the user types (after a short pause) and at every new block.
  useEffect(() => {
    if (!api || input === null || input === 0n) {
      setQuote(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      const pending =
        mode === 'diem'
          ? quoteMint(api, input).then((q) => ('error' in q ? { mode, input, error: q.error } : { mode, input, diem: input, vvv: q.vvv }))
          : quoteMintForVvv(api, input).then((q) => ('error' in q ? { mode, input, error: q.error } : { mode, input, diem: q.diem, vvv: input }));
      pending.then((q) => !stale && setQuote(q)).catch(() => undefined);
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [api, mode, input, block]);

  const current = quote && quote.mode === mode && quote.input === input ? quote : null;
  useEffect(() => {
    onPreview(current && 'diem' in current && overview ? { supply: overview.diemSupply, diem: current.diem } : null);
  }, [current && 'diem' in current ? current.diem : null, overview?.diemSupply]);

  if (!api || !info || !overview || !view || !selected) {
    return (
      <section class="card" aria-labelledby="diem-title">
        <h2 id="diem-title">DIEM</h2>
        <Waiting dash={dash} what="DIEM" />
      </section>
    );
  }
  const slippageBps = Math.round(Number(slippage) * 100);
  const slippageValid = Number.isFinite(slippageBps) && slippageBps >= 0 && slippageBps < 10_000 && slippage.trim() !== '';
  const freeStake = view.staked - view.stakeLocked;
  const ok = current && 'vvv' in current ? current : null;
  const bound = ok && slippageValid ? (mode === 'diem' ? applySlippage(ok.vvv, slippageBps, true) : applySlippage(ok.diem, slippageBps, false)) : null;
  const problems: Failure[] = [];
  if (!overview.mintingOpen) problems.push(palletError(api, 'diem', 'MintingClosed'));
  if (current && 'error' in current) problems.push(palletError(api, 'diem', current.error === 'InvalidParameters' ? 'InvalidCurveParameters' : current.error));
  if (ok && ok.vvv > freeStake) problems.push(palletError(api, 'diem', 'InsufficientCollateral'));
  const canOpen = !overview.mintingOpen && info.isDev && info.sudo === selected.address && api.tx.sudo;
  const maxRepay = view.position.minted < view.diem ? view.position.minted : view.diem;
  const releases =
    repay.value === null || view.position.minted === 0n
      ? null
      : repay.value >= view.position.minted
        ? view.position.locked
        : (view.position.locked * repay.value) / view.position.minted;

  const mint = (e: Event) => {
    e.preventDefault();
    if (!ok || bound === null) return;
    const call = mode === 'diem' ? api.tx.diem.mint(ok.diem, bound) : api.tx.diem.mintForVvv(ok.vvv, bound);
    const label = mode === 'diem' ? `Mint ${formatToken(ok.diem, info.diem)}` : `Mint for ${formatToken(ok.vvv, info.vvv)}`;
    tx.run(call, label).then((s) => s?.phase === 'done' && amount.setText(''));
  };
  const submitRepay = (e: Event) => {
    e.preventDefault();
    if (!repay.value) return;
    tx.run(api.tx.diem.repay(repay.value), `Repay ${formatToken(repay.value, info.diem)}`).then((s) => s?.phase === 'done' && repay.setText(''));
  };

  return (
    <section class="card" aria-labelledby="diem-title" data-testid="diem-card">
      <h2 id="diem-title">DIEM</h2>
      <dl class="figures">
        <Figure label="Rate now">
          <span data-testid="mint-rate" data-planck={overview.mintRate?.toString() ?? ''}>
            {overview.mintRate === null ? 'refused by the curve' : `${formatUnits(overview.mintRate, info.vvv.decimals, 4)} ${info.vvv.symbol}/${info.diem.symbol}`}
          </span>
        </Figure>
        <Figure label="Supply / target">
          <Amount planck={overview.diemSupply} token={info.diem} testId="diem-supply" fraction={2} /> /{' '}
          <Amount planck={overview.curve.targetSupply} token={info.diem} fraction={0} />
        </Figure>
        <Figure label="Minting">
          <span data-testid="minting-open">{overview.mintingOpen ? 'open' : 'closed'}</span>
        </Figure>
      </dl>
      {canOpen && (
        <button type="button" class="secondary" data-testid="open-minting" disabled={tx.busy} onClick={() => tx.run(api.tx.sudo.sudo(api.tx.diem.setMintingOpen(true)), 'Open minting (sudo)')}>
          Open minting (sudo, dev chain)
        </button>
      )}

      <h3>Your position</h3>
      {view.position.minted === 0n ? (
        <p class="empty" data-testid="no-position">
          No position: mint DIEM below against your free stake.
        </p>
      ) : (
        <dl class="figures" data-testid="position">
          <Figure label="Minted">
            <Amount planck={view.position.minted} token={info.diem} testId="position-minted" />
          </Figure>
          <Figure label="VVV locked">
            <Amount planck={view.position.locked} token={info.vvv} testId="position-locked" />
          </Figure>
          <Figure label="Average rate">
            {formatRatio(view.position.locked, info.vvv.decimals, view.position.minted, info.diem.decimals)} {info.vvv.symbol}/{info.diem.symbol}
          </Figure>
        </dl>
      )}

      <form class="action" onSubmit={mint} aria-labelledby="mint-title">
        <h3 id="mint-title">Mint</h3>
        <Modes
          name="mint-mode"
          legend="Amount in"
          modes={[
            ['diem', `${info.diem.symbol} to mint`],
            ['vvv', `${info.vvv.symbol} to lock`],
          ]}
          mode={mode}
          onChange={(m) => {
            setMode(m);
            amount.setText('');
          }}
        />
        <AmountInput
          id="mint-amount"
          label={mode === 'diem' ? 'Mint' : 'Lock'}
          token={mode === 'diem' ? info.diem : info.vvv}
          amount={amount}
          max={mode === 'vvv' ? freeStake : undefined}
          hint={<>Free stake (collateral): {formatToken(freeStake, info.vvv)}</>}
        />
        <div class="field">
          <label for="slippage">Slippage bound (%)</label>
          <div class="input-row">
            <input id="slippage" data-testid="slippage" inputMode="decimal" value={slippage} aria-invalid={slippageValid ? 'false' : 'true'} onInput={(e) => setSlippage((e.target as HTMLInputElement).value)} />
            {SLIPPAGE_CHOICES.map((c) => (
              <button type="button" key={c} class={c === slippage ? 'secondary chosen' : 'secondary'} aria-pressed={c === slippage} onClick={() => setSlippage(c)}>
                {c}%
              </button>
            ))}
          </div>
          {!slippageValid && <div class="hint invalid">A percentage from 0 to 99.99</div>}
        </div>
        <div class="quote" data-testid="quote" aria-live="polite">
          {input === null || input === 0n ? (
            <span class="empty">Type an amount for a quote.</span>
          ) : !current ? (
            <span class="loading">Quoting…</span>
          ) : 'error' in current ? null : (
            <dl class="figures">
              <Figure label={mode === 'diem' ? 'Locks' : 'Mints'}>
                {mode === 'diem' ? <Amount planck={current.vvv} token={info.vvv} testId="quote-vvv" /> : <Amount planck={current.diem} token={info.diem} testId="quote-diem" />}
              </Figure>
              <Figure label="Average rate">
                <span data-testid="quote-rate">
                  {formatRatio(current.vvv, info.vvv.decimals, current.diem, info.diem.decimals)} {info.vvv.symbol}/{info.diem.symbol}
                </span>
              </Figure>
              {bound !== null && (
                <Figure label={mode === 'diem' ? 'Locks at most' : 'Mints at least'}>
                  {mode === 'diem' ? <Amount planck={bound} token={info.vvv} testId="quote-bound" /> : <Amount planck={bound} token={info.diem} testId="quote-bound" />}
                </Figure>
              )}
            </dl>
          )}
        </div>
        {problems.length > 0 && (
          <ul class="problems" data-testid="mint-problems">
            {problems.map((p) => (
              <li key={p.name} data-error={p.name}>
                Would fail: <strong>{p.name}</strong>: {p.meaning}
              </li>
            ))}
          </ul>
        )}
        <button type="submit" data-testid="mint-submit" disabled={tx.busy || !ok || bound === null}>
          Mint
        </button>
      </form>

      <form class="action" onSubmit={submitRepay} aria-labelledby="repay-title">
        <h3 id="repay-title">Repay</h3>
        <AmountInput
          id="repay-amount"
          label="Repay"
          token={info.diem}
          amount={repay}
          max={maxRepay}
          hint={
            releases !== null ? (
              <>Releases {formatToken(releases, info.vvv)} of your locked stake</>
            ) : (
              <>Burns DIEM you hold (up to what your position minted) and releases its VVV.</>
            )
          }
        />
        <button type="submit" data-testid="repay-submit" disabled={tx.busy || !repay.value}>
          Repay
        </button>
      </form>
      <TxStatus tx={tx} testId="diem-tx" />
    </section>
  );
}
