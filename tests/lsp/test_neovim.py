"""A real editor as the client: headless Neovim (0.7 or later) runs the README's Neovim 0.7 recipe
(`vim.lsp.start_client`) as its init.lua, opens a cable below a folder `cables`, and the diagnostics
it receives are the CLI's; after an edit in the buffer (which Neovim sends as an incremental change)
they are the CLI's findings of the edited text. Skipped when `nvim` is not installed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the server needs the lsp extra (pip install '.[lsp]')")
NVIM = shutil.which("nvim")
pytestmark = pytest.mark.skipif(NVIM is None, reason="Neovim (nvim) is not installed")

from editors import EDIT, TEXTS, assert_the_editor_shows_the_cli_findings, editor_env  # noqa: E402
from editors import readme_block  # noqa: E402
from lsp_client import TIMEOUT  # noqa: E402

PROBE = Path(__file__).with_name("neovim_probe.lua")


def neovim_diagnostics(folder: Path, path: Path) -> dict:
    """Run Neovim with the recipe on a file: the diagnostics it received, as the probe wrote."""
    init, out = folder / "init.lua", folder / "neovim.json"
    init.write_text(readme_block("**Neovim 0.7**", "lua"), encoding="utf-8")
    env = editor_env(folder, CABLELINT_OUT=str(out), CABLELINT_EDIT=EDIT)
    done = subprocess.run([NVIM, "--headless", "-i", "NONE", "--noplugin", "--cmd",
                           f"luafile {PROBE}", "-u", str(init), str(path)], cwd=folder, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    assert done.returncode == 0, done
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", TEXTS)
def test_neovim_with_the_readme_recipe_shows_the_cli_findings_then_those_of_an_edit(tmp_path, name):
    received = assert_the_editor_shows_the_cli_findings(
        tmp_path, TEXTS[name], lambda path: neovim_diagnostics(tmp_path, path))
    assert received["shown"] == len(received["edited"])        # Neovim holds them all
