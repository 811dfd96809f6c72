"""A real editor as the client: headless Neovim (0.7 or later) runs the README's Neovim 0.7 recipe
(`vim.lsp.start_client`) as its init.lua, opens a cable below a folder `cables`, and the diagnostics
it receives are the CLI's; after an edit in the buffer (which Neovim sends as an incremental change)
they are the CLI's findings of the edited text. Skipped when `nvim` is not installed."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the server needs the lsp extra (pip install '.[lsp]')")
NVIM = shutil.which("nvim")
pytestmark = pytest.mark.skipif(NVIM is None, reason="Neovim (nvim) is not installed")

from cables import cable  # noqa: E402
from conftest import SEEDS  # noqa: E402
from expected import cli_findings, published  # noqa: E402
from lsp_client import ROOT, TIMEOUT  # noqa: E402

PROBE = Path(__file__).with_name("neovim_probe.lua")
EDIT = "# cablelint: disable-next-line CL091"       # above a line with no CL091: CL137
HINT, INFO = 4, 3


def readme_recipe() -> str:
    """The Lua block of the README's Neovim 0.7 recipe."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"\*\*Neovim 0\.7\*\*.*?```lua\n(.*?)```", readme, re.S)
    assert found, "README: no Neovim 0.7 recipe"
    return found[1]


def neovim_diagnostics(folder: Path, path: Path) -> dict:
    """Run Neovim with the recipe on a file: the diagnostics it received, as the probe wrote."""
    init, out, bin_dir = folder / "init.lua", folder / "neovim.json", folder / "bin"
    init.write_text(readme_recipe(), encoding="utf-8")
    bin_dir.mkdir()
    command = bin_dir / "cablelint"          # the recipe's `cablelint`: this checkout's
    command.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m cablelint "$@"\n', encoding="utf-8")
    command.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONPATH": str(ROOT), "CABLELINT_CACHE_DIR": str(folder / ".cache"),
           "CABLELINT_OUT": str(out), "CABLELINT_EDIT": EDIT,
           **{f"XDG_{kind}_HOME": str(folder / kind.lower())
              for kind in ("CONFIG", "DATA", "STATE", "CACHE")}}
    done = subprocess.run([NVIM, "--headless", "-i", "NONE", "--noplugin", "--cmd",
                           f"luafile {PROBE}", "-u", str(init), str(path)], cwd=folder, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    assert done.returncode == 0, done
    return json.loads(out.read_text(encoding="utf-8"))


def as_shown(findings: list[tuple]) -> list[tuple]:
    """The CLI's findings with the recipe's fail-level warning: an info finding is a hint."""
    return [(rule, HINT if severity == INFO else severity, start, end)
            for rule, severity, start, end in findings]


@pytest.mark.parametrize("text", [
    (SEEDS / "003_e01b202fd18136d2.txt").read_text(encoding="utf-8"),
    cable(body="¶1. (C) First **word** paragraph.\n\n¶2. (C) The \U0001d538 sign **and** more.\n\n"
               "ORDWAY\n"),
], ids=["seed", "pilcrow-and-astral"])
def test_neovim_with_the_readme_recipe_shows_the_cli_findings_then_those_of_an_edit(tmp_path, text):
    (tmp_path / "cables").mkdir()
    path = tmp_path / "cables" / "cable.txt"
    path.write_text(text, encoding="utf-8")
    received = neovim_diagnostics(tmp_path, path)
    assert received["first"] != []
    assert published(received["first"]) == as_shown(cli_findings(tmp_path, path))
    path.write_text(f"{EDIT}\n{text}", encoding="utf-8")
    assert "CL137" in {d["code"] for d in received["edited"]}
    assert published(received["edited"]) == as_shown(cli_findings(tmp_path, path))
    assert received["shown"] == len(received["edited"])        # Neovim holds them all
