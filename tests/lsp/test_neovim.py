"""A real editor as the client: headless Neovim (0.7 or later) starts `cablelint server` with the
recipe of the README for 0.7 (`vim.lsp.start_client`), opens a cable, and the diagnostics it receives
are the CLI's; after an edit in the buffer (sent by Neovim as an incremental change) they are the
CLI's findings of the edited text. Skipped when `nvim` is not installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the lsp extra (pip install '.[lsp]')")
NVIM = shutil.which("nvim")
pytestmark = pytest.mark.skipif(NVIM is None, reason="Neovim (nvim) is not installed")

from conftest import SEEDS, cable  # noqa: E402
from expected import cli_findings, published  # noqa: E402
from lsp_client import ROOT, TIMEOUT  # noqa: E402

CLIENT = Path(__file__).with_name("nvim_client.lua")
EDIT = "# cablelint: disable-next-line CL091"       # above a line with no CL091: CL137


def neovim_diagnostics(folder: Path, path: Path, edit: str | None = None) -> dict:
    """Run the Lua client in headless Neovim on a file: the diagnostics it received."""
    out = folder / "neovim.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CABLELINT_CACHE_DIR": str(folder / ".cache"),
           "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data"),
           "XDG_STATE_HOME": str(folder / "state"), "XDG_CACHE_HOME": str(folder / "cache"),
           "CABLELINT_FILE": str(path), "CABLELINT_OUT": str(out),
           "CABLELINT_CMD": json.dumps([sys.executable, "-m", "cablelint", "server"])}
    if edit is not None:
        env["CABLELINT_EDIT"] = edit
    done = subprocess.run([NVIM, "--headless", "--clean", "-c", f"luafile {CLIENT}"], cwd=folder,
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    assert done.returncode == 0, done
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", [
    (SEEDS / "003_e01b202fd18136d2.txt").read_text(encoding="utf-8"),
    cable(body="¶1. (C) First **word** paragraph.\n\n¶2. (C) The \U0001d538 sign **and** more.\n\n"
               "ORDWAY\n"),
], ids=["seed", "pilcrow-and-astral"])
def test_neovim_shows_the_cli_findings_before_and_after_an_edit(tmp_path, text):
    path = tmp_path / "cable.txt"
    path.write_text(text, encoding="utf-8")
    received = neovim_diagnostics(tmp_path, path, EDIT)
    assert published(received["first"]) == cli_findings(tmp_path, path)
    assert received["first"] != []
    path.write_text(f"{EDIT}\n{text}", encoding="utf-8")
    assert published(received["edited"]) == cli_findings(tmp_path, path)
    assert "CL137" in {d["code"] for d in received["edited"]}
    assert received["shown"] == len(received["edited"])        # Neovim took them all
