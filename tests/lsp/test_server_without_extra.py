"""Without the lsp extra, `cablelint server` is one line naming the extra, and exit code 2."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

#: Python with pygls and lsprotocol made unimportable, as in an installation without the extra.
WITHOUT_EXTRA = ("import sys; sys.modules['pygls'] = sys.modules['lsprotocol'] = None; "
                 "from cablelint.cli import main; raise SystemExit(main(['server']))")


def test_server_without_the_extra_says_what_to_install():
    proc = subprocess.run([sys.executable, "-c", WITHOUT_EXTRA], capture_output=True, text=True,
                          cwd=ROOT,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "install cablelint[lsp]" in proc.stderr


def test_nothing_else_imports_the_extra():
    code = ("import sys, cablelint.cli, cablelint.api, cablelint.lsp; "
            "cablelint.cli.main(['rules']); print(sorted(m for m in sys.modules if m.split('.')[0] "
            "in ('pygls', 'lsprotocol')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.splitlines()[-1] == "[]"
