"""Wiring of the scale options (--jobs, --dask, the result cache, progress) and `cablelint clean`,
kept apart from cli.py: which records function a run uses, and where its cache lives."""

from __future__ import annotations

import argparse
import os
import sys

from .errors import UsageError
from .parallel import Recipe, local_records, usable_cores


def records_for(args, plugin_manager, registry, ruleset, selection, settings, with_text: bool):
    """The `records` function of a lint run: in-process, a local pool or a Dask cluster, with the
    result cache unless --no-cache, and a progress bar on a terminal; `with_text`: the records carry
    the linted text (the reporter or the baseline reads it)."""
    from .progress import tracked

    recipe = Recipe(select=selection.select, extend_select=selection.extend_select,
                    ignore=selection.ignore, severity=tuple(sorted(selection.severity.items())),
                    plugins=not args.no_plugins, with_text=with_text,
                    **_cache_fields(args, plugin_manager, registry, ruleset, settings))
    if args.dask:
        from .dask import cluster_records
        produce = cluster_records(recipe, args.dask)
    else:
        produce = local_records(recipe, ruleset, args.jobs or usable_cores())
    return lambda jobs: tracked(produce(jobs), quiet=args.quiet)


def _cache_fields(args, plugin_manager, registry, ruleset, settings) -> dict:
    if args.no_cache:
        return {}
    from .cache import cache_folder, run_key
    folder = cache_folder(args.cache_dir, settings.path)
    return {"cache_dir": os.path.abspath(folder),
            "cache_key": run_key(plugin_manager, registry, ruleset)}


def clean_command(argv: list[str]) -> int:
    """`cablelint clean`: remove the result cache that `cablelint lint` with the same options would
    use."""
    from .cache import cache_folder, clean
    from .config import settings_for

    parser = argparse.ArgumentParser(prog="cablelint clean",
                                     description="Remove cablelint's result cache.")
    parser.add_argument("--cache-dir", metavar="DIR",
                        help="the cache folder (default: as lint finds it)")
    parser.add_argument("--config", metavar="FILE",
                        help="the configuration file whose folder holds the cache")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    args = parser.parse_args(argv)
    folder = cache_folder(args.cache_dir, settings_for(args.config, args.isolated).path)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: not a cache folder")
    removed = clean(folder)
    sys.stderr.write(f"cablelint: removed the cache in {folder}\n" if removed else
                     f"cablelint: no cache in {folder}\n")
    return 0
