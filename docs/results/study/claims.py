#!/usr/bin/env python3
"""The paper's claims (docs/results/study/protocol.md, "Claims") tested on a table1.csv.

Usage: python3 docs/results/study/claims.py RESULTS_DIR[+OTHER_DIR] [...]
For each folder (a `foci reproduce` output; with +OTHER_DIR, OTHER_DIR's methods replace RESULTS_DIR's, e.g. a
re-run of FOCI and OFR-only at another setting beside the unchanged baselines), prints a Markdown table: claim, verdict (holds / reversed /
not shown), and the numbers (mean ± 95 % half-width over the seeds). "Holds" = FOCI's interval lies entirely
on the better side of every competitor's; "reversed" = entirely on the worse side of at least one.
"""
import csv
import sys

CLAIMS = [
    ("C1", "lowest average latency", "latencyAvgMs", ["alp", "nsg", "iql", "amfq"]),
    ("C2", "lowest worst-device latency", "latencyMaxMs", ["alp", "nsg", "iql", "amfq"]),
    ("C3", "lowest average cost", "costAvg", ["alp", "nsg", "iql", "amfq"]),
    ("C4", "lowest worst-device cost (fairness)", "costMax", ["alp", "nsg", "iql", "amfq"]),
    ("C5", "fewest switches", "switchesPerDevice", ["nsg", "iql", "amfq"]),
    ("C6", "worst-device energy below IQL, AMFQ, NSG", "energyMaxMj", ["nsg", "iql", "amfq"]),
    ("C7", "beats OFR-only and COA-only on worst-device cost", "costMax", ["ofr-only", "coa-only"]),
]


def load(folders):
    table = {}
    for folder in folders.split("+"):
        with open(f"{folder}/table1.csv") as f:
            rows = list(csv.DictReader(f))
        for method in {row["method"] for row in rows}:
            for key in [k for k in table if k[0] == method]:
                del table[key]
        for row in rows:
            table[(row["method"], row["metric"])] = (float(row["mean"]), float(row["ci95"]))
    return table


def verdict(table, metric, rivals, focal="foci"):
    m, h = table[(focal, metric)]
    holds = all(m + h < table[(r, metric)][0] - table[(r, metric)][1] for r in rivals)
    reversed_ = any(m - h > table[(r, metric)][0] + table[(r, metric)][1] for r in rivals)
    return "holds" if holds else "reversed" if reversed_ else "not shown"


def fmt(table, method, metric):
    m, h = table[(method, metric)]
    digits = 3 if metric.startswith("cost") else 2
    return f"{m:.{digits}f} ± {h:.{digits}f}"


def main(folders):
    for folder in folders:
        table = load(folder)
        print(f"### {folder}\n")
        print("| # | claim | verdict | FOCI | competitors |")
        print("|---|---|---|---|---|")
        for cid, text, metric, rivals in CLAIMS:
            if any((m, metric) not in table for m in ["foci"] + rivals):
                continue          # a job without every method of this claim
            others = "; ".join(f"{r} {fmt(table, r, metric)}" for r in rivals)
            print(f"| {cid} | {text} ({metric}) | {verdict(table, metric, rivals)} | {fmt(table, 'foci', metric)} | {others} |")
        if ("nsg", "costAvg") not in table:
            print()
            continue
        nsg_avg, nsg_max = table[("nsg", "costAvg")][0], table[("nsg", "costMax")][0]
        tail = "holds" if nsg_max / nsg_avg > 1.5 else "not shown"
        print(f"| C8 | NSG has a heavy tail (max/avg cost > 1.5) | {tail} | – | NSG {nsg_max:.3f} / {nsg_avg:.3f} = {nsg_max / nsg_avg:.2f} |")
        print()
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
