"""Linting on a Dask cluster (`pip install 'cablelint[dask]'`): the workers run the same pure
function as a local pool (`parallel.lint_chunk`) over chunks of files they can read (shared
storage), and the results stream back, in order, into the normal reporters."""

from __future__ import annotations

import os
from typing import Iterable, Iterator

from .errors import InputError, UsageError
from .parallel import CHUNK_SIZE, Job, Recipe, distributed_records, lint_chunk, unpack

#: Chunks in flight per Dask worker thread.
TASKS_PER_THREAD = 4


def _distributed():
    try:
        import distributed
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'cablelint[dask]'") from None
    return distributed


def cluster_records(recipe: Recipe, address: str):
    """A `records` function for the runner that lints on the scheduler at `address`."""
    def records(jobs: Iterable[Job]) -> Iterator[tuple]:
        distributed = _distributed()
        try:
            client = distributed.Client(address, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise UsageError(f"--dask {address}: cannot reach the scheduler: {exc}") from None
        try:
            threads = max(1, sum(client.nthreads().values()))

            def submit(function, *args):
                return client.submit(function, *args, pure=False)

            here = os.getcwd()
            located = (Job(job.path, job.name, job.error, here) for job in jobs)
            yield from distributed_records(recipe, located, submit, threads * TASKS_PER_THREAD)
        finally:
            client.close()
    return records


def lint_bag(bag, select: list[str] | None = None, extend_select: list[str] = (),
             ignore: list[str] = (), severity: dict | None = None, plugins: bool = True):
    """A Dask bag of paths (str) to a Dask bag of their Diagnostic objects, linted by the same
    function as the command line (selection as in the configuration; no result cache). An unreadable
    path raises."""
    recipe = Recipe(select=None if select is None else tuple(select),
                    extend_select=tuple(extend_select),
                    ignore=tuple(ignore), severity=tuple(sorted((severity or {}).items())),
                    plugins=plugins, with_text=False)
    return bag.map_partitions(_lint_partition, recipe)


def _lint_partition(paths, recipe: Recipe) -> list:
    diagnostics = []
    paths = list(paths)
    for start in range(0, len(paths), CHUNK_SIZE):
        for name, error, _, findings in lint_chunk(
            recipe, [Job(p, p) for p in paths[start : start + CHUNK_SIZE]]
        ):
            if error is not None:
                raise InputError(error)
            diagnostics.extend(unpack(f) for f in findings)
    return diagnostics
