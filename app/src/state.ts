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
  seriesPointOf,
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
  // The account the user chose (kept across visits), else the first offered.
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(SELECTED_KEY));
  const [view, setView] = useState<AccountView | null>(null);
  const [series, setSeries] = useState<SeriesPoint[]>([]);
  const selectedRef = useRef<string | null>(null);
  const latest = useRef<{ hash: string; block: number } | null>(null);
  const shown = useRef({ overview: -1, account: -1 });
  const reconnected = useRef(false);
  // Reads an account's figures at the newest block; set once connected.
  const selectAccountRead = useRef<(address: string) => void>(() => undefined);

  const selectedAddress = accounts.some((a) => a.address === chosen) ? chosen : (accounts[0]?.address ?? null);
  selectedRef.current = selectedAddress;

  useEffect(() => {
    let closed = false;
    const unsubscribers: (() => void)[] = [];
    const slow = setTimeout(() => {
      if (!closed) setProblem(`No answer from ${endpoint} yet: is the node running? Retrying every second.`);
    }, 4_000);
    const onState = (state: ConnectionState) => {
      if (closed) return;
      if (state === 'reconnecting') reconnected.current = true;
      setConnection(state);
    };
    (async () => {
      const chainApi = await connect(endpoint, onState);
      if (closed) return chainApi.disconnect();
      clearTimeout(slow);
      setProblem(null);
      const chainInfo = await readChainInfo(chainApi);
      if (closed) return;
      setApi(chainApi);
      setInfo(chainInfo);
      if (chainInfo.isDev) setAccounts(await devAccounts(ss58Of(chainApi)));
      // An extension may wait for its user to allow the page: the page does not wait for it.
      extensionAccounts(ss58Of(chainApi))
        .then((found) => !closed && found.length > 0 && setAccounts((dev) => [...found, ...dev.filter((a) => a.source === 'dev')]))
        .catch(() => undefined);

      const readAccountAt = (address: string, hash: string, block: number) =>
        readAccount(chainApi, chainInfo, address, hash)
          .then((account) => {
            if (closed || address !== selectedRef.current || block < shown.current.account) return;
            shown.current.account = block;
            setView(account);
          })
          .catch(() => {
            // A read cut by a lost connection or a pruned block: the next block reads again.
          });
      const head = (await chainApi.rpc.chain.getHeader()).hash.toHex();
      readRecentSeries(chainApi, head, SERIES_BLOCKS).then((points) => {
        if (!closed) setSeries((live) => mergeSeries(points, live));
      });
      unsubscribers.push(
        await chainApi.rpc.chain.subscribeNewHeads((header) => {
          const hash = header.hash.toHex();
          const block = header.number.toNumber();
          if (reconnected.current) {
            // The node may have come back as a new chain (a `--tmp` dev node): start afresh.
            reconnected.current = false;
            shown.current = { overview: -1, account: -1 };
            setSeries([]);
          }
          latest.current = { hash, block };
          readOverview(chainApi, hash, block)
            .then((next) => {
              if (closed) return;
              setSeries((old) => mergeSeries(old, [seriesPointOf(next)]));
              if (block < shown.current.overview) return;
              shown.current.overview = block;
              setOverview(next);
            })
            .catch(() => undefined);
          if (selectedRef.current) readAccountAt(selectedRef.current, hash, block);
        }),
        await chainApi.rpc.chain.subscribeFinalizedHeads((header) => {
          if (!closed) setFinalized(header.number.toNumber());
        }),
      );
      selectAccountRead.current = (address: string) => {
        if (latest.current) readAccountAt(address, latest.current.hash, latest.current.block);
      };
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
    setChosen(address);
    localStorage.setItem(SELECTED_KEY, address);
    setView(null);
    shown.current.account = -1;
    selectAccountRead.current(address);
  };

  // The first account offered is shown as soon as it appears.
  useEffect(() => {
    if (selectedAddress && view?.address !== selectedAddress) {
      setView(null);
      shown.current.account = -1;
      selectAccountRead.current(selectedAddress);
    }
  }, [selectedAddress]);

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
