// Compute credits: DIEM staked gives $1 of compute a day (design §9). Stake and unstake DIEM,
// today's allowance and use, the next renewal, and unstaked DIEM cooling down.

import { useState } from 'preact/hooks';
import { formatDuration, formatToken, formatUsd } from '../format';
import type { Dashboard } from '../state';
import { Amount, AmountInput, Figure, Modes, TxStatus, useAmount, useTx, Waiting } from '../ui';

/** The credits card. */
export function CreditsCard({ dash }: { dash: Dashboard }) {
  const { api, info, overview, view, selected } = dash;
  const tx = useTx(api, selected);
  const amount = useAmount(info?.diem ?? null);
  const [mode, setMode] = useState<'stake' | 'unstake'>('stake');
  if (!api || !info || !overview || !view) {
    return (
      <section class="card" aria-labelledby="credits-title">
        <h2 id="credits-title">Compute credits</h2>
        <Waiting dash={dash} what="credits" />
      </section>
    );
  }
  if (!api.tx.credits) {
    return (
      <section class="card" aria-labelledby="credits-title">
        <h2 id="credits-title">Compute credits</h2>
        <p class="empty">This chain has no credits pallet.</p>
      </section>
    );
  }
  const c = view.credits;
  const ready = c.unlocking.filter((chunk) => (chunk.unlockAt ?? 0) <= overview.timestamp);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!amount.value) return;
    const call = mode === 'stake' ? api.tx.credits.stakeDiem(amount.value) : api.tx.credits.unstakeDiem(amount.value);
    tx.run(call, `${mode === 'stake' ? 'Stake' : 'Unstake'} ${formatToken(amount.value, info.diem)} for credits`).then(
      (s) => s?.phase === 'done' && amount.setText(''),
    );
  };
  return (
    <section class="card" aria-labelledby="credits-title" data-testid="credits-card">
      <h2 id="credits-title">Compute credits</h2>
      <p class="note">Each DIEM staked here gives $1 of compute a day, from the day after it is staked.</p>
      <dl class="figures">
        <Figure label="DIEM staked">
          <Amount planck={c.staked} token={info.diem} testId="credits-staked" />
        </Figure>
        <Figure label="Counting today / tomorrow">
          <Amount planck={c.countingToday} token={info.diem} /> / <Amount planck={c.countingTomorrow} token={info.diem} />
        </Figure>
        <Figure label="Today's allowance">
          <span data-testid="credits-allowance">{formatUsd(c.allowanceToday)}</span>
        </Figure>
        <Figure label="Used / left today">
          <span data-testid="credits-used">{formatUsd(c.usedToday)}</span> / <span data-testid="credits-remaining">{formatUsd(c.remainingToday)}</span>
        </Figure>
        <Figure label="Next renewal">
          <span data-testid="credits-renewal">
            in {formatDuration(c.nextRenewalAt - overview.timestamp)} (block #{c.nextRenewalBlock.toLocaleString('en-US')})
          </span>
        </Figure>
      </dl>
      <form class="action" onSubmit={submit}>
        <Modes
          name="credits-mode"
          legend="Action"
          modes={[
            ['stake', 'Stake DIEM'],
            ['unstake', 'Unstake DIEM'],
          ]}
          mode={mode}
          onChange={setMode}
        />
        <AmountInput
          id="credits-amount"
          label={mode === 'stake' ? 'Stake' : 'Unstake'}
          token={info.diem}
          amount={amount}
          max={mode === 'stake' ? view.diem : c.staked}
          hint={mode === 'stake' ? <>You hold {formatToken(view.diem, info.diem)}</> : <>Unstaked DIEM stops giving credits at once and cools down first.</>}
        />
        <button type="submit" data-testid="credits-submit" disabled={tx.busy || !amount.value}>
          {mode === 'stake' ? 'Stake DIEM' : 'Unstake DIEM'}
        </button>
      </form>
      <h3>Cooldown</h3>
      {c.unlocking.length === 0 ? (
        <p class="empty">Nothing cooling down.</p>
      ) : (
        <>
          <ul class="chunks">
            {c.unlocking.map((chunk, i) => (
              <li key={i}>
                <Amount planck={chunk.amount} token={info.diem} />
                <span class="sub">{(chunk.unlockAt ?? 0) <= overview.timestamp ? 'ready' : `in ${formatDuration((chunk.unlockAt ?? 0) - overview.timestamp)}`}</span>
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Cancel unstake of ${formatToken(chunk.amount, info.diem)}`}
                  disabled={tx.busy}
                  onClick={() => tx.run(api.tx.credits.cancelUnstakeDiem(i), 'Cancel unstake')}
                >
                  Cancel
                </button>
              </li>
            ))}
          </ul>
          <button type="button" disabled={tx.busy || ready.length === 0} onClick={() => tx.run(api.tx.credits.withdrawDiem(), 'Withdraw DIEM')}>
            Withdraw
          </button>
        </>
      )}
      <TxStatus tx={tx} testId="credits-tx" />
    </section>
  );
}
