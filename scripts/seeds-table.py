#!/usr/bin/env python3
"""The seeds' figures against an explorer run's: median and P10–P90 over its seeds.

    python3 scripts/seeds-table.py out/seeds        # the directory diem-sim wrote

Reads every daily-seed*.csv there and prints the README's calibration table (markdown).
"""
import csv
import glob
import math
import os
import sys


def percentile(values, p):
    values = sorted(v for v in values if math.isfinite(v))
    if not values:
        return float("nan")
    rank = p * (len(values) - 1)
    low, high = math.floor(rank), math.ceil(rank)
    return values[low] + (values[high] - values[low]) * (rank - low)


def band(values, fmt):
    return f"{fmt(percentile(values, 0.5))} [{fmt(percentile(values, 0.1))}–{fmt(percentile(values, 0.9))}]"


def main(directory):
    runs = []
    for path in sorted(glob.glob(os.path.join(directory, "daily-seed*.csv"))):
        with open(path) as f:
            runs.append({int(row["day"]): {k: float(v) for k, v in row.items()} for row in csv.DictReader(f)})
    if not runs:
        sys.exit(f"no daily-seed*.csv in {directory}")
    last = min(max(run) for run in runs)
    at = lambda day, key: [run[day][key] for run in runs]
    usd = lambda v: f"${v:,.0f}"
    vvv = lambda v: f"{v / 1e6:.2f}M" if abs(v) >= 1e6 else f"{v:,.0f}"
    pct = lambda v: f"{100 * v:.1f}%"

    def first_day(run, key, level):
        return next((d for d in sorted(run) if run[d][key] >= level), float("nan"))

    rows = [
        ("DIEM price, day 1", "≈ $100", band(at(1, "diem_price"), usd)),
        ("DIEM price, day 7", "rising", band(at(7, "diem_price"), usd)),
        ("DIEM price, day 28", "rising", band(at(28, "diem_price"), usd)),
        ("DIEM price, day 49 (7 weeks)", "≈ $300", band(at(49, "diem_price"), usd)),
        ("first day DIEM ≥ $290", "~ day 49", band([first_day(r, "diem_price", 290.0) for r in runs], lambda v: f"day {v:.0f}")),
        (f"VVV locked, day {last}", "6.3M", band(at(last, "vvv_locked"), vvv)),
        (f"VVV locked / VVV supply, day {last}", "≈ 10%", band([r[last]["vvv_locked"] / r[last]["vvv_supply"] for r in runs], pct)),
        ("staking APR, mean over the year", "–", band([sum(r[d]["staking_apr"] for d in r) / len(r) for r in runs], pct)),
        ("staking APY, that APR compounded daily", "≈ 18%", band([(1 + sum(r[d]["staking_apr"] for d in r) / len(r) / 365) ** 365 - 1 for r in runs], pct)),
        ("VVV burned, days 31–60", "21,778 a month", band([r[60]["burned"] - r[30]["burned"] for r in runs], vvv)),
        (f"VVV burned, days {last - 29}–{last}", "21,778 a month", band([r[last]["burned"] - r[last - 30]["burned"] for r in runs], vvv)),
        (f"VVV emitted, days 1–{last}", "6M a year", band(at(last, "emitted"), vvv)),
        (f"DIEM supply, day {last}", "–", band(at(last, "diem_supply"), lambda v: f"{v:,.0f}")),
    ]
    print(f"| figure | seeds | explorer: median [P10–P90] over {len(runs)} runs |")
    print("|---|---|---|")
    for name, seeds, ours in rows:
        print(f"| {name} | {seeds} | {ours} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out/seeds")
