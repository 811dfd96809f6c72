"""The wheel ships every package of the source tree (pyproject lists them one by one)."""

from __future__ import annotations

import pytest

from conftest import ROOT

tomllib = pytest.importorskip("tomllib")   # Python 3.11+; the check needs to run on one Python only


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "cablelint").rglob("__init__.py")}
    assert on_disk <= listed, sorted(on_disk - listed)
