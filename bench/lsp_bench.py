#!/usr/bin/env python3
"""Time from a `didChange` sent to `cablelint server` to the `publishDiagnostics` of that version, through
a real server process over stdio (debounce 0, so the figure is the server's work and the protocol's, not
the wait). Prints its figures; asserts nothing. Goal (issue 13): under 50 ms for a typical cable.

    python bench/lsp_bench.py [--changes N]

Documents: the largest seed (a typical cable, 15 kB) and a 1 MB cable (the largest seed repeated to
1,000,000 characters: many embedded copies, a worst case for the rules). Each change edits the text so
that every lint is a real one. Needs the lsp extra.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "lsp"))

from lsp_client import LspClient  # noqa: E402

ONE_MB = 1_000_000


def documents() -> dict[str, str]:
    largest = max((ROOT / "seeds").glob("*.txt"), key=lambda path: path.stat().st_size)
    text = largest.read_text(encoding="utf-8")
    big = (text * (ONE_MB // len(text) + 1))[:ONE_MB]
    return {f"largest seed {largest.name} ({len(text):,} chars)": text, f"1 MB cable ({len(big):,} chars)": big}


def time_changes(client: LspClient, uri: str, text: str, changes: int) -> list[float]:
    """Milliseconds from each didChange to its publishDiagnostics."""
    client.open(uri, text)
    times = []
    for version in range(2, changes + 2):
        changed = text + "\n" * (version % 2)
        start = time.perf_counter()
        client.change(uri, changed, version)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=30, help="changes per document (default 30)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        client = LspClient(Path(folder))
        client.initialize({"debounce": 0, "maxSize": 2 * ONE_MB})
        for index, (name, text) in enumerate(documents().items()):
            uri = (Path(folder) / f"doc{index}.txt").as_uri()
            times = time_changes(client, uri, text, args.changes)
            print(f"{name}: didChange -> publishDiagnostics median {statistics.median(times):.1f} ms, "
                  f"p90 {statistics.quantiles(times, n=10)[-1]:.1f} ms, min {min(times):.1f} ms "
                  f"({args.changes} changes)")
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
