// Governance (design §13): the ongoing referenda with their track, tally and time left, and
// each one's economic forecast when the explorer has computed it (else the command that does);
// a vote (aye or nay, conviction, VVV: staked VVV counts) and a delegation; the account's votes
// and lock; and the operator's bound on DIEM's target supply.

import { useEffect, useState } from 'preact/hooks';
import type { ReferendumView } from '../chain';
import {
  FORECAST_METRICS,
  forecastCommand,
  forecastPath,
  formatEnactment,
  formatBand,
  formatChange,
  formatDifference,
  formatFigure,
  loadForecast,
  type Forecast,
  type ForecastLoad,
} from '../forecast';
import { formatDuration, formatPercent, formatToken } from '../format';
import { CONVICTIONS, elapsedShare, lockBlocks, operatorBound, phaseOf, tallyShares, threshold, type ConvictionName, type TrackInfo } from '../governance';
import type { Dashboard } from '../state';
import { Amount, AmountInput, Figure, Modes, TxStatus, useAmount, useTx, Waiting } from '../ui';

const PHASE_TEXT = {
  'awaiting-deposit': 'Waiting for its decision deposit',
  preparing: 'Preparing: deciding starts',
  queued: 'Queued for a deciding slot on its track',
  deciding: 'Deciding: the decision period ends',
  confirming: 'Confirming: approved',
} as const;

/** A conviction as the vote form offers it: its votes and how long it locks. */
function convictionLabel(name: ConvictionName, lockingPeriod: number, blockTimeMs: number): string {
  const c = CONVICTIONS.find((x) => x.name === name)!;
  const lock = lockBlocks(name, lockingPeriod);
  return lock === 0
    ? `None: 0.1× votes, no lock after the vote`
    : `${c.multiplier}×: locked ${formatDuration(lock * blockTimeMs)} after the referendum`;
}

