"""Where the data shipped with cablelint lives: `rules/` and `schemas/`, in a wheel or a
checkout."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def data_dir(name: str):
    """The `rules`, `schemas` or `vocab` folder: packaged as `cablelint.<name>` (see pyproject's
    package-dir), or beside the package in a source checkout run without installing.

    A folder on disk is a Path (importlib.resources, 5 ms of a start-up, only for a zipped
    install)."""
    try:
        spec = importlib.util.find_spec(f"cablelint.{name}")
    except ModuleNotFoundError:
        spec = None
    if spec is None:
        return Path(__file__).resolve().parent.parent / name
    folder = next(iter(spec.submodule_search_locations or ()), None)
    if folder is not None and Path(folder).is_dir():
        return Path(folder)
    from importlib.resources import files
    return files(f"cablelint.{name}")
