#!/usr/bin/env python3
"""Time from a `didChange` sent to `cablelint server` to the `publishDiagnostics` of that version,
through a real server process over stdio (debounce 0, so the figure is the server's work and the
protocol's, not the wait). Then the time to answer a hover on the typical cable sent right after a
change to the 1 MB one, while that lint runs (on the worker thread, so the answer need not wait for
it). Prints its figures; asserts nothing. Goal (issue 13): under 50 ms for a typical cable.

    python bench/lsp_bench.py [--changes N]

Documents: the largest seed (a typical cable, 15 kB) and a 1 MB cable (the largest seed repeated
to 1,000,000 characters: many embedded copies, a worst case for the rules). Each change edits the
text so that every lint is a real one. Needs the lsp extra.
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
    return {f"largest seed {largest.name} ({len(text):,} chars)": text,
            f"1 MB cable ({len(big):,} chars)": big}


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


def time_hovers(client: LspClient, small: tuple[str, str], big: tuple[str, str],
                changes: int) -> list[float]:
    """Milliseconds from a hover on a finding of `small` (uri, text) to its answer, each sent
    right after a didChange of `big` (whose diagnostics are awaited after the answer, so each hover
    meets a lint of it under way or queued)."""
    position = client.change(small[0], small[1] + "\n", 1000)[0]["range"]["start"]
    times = []
    for version in range(1000, changes + 1000):
        client.send_change(big[0], big[1] + "\n" * (version % 2), version)
        start = time.perf_counter()
        client.request("textDocument/hover",
                       {"textDocument": {"uri": small[0]}, "position": position})
        times.append((time.perf_counter() - start) * 1000)
        client.diagnostics(big[0], version)
    return times


def summary(times: list[float]) -> str:
    """Median, 90th percentile and minimum of times in milliseconds."""
    return (f"median {statistics.median(times):.1f} ms, "
            f"p90 {statistics.quantiles(times, n=10)[-1]:.1f} ms, "
            f"min {min(times):.1f} ms ({len(times)} times)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=30, help="changes per document (default 30)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        client = LspClient(Path(folder))
        client.initialize({"debounce": 0, "maxSize": 2 * ONE_MB})
        opened = []
        for index, (name, text) in enumerate(documents().items()):
            uri = (Path(folder) / f"doc{index}.txt").as_uri()
            opened.append((uri, text))
            times = time_changes(client, uri, text, args.changes)
            print(f"{name}: didChange -> publishDiagnostics {summary(times)}")
        times = time_hovers(client, *opened, args.changes)
        print(f"hover on the typical cable while the 1 MB one lints: {summary(times)}")
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
