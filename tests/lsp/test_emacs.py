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

from editors import EDIT, TEXTS, assert_the_editor_shows_the_cli_findings, editor_env  # noqa: E402
from editors import readme_block  # noqa: E402
from lsp_client import TIMEOUT  # noqa: E402

PROBE = Path(__file__).with_name("emacs_probe.el")


def emacs_diagnostics(folder: Path, path: Path) -> dict:
    """Run batch Emacs with the recipe on a file: the diagnostics Eglot received, as the probe
    wrote."""
    recipe, out = folder / "recipe.el", folder / "emacs.json"
    recipe.write_text(readme_block("**Emacs**", "elisp"), encoding="utf-8")
    call = f"(cablelint-probe {json.dumps(str(path))} {json.dumps(EDIT)} {json.dumps(str(out))})"
    done = subprocess.run([EMACS, "--batch", "-q", "-l", str(PROBE), "-l", str(recipe),
                           "--eval", call], cwd=folder, env=editor_env(folder),
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    assert done.returncode == 0, done
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", TEXTS)
def test_emacs_with_the_readme_recipe_shows_the_cli_findings_then_those_of_an_edit(tmp_path, name):
    assert_the_editor_shows_the_cli_findings(tmp_path, TEXTS[name],
                                             lambda path: emacs_diagnostics(tmp_path, path))
