#!/usr/bin/env python3
"""Per-rule evidence from a real archive: for every rule, its hits, the share of cables it fires on,
and example locations, so that the default rule set and severities rest on what real cables show.

    python bench/rule_report.py [DIRECTORY] [--examples N] [--output FILE]

DIRECTORY defaults to ../shared/corpus/cables; every file under it is linted with all rules
(`--select ALL`). The report is Markdown: one table row per rule, then the examples per rule.
Examples are chosen at random with a fixed seed, so two runs on the same corpus agree.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cablelint.engine import lint_bytes  # noqa: E402
from cablelint.plugins import collect, make_plugin_manager  # noqa: E402
from cablelint.ruleset import build  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "cables"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--examples", type=int, default=3,
                        help="example locations per rule (default 3)")
    parser.add_argument("--output", type=Path,
                        help="write the report here instead of standard output")
    args = parser.parse_args()
    if not args.directory.is_dir():
        print(f"{args.directory} not found: nothing to report", file=sys.stderr)
        return 0
    ruleset = build(collect(make_plugin_manager()), select=["ALL"])
    # not a left .cablelint_cache
    files = sorted(p for p in args.directory.rglob("*") if p.is_file()
                   and not any(part.startswith(".")
                               for part in p.relative_to(args.directory).parts))
    hits: Counter = Counter()
    cables: Counter = Counter()
    places: dict[str, list[str]] = defaultdict(list)
    start = time.perf_counter()
    for path in files:
        found = lint_bytes(path.read_bytes(), str(path.relative_to(args.directory)), ruleset)
        for rule_id in {d.rule_id for d in found}:
            cables[rule_id] += 1
        for d in found:
            hits[d.rule_id] += 1
            places[d.rule_id].append(f"{d.path}:{d.line}:{d.column}: {d.message}")
    seconds = time.perf_counter() - start
    lines = [f"# cablelint rule report: {len(files)} cables in {args.directory.name}/ "
             f"({seconds:.1f} s)", "",
             "| rule | name | severity | default | hits | cables | share |",
             "|---|---|---|---|---|---|---|"]
    for rule in ruleset.known:
        share = 100 * cables[rule.id] / len(files) if files else 0
        lines.append(f"| {rule.id} | {rule.name} | {rule.severity} | "
                     f"{'on' if rule.default else 'off'} "
                     f"| {hits[rule.id]} | {cables[rule.id]} | {share:.1f} % |")
    rng = random.Random(1)
    for rule in ruleset.known:
        if places[rule.id]:
            lines += ["", f"## {rule.id} {rule.name}", ""]
            sample = rng.sample(places[rule.id], min(args.examples, len(places[rule.id])))
            lines += [f"- `{place}`" for place in sample]
    text = "\n".join(lines) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
