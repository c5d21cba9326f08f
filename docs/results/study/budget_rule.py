#!/usr/bin/env python3
"""Issue 12, stage 1: the training-budget rule of docs/results/study/protocol.md, applied to a sweep's runs.

Usage: python3 docs/results/study/budget_rule.py SWEEP_DIR
Reads SWEEP_DIR/sweep-plan.json (each run's settings) and SWEEP_DIR/runs/<runId>/result.json (its training curve,
whose greedy evaluations ran on training segments: train.curveSplit = train). Prints C_b(e), E_b, L_b, the verdicts
and the chosen budget. Exit status 0 when a converged budget was chosen, 1 when none converged, 2 on bad input.
"""
import json
import os
import sys

EARLY = (200, 225)
LATE = (250, 275)
TOLERANCE = 0.01


def budget_of(settings):
    return int(settings.get("agent.updatesPerStep", "1")), int(settings.get("agent.batchSize", "64"))


def main(sweep_dir):
    plan_file = os.path.join(sweep_dir, "sweep-plan.json")
    try:
        with open(plan_file) as f:
            plan = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{plan_file}: cannot be read ({e})", file=sys.stderr)
        return 2
    curves = {}  # budget -> seed -> {episode: evalMeanCost}
    for run in plan["runs"]:
        if run["settings"].get("train.curveSplit") != "train":
            print(f"run {run['runId']}: its curve is not on training segments (train.curveSplit), refused",
                  file=sys.stderr)
            return 2
        result_file = os.path.join(sweep_dir, "runs", run["runId"], "result.json")
        try:
            with open(result_file) as f:
                result = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{result_file}: cannot be read ({e})", file=sys.stderr)
            return 2
        points = {p["episode"]: p["evalMeanCost"] for p in result["curve"]
                  if isinstance(p.get("evalMeanCost"), (int, float))}
        curves.setdefault(budget_of(run["settings"]), {})[run["seed"]] = points

    def level(budget, episodes):
        seeds = curves[budget]
        return sum(sum(seeds[s][e] for e in episodes) / len(episodes) for s in seeds) / len(seeds)

    ladder = sorted(curves, key=lambda b: (b[0] * b[1], b[1]))
    episodes = sorted(set.intersection(*(set(c) for b in ladder for c in curves[b].values())))
    print("C_b(e): greedy mean cost on training segments, mean over seeds")
    print("budget (updates x batch) | " + " ".join(f"{e:>6}" for e in episodes))
    for b in ladder:
        seeds = curves[b]
        row = [sum(seeds[s][e] for s in seeds) / len(seeds) for e in episodes]
        print(f"{b[0]}x{b[1]:<22} | " + " ".join(f"{v:6.4f}" for v in row))
    late = {b: level(b, LATE) for b in ladder}
    best = min(late.values())
    chosen = None
    print()
    for b in ladder:
        early = level(b, EARLY)
        drop = (early - late[b]) / early
        converged = drop < TOLERANCE
        near_best = late[b] <= best * (1 + TOLERANCE)
        print(f"{b[0]}x{b[1]}: E = {early:.4f}, L = {late[b]:.4f}, drop {100 * drop:+.2f} % -> "
              f"{'converged' if converged else 'still falling'}; L within 1 % of the best ({best:.4f}): "
              f"{'yes' if near_best else 'no'}; seeds {sorted(curves[b])}")
        if chosen is None and converged and near_best:
            chosen = b
    if chosen is None:
        print(f"\nno budget converged: the rule takes the largest, {ladder[-1][0]}x{ladder[-1][1]}, not converged")
        return 1
    print(f"\nchosen: {chosen[0]} update(s) of {chosen[1]} per step")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
