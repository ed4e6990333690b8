// The page's entry: reads the endpoint from the URL and draws the dashboard.

import { render } from 'preact';
import { useState } from 'preact/hooks';
import { endpointFromUrl } from './chain';
import { useDashboard } from './state';
import './style.css';
import { AccountCard } from './views/AccountCard';
import { ApiAccessCard } from './views/ApiAccessCard';
import { ClaimCard } from './views/ClaimCard';
import { CreditsCard } from './views/CreditsCard';
import { DiemCard, type MintPreview } from './views/DiemCard';
import { GovernanceCard } from './views/GovernanceCard';
import { Header } from './views/Header';
import { Plots } from './views/Plots';
import { StakingCard } from './views/StakingCard';
import { TradeCard } from './views/TradeCard';

function App() {
  const dash = useDashboard(endpointFromUrl(window.location.search));
  const [preview, setPreview] = useState<MintPreview | null>(null);
  return (
    <>
      <a class="skip" href="#main">
        Skip to the dashboard
      </a>
      <Header dash={dash} />
      <main id="main" class="grid" data-ready={dash.view ? 'true' : 'false'}>
        <div class="column">
          <AccountCard dash={dash} />
          <CreditsCard dash={dash} />
        </div>
        <StakingCard dash={dash} />
        <DiemCard dash={dash} onPreview={setPreview} />
        <TradeCard dash={dash} />
        <ApiAccessCard dash={dash} />
        <ClaimCard dash={dash} />
        <GovernanceCard dash={dash} />
        <Plots dash={dash} preview={preview} />
      </main>
      <footer class="footer">
        Connected to <code>{dash.endpoint}</code>. Another node: add <code>?rpc=ws://host:port</code> to the address; another
        compute gateway: <code>?gateway=http://host:port</code>. Hover an amount for its exact planck.
      </footer>
    </>
  );
}

render(<App />, document.getElementById('app')!);
