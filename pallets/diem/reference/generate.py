#!/usr/bin/env python3
"""Reference values of the DIEM mint curve (design §3), computed with mpmath at 80 digits.

    rate(S)    = B · exp(k · (S/T)^n)                       planck VVV per DIEM
    cost(S, Δ) = ∫_S^{S+Δ} rate(s) ds / 10^18              planck VVV (S, Δ in DIEM planck)
               = B·T/10^18 · ∫_{S/T}^{(S+Δ)/T} exp(k·u^n) du

Every integral is computed by the power series Σ_m k^m (x1^(mn+1) − x0^(mn+1)) / (m! (mn+1))
at 160 digits (its differences cancel up to 39 digits when Δ is a planck of a large supply);
one row in ten is computed again by adaptive quadrature (tanh-sinh), and the two must agree to
1e-60 relative. Run from the repository root:

    pip install mpmath==1.3.0
    python3 pallets/diem/reference/generate.py > pallets/diem/reference/curve.csv

The output is deterministic (fixed seed). Columns, all integers unless noted:
    n, k_raw (k × 10^18), t (T, DIEM planck), b (B, planck VVV per DIEM), s, delta,
    rate_q128 (⌈rate(S) × 2^128⌉), cost_floor (floor(cost)), cost_frac (cost − floor,
    decimal), budget, inverse_floor (floor of the real Δ* with cost(S, Δ*) = budget), expect
    (ok | cap | overflow: what the curve must answer for (S, Δ); `cap` when the rate at S+Δ is
    beyond MAX_RATE_MULTIPLE × B, `overflow` when the cost does not fit a u128).
"""

import random
import sys

import mpmath
from mpmath import mp, mpf

mp.dps = 80
DIEM = 10**18
MAX_RATE_MULTIPLE = 10**9
U128_MAX = 2**128 - 1
Y_CAP = mpmath.log(MAX_RATE_MULTIPLE)


def integral_quad(k, n, x0, x1):
    return mpmath.quad(lambda u: mpmath.exp(k * u**n), [x0, x1])


def integral_series(k, n, x0, x1):
    # x1^q − x0^q cancels up to 39 digits when Δ is one planck of a large supply: work at 160.
    with mp.workdps(160):
        return +_integral_series(mpf(k), n, mpf(x0), mpf(x1))


def _integral_series(k, n, x0, x1):
    total = mpf(0)
    m = 0
    term_scale = mpf(1)  # k^m / m!
    while True:
        q = m * n + 1
        term = term_scale * (x1**q - x0**q) / q
        total += term
        if m > 5 and abs(term) < total * mpf(10) ** (-90):
            return total
        m += 1
        term_scale *= k / m


def cost_exact(b, t, k, n, s, delta, cross_check=False):
    with mp.workdps(160):
        x0, x1 = mpf(s) / t, mpf(s + delta) / t
    by_series = integral_series(k, n, x0, x1)
    if cross_check and delta > 0:
        by_quad = integral_quad(k, n, x0, x1)
        assert abs(by_quad - by_series) <= by_series * mpf(10) ** (-60), (b, t, k, n, s, delta)
    return mpf(b) * t / DIEM * by_series


def rate_exact(b, t, k, n, s):
    return mpf(b) * mpmath.exp(k * (mpf(s) / t) ** n)


def supply_at(t, k, n, y):
    """The supply at which k·(S/T)^n = y."""
    return int(mpmath.floor(t * (y / k) ** (mpf(1) / n)))


def inverse_exact(b, t, k, n, s, budget, above):
    """The real Δ with cost(S, Δ) = budget, by Newton's method from above (cost is convex);
    `above` is a Δ whose cost is at least the budget."""
    d = min(mpf(budget) * DIEM / rate_exact(b, t, k, n, s), mpf(above))
    for _ in range(200):
        f = cost_exact(b, t, k, n, s, d) - budget
        step = f * DIEM / rate_exact(b, t, k, n, s + d)
        d -= step
        if abs(step) < mpf(10) ** (-30) * max(d, 1):
            return d
    raise RuntimeError("Newton did not converge")


def log_uniform(rng, lo, hi):
    return int(mpmath.floor(mpmath.exp(rng.uniform(float(mpmath.log(lo)), float(mpmath.log(hi))))))


def points(rng):
    ks = [10**12, 10**16, DIEM // 2, DIEM, 2 * DIEM, 37 * DIEM // 10, 8 * DIEM]
    ts = [DIEM, 38_000 * DIEM, 10**9 * DIEM]
    bs = [10**12, DIEM, 90 * DIEM, 10**24]
    # The published launch point first.
    yield 3, 2 * DIEM, 38_000 * DIEM, 90 * DIEM, 10_000 * DIEM, DIEM
    for i in range(2_400):
        n = rng.randint(1, 4)
        k_raw = rng.choice(ks) if i % 3 == 0 else log_uniform(rng, 10**12, 8 * DIEM)
        t = rng.choice(ts) if i % 4 == 0 else log_uniform(rng, DIEM, 10**9 * DIEM)
        b = rng.choice(bs) if i % 5 == 0 else log_uniform(rng, 10**12, 10**24)
        k = mpf(k_raw) / DIEM
        # Where on the curve: the start, the middle, just below the cap, or uniform.
        y0 = rng.choice([mpf(0), Y_CAP * mpf(10) ** -12, Y_CAP / 2, Y_CAP * (1 - mpf(10) ** -9)]) \
            if i % 6 == 0 else mpf(rng.uniform(0, float(Y_CAP)))
        s = supply_at(t, k, n, y0)
        s_cap = supply_at(t, k, n, Y_CAP)
        if s >= s_cap or s_cap > U128_MAX:
            continue
        room = s_cap - s
        kind = i % 7
        if kind == 0:
            delta = 1
        elif kind == 1:
            delta = rng.randint(1, 10**6)
        elif kind == 2:
            delta = min(room, DIEM)
        elif kind == 3:
            delta = room  # up to the cap exactly
        elif kind == 4:
            delta = room + rng.randint(1, max(1, room))  # beyond the cap
        else:
            delta = max(1, int(room * mpf(rng.random()) ** 2))
        yield n, k_raw, t, b, s, delta


def main():
    rng = random.Random(20261121)
    out = sys.stdout
    out.write("n,k_raw,t,b,s,delta,rate_q128,cost_floor,cost_frac,budget,inverse_floor,expect\n")
    rows = 0
    for n, k_raw, t, b, s, delta in points(rng):
        k = mpf(k_raw) / DIEM
        rate = rate_exact(b, t, k, n, s)
        rate_q128 = int(mpmath.ceil(rate * 2**128))
        y1 = k * (mpf(s + delta) / t) ** n
        if y1 > Y_CAP:
            expect, cost = "cap", None
        else:
            cost = cost_exact(b, t, k, n, s, delta, cross_check=rows % 10 == 0)
            expect = "ok" if cost <= U128_MAX else "overflow"
        if expect == "ok":
            cost_floor = int(mpmath.floor(cost))
            cost_frac = mpmath.nstr(cost - cost_floor, 30, min_fixed=-100, max_fixed=100)
            budget = max(cost_floor, 1)
            inverse_floor = int(mpmath.floor(inverse_exact(b, t, k, n, s, budget, delta)))
        else:
            cost_floor, cost_frac, budget, inverse_floor = 0, "0", 0, 0
        out.write(f"{n},{k_raw},{t},{b},{s},{delta},{rate_q128},{cost_floor},{cost_frac},"
                  f"{budget},{inverse_floor},{expect}\n")
        rows += 1
    print(f"{rows} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
