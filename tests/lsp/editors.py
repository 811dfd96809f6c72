"""What the tests that run a real editor (and those that read the README's recipes) share: the
README's code blocks, a `cablelint` command on PATH that runs this checkout, an environment that
keeps the editor out of the user's files, and the CLI's findings as the recipes' fail-level shows
them."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from cables import cable
from conftest import SEEDS
from expected import cli_findings, published
from lsp_client import ROOT

HINT, INFO = 4, 3
EDIT = "# cablelint: disable-next-line CL091"       # above a line with no CL091: CL137
#: The cables the editors open: a seed, and one with a pilcrow and an astral character.
TEXTS = {"seed": (SEEDS / "003_e01b202fd18136d2.txt").read_text(encoding="utf-8"),
         "pilcrow-and-astral": cable(body="¶1. (C) First **word** paragraph.\n\n"
                                          "¶2. (C) The \U0001d538 sign **and** more.\n\nORDWAY\n")}


def readme_block(title: str, language: str) -> str:
    """The first code block in `language` after the README paragraph that starts with `title`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"^{re.escape(title)}.*?```{language}\n(.*?)```", readme, re.S | re.M)
    assert found, f"README: no {language} block after {title!r}"
    return found[1]


def editor_env(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of an editor run in `folder`: a `cablelint` command (the recipes') that runs
    this checkout first on PATH, HOME and the XDG folders inside `folder`, and `extra`."""
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    command = bin_dir / "cablelint"
    command.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m cablelint "$@"\n', encoding="utf-8")
    command.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONPATH": str(ROOT), "CABLELINT_CACHE_DIR": str(folder / ".cache"),
            "HOME": str(folder),
            **{f"XDG_{kind}_HOME": str(folder / kind.lower())
               for kind in ("CONFIG", "DATA", "STATE", "CACHE")}, **extra}


def as_shown(findings: list[tuple]) -> list[tuple]:
    """The CLI's findings with the recipes' fail-level warning: an info finding is a hint."""
    return [(rule, HINT if severity == INFO else severity, start, end)
            for rule, severity, start, end in findings]


def assert_the_editor_shows_the_cli_findings(folder: Path, text: str, run) -> dict:
    """Put `text` in folder/cables/cable.txt, let run(path) open it in an editor that inserts EDIT
    above line 1, and check what it received ({"first": [...], "edited": [...]}: the diagnostics of
    the text as opened, then as edited) against the CLI's findings of either text. Returns it."""
    (folder / "cables").mkdir()
    path = folder / "cables" / "cable.txt"
    path.write_text(text, encoding="utf-8")
    received = run(path)
    assert received["first"] != []
    assert published(received["first"]) == as_shown(cli_findings(folder, path))
    path.write_text(f"{EDIT}\n{text}", encoding="utf-8")
    assert "CL137" in {d["code"] for d in received["edited"]}
    assert published(received["edited"]) == as_shown(cli_findings(folder, path))
    return received
