"""Where the data shipped with cablelint lives: `rules/` and `schemas/`, in a wheel or a checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_dir(name: str):
    """The `rules` or `schemas` folder: packaged as `cablelint.<name>` in a wheel (see pyproject's
    package-dir), or beside the package in a source checkout run without installing."""
    try:
        return files(f"cablelint.{name}")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / name
