// The page's live state: the connection, the chain's figures at the newest best block, the
// selected account's, and the plots' series. One read per new best block; a read that finishes
// after a newer one has been shown is dropped.

import type { ApiPromise } from '@polkadot/api';
import { useEffect, useRef, useState } from 'preact/hooks';
import { devAccounts, extensionAccounts, ss58Of, type Account } from './accounts';
import {
  connect,
  readAccount,
  readChainInfo,
  readOverview,
  readRecentSeries,
  readSeriesPoint,
  type AccountView,
  type ChainInfo,
  type ConnectionState,
  type Overview,
  type SeriesPoint,
} from './chain';
import { mergeSeries, SERIES_BLOCKS } from './series';

const SELECTED_KEY = 'diem-dashboard:account';

/** Everything the views draw. */
export interface Dashboard {
  endpoint: string;
  connection: ConnectionState;
  /** Why the first connection has not worked yet, if it has not. */
  problem: string | null;
  api: ApiPromise | null;
  info: ChainInfo | null;
  overview: Overview | null;
  finalized: number | null;
  accounts: Account[];
  selected: Account | null;
  select: (address: string) => void;
  view: AccountView | null;
  series: SeriesPoint[];
}

/** Connects to `endpoint` and keeps the dashboard's state current. */
export function useDashboard(endpoint: string): Dashboard {
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [problem, setProblem] = useState<string | null>(null);
  const [api, setApi] = useState<ApiPromise | null>(null);
  const [info, setInfo] = useState<ChainInfo | null>(null);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [finalized, setFinalized] = useState<number | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [selectedAddress, setSelectedAddress] = useState<string | null>(() => localStorage.getItem(SELECTED_KEY));
  const [view, setView] = useState<AccountView | null>(null);
  const [series, setSeries] = useState<SeriesPoint[]>([]);
  const selectedRef = useRef<string | null>(selectedAddress);
  const latestHash = useRef<string | null>(null);
  const shownBlock = useRef(-1);

  useEffect(() => {
    let closed = false;
    const unsubscribers: (() => void)[] = [];
    const slow = setTimeout(() => {
      if (!closed) setProblem(`No answer from ${endpoint} yet: is the node running? Retrying every second.`);
    }, 4_000);
    (async () => {
      const chainApi = await connect(endpoint, (state) => !closed && setConnection(state));
      if (closed) return chainApi.disconnect();
      clearTimeout(slow);
      setProblem(null);
      const chainInfo = await readChainInfo(chainApi);
      const found = [
        ...(await extensionAccounts(ss58Of(chainApi)).catch(() => [])),
        ...(chainInfo.isDev ? await devAccounts(ss58Of(chainApi)) : []),
      ];
      if (closed) return;
      setApi(chainApi);
      setInfo(chainInfo);
      setAccounts(found);
      if (!found.some((a) => a.address === selectedRef.current)) {
        selectedRef.current = found[0]?.address ?? null;
        setSelectedAddress(selectedRef.current);
      }
      const head = (await chainApi.rpc.chain.getHeader()).hash.toHex();
      readRecentSeries(chainApi, head, SERIES_BLOCKS).then((points) => {
        if (!closed) setSeries((live) => mergeSeries(points, live));
      });
      unsubscribers.push(
        await chainApi.rpc.chain.subscribeNewHeads((header) => {
          const hash = header.hash.toHex();
          const block = header.number.toNumber();
          latestHash.current = hash;
          Promise.all([
            readOverview(chainApi, hash),
            selectedRef.current ? readAccount(chainApi, chainInfo, selectedRef.current, hash) : Promise.resolve(null),
            readSeriesPoint(chainApi, hash),
          ])
            .then(([next, account, point]) => {
              if (closed || block < shownBlock.current) return;
              shownBlock.current = block;
              setOverview(next);
              if (!account || account.address === selectedRef.current) setView(account);
              setSeries((old) => mergeSeries(old, [point]));
            })
            .catch(() => {
              // A read cut by a lost connection: the next block after reconnecting reads again.
            });
        }),
        await chainApi.rpc.chain.subscribeFinalizedHeads((header) => {
          if (!closed) setFinalized(header.number.toNumber());
        }),
      );
    })().catch((error: unknown) => {
      if (!closed) setProblem(error instanceof Error ? error.message : String(error));
    });
    return () => {
      closed = true;
      clearTimeout(slow);
      unsubscribers.forEach((u) => u());
    };
  }, [endpoint]);

  const select = (address: string) => {
    selectedRef.current = address;
    setSelectedAddress(address);
    localStorage.setItem(SELECTED_KEY, address);
    setView(null);
    if (api && info && latestHash.current) {
      readAccount(api, info, address, latestHash.current).then((account) => {
        if (selectedRef.current === address) setView(account);
      });
    }
  };

  return {
    endpoint,
    connection,
    problem,
    api,
    info,
    overview,
    finalized,
    accounts,
    selected: accounts.find((a) => a.address === selectedAddress) ?? null,
    select,
    view,
    series,
  };
}
