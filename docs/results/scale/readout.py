#!/usr/bin/env python3
"""The city-scale study's read-out (docs/results-scale.md, "Read-out", fixed before the runs).

Usage: python3 docs/results/scale/readout.py docs/results/scale/s1 docs/results/scale/s2 [...]
       python3 docs/results/scale/readout.py --table docs/results/scale/s1 docs/results/scale/s2 [...]
For each folder (a `foci reproduce` output) prints, as Markdown, the differences the protocol names, per seed
(seed s of one method against seed s of the other: both evaluate the same held-out episodes) and as
mean ± 95 % t-interval over the seeds (a single seed gives no interval). Then, for each pair of folders with
3 seeds each, whether a difference "changes with the crowd": its two intervals do not overlap.
"""
import json
import math
import os
import sys

T95 = {2: 12.706, 3: 4.303, 4: 3.182, 5: 2.776}

DIFFERENCES = [
    ("FOCI − IQL, avg cost", "foci", "iql", "cost", "avg"),
    ("FOCI − IQL, worst-device cost", "foci", "iql", "cost", "max"),
    ("FOCI − NSG, worst-device cost", "foci", "nsg", "cost", "max"),
    ("FOCI − AMFQ, worst-device cost", "foci", "amfq", "cost", "max"),
    ("AMFQ − IQL, avg cost (proximity mean field)", "amfq", "iql", "cost", "avg"),
    ("AMFQ − IQL, worst-device cost", "amfq", "iql", "cost", "max"),
    ("COA-only − IQL, avg cost (competitor-aware records)", "coa-only", "iql", "cost", "avg"),
    ("COA-only − IQL, worst-device cost", "coa-only", "iql", "cost", "max"),
    ("FOCI − COA-only, worst-device cost (the oracle reward)", "foci", "coa-only", "cost", "max"),
    ("FOCI − IQL, switches per device per episode", "foci", "iql", "switchesPerDevice", None),
]
LEVELS = [
    ("FOCI switches per device per episode", "foci", "switchesPerDevice", None),
    ("IQL switches per device per episode", "iql", "switchesPerDevice", None),
    ("NSG switches per device per episode", "nsg", "switchesPerDevice", None),
]


def value(folder, method, seed, metric, field):
    path = f"{folder}/runs/{method}/seed-{seed}/result.json"
    if not os.path.exists(path):
        return None
    with open(path) as f:
        evaluation = json.load(f)["evaluation"]
    v = evaluation[metric]
    return v[field] if field else v


def seeds(folder):
    return sorted(int(d.split("-")[1]) for d in os.listdir(f"{folder}/runs/nsg") if d.startswith("seed-"))


def summary(samples):
    n = len(samples)
    mean = sum(samples) / n
    if n < 2:
        return mean, None
    sd = math.sqrt(sum((x - mean) ** 2 for x in samples) / (n - 1))
    return mean, T95.get(n, 1.96) * sd / math.sqrt(n)


def fmt(mean, half):
    return f"{mean:+.4f}" + ("" if half is None else f" ± {half:.4f}")


TABLE_METRICS = [("costAvg", "avg cost", 3), ("costMax", "worst-device cost", 3),
                 ("switchesPerDevice", "switches per device per episode", 2), ("latencyAvgMs", "avg latency (ms)", 2),
                 ("latencyMaxMs", "worst-device latency (ms)", 2), ("energyAvgMj", "avg energy (mJ)", 2),
                 ("energyMaxMj", "worst-device energy (mJ)", 2), ("jain", "Jain's index of device cost", 4)]
METHODS = ["nsg", "iql", "amfq", "coa-only", "foci"]


def table(folders):
    """Table 1's headline metrics, one block per metric, methods across, folders down (mean ± 95 %)."""
    import csv
    rows = {}
    for folder in folders:
        with open(f"{folder}/table1.csv") as f:
            for row in csv.DictReader(f):
                # A single seed has no interval: its ci95 cell is empty.
                half = float(row["ci95"]) if row["ci95"] else None
                rows[(folder, row["method"], row["metric"])] = (float(row["mean"]), half)
    for metric, label, digits in TABLE_METRICS:
        print(f"\n**{label}**\n")
        print("| scale | " + " | ".join(m.upper() if m != "coa-only" else "COA-only" for m in METHODS) + " |")
        print("|---|" + "---:|" * len(METHODS))
        for folder in folders:
            cells = []
            for m in METHODS:
                key = next((k for k in rows if k[0] == folder and k[1] == m and k[2].lower().startswith(metric.lower())),
                           None)
                if key is None:
                    cells.append("–")
                else:
                    mean, half = rows[key]
                    cells.append(f"{mean:.{digits}f}" + ("" if half is None else f" ± {half:.{digits}f}"))
            print(f"| {os.path.basename(folder)} | " + " | ".join(cells) + " |")


def main(folders):
    if folders[0] == "--table":
        table(folders[1:])
        return
    results = {}
    for folder in folders:
        found = seeds(folder)
        rows = {}
        for label, a, b, metric, field in DIFFERENCES:
            samples = []
            for s in found:
                x, y = value(folder, a, s, metric, field), value(folder, b, s, metric, field)
                if x is not None and y is not None:
                    samples.append(x - y)
            if samples:
                rows[label] = (summary(samples), samples)
        for label, a, metric, field in LEVELS:
            samples = [v for v in (value(folder, a, s, metric, field) for s in found) if v is not None]
            if samples:
                rows[label] = (summary(samples), samples)
        results[folder] = (found, rows)
        print(f"\n### {folder} (seeds {', '.join(map(str, found))})\n")
        print("| quantity | mean ± 95 % | per seed |")
        print("|---|---:|---|")
        for label, ((mean, half), samples) in rows.items():
            print(f"| {label} | {fmt(mean, half)} | {', '.join(f'{x:+.4f}' for x in samples)} |")
    names = list(results)
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            a, b = names[i], names[j]
            if len(results[a][0]) < 3 or len(results[b][0]) < 3:
                continue
            print(f"\n### Changes from {a} to {b} (intervals that do not overlap)\n")
            print("| quantity | " + a + " | " + b + " | changes |")
            print("|---|---:|---:|---|")
            for label in results[a][1]:
                if label not in results[b][1]:
                    continue
                (ma, ha), _ = results[a][1][label]
                (mb, hb), _ = results[b][1][label]
                separate = ma + ha < mb - hb or mb + hb < ma - ha
                print(f"| {label} | {fmt(ma, ha)} | {fmt(mb, hb)} | {'yes' if separate else 'no'} |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
