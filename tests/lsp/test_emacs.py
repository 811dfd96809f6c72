"""A second real editor: batch Emacs (28, with Eglot 1.9 or later: Debian's elpa-eglot, built in
from Emacs 29) loads the README's Emacs recipe, opens a cable below a folder `cables`, and the
diagnostics Eglot receives are the CLI's, then the CLI's findings of the text after an edit. Skipped
when Emacs or Eglot is not installed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the server needs the lsp extra (pip install '.[lsp]')")
EMACS = shutil.which("emacs")


def _has_eglot() -> bool:
    if EMACS is None:
        return False
    probe = subprocess.run([EMACS, "--batch", "-q", "--eval", "(require 'eglot)"],
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _has_eglot(), reason="Emacs with Eglot is not installed")

from editors import as_shown, editor_env, readme_block  # noqa: E402
from expected import cli_findings, published  # noqa: E402
from lsp_client import TIMEOUT  # noqa: E402
from test_neovim import EDIT, TEXTS  # noqa: E402

PROBE = Path(__file__).with_name("emacs_probe.el")


@pytest.mark.parametrize("name", TEXTS)
def test_emacs_with_the_readme_recipe_shows_the_cli_findings_then_those_of_an_edit(tmp_path, name):
    text = TEXTS[name]
    (tmp_path / "cables").mkdir()
    path = tmp_path / "cables" / "cable.txt"
    path.write_text(text, encoding="utf-8")
    recipe, out = tmp_path / "recipe.el", tmp_path / "emacs.json"
    recipe.write_text(readme_block("**Emacs**", "elisp"), encoding="utf-8")
    call = f"(cablelint-probe {json.dumps(str(path))} {json.dumps(EDIT)} {json.dumps(str(out))})"
    done = subprocess.run([EMACS, "--batch", "-q", "-l", str(PROBE), "-l", str(recipe),
                           "--eval", call], cwd=tmp_path, env=editor_env(tmp_path),
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    assert done.returncode == 0, done
    received = json.loads(out.read_text(encoding="utf-8"))
    assert received["first"] != []
    assert published(received["first"]) == as_shown(cli_findings(tmp_path, path))
    path.write_text(f"{EDIT}\n{text}", encoding="utf-8")
    assert "CL137" in {d["code"] for d in received["edited"]}
    assert published(received["edited"]) == as_shown(cli_findings(tmp_path, path))
