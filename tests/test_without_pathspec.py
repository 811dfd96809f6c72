"""An install without pathspec (a declared dependency, but a system Python may lack it) still lints
the folders it is given: default patterns are matched name by name, `.gitignore` files are skipped
with one warning, and patterns that need pathspec are a one-line configuration error."""

import os
import shutil
import subprocess
import sys

from conftest import ROOT


def run_without_pathspec(tmp_path, *args):
    blocker = tmp_path / "blocker" / "pathspec"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('pathspec is not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "blocker"), str(ROOT)]),
           "CABLELINT_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run([sys.executable, "-m", "cablelint", "--isolated", *args],
                          capture_output=True, text=True, cwd=tmp_path, env=env)
    assert "Traceback" not in proc.stderr
    return proc.returncode, proc.stderr


def test_the_seeds_are_linted_and_a_gitignore_is_skipped_with_one_warning(tmp_path):
    seeds = tmp_path / "repo" / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    (seeds / "notes.md").write_text("not a cable\n")
    (tmp_path / "repo" / ".git").mkdir()
    (tmp_path / "repo" / ".gitignore").write_text("*.bak\n")
    code, err = run_without_pathspec(tmp_path, str(seeds))
    assert code == 1
    assert err.splitlines() == [
        "cablelint: warning: .gitignore files are not applied: the pathspec package is not"
        " installed (pip install pathspec)",
        "72 findings in 5 files (14 error, 38 warning, 20 info)"]


def test_a_pattern_that_needs_pathspec_is_a_configuration_error(tmp_path):
    folder = tmp_path / "cables"
    shutil.copytree(ROOT / "seeds", folder)
    code, err = run_without_pathspec(tmp_path, "--include", "cables/**/*.txt", str(folder))
    assert code == 2
    assert err.splitlines()[-1] == (
        "cablelint: error: include, exclude and per-file-ignores patterns with '/', '!' or '**'"
        " need the pathspec package (pip install pathspec)")
