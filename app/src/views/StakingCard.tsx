// VVV staking: stake and unstake, cooldown chunks with their time left, rewards accruing each
// block, claim or compound, and the APR.

import { useState } from 'preact/hooks';
import { formatDuration, formatPercent, formatToken } from '../format';
import type { Dashboard } from '../state';
import { Amount, AmountInput, Figure, Modes, TxStatus, useAmount, useTx, Waiting } from '../ui';

const DAYS_PER_YEAR = 365;

/** The staking card. */
export function StakingCard({ dash }: { dash: Dashboard }) {
  const { api, info, overview, view, selected } = dash;
  const tx = useTx(api, selected);
  const amount = useAmount(info?.vvv ?? null);
  const [mode, setMode] = useState<'stake' | 'unstake'>('stake');
  if (!api || !info || !overview || !view) {
    return (
      <section class="card" aria-labelledby="staking-title">
        <h2 id="staking-title">Staking</h2>
        <Waiting dash={dash} what="staking" />
      </section>
    );
  }
  const freeStake = view.staked - view.stakeLocked;
  const lockedApr = overview.apr === null ? null : overview.apr * (1 - overview.lockedYieldToTreasury);
  const yearly =
    overview.apr === null ? null : Number(freeStake) * overview.apr + Number(view.stakeLocked) * (lockedApr ?? 0);
  const perDay = yearly === null ? null : BigInt(Math.floor(yearly / DAYS_PER_YEAR));
  const ready = view.unlocking.filter((c) => (c.unlockBlock ?? 0) <= overview.block);
  const submit = (e: Event) => {
    e.preventDefault();
    if (amount.value === null || amount.value === 0n) return;
    const call = mode === 'stake' ? api.tx.staking.stake(amount.value) : api.tx.staking.unstake(amount.value);
    const label = `${mode === 'stake' ? 'Stake' : 'Unstake'} ${formatToken(amount.value, info.vvv)}`;
    tx.run(call, label).then((s) => s?.phase === 'done' && amount.setText(''));
  };
  return (
    <section class="card" aria-labelledby="staking-title" data-testid="staking-card">
      <h2 id="staking-title">Staking</h2>
      <dl class="figures">
        <Figure label="Staked">
          <Amount planck={view.staked} token={info.vvv} testId="staked" />
        </Figure>
        <Figure label="Locked as DIEM collateral">
          <Amount planck={view.stakeLocked} token={info.vvv} testId="stake-locked" />
        </Figure>
        <Figure label="Rewards, accruing every block">
          <Amount planck={view.pendingRewards} token={info.vvv} testId="pending-rewards" fraction={6} />
          {perDay !== null && perDay > 0n && <span class="sub"> +{formatToken(perDay, info.vvv)} a day</span>}
        </Figure>
        <Figure label="APR (free / locked stake)">
          <span data-testid="apr">
            {overview.apr === null ? '– (nothing staked)' : `${formatPercent(overview.apr)} / ${formatPercent(lockedApr ?? 0)}`}
          </span>
        </Figure>
      </dl>
      <form class="action" onSubmit={submit}>
        <Modes
          name="staking-mode"
          legend="Action"
          modes={[
            ['stake', 'Stake'],
            ['unstake', 'Unstake'],
          ]}
          mode={mode}
          onChange={setMode}
        />
        <AmountInput
          id="stake-amount"
          label={mode === 'stake' ? 'Stake' : 'Unstake'}
          token={info.vvv}
          amount={amount}
          max={mode === 'stake' ? undefined : freeStake}
          hint={
            mode === 'stake' ? (
              <>
                Free: {formatToken(view.free, info.vvv)}. Keep some for fees.
              </>
            ) : (
              <>
                Free stake: {formatToken(freeStake, info.vvv)}. Unstaked VVV stops earning and cools down first.
              </>
            )
          }
        />
        <button type="submit" data-testid="stake-submit" disabled={tx.busy || !amount.value}>
          {mode === 'stake' ? 'Stake' : 'Unstake'}
        </button>
      </form>
      <div class="buttons">
        <button
          type="button"
          data-testid="claim"
          disabled={tx.busy || view.pendingRewards === 0n}
          onClick={() => tx.run(api.tx.staking.claimRewards(), 'Claim rewards')}
        >
          Claim
        </button>
        <button
          type="button"
          data-testid="compound"
          disabled={tx.busy || view.pendingRewards === 0n}
          onClick={() => tx.run(api.tx.staking.compound(), 'Compound rewards')}
        >
          Compound
        </button>
      </div>
      <h3>Cooldown</h3>
      {view.unlocking.length === 0 ? (
        <p class="empty" data-testid="no-cooldown">
          Nothing cooling down.
        </p>
      ) : (
        <>
          <ul class="chunks" data-testid="cooldown">
            {view.unlocking.map((chunk, i) => {
              const blocksLeft = (chunk.unlockBlock ?? 0) - overview.block;
              return (
                <li key={i}>
                  <Amount planck={chunk.amount} token={info.vvv} />
                  <span class="sub">
                    {blocksLeft <= 0
                      ? 'ready'
                      : `in ${formatDuration(blocksLeft * info.blockTimeMs)} (block #${chunk.unlockBlock})`}
                  </span>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={`Cancel unstake of ${formatToken(chunk.amount, info.vvv)}`}
                    disabled={tx.busy}
                    onClick={() => tx.run(api.tx.staking.cancelUnstake(i), `Cancel unstake of ${formatToken(chunk.amount, info.vvv)}`)}
                  >
                    Cancel
                  </button>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            data-testid="withdraw"
            disabled={tx.busy || ready.length === 0}
            onClick={() => tx.run(api.tx.staking.withdrawUnstaked(), 'Withdraw')}
          >
            Withdraw {ready.length > 0 && formatToken(ready.reduce((s, c) => s + c.amount, 0n), info.vvv)}
          </button>
        </>
      )}
      <TxStatus tx={tx} testId="staking-tx" />
    </section>
  );
}
