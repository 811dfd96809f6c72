"""Progress on standard error for long runs: on a terminal only (never on a pipe, in CI or with
--quiet), drawn by tqdm when it is installed (`cablelint[progress]`), imported only then."""

from __future__ import annotations

import os
import sys
from typing import Iterable, Iterator

#: Seconds before the bar appears (a short run shows none), and between redraws.
DELAY = 1.0
MIN_INTERVAL = 0.25


def wanted(quiet: bool, stream=None) -> bool:
    """A bar only for a person watching: not --quiet, not in CI, standard error a terminal."""
    stream = sys.stderr if stream is None else stream
    if quiet or os.environ.get("CI"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def tracked(records: Iterable, quiet: bool = False) -> Iterator:
    """The records, passed through unchanged, counted on a bar when one is wanted and tqdm is
    installed."""
    if not wanted(quiet):
        yield from records
        return
    try:
        from tqdm import tqdm
    except ImportError:
        yield from records
        return
    bar = tqdm(unit=" files", file=sys.stderr, delay=DELAY, mininterval=MIN_INTERVAL, leave=False,
               dynamic_ncols=True)
    try:
        for record in records:
            bar.update()
            yield record
    finally:
        bar.close()
