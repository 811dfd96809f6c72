#!/usr/bin/env python3
"""Speed and memory of cablelint: cables/s on one core, total seconds, peak memory, and the
whole-process time of linting one cable. Prints its figures; asserts nothing (targets: >= 1,000
cables/s, <= 150 ms for one cable).

    python bench/bench.py [DIRECTORY]      (default: ../shared/corpus/cables)
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cablelint.engine import lint_bytes  # noqa: E402
from cablelint.plugins import collect, make_plugin_manager  # noqa: E402
from cablelint.ruleset import build  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "cables"
ONE_CABLE = ROOT / "seeds" / "000_ce69e6524d1a41cb.txt"


def throughput(folder: Path) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    data = [(str(p), p.read_bytes()) for p in files]
    ruleset = build(collect(make_plugin_manager()))
    start = time.perf_counter()
    findings = sum(len(lint_bytes(raw, name, ruleset)) for name, raw in data)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    size = sum(len(raw) for _, raw in data) / 1e6
    print(f"cables:            {len(data)} ({size:.1f} MB) in {folder}")
    print(f"findings:          {findings} (default rules)")
    print(f"total seconds:     {seconds:.2f} (one core, files read beforehand)")
    print(f"cables/s:          {len(data) / seconds:.0f}")
    print(f"peak memory:       {peak / 1e6:.0f} MB resident (process peak, including the loaded files)")


def one_cable(runs: int = 7) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "cablelint", str(ONE_CABLE)]
    subprocess.run(command, capture_output=True, env=env)           # warm the rule cache and the OS
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    print(f"one cable, whole process: median {statistics.median(times) * 1000:.0f} ms, "
          f"min {min(times) * 1000:.0f} ms over {runs} runs (python -m cablelint {ONE_CABLE.name})")


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if folder.is_dir():
        throughput(folder)
    else:
        print(f"{folder} not found: skipping the throughput figures")
    one_cable()
    return 0


if __name__ == "__main__":
    sys.exit(main())
