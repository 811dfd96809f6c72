"""The wheel ships every package of the source tree (pyproject lists them one by one)."""

from __future__ import annotations

import pytest

from conftest import ROOT

tomllib = pytest.importorskip("tomllib")   # Python 3.11+; the check needs to run on one Python only


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "cablelint").rglob("__init__.py")}
    assert on_disk <= listed, sorted(on_disk - listed)


def test_license_file_is_mit_as_pyproject_says():
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"] == {
        "text": "MIT"
    }
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")


def test_the_built_wheel_carries_the_license_the_vocabulary_credits_and_py_typed(tmp_path):
    """A wheel built from the source tree holds LICENSE, vocab/README.md with the BSD and CC-BY
    credits, and the py.typed marker."""
    import subprocess
    import sys
    import zipfile
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                           str(tmp_path), str(ROOT)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    (wheel,) = tmp_path.glob("cablelint-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (license_name,) = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert archive.read(license_name).decode().startswith("MIT License\n")
        credits = archive.read("cablelint/vocab/README.md").decode()
        metadata = archive.read(next(n for n in names
                                     if n.endswith(".dist-info/METADATA"))).decode()
    assert "heuer/cablemap" in credits and "BSD licence" in credits and "CC-BY" in credits
    assert "Requires-Dist: pathspec" in metadata
    assert (
        "cablelint/schemas/baseline.schema.json" in names
        and "cablelint/rules/suppression.yaml" in names
    )
    assert "cablelint/py.typed" in names        # PEP 561: the plugin interface is typed


def test_no_regex_needs_a_newer_python_than_the_floor():
    """Atomic groups `(?>...)` are Python 3.11 syntax and the floor is 3.10: one in the signature
    parser made every run on 3.10 exit 2."""
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "cablelint"
    found = [f"{path.name}:{number}" for path in sorted(package.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if "(?>" in line]
    assert not found
