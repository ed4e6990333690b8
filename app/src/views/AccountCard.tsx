// The selected account's balances.

import type { Dashboard } from '../state';
import { Amount, Figure, Loading } from '../ui';

/** VVV free and held, DIEM and USDC. */
export function AccountCard({ dash }: { dash: Dashboard }) {
  const { info, view, selected } = dash;
  return (
    <section class="card" aria-labelledby="account-title" data-testid="account-card">
      <h2 id="account-title">Account</h2>
      {!info || (selected && !view) ? (
        <Loading what="balances" />
      ) : !selected || !view ? (
        <p class="empty">Choose an account above.</p>
      ) : (
        <>
          <p class="address" title={view.address}>
            {selected.name}: <code>{view.address}</code>
          </p>
          <dl class="figures">
            <Figure label={`${info.vvv.symbol} free`}>
              <Amount planck={view.free} token={info.vvv} testId="balance-vvv-free" />
            </Figure>
            <Figure label={`${info.vvv.symbol} held (staked, cooling down)`}>
              <Amount planck={view.held} token={info.vvv} testId="balance-vvv-held" />
            </Figure>
            <Figure label={info.diem.symbol}>
              <Amount planck={view.diem} token={info.diem} testId="balance-diem" />
            </Figure>
            {info.usdc && (
              <Figure label={info.usdc.symbol}>
                <Amount planck={view.usdc} token={info.usdc} testId="balance-usdc" fraction={2} />
              </Figure>
            )}
          </dl>
        </>
      )}
    </section>
  );
}
