"""An interrupted --fix (SIGTERM, SIGKILL) leaves every file either as it was or as fixed, and no temporary
file. Deterministic: the signal is sent once the first file is reported fixed, not after a sleep."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from conftest import ROOT

from .damage import CLEAN, DAMAGE

FILES = 200
DAMAGED = CLEAN.replace(*DAMAGE["CL110"]).replace(*DAMAGE["CL058"])


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_every_file_is_old_or_new_and_no_temporary_file_remains(tmp_path, signum):
    for i in range(FILES):
        (tmp_path / f"cable{i:04}.txt").write_text(DAMAGED, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "cablelint", "--isolated", "--fix",
                             "--show-fixes", "-q",
                             str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                           env=env, text=True)
    first = proc.stderr.readline()
    assert "2 fixes (CL058, CL110)" in first
    proc.send_signal(signum)
    proc.communicate()
    assert proc.returncode != 0
    contents = [path.read_text(encoding="utf-8") for path in sorted(tmp_path.glob("cable*.txt"))]
    assert len(contents) == FILES
    assert {text for text in contents} <= {DAMAGED, CLEAN}
    assert contents.count(CLEAN) >= 1       # the first file, reported after it was written
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"cable{i:04}.txt" for i in range(FILES)]
