#!/usr/bin/env python3
"""Fuzz mutated real cables for a given time, through the checks of the property tests (not run by CI).

    python bench/fuzz_corpus.py [--corpus DIR] [--minutes 3] [--seed 0] [--out fuzz-failures]

Each case takes a random corpus file, applies one to four byte-level mutations (cablelint/fuzzing.py:
inserted, deleted or replaced bytes, spliced or duplicated lines, joined lines, truncation, control
characters, CRLF, BOM, binary noise, NUL) and checks that it lints without an exception (an InputError
for binary data is allowed), that every span lies inside the text, that every reporter writes the same
bytes twice and that JSON/SARIF output is valid. A failing case is written to the output folder as
`<n>.bin` (the bytes) and `<n>.txt` (source file, seed, mutations, problems); similar failures (same
first problem line) are written once. Cases are numbered; `--seed S` and the case number redo one.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cablelint import fuzzing  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "cables"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT,
                        help=f"folder of cables (default {DEFAULT})")
    parser.add_argument("--minutes", type=float, default=3.0, help="how long to fuzz (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the run (default 0)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"),
                        help="folder for reproducers")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"fuzz_corpus: {args.corpus} not found: nothing to fuzz (pass --corpus DIR)",
              file=sys.stderr)
        return 0
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file()  # not a left .cablelint_cache
                   and not any(part.startswith(".") for part in p.relative_to(args.corpus).parts))
    checker = fuzzing.Checker()
    rng = random.Random(args.seed)
    kinds_tried: Counter = Counter()
    refused = failing = 0
    signatures: dict[str, int] = {}
    slowest = (0.0, -1)
    deadline = time.monotonic() + args.minutes * 60
    case = 0
    while time.monotonic() < deadline:
        case += 1
        case_seed = rng.getrandbits(64)
        source, kinds, data, done = one_case(files, case_seed)
        kinds_tried.update(kinds)
        started = time.monotonic()
        problems = checker.check_bytes(data, "fuzz/" + source.name)
        elapsed = time.monotonic() - started
        slowest = max(slowest, (elapsed, case))
        refused += _refused(data)
        if problems:
            failing += 1
            signature = problems[0].strip().splitlines()[-1][:200]
            if signature not in signatures:
                signatures[signature] = case
                _write_reproducer(args.out, case, case_seed, source, done, data, problems)
    print(f"fuzz_corpus: {case} cases in {args.minutes:g} min from {len(files)} files of "
          f"{args.corpus} "
          f"(seed {args.seed})")
    print("mutation kinds tried: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds_tried.items())))
    print(f"refused as binary (InputError, allowed): {refused}")
    print(f"slowest case: #{slowest[1]} {slowest[0]:.2f} s")
    print(f"failing cases: {failing}, distinct problems: {len(signatures)}")
    for signature, first_case in signatures.items():
        print(f"  case {first_case}: {signature}  -> {args.out / str(first_case)}.txt")
    return 1 if failing else 0


def one_case(files, case_seed: int):
    """The corpus file, mutation kinds, mutated bytes and mutation log of one case."""
    rng = random.Random(case_seed)
    source, donor = rng.choice(files), rng.choice(files)
    kinds = [rng.choice(fuzzing.MUTATIONS) for _ in range(rng.randint(1, 4))]
    original = source.read_bytes()
    data, done = fuzzing.mutate(original, kinds, rng.getrandbits(32),
                                donors=[original, donor.read_bytes()])
    return source, kinds, data, done


def _refused(data: bytes) -> bool:
    from cablelint.errors import InputError
    from cablelint.source import decode
    try:
        decode(data, "-")
    except InputError:
        return True
    return False


def _write_reproducer(folder: Path, case: int, case_seed: int, source: Path, done, data: bytes,
                      problems) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{case}.bin").write_bytes(data)
    (folder / f"{case}.txt").write_text(
        f"source: {source}\ncase seed: {case_seed}\nmutations:\n"
        + "".join(f"  {d}\n" for d in done)
        + "problems:\n" + "".join(f"  {p}\n" for p in problems)
        + f"redo: python -m cablelint --select ALL {folder / f'{case}.bin'}\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
