#!/usr/bin/env python3
"""Lint a random sample of corpus files per source layout, for reading findings against the text.

    python bench/layout_sample.py [--seed 9] [--count 25] [--layout NAME ...] [--counts-only]

Each layout is a folder of ../shared/corpus/cables (or $CABLELINT_CORPUS): html-extract, html-fragment,
json-record, ...
The sample is drawn with random.Random(seed) from the sorted file names, so a run can be repeated
before and after a change. Default rules; the output lists every finding, then counts per rule.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cablelint.engine import lint_bytes  # noqa: E402
from cablelint.plugins import collect, make_plugin_manager  # noqa: E402
from cablelint.ruleset import build  # noqa: E402

CORPUS = Path(os.environ.get("CABLELINT_CORPUS", ROOT.parent / "shared" / "corpus" / "cables"))


def sample(layout: str, count: int, seed: int) -> list[Path]:
    """`count` files of one layout folder (sub-folders included), drawn reproducibly."""
    files = sorted(p for p in (CORPUS / layout).rglob("*") if p.is_file())
    return sorted(random.Random(seed).sample(files, min(count, len(files))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--count", type=int, default=25)
    parser.add_argument("--layout", nargs="*",
                        default=sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
                        if CORPUS.is_dir() else [])
    parser.add_argument("--counts-only", action="store_true")
    args = parser.parse_args()
    ruleset = build(collect(make_plugin_manager()))
    for layout in args.layout:
        per_rule: Counter = Counter()
        files = sample(layout, args.count, args.seed)
        for path in files:
            found = lint_bytes(path.read_bytes(), str(path.relative_to(CORPUS)), ruleset)
            per_rule.update(d.rule_id for d in found)
            if not args.counts_only:
                for d in found:
                    print(f"{d.path}:{d.line}:{d.column}: {d.rule_id} {d.message}")
        total = sum(per_rule.values())
        print(f"== {layout}: {len(files)} files (seed {args.seed}), {total} findings: "
              + ", ".join(f"{rule} {n}" for rule, n in sorted(per_rule.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
