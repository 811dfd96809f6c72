"""Is the whole-corpus report unchanged? Proof for refactors that must not change a single finding.

    python bench/corpus_identity.py --write before.jsonl     # on the old code
    python bench/corpus_identity.py --against before.jsonl   # on the new code: exit 1 on any difference

It lints the corpus (``../shared/corpus``, or ``--corpus``/``CABLELINT_CORPUS``) and the seeds with every rule
(``--select ALL``) and with the defaults, through the CLI with ``--isolated --no-cache``, and records one JSON
finding per line. It prints the finding counts and the digest of each report; with ``--against`` it prints the
first differences (a finding only before, ``-``, or only after, ``+``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
SELECTIONS = ("ALL", "defaults")


def corpus_path(given: str | None) -> Path:
    """The corpus's cables folder: --corpus, else CABLELINT_CORPUS (as the tests read it), else
    ../shared/corpus beside the project; either the corpus folder or its cables/ folder."""
    path = Path(given or os.environ.get("CABLELINT_CORPUS") or PROJECT.parent / "shared" / "corpus")
    if (path / "cables").is_dir():
        path = path / "cables"
    if not path.is_dir():
        sys.exit(f"corpus_identity: no corpus at {path} (pass --corpus)")
    return path


def report_lines(cables: Path, selection: str, jobs: int) -> list[str]:
    """One canonical JSON line per finding of a whole run over the corpus and the seeds."""
    command = [sys.executable, "-m", "cablelint", "--isolated", "--no-cache", "--format", "json",
               "--exit-zero", "--jobs", str(jobs), str(cables), "seeds"]
    if selection != "defaults":
        command[3:3] = ["--select", selection]
    done = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT)
    if done.returncode != 0:
        sys.exit(f"corpus_identity: cablelint exited {done.returncode}: "
                 f"{done.stderr.strip()[-500:]}")
    findings = json.loads(done.stdout)
    if isinstance(findings, dict):
        findings = findings.get("findings", findings.get("diagnostics", []))
    lines = []
    for finding in findings:  # the corpus's own folder name, whatever path reached it
        finding["path"] = finding["path"].replace(str(cables), "corpus", 1)
        lines.append(f"{selection}\t{json.dumps(finding, sort_keys=True, ensure_ascii=False)}")
    return lines


def without_fixes(lines: list[str]) -> list[str]:
    """The report lines with each finding's fix left out."""
    bare = []
    for line in lines:
        selection, record = line.split("\t", 1)
        finding = json.loads(record)
        finding.pop("fix", None)
        bare.append(f"{selection}\t{json.dumps(finding, sort_keys=True, ensure_ascii=False)}")
    return bare


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="the corpus folder (holding cables/)")
    parser.add_argument("--jobs", type=int, default=2)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--write", metavar="FILE", help="record the report in FILE")
    target.add_argument("--against", metavar="FILE",
                        help="compare with the report recorded in FILE")
    parser.add_argument("--ignore-fixes", action="store_true",
                        help="compare the findings without their fixes (for work that adds fixes)")
    options = parser.parse_args()

    cables = corpus_path(options.corpus)
    lines: list[str] = []
    for selection in SELECTIONS:
        found = report_lines(cables, selection, options.jobs)
        digest = hashlib.sha256("\n".join(found).encode()).hexdigest()[:16]
        print(f"{selection:>8}: {len(found):>7,} findings  sha256 {digest}")
        lines.extend(found)

    if options.write:
        Path(options.write).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"written to {options.write}")
        return 0
    before = Path(options.against).read_text(encoding="utf-8").splitlines()
    if options.ignore_fixes:
        before, lines = without_fixes(before), without_fixes(lines)
    if before == lines:
        print("identical")
        return 0
    gone, new = sorted(set(before) - set(lines)), sorted(set(lines) - set(before))
    print(f"DIFFERENT: {len(gone)} findings only before, {len(new)} only after"
          + ("" if gone or new else " (same findings, other order)"))
    for line in gone[:20]:
        print(f"- {line}")
    for line in new[:20]:
        print(f"+ {line}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
