"""--fix gives the same files and the same report with --jobs 2 and with a warm result cache as
with --jobs 1 --no-cache, and a cached run after a fix reports what the fixed files hold (no stale
finding)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import run_in

from .damage import CLEAN, DAMAGE

FIX = ("--isolated", "--select", "ALL", "--fix", "--unsafe-fixes", "--format", "json")
LINT = ("--isolated", "--select", "ALL", "--format", "json")
UNFIXABLE = "¶5. (C) Paragraph 5 of the cable.\n\n"


@pytest.fixture(scope="module")
def cables(tmp_path_factory) -> Path:
    """One cable per kind of damage, one with three kinds, the clean cable, and one whose finding
    no fix mends (paragraph 5 missing: CL090), so that the report after the fix is not empty."""
    folder = tmp_path_factory.mktemp("cables")
    for kind, (clean_text, damaged_text) in DAMAGE.items():
        damaged = CLEAN.replace(clean_text, damaged_text)
        (folder / f"{kind}.txt").write_text(damaged, encoding="utf-8")
    several = CLEAN
    for kind in ("CL110", "CL118", "CL026"):
        several = several.replace(*DAMAGE[kind])
    (folder / "several.txt").write_text(several, encoding="utf-8")
    (folder / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "unfixable.txt").write_text(CLEAN.replace(UNFIXABLE, ""), encoding="utf-8")
    return folder


def fixed_in(folder: Path, *options: str) -> tuple[dict[str, str], tuple]:
    """The files after `--fix` in folder with these options, and the run's (code, report,
    summary)."""
    result = run_in(folder, *FIX, *options, ".")
    files = {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}
    return files, result


def findings(report: str) -> list[tuple[str, str]]:
    """(file name, rule id) of each finding of a JSON report."""
    return [(Path(d["path"]).name, d["rule_id"]) for d in json.loads(report)["diagnostics"]]


def copy_of(cables: Path, tmp_path: Path, name: str) -> Path:
    return Path(shutil.copytree(cables, tmp_path / name))


def test_jobs_and_cache_change_neither_the_files_nor_the_report(cables, tmp_path):
    reference = fixed_in(copy_of(cables, tmp_path, "one"), "--jobs", "1", "--no-cache")
    files, (code, report, _) = reference
    assert set(files.values()) == {CLEAN, CLEAN.replace(UNFIXABLE, "")}
    assert code == 1 and findings(report) == [("unfixable.txt", "CL090")]
    assert fixed_in(copy_of(cables, tmp_path, "two"), "--jobs", "2", "--no-cache") == reference
    warm = copy_of(cables, tmp_path, "warm")
    run_in(warm, *LINT, "--jobs", "2", ".")     # the cache holds the damaged files' findings
    assert fixed_in(warm, "--jobs", "2") == reference
    warm_one = copy_of(cables, tmp_path, "warm-one")
    run_in(warm_one, *LINT, "--jobs", "1", ".")
    assert fixed_in(warm_one, "--jobs", "1") == reference


def test_a_cached_run_after_a_fix_has_no_stale_finding(cables, tmp_path):
    folder = copy_of(cables, tmp_path, "stale")
    before = run_in(folder, *LINT, ".")
    assert before[0] == 1
    fixed_in(folder, "--jobs", "2")
    cached, uncached = run_in(folder, *LINT, "."), run_in(folder, *LINT, "--no-cache", ".")
    assert cached == uncached and cached[1] != before[1]
    assert findings(cached[1]) == [("unfixable.txt", "CL090")]
