#!/usr/bin/env python3
"""Speed and memory of cablelint as a user runs it (whole processes). Prints its figures; asserts nothing.
Goals (issue 14): >= 2,000 cables/s on 2 cores and >= 1.7x from one to two jobs, a warm re-run >= 20x faster,
one cable <= 100 ms, peak memory flat within 25 % from 8,030 to 80,300 files, SARIF <= 1.2x text.

    python bench/bench.py [DIRECTORY] [--only throughput,warm,startup,memory,sarif,dask]

DIRECTORY (default ../shared/corpus/cables) is linted exactly as `cablelint DIRECTORY` does: the file list
(also what the reading floor reads and what the memory copies hold) is the CLI's own `--show-files` (its
*.txt files; the JSON exports beside them are not cables). Processes run as a user runs them: bytecode
cached, output buffered (PYTHONDONTWRITEBYTECODE and PYTHONUNBUFFERED are dropped). CPU seconds are
user + system of the process and its workers: on a shared machine they vary less than wall seconds.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "corpus" / "cables"
ONE_CABLE = ROOT / "seeds" / "000_ce69e6524d1a41cb.txt"
SECTIONS = ("throughput", "warm", "startup", "memory", "sarif", "dask")


def user_environment() -> dict:
    """The environment of a user's run: this checkout first on the path, no cache folder forced, bytecode
    written and read, standard output buffered."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("CABLELINT_CACHE_DIR", "PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED"):
        env.pop(name, None)
    return env


def measure(command: list[str], cwd: str | None = None) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak resident MB) of one process and the children it waited for."""
    env = user_environment()
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                             cwd=cwd)
    _, _, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def cablelint(*args: str) -> list[str]:
    return [sys.executable, "-m", "cablelint", *args]


def files_of(folder: Path) -> list[str]:
    """The files `cablelint FOLDER` lints, as the CLI itself lists them (`--show-files`)."""
    listed = subprocess.run(cablelint("--show-files", str(folder)), capture_output=True, text=True,
                            env=user_environment(), check=True)
    return listed.stdout.splitlines()


def reading(files: list[str]) -> float:
    """Wall seconds of a process that reads and decodes the files (the floor for linting them)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", encoding="utf-8") as listing:
        listing.write("\n".join(files) + "\n")
        listing.flush()
        script = ("import sys\nfor path in open(sys.argv[1], "
                  "encoding='utf-8').read().splitlines():\n"
                  "    open(path, 'rb').read().decode('utf-8', 'replace')\n")
        return measure([sys.executable, "-c", script, listing.name])[0]


def line(label: str, wall: float, cpu: float, rss: int, files: int | None = None) -> None:
    rate = f", {files / wall:,.0f} cables/s" if files else ""
    print(f"  {label:<34} {wall:7.2f} s wall, {cpu:7.2f} s CPU, {rss:4d} MB peak{rate}")


def throughput(folder: Path, files: int) -> None:
    print(f"cold throughput, {files} files of {folder} (--no-cache):")
    floor = reading(files_of(folder))
    print(f"  {'reading and decoding only':<34} {floor:7.2f} s wall, {files / floor:,.0f} files/s")
    walls = {}
    for jobs in ("1", "2"):
        wall, cpu, rss = measure(cablelint(str(folder), "--no-cache", "--jobs", jobs))
        walls[jobs] = wall
        line(f"--jobs {jobs}", wall, cpu, rss, files)
        print(f"  {'':<34} {wall / floor:7.1f}x the time of reading the files")
    print(f"  speed-up from 1 to 2 jobs: {walls['1'] / walls['2']:.2f}x")


def warm(folder: Path, files: int) -> None:
    print("warm re-run (result cache in a fresh folder):")
    with tempfile.TemporaryDirectory() as cache:
        cold = measure(cablelint(str(folder), "--cache-dir", cache))
        line("cold (fills the cache)", *cold, files)
        hot = measure(cablelint(str(folder), "--cache-dir", cache))
        line("warm", *hot, files)
    print(f"  warm is {cold[0] / hot[0]:.1f}x faster (wall), {cold[1] / hot[1]:.1f}x (CPU)")


