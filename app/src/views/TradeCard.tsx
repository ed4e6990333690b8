// Trade: buy and sell DIEM and VVV for USDC on the chain's DEX (`pallet-asset-conversion`) at a
// live quote with a slippage bound, and the comparison a DIEM holder decides on: DIEM's price in
// its pool against what minting one costs now (the curve's VVV at VVV's pool price).

import { useEffect, useState } from 'preact/hooks';
import { quoteSwap, readMarket, type Market } from '../chain';
import { formatRatio, formatToken, type Token } from '../format';
import type { Dashboard } from '../state';
import { assetKind, compareMintToMarket, describeMintVersusMarket, minimumOut, mintCost, parseSlippage, spotPrice, swapPath, type Side } from '../trade';
import { Amount, AmountInput, Figure, Modes, TxStatus, useAmount, useTx, Waiting } from '../ui';

type TokenChoice = 'diem' | 'vvv';

/** The chain's quote of the typed swap, at one block. */
interface SwapQuote {
  hash: string;
  side: Side;
  token: TokenChoice;
  input: bigint;
  out: bigint | null;
}

const SLIPPAGE_CHOICES = ['0.1', '0.5', '1'];

/** The trade card. */
export function TradeCard({ dash }: { dash: Dashboard }) {
  const { api, info, overview, view, selected } = dash;
  const tx = useTx(api, selected);
  const [token, setToken] = useState<TokenChoice>('diem');
  const [side, setSide] = useState<Side>('buy');
  const [slippage, setSlippage] = useState('0.5');
  const [market, setMarket] = useState<Market | null>(null);
  const [quote, setQuote] = useState<SwapQuote | null>(null);
  const usdc = info?.usdc ?? null;
  const traded: (Token & { assetId: number | null }) | null = info ? (token === 'diem' ? info.diem : { ...info.vvv, assetId: null }) : null;
  const amount = useAmount(side === 'buy' ? usdc : traded);
  const hash = overview?.hash;
  const input = amount.value;

  // The pools and the curve, at every block the page shows.
  useEffect(() => {
    if (!api || !info || !info.usdc || !hash) return;
    let stale = false;
    readMarket(api, { ...info, usdc: info.usdc }, hash)
      .then((m) => !stale && setMarket(m))
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [api, info, hash]);

  // The swap's quote: as the user types (after a short pause) and at every block.
  useEffect(() => {
    if (!api || !usdc || !traded || !hash || input === null || input === 0n) {
      setQuote(null);
      return;
    }
    let stale = false;
    const [from, to] = swapPath(side, assetKind(traded.assetId), assetKind(usdc.assetId));
    const timer = setTimeout(() => {
      quoteSwap(api, hash, from, to, input)
        .then((out) => !stale && setQuote({ hash, side, token, input, out }))
        .catch(() => undefined);
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [api, hash, side, token, input]);

  if (!api || !info || !overview || !view || !selected || !traded) {
    return (
      <section class="card" aria-labelledby="trade-title">
        <h2 id="trade-title">Trade</h2>
        <Waiting dash={dash} what="the DEX" />
      </section>
    );
  }
  if (!usdc || !api.tx.assetConversion) {
    return (
      <section class="card" aria-labelledby="trade-title">
        <h2 id="trade-title">Trade</h2>
        <p class="empty">This chain has no USDC pools to trade in.</p>
      </section>
    );
  }

  const current = quote && quote.side === side && quote.token === token && quote.input === input ? quote : null;
  const slippageParsed = parseSlippage(slippage);
  const bound = current?.out != null && slippageParsed.ok ? minimumOut(current.out, slippageParsed.bps) : null;
  const [payToken, getToken] = side === 'buy' ? [usdc, traded] : [traded, usdc];
  const holding = (t: 'usdc' | TokenChoice) => (t === 'usdc' ? view.usdc : t === 'diem' ? view.diem : view.free);
  const paying = holding(side === 'buy' ? 'usdc' : token);

  const submit = (e: Event) => {
    e.preventDefault();
    if (!current || current.out === null || bound === null || input === null) return;
    const path = swapPath(side, assetKind(traded.assetId), assetKind(usdc.assetId));
    // keep_alive: a sale never takes the account below the existential deposit.
    const call = api.tx.assetConversion.swapExactTokensForTokens(path, input, bound, selected.address, true);
    const label = side === 'buy' ? `Buy ${traded.symbol} for ${formatToken(input, usdc, 2)}` : `Sell ${formatToken(input, traded)}`;
    tx.run(call, label).then((s) => s?.phase === 'done' && amount.setText(''));
  };

  return (
    <section class="card" aria-labelledby="trade-title" data-testid="trade-card">
      <h2 id="trade-title">Trade</h2>
      <p class="note">
        Buy or sell {info.diem.symbol} and {info.vvv.symbol} for {usdc.symbol} on the chain's DEX; each swap pays the pool 0.3%.
      </p>
      <MintOrBuy market={market} info={info} usdc={usdc} />

      <form class="action" onSubmit={submit} aria-labelledby="swap-title">
        <h3 id="swap-title">Swap</h3>
        <Modes
          name="trade-token"
          legend="Token"
          modes={[
            ['diem', info.diem.symbol],
            ['vvv', info.vvv.symbol],
          ]}
          mode={token}
          onChange={(t) => {
            setToken(t);
            if (side === 'sell') amount.setText('');
          }}
        />
        <Modes
          name="trade-side"
          legend="Side"
          modes={[
            ['buy', `Buy with ${usdc.symbol}`],
            ['sell', `Sell for ${usdc.symbol}`],
          ]}
          mode={side}
          onChange={(s) => {
            setSide(s);
            amount.setText('');
          }}
        />
        <AmountInput
          id="trade-amount"
          label={side === 'buy' ? 'Pay' : 'Sell'}
          token={payToken}
          amount={amount}
          max={paying}
          hint={<>You hold {formatToken(paying, payToken, payToken === usdc ? 2 : 4)}</>}
        />
        <div class="field">
          <label for="trade-slippage">Slippage bound (%)</label>
          <div class="input-row">
            <input
              id="trade-slippage"
              data-testid="trade-slippage"
              inputMode="decimal"
              value={slippage}
              aria-invalid={slippageParsed.ok ? 'false' : 'true'}
              aria-describedby="trade-slippage-hint"
              onInput={(e) => setSlippage((e.target as HTMLInputElement).value)}
            />
            {SLIPPAGE_CHOICES.map((c) => (
              <button type="button" key={c} class={c === slippage ? 'secondary chosen' : 'secondary'} aria-pressed={c === slippage} onClick={() => setSlippage(c)}>
                {c}%
              </button>
            ))}
          </div>
          <div id="trade-slippage-hint" class={slippageParsed.ok ? 'hint' : 'hint invalid'}>
            {slippageParsed.ok ? 'The swap fails rather than pay out less than the quote less this.' : slippageParsed.reason}
          </div>
        </div>
        <div class="quote" data-testid="trade-quote" aria-live="polite" data-block={current?.hash}>
          {input === null || input === 0n ? (
            <span class="empty">Type an amount for a quote.</span>
          ) : !current ? (
            <span class="loading">Quoting…</span>
          ) : current.out === null ? (
            <span class="problems" data-testid="trade-no-quote">
              The pool cannot fill this swap.
            </span>
          ) : (
            <dl class="figures">
              <Figure label="You receive about">
                <Amount planck={current.out} token={getToken} testId="trade-out" fraction={getToken === usdc ? 2 : 4} />
              </Figure>
              <Figure label="Average price">
                <span data-testid="trade-price">
                  {side === 'buy'
                    ? formatRatio(input, usdc.decimals, current.out, traded.decimals)
                    : formatRatio(current.out, usdc.decimals, input, traded.decimals)}{' '}
                  {usdc.symbol}/{traded.symbol}
                </span>
              </Figure>
              {bound !== null && (
                <Figure label="You receive at least">
                  <Amount planck={bound} token={getToken} testId="trade-min-out" fraction={getToken === usdc ? 2 : 4} />
                </Figure>
              )}
            </dl>
          )}
        </div>
        <button type="submit" data-testid="trade-submit" disabled={tx.busy || !current || current.out === null || bound === null}>
          {side === 'buy' ? `Buy ${traded.symbol}` : `Sell ${traded.symbol}`}
        </button>
      </form>
      <TxStatus tx={tx} testId="trade-tx" />
    </section>
  );
}

/** DIEM's price in its pool against what minting one costs now. */
function MintOrBuy({ market, info, usdc }: { market: Market | null; info: NonNullable<Dashboard['info']>; usdc: Token & { assetId: number } }) {
  if (!market) return <p class="loading">Reading the pools…</p>;
  const diemPrice = market.diemPool ? spotPrice(market.diemPool.base, info.diem.decimals, market.diemPool.quote) : null;
  const vvvPrice = market.vvvPool ? spotPrice(market.vvvPool.base, info.vvv.decimals, market.vvvPool.quote) : null;
  const mintVvv = 'vvv' in market.mintOne ? market.mintOne.vvv : null;
  const cost = mintVvv !== null && vvvPrice !== null ? mintCost(mintVvv, vvvPrice, info.vvv.decimals) : null;
  const verdict = cost !== null && diemPrice !== null ? compareMintToMarket(cost, diemPrice) : null;
  return (
    <>
      <h3>Mint or buy?</h3>
      <dl class="figures" data-testid="market" data-block={market.hash}>
        <Figure label={`${info.diem.symbol} on the DEX`}>
          {diemPrice === null ? <span class="empty">no pool</span> : <Amount planck={diemPrice} token={usdc} testId="diem-market-price" />}
        </Figure>
        <Figure label={`${info.vvv.symbol} on the DEX`}>
          {vvvPrice === null ? <span class="empty">no pool</span> : <Amount planck={vvvPrice} token={usdc} testId="vvv-market-price" />}
        </Figure>
        <Figure label={`Minting 1 ${info.diem.symbol} locks`}>
          {mintVvv === null ? (
            <span class="empty" data-testid="mint-one-refused">
              refused by the curve ({'error' in market.mintOne ? market.mintOne.error : ''})
            </span>
          ) : (
            <>
              <Amount planck={mintVvv} token={info.vvv} testId="mint-one-vvv" />
              {cost !== null && (
                <span class="sub">
                  {' '}
                  ≈ <Amount planck={cost} token={usdc} testId="mint-one-cost" />
                </span>
              )}
            </>
          )}
        </Figure>
      </dl>
      {verdict && (
        <p class="verdict" data-testid="mint-vs-market" data-cheaper={verdict.cheaper} data-bps={verdict.bps} data-text={describeMintVersusMarket(verdict)}>
          <strong>{describeMintVersusMarket(verdict)}</strong>{' '}
          <span class="sub">
            (pool prices before the fee; minting locks staked {info.vvv.symbol}, given back on repay, where buying spends {usdc.symbol})
          </span>
        </p>
      )}
    </>
  );
}
