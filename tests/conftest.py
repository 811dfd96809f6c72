"""Shared fixtures: a fresh plugin manager per test, lint helpers, and --update-golden."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cablelint.engine import lint_text
from cablelint.plugins import collect, make_plugin_manager
from cablelint.ruleset import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: The corpus beside the project; CABLELINT_CORPUS points elsewhere (a worktree one level deeper).
CORPUS = Path(os.environ.get("CABLELINT_CORPUS", ROOT.parent / "shared" / "corpus" / "cables"))

#: A minimal well-formed CONFIDENTIAL cable of 2007; `lint_body` puts a snippet in place of its body.
HEADER = """VZCZCXRO7837
PP RUEHDBU
DE RUEHTA #0604/01 0660517
ZNY CCCCC ZZH
P 070517Z MAR 07
FM AMEMBASSY ASTANA
TO RUEHC/SECSTATE WASHDC PRIORITY 8683

C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604

SIPDIS

E.O. 12958: DECL: 03/06/2017
TAGS: PGOV PREL KZ
SUBJECT: A SUBJECT

Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).

"""
BODY = "1. (C) First paragraph.\n\n2. (C) Second paragraph.\n\nORDWAY\n"


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


def cable(header: str = HEADER, body: str = BODY) -> str:
    """A whole cable: the standard header with parts replaced, and a body."""
    return header + body


def lint_body(body: str, select: list[str], header: str = HEADER):
    """Findings of a body snippet under the standard header, lines counted from the snippet's first line."""
    offset = header.count("\n")
    return [(line - offset, col, rule, msg) for line, col, rule, msg in lint(header + body, select)]


def run_in(cwd, *args):
    """Run the cablelint CLI in folder `cwd` (colour variables dropped, the result cache kept in `cwd`):
    exit code, standard output, standard error; never a traceback."""
    env = {**{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")},
           "PYTHONPATH": str(ROOT), "CABLELINT_CACHE_DIR": str(cwd / ".cache")}
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], capture_output=True, text=True, cwd=cwd,
                          env=env)
    assert "Traceback" not in proc.stderr
    return proc.returncode, proc.stdout, proc.stderr