def startup(runs: int = 9) -> None:
    print(f"one cable, whole process ({ONE_CABLE.name}), best and median of {runs}:")
    with tempfile.TemporaryDirectory() as project:
        (Path(project) / ".cablelint.yaml").write_text("ignore: [CL096]\n", encoding="utf-8")
        for label, cwd in (("without a configuration file", None),
                           ("with a configuration file", project)):
            # fills the rule and config caches
            measure(cablelint(str(ONE_CABLE), "--no-cache"), cwd=cwd)
            times = sorted(measure(cablelint(str(ONE_CABLE), "--no-cache"), cwd=cwd)[:2]
                           for _ in range(runs))
            walls, cpus = sorted(t[0] for t in times), sorted(t[1] for t in times)
            print(f"  {label:<34} wall {walls[0] * 1000:.0f} ms (median "
                  f"{walls[runs // 2] * 1000:.0f}), "
                  f"CPU {cpus[0] * 1000:.0f} ms (median "
                  f"{cpus[runs // 2] * 1000:.0f}){instructions(cwd)}")


def instructions(cwd: str | None) -> str:
    """', N M instructions' of the one-cable run under callgrind (the same on a busy machine as on a quiet
    one, unlike its milliseconds), or '' without valgrind."""
    if shutil.which("valgrind") is None:
        return ""
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          *cablelint(str(ONE_CABLE), "--no-cache")], capture_output=True, text=True,
                         env=user_environment(), cwd=cwd)
    collected = re.search(r"Collected : (\d+)", run.stderr)
    return f", {int(collected.group(1)) / 1e6:,.0f} M instructions" if collected else ""


def memory(folder: Path, files: int, copies: int = 10) -> None:
    print(f"peak memory (the largest process), --jobs 2 --no-cache, {files} files and {copies} "
          f"hard-linked copies:")
    listed = files_of(folder)
    with tempfile.TemporaryDirectory() as top:
        for copy in range(copies):
            for path in listed:
                target = Path(top) / f"copy{copy}" / os.path.relpath(path, folder)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(path, target)
        small = measure(cablelint(str(folder), "--no-cache", "--jobs", "2"))
        line(f"{files} files", *small, files)
        big = measure(cablelint(top, "--no-cache", "--jobs", "2"))
        line(f"{files * copies} files", *big, files * copies)
        print(f"  {'':<34} peak grows {100 * (big[2] / small[2] - 1):+.0f} %")


def sarif(folder: Path, files: int) -> None:
    print("SARIF against text (--jobs 1 --no-cache):")
    text = measure(cablelint(str(folder), "--no-cache", "--jobs", "1"))
    line("text", *text, files)
    report = measure(cablelint(str(folder), "--no-cache", "--jobs", "1", "--format", "sarif"))
    line("sarif", *report, files)
    print(f"  sarif takes {report[0] / text[0]:.2f}x the time of text")


def dask(folder: Path, files: int) -> None:
    try:
        from distributed import LocalCluster
    except ImportError:
        print("dask: not installed (pip install 'cablelint[dask]'): skipped")
        return
    print("Dask, a local cluster of 2 worker processes on 127.0.0.1 (--no-cache):")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        local = measure(cablelint(str(folder), "--no-cache", "--jobs", "2"))
        line("--jobs 2", *local, files)
        remote = measure(cablelint(str(folder), "--no-cache", "--dask", cluster.scheduler_address))
        line("--dask", *remote, files)
    print(f"  overhead: {(remote[0] - local[0]) / files * 1000:+.2f} s wall per 1,000 files "
          f"(client CPU is in the figure; the workers' CPU is not)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--only", default=",".join(SECTIONS), 
                        help="comma-separated: " + ", ".join(SECTIONS))
    args = parser.parse_args()
    folder, chosen = Path(args.folder), set(args.only.split(","))
    print(f"cablelint bench on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if "startup" in chosen:
        startup()
    if not folder.is_dir():
        print(f"{folder} not found: skipping the corpus figures")
        return 0
    files = len(files_of(folder))
    for name, section in (("throughput", throughput), ("warm", warm), ("sarif", sarif),
                          ("memory", memory), ("dask", dask)):
        if name in chosen:
            section(folder, files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
