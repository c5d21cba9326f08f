#!/usr/bin/env python3
"""Issue 12, stage 2: each factor's effect in the screening sweep (docs/results/study/protocol.md).

Usage: python3 docs/results/study/screen_effects.py SWEEP_DIR
Reads SWEEP_DIR/sweep.csv and prints, as Markdown: every cell (method x form x over x budget) with its seeds'
values and mean, then each factor's effect (level minus the default level, per seed) for each method it applies
to, marked "screened in" when both seeds move the same way by more than the two seeds differ at the default cell.
"""
import csv
import sys
from collections import defaultdict

METRICS = [("costMax", "worst-device cost", "{:.4f}"), ("costAvg", "avg cost", "{:.4f}"),
           ("switchesPerDevice", "switches/device/episode", "{:.2f}"), ("energyMaxMj", "worst-device energy mJ", "{:.2f}"),
           ("latencyMaxMs", "worst-device latency ms", "{:.2f}"), ("offloadShare", "offloaded", "{:.3f}")]
DEFAULT = {"form": "paper", "over": "all", "budget": "1x64"}


def cell_of(row):
    budget = f"{row.get('agent.updatesPerStep') or '1'}x{row.get('agent.batchSize') or '64'}"
    if row["method"] in ("nsg", "alp"):
        budget = "-"
    over = row.get("train.oracleRewardOver") or "-"
    return row["method"], row.get("env.qos.switchCostForm") or "paper", over, budget


def main(sweep_dir):
    values = defaultdict(dict)  # cell -> seed -> row
    with open(f"{sweep_dir}/sweep.csv") as f:
        for row in csv.DictReader(f):
            if row["status"] != "ok":
                print(f"run {row['runId']} did not finish: {row['error']}", file=sys.stderr)
                continue
            values[cell_of(row)][int(row["seed"])] = row
    seeds = sorted({s for cell in values.values() for s in cell})
    print("| method | form | over | budget | " + " | ".join(m[1] for m in METRICS) + " |")
    print("|---|---|---|---|" + "---|" * len(METRICS))
    for cell in sorted(values):
        runs = values[cell]
        shown = []
        for key, _, fmt in METRICS:
            per_seed = [float(runs[s][key]) for s in seeds if s in runs]
            shown.append(fmt.format(sum(per_seed) / len(per_seed)) + " (" + ", ".join(fmt.format(v) for v in per_seed) + ")")
        print("| " + " | ".join(cell) + " | " + " | ".join(shown) + " |")
    print()
    print("Effects (level minus default, per seed; default: paper form, over all, 1x64):")
    print()
    print("| method | factor | level | metric | effect per seed | seed spread at default | screened in |")
    print("|---|---|---|---|---|---|---|")
    factors = {"form": 1, "over": 2, "budget": 3}
    for cell in sorted(values):
        method = cell[0]
        if method in ("nsg", "alp"):
            continue
        default = (method, "paper", "all" if cell[2] != "-" else "-", "1x64")
        if default not in values:
            continue
        for factor, index in factors.items():
            other = list(default)
            other[index] = cell[index]
            if tuple(other) != cell or cell == default:
                continue
            for key in ("costMax", "switchesPerDevice"):
                base = values[default]
                effects = [float(values[cell][s][key]) - float(base[s][key]) for s in seeds
                           if s in values[cell] and s in base]
                spread = abs(float(base[seeds[0]][key]) - float(base[seeds[-1]][key])) if len(seeds) > 1 else 0.0
                same_sign = all(e > 0 for e in effects) or all(e < 0 for e in effects)
                screened = same_sign and min(abs(e) for e in effects) > spread
                print(f"| {method} | {factor} | {cell[index]} | {key} | "
                      + ", ".join(f"{e:+.4f}" for e in effects) + f" | {spread:.4f} | {'yes' if screened else 'no'} |")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