/** The governance card. */
export function GovernanceCard({ dash }: { dash: Dashboard }) {
  const { api, info, overview, view, selected } = dash;
  const tx = useTx(api, selected);
  const amount = useAmount(info?.vvv ?? null);
  const delegateAmount = useAmount(info?.vvv ?? null);
  const [direction, setDirection] = useState<'aye' | 'nay'>('aye');
  const [conviction, setConviction] = useState<ConvictionName>('Locked1x');
  const [chosen, setChosen] = useState<number | null>(null);
  const [delegateTrack, setDelegateTrack] = useState<number | null>(null);
  const [delegateTo, setDelegateTo] = useState('');
  const [delegateConviction, setDelegateConviction] = useState<ConvictionName>('Locked1x');
  if (!api || !info || !overview || !view || !selected) {
    return (
      <section class="card" aria-labelledby="governance-title">
        <h2 id="governance-title">Governance</h2>
        <Waiting dash={dash} what="governance" />
      </section>
    );
  }
  const gov = info.governance;
  const chainGov = overview.governance;
  if (!gov || !chainGov || !api.tx.convictionVoting) {
    return (
      <section class="card" aria-labelledby="governance-title">
        <h2 id="governance-title">Governance</h2>
        <p class="empty" data-testid="no-governance">
          {gov ? `Governance's figures could not be read at block #${overview.block.toLocaleString('en-US')}.` : 'This chain has no referenda.'}
        </p>
      </section>
    );
  }
  const trackOf = (id: number): TrackInfo | undefined => gov.tracks.find((t) => t.id === id);
  const referenda = chainGov.referenda;
  const selectedIndex = referenda.some((r) => r.index === chosen) ? chosen : (referenda[referenda.length - 1]?.index ?? null);
  const votingPower = view.free + view.held;
  const myVotes = view.governance?.votes ?? [];
  const myDelegations = view.governance?.delegations ?? [];
  const track = delegateTrack ?? gov.tracks.find((t) => t.name === 'economics')?.id ?? gov.tracks[0]?.id ?? 0;
  const delegatingHere = myDelegations.find((d) => d.track === track);

  const vote = (e: Event) => {
    e.preventDefault();
    if (selectedIndex === null || !amount.value) return;
    const call = api.tx.convictionVoting.vote(selectedIndex, {
      Standard: { vote: { aye: direction === 'aye', conviction }, balance: amount.value },
    });
    tx.run(call, `Vote ${direction} on #${selectedIndex} with ${formatToken(amount.value, info.vvv)}`).then(
      (s) => s?.phase === 'done' && amount.setText(''),
    );
  };
  const delegate = (e: Event) => {
    e.preventDefault();
    if (!delegateAmount.value || delegateTo.trim() === '') return;
    const call = api.tx.convictionVoting.delegate(track, delegateTo.trim(), delegateConviction, delegateAmount.value);
    tx.run(call, `Delegate ${formatToken(delegateAmount.value, info.vvv)} on ${trackOf(track)?.name ?? track}`).then(
      (s) => s?.phase === 'done' && delegateAmount.setText(''),
    );
  };

  const bound =
    gov.operatorPeriod > 0
      ? operatorBound(overview.curve.targetSupply, gov.operatorStepParts, chainGov.operatorLastStep, gov.operatorPeriod, overview.block)
      : null;

  return (
    <section class="card" aria-labelledby="governance-title" data-testid="governance-card">
      <h2 id="governance-title">Governance</h2>
      <p class="note">
        VVV holders decide by referendum. Staked VVV votes too: a vote's lock overlaps the stake, nothing is unstaked.
      </p>
      <h3>Referenda</h3>
      {referenda.length === 0 ? (
        <p class="empty" data-testid="no-referenda">
          No referendum is ongoing.
        </p>
      ) : (
        <ul class="referenda">
          {referenda.map((r) => (
            <Referendum key={r.index} r={r} track={trackOf(r.track)} dash={dash} myVote={myVotes.find((v) => v.index === r.index)} onDeposit={() => tx.run(api.tx.referenda.placeDecisionDeposit(r.index), `Decision deposit for #${r.index}`)} busy={tx.busy} />
          ))}
        </ul>
      )}
      {referenda.length > 0 && (
        <form class="action" onSubmit={vote}>
          <div class="field">
            <label for="gov-referendum">Referendum</label>
            <select id="gov-referendum" data-testid="gov-referendum" value={selectedIndex ?? ''} onChange={(e) => setChosen(Number((e.target as HTMLSelectElement).value))}>
              {referenda.map((r) => (
                <option key={r.index} value={r.index}>
                  #{r.index} {trackOf(r.track)?.name ?? `track ${r.track}`}
                </option>
              ))}
            </select>
          </div>
          <Modes
            name="gov-direction"
            legend="Vote"
            modes={[
              ['aye', 'Aye'],
              ['nay', 'Nay'],
            ]}
            mode={direction}
            onChange={setDirection}
          />
          <ConvictionSelect id="gov-conviction" value={conviction} onChange={setConviction} lockingPeriod={gov.lockingPeriod} blockTimeMs={info.blockTimeMs} />
          <AmountInput
            id="gov-amount"
            label="Vote with"
            token={info.vvv}
            amount={amount}
            max={votingPower}
            hint={
              <>
                Staked VVV counts: vote with up to your free and staked VVV, {formatToken(votingPower, info.vvv)}.
              </>
            }
          />
          <button type="submit" data-testid="gov-vote-submit" disabled={tx.busy || !amount.value || selectedIndex === null}>
            Vote
          </button>
        </form>
      )}
      <h3>Delegate</h3>
      <form class="action" onSubmit={delegate}>
        <div class="field">
          <label for="gov-delegate-track">Track</label>
          <select id="gov-delegate-track" data-testid="gov-delegate-track" value={track} onChange={(e) => setDelegateTrack(Number((e.target as HTMLSelectElement).value))}>
            {gov.tracks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        {delegatingHere ? (
          <p data-testid="gov-delegating">
            Delegating <Amount planck={delegatingHere.balance} token={info.vvv} /> ({delegatingHere.conviction}) to <code>{delegatingHere.target}</code>.{' '}
            <button type="button" class="secondary" data-testid="gov-undelegate" disabled={tx.busy} onClick={() => tx.run(api.tx.convictionVoting.undelegate(track), 'Undelegate')}>
              Undelegate
            </button>
          </p>
        ) : (
          <>
            <div class="field">
              <label for="gov-delegate-to">To (address)</label>
              <input id="gov-delegate-to" data-testid="gov-delegate-to" autoComplete="off" value={delegateTo} onInput={(e) => setDelegateTo((e.target as HTMLInputElement).value)} />
            </div>
            <ConvictionSelect id="gov-delegate-conviction" value={delegateConviction} onChange={setDelegateConviction} lockingPeriod={gov.lockingPeriod} blockTimeMs={info.blockTimeMs} />
            <AmountInput id="gov-delegate-amount" label="Delegate" token={info.vvv} amount={delegateAmount} max={votingPower} hint={<>Your delegate's votes on this track carry this VVV too.</>} />
            <button type="submit" data-testid="gov-delegate-submit" disabled={tx.busy || !delegateAmount.value || delegateTo.trim() === ''}>
              Delegate
            </button>
          </>
        )}
      </form>
      <dl class="figures">
        <Figure label="Locked by your votes">
          <Amount planck={view.governance?.locked ?? 0n} token={info.vvv} testId="gov-locked" />
        </Figure>
      </dl>
      <h3>Operator</h3>
      {bound ? (
        <dl class="figures" data-testid="operator-bound">
          <Figure label="Target supply now">
            <Amount planck={overview.curve.targetSupply} token={info.diem} testId="operator-target" fraction={2} />
          </Figure>
          <Figure label={`Largest step (${formatPercent(gov.operatorStepParts / 1e9)})`}>
            <span data-testid="operator-step" data-planck={bound.maxStep.toString()}>
              ±{formatToken(bound.maxStep, info.diem, 2)}
            </span>
            <span class="sub">
              {' '}
              ({formatToken(bound.low, info.diem, 0)} to {formatToken(bound.high, info.diem, 0)})
            </span>
          </Figure>
          <Figure label="Next step">
            <span data-testid="operator-next" data-block={bound.nextStepAt}>
              {bound.canStepNow
                ? 'may step now'
                : `in ${formatDuration((bound.nextStepAt - overview.block) * info.blockTimeMs)} (block #${bound.nextStepAt.toLocaleString('en-US')})`}
            </span>
            <span class="sub">
              {' '}
              once every {formatDuration(gov.operatorPeriod * info.blockTimeMs)}
              {chainGov.operatorLastStep !== null && `; last step at block #${chainGov.operatorLastStep.toLocaleString('en-US')}`}
            </span>
          </Figure>
          <Figure label="Operator's keys">
            <span data-testid="operator-members">{chainGov.operatorMembers.length}</span>
          </Figure>
        </dl>
      ) : (
        <p class="empty">This chain has no operator.</p>
      )}
      <TxStatus tx={tx} testId="gov-tx" />
    </section>
  );
}

/** One ongoing referendum: track, proposal, tally against its track's curves, time left. */
function Referendum({
  r,
  track,
  dash,
  myVote,
  onDeposit,
  busy,
}: {
  r: ReferendumView;
  track: TrackInfo | undefined;
  dash: Dashboard;
  myVote: { aye: boolean | null; conviction: string; balance: bigint } | undefined;
  onDeposit: () => void;
  busy: boolean;
}) {
  const info = dash.info!;
  const overview = dash.overview!;
  const gov = overview.governance!;
  const now = overview.block;
  const timing = { submitted: r.submitted, decisionDepositPlaced: r.decisionDeposit !== null, deciding: r.deciding };
  const phase = track ? phaseOf(timing, track, now) : null;
  const shares = tallyShares(r.tally, gov.activeIssuance);
  const x = track ? elapsedShare(timing, track, now) : 0;
  const needs = track ? { approval: threshold(track.minApproval, x), support: threshold(track.minSupport, x) } : null;
  const id = `referendum-${r.index}`;
  return (
    <li
      data-testid={id}
      data-track={track?.name ?? String(r.track)}
      data-ayes={r.tally.ayes.toString()}
      data-nays={r.tally.nays.toString()}
      data-support={r.tally.support.toString()}
      data-phase={phase?.phase ?? ''}
      data-ends-at={phase?.endsAt ?? ''}
    >
      <div class="referendum-title">
        <strong>#{r.index}</strong> <span class="track">{track?.name ?? `track ${r.track}`}</span>{' '}
        <code class="call">{r.call ?? 'proposal not on chain'}</code>
      </div>
      <div class="tally">
        Ayes <Amount planck={r.tally.ayes} token={info.vvv} testId={`${id}-ayes`} fraction={2} /> · Nays{' '}
        <Amount planck={r.tally.nays} token={info.vvv} testId={`${id}-nays`} fraction={2} /> · Support{' '}
        <Amount planck={r.tally.support} token={info.vvv} testId={`${id}-support`} fraction={2} />
      </div>
      <div class="sub">
        Approval {formatPercent(shares.approval)}
        {needs && ` (needs ${formatPercent(needs.approval)})`} · support {formatPercent(shares.support)} of active {info.vvv.symbol}
        {needs && ` (needs ${formatPercent(needs.support)})`}
      </div>
      <div class="sub" data-testid={`${id}-time`}>
        {phase
          ? phase.endsAt === null
            ? PHASE_TEXT[phase.phase]
            : `${PHASE_TEXT[phase.phase]} in ${formatDuration((phase.endsAt - now) * info.blockTimeMs)} (block #${phase.endsAt.toLocaleString('en-US')})`
          : 'unknown track'}
      </div>
      {myVote && (
        <div class="sub" data-testid={`${id}-my-vote`}>
          Your vote: {myVote.aye === null ? 'split' : myVote.aye ? 'aye' : 'nay'} with {formatToken(myVote.balance, info.vvv)}, {myVote.conviction}
        </div>
      )}
      {phase?.phase === 'awaiting-deposit' && track && (
        <button type="button" class="secondary" disabled={busy} onClick={onDeposit}>
          Place decision deposit ({formatToken(track.decisionDeposit, info.vvv, 0)})
        </button>
      )}
      <ForecastSection index={r.index} endpoint={dash.endpoint} genesis={dash.api!.genesisHash.toHex()} callHash={r.callHash} />
    </li>
  );
}

// The forecasts the page has asked for, by chain, referendum and proposal: each file is fetched
// once a page load, however often the card draws.
const forecasts = new Map<string, Promise<ForecastLoad>>();

/**
 * Referendum `index`'s forecast beside the page, checked against its proposal's hash `callHash`
 * (null: unread, not checked), fetched the first time it is asked for.
 */
function useForecast(index: number, genesis: string, callHash: string | null): ForecastLoad | null {
  const [load, setLoad] = useState<{ key: string; load: ForecastLoad } | null>(null);
  const key = `${genesis}:${index}:${callHash ?? ''}`;
  useEffect(() => {
    let stale = false;
    let pending = forecasts.get(key);
    if (!pending) {
      pending = loadForecast(window.location.href, index, genesis, callHash);
      forecasts.set(key, pending);
    }
    pending.then((found) => !stale && setLoad({ key, load: found }));
    return () => {
      stale = true;
    };
  }, [key]);
  return load?.key === key ? load.load : null;
}

/**
 * A referendum's forecast: the explorer's medians without and with the proposal at each horizon,
 * the difference and the P10–P90 bands; else the command that computes it, and why a file
 * beside the page was refused if one was.
 */
function ForecastSection({ index, endpoint, genesis, callHash }: { index: number; endpoint: string; genesis: string; callHash: string | null }) {
  const load = useForecast(index, genesis, callHash);
  const id = `forecast-${index}`;
  if (!load) {
    return (
      <div class="forecast sub" data-testid={id} data-state="loading">
        Looking for a forecast…
      </div>
    );
  }
  if (load.kind === 'shown') return <ForecastTable forecast={load.forecast} id={id} />;
  return (
    <div class="forecast" data-testid={id} data-state={load.kind} data-error={load.kind === 'refused' ? load.error : undefined}>
      <div class="sub">
        <strong>Forecast:</strong> none yet. The explorer runs the economy with and without this proposal from this chain's state; put the
        file it writes at <code>{forecastPath(index)}</code> beside this page:
      </div>
      {load.kind === 'refused' && (
        <div class="sub invalid" role="note" data-testid={`${id}-refused`} data-error={load.error}>
          <code>{forecastPath(index)}</code> is refused ({load.error}): {load.reason}.
        </div>
      )}
      <code class="forecast-command" data-testid={`${id}-command`}>
        {forecastCommand(endpoint, index)}
      </code>
    </div>
  );
}

/** The forecast's table: a row a figure, a column a horizon. */
function ForecastTable({ forecast, id }: { forecast: Forecast; id: string }) {
  const from = forecast.chain ? `from block #${forecast.chain.block.toLocaleString('en-US')} of this chain` : 'from the scenario’s genesis';
  return (
    <div
      class="forecast"
      data-testid={id}
      data-state="shown"
      data-days={forecast.horizons.map((h) => h.day).join(',')}
      data-runs={forecast.runs}
      data-from-block={forecast.chain?.block ?? ''}
      data-enact-hour={forecast.enactHour}
    >
      <div class="sub">
        <strong>Forecast</strong> (diem-sim, {forecast.runs} runs of {forecast.days} days {from}, the proposal applied{' '}
        {formatEnactment(forecast.enactHour)}): median without → with the proposal, the difference,
        P10–P90 below; VVV burned since day 0.
      </div>
      <div class="forecast-scroll">
        <table class="forecast-table">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Figure</span>
              </th>
              {forecast.horizons.map((h) => (
                <th scope="col" key={h.day}>
                  Day {h.day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FORECAST_METRICS.map((m) => (
              <tr key={m.key}>
                <th scope="row">
                  {m.label} <span class="unit">({m.unit})</span>
                </th>
                {forecast.horizons.map((h) => {
                  const c = h.metrics[m.key];
                  const change = formatChange(c.difference, c.without.median);
                  return (
                    <td
                      key={h.day}
                      data-testid={`${id}-${m.key.replace('_', '-')}-${h.day}`}
                      data-without={c.without.median}
                      data-with={c.with.median}
                      data-difference={c.difference}
                      data-without-p10={c.without.p10}
                      data-without-p90={c.without.p90}
                      data-with-p10={c.with.p10}
                      data-with-p90={c.with.p90}
                      title={`${m.label} on day ${h.day}, P10–P90: without ${formatBand(c.without)} ${m.unit}, with ${formatBand(c.with)} ${m.unit}`}
                    >
                      <span class="forecast-medians">
                        {formatFigure(c.without.median)} → {formatFigure(c.with.median)}
                      </span>
                      <span class="forecast-difference">
                        {formatDifference(c.difference)}
                        {change && ` (${change})`}
                      </span>
                      <span class="forecast-band">
                        {formatBand(c.without)} → {formatBand(c.with)}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A conviction picker, each option with the lock time it costs. */
function ConvictionSelect(props: {
  id: string;
  value: ConvictionName;
  onChange: (value: ConvictionName) => void;
  lockingPeriod: number;
  blockTimeMs: number;
}) {
  return (
    <div class="field">
      <label for={props.id}>Conviction</label>
      <select id={props.id} data-testid={props.id} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as ConvictionName)}>
        {CONVICTIONS.map((c) => (
          <option key={c.name} value={c.name}>
            {convictionLabel(c.name, props.lockingPeriod, props.blockTimeMs)}
          </option>
        ))}
      </select>
    </div>
  );
}
