#!/usr/bin/env python3
"""Restore rate of --fix per kind of mirror damage injected into real cables (cablelint/damage.py).

    python bench/fix_restore.py [--corpus DIR] [--per-kind 100] [--seed 20261202] [--failures]

Each kind of damage is injected into `--per-kind` corpus cables (drawn in an order shuffled by the
seed, each cable given every kind it has a place for); a case is restored when `--fix
--unsafe-fixes` with every rule on the damaged cable gives what it gives on the undamaged one.
Prints a Markdown table (kind, cases, restored, rate) and, with --failures, the cables of the cases
not restored.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cablelint.damage import KINDS, restored, sample_cases  # noqa: E402
from cablelint.fixing import fix_text  # noqa: E402
from cablelint.plugins import collect, make_plugin_manager  # noqa: E402
from cablelint.ruleset import build  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "cables"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT,
                        help=f"folder of cables (default {DEFAULT})")
    parser.add_argument("--per-kind", type=int, default=100, help="cases per kind (default 100)")
    parser.add_argument("--seed", type=int, default=20261202,
                        help="seed of the draw (default 20261202)")
    parser.add_argument("--failures", action="store_true", help="list the cables not restored")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"fix_restore: {args.corpus} not found (pass --corpus DIR)", file=sys.stderr)
        return 2
    rules = build(collect(make_plugin_manager(entry_points=False)), select=["ALL"])

    def fix(text: str, path: str) -> str:
        return fix_text(text, path, rules, unsafe=True).text

    cables = [path for path in args.corpus.rglob("*.txt")
              if not any(part.startswith(".") for part in path.relative_to(args.corpus).parts)]
    cases, good, failed, fixed = Counter(), Counter(), defaultdict(list), {}
    start = time.process_time()
    for kind, path, text, damaged in sample_cases(cables, args.per_kind, args.seed):
        cases[kind] += 1
        if restored(fix, text, damaged, str(path), fixed):
            good[kind] += 1
        else:
            failed[kind].append(str(path.relative_to(args.corpus)))
    print("| kind | damage | cases | restored | rate |\n|---|---|---:|---:|---:|")
    for kind in KINDS:
        rate = f"{100 * good[kind] / cases[kind]:.0f} %" if cases[kind] else "-"
        what = (KINDS[kind].__doc__ or "").split(":", 1)[-1].strip().split("\n")[0].rstrip(".")
        print(f"| {kind} | {what} | {cases[kind]} | {good[kind]} | {rate} |")
    total = sum(cases.values())
    cpu = time.process_time() - start
    print(f"\n{sum(good.values())} of {total} cases restored; {cpu:.0f} s CPU", file=sys.stderr)
    if args.failures:
        for kind, paths in failed.items():
            print(f"{kind}: {' '.join(paths)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
