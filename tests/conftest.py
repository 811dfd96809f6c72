"""Shared fixtures: a fresh plugin manager per test, lint helpers, and --update-golden (cable texts
are built with tests/cables.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cablelint.engine import lint_text
from cablelint.plugins import collect, make_plugin_manager
from cablelint.ruleset import build
from cables import HEADER

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: A seed cable in plain text, for a run that needs one file.
PLAIN_CABLE = SEEDS / "000_ce69e6524d1a41cb.txt"
#: The corpus beside the project; CABLELINT_CORPUS points elsewhere (a worktree one level deeper).
CORPUS = Path(os.environ.get("CABLELINT_CORPUS", ROOT.parent / "shared" / "corpus" / "cables"))


def corpus_files(root: Path = CORPUS) -> list[Path]:
    """The corpus's files, sorted, without hidden folders (a `.cablelint_cache` that a run in the corpus
    folder left there is not a cable)."""
    return sorted(path for path in root.rglob("*") if path.is_file()
                  and not any(part.startswith(".") for part in path.relative_to(root).parts))


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.expected")


@pytest.fixture
def update_golden(request):
    return request.config.getoption("--update-golden")


def registry():
    """A registry from a fresh plugin manager, without third-party plugins."""
    return collect(make_plugin_manager(entry_points=False))


def lint(text: str, select: list[str], path: str = "cable.txt"):
    """(line, column, rule id, message) of each finding of the selected rules on a whole cable text."""
    ruleset = build(registry(), select=select)
    return [(d.line, d.column, d.rule_id, d.message) for d in lint_text(text, path, ruleset)]


def lint_body(body: str, select: list[str], header: str = HEADER):
    """Findings of a body snippet under the standard header, lines counted from the snippet's first line."""
    offset = header.count("\n")
    return [(line - offset, col, rule, msg) for line, col, rule, msg in lint(header + body, select)]


def run_in(cwd, *args):
    """Run the cablelint CLI in folder `cwd` (colour variables dropped, the result cache kept in `cwd`):
    exit code, standard output, standard error; never a traceback."""
    env = {**{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")},
           "PYTHONPATH": str(ROOT), "CABLELINT_CACHE_DIR": str(cwd / ".cache")}
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], capture_output=True,
                          text=True, cwd=cwd,
                          env=env)
    assert "Traceback" not in proc.stderr
    return proc.returncode, proc.stdout, proc.stderr
