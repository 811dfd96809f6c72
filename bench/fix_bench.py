#!/usr/bin/env python3
"""Time `--fix --unsafe-fixes` on a copy of the corpus, and the share of each rule's findings fixed.

    python bench/fix_bench.py [--corpus DIR] [--jobs 2] [--keep]

The corpus's cables are copied into a new folder under /tmp (never edited in place); the copy is
linted with every rule (`--select ALL --isolated --no-cache --statistics --format json`), fixed with
`--fix --unsafe-fixes` (timed: wall and CPU seconds of the process and its workers), and linted
again. Prints a Markdown table: per rule with a fix, its safety, its findings before and after, and
the share fixed. The copy is removed unless --keep.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench import measure, user_environment  # noqa: E402
from cablelint.plugins import collect, make_plugin_manager  # noqa: E402
from cablelint.ruleset import build  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "cables"
ALL = ["--isolated", "--no-cache", "--select", "ALL"]


def counts(folder: Path) -> dict[str, int]:
    """Findings per rule id of a whole run over the folder."""
    command = [sys.executable, "-m", "cablelint", *ALL, "--statistics", "--format", "json",
               str(folder)]
    run = subprocess.run(command, capture_output=True, text=True, env=user_environment())
    return {row["id"]: row["count"] for row in json.loads(run.stdout)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT,
                        help=f"folder of cables (default {DEFAULT})")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of the fix run (default 2)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the fixed copy (its path is printed)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"fix_bench: {args.corpus} not found (pass --corpus DIR)", file=sys.stderr)
        return 2
    copy = Path(tempfile.mkdtemp(prefix="cablelint-fix-bench-", dir="/tmp")) / "cables"
    try:
        shutil.copytree(args.corpus, copy, ignore=shutil.ignore_patterns(".*"))
        before = counts(copy)
        wall, cpu, rss = measure([sys.executable, "-m", "cablelint", *ALL, "--fix",
                                  "--unsafe-fixes", "--jobs", str(args.jobs), "--exit-zero",
                                  str(copy)])
        after = counts(copy)
        changed = subprocess.run(["diff", "-rq", str(args.corpus), str(copy)], capture_output=True,
                                 text=True).stdout.count("\n")
        print(f"--fix --unsafe-fixes --select ALL --jobs {args.jobs}: {wall:.1f} s wall, "
              f"{cpu:.1f} s CPU, {rss} MB peak; {changed} files changed\n")
        rules = build(collect(make_plugin_manager(entry_points=False)), select=["ALL"]).rules
        print("| rule | fix | findings before | after | fixed |\n|---|---|---:|---:|---:|")
        for rule in sorted(rules, key=lambda r: r.id):
            if rule.fix_safety == "no" or not before.get(rule.id):
                continue
            share = 1 - after.get(rule.id, 0) / before[rule.id]
            print(f"| {rule.id} {rule.name} | {rule.fix_safety} | {before[rule.id]} | "
                  f"{after.get(rule.id, 0)} | {100 * share:.0f} % |")
        print(f"\nall findings: {sum(before.values())} before, {sum(after.values())} after")
    finally:
        if args.keep:
            print(f"fixed copy kept in {copy}", file=sys.stderr)
        else:
            shutil.rmtree(copy.parent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
