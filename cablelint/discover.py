"""Paths to files: explicit files always, directories walked for files matching the include globs."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from typing import Iterator

from .patterns import GitIgnores, matches
from .reading import DELETED, stat_problem

#: Which files in a directory are cables unless --include says otherwise.
DEFAULT_INCLUDE = ("*.txt",)
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Found:
    """A file to lint, or a path that could not be used and why."""

    path: str
    error: str | None = None


def discover(paths: list[str], include: tuple[str, ...] = DEFAULT_INCLUDE,
             respect_gitignore: bool = True) -> Iterator[Found]:
    """Files in command-line order; directories walked in sorted order, skipping hidden folders.

    A file named on the command line is linted whatever its name; inside directories only regular
    files whose path (relative to the directory named) matches the include patterns (`.gitignore`
    syntax) are (a FIFO would block the run), and, with respect_gitignore, that no `.gitignore` of the
    repository ignores (a folder ignored is not entered). A missing path,
    a broken symbolic link or a link loop is reported, not raised. A file reached twice (named and
    inside a named folder) is linted once.
    """
    seen: set[str] = set()
    for found in _candidates(paths, include, respect_gitignore):
        key = found.path if found.path == STDIN else os.path.realpath(found.path)
        if key not in seen:
            seen.add(key)
            yield found


def _candidates(paths: list[str], include: tuple[str, ...], respect_gitignore: bool) -> Iterator[Found]:
    for path in paths:
        if path == STDIN:
            yield Found(path)
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            yield Found(path, stat_problem(path, exc))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, include, GitIgnores(path) if respect_gitignore else None)
        else:
            yield Found(path) if stat.S_ISREG(mode) else Found(path, "not a regular file or directory")


def _walk(top: str, include: tuple[str, ...], gitignores: GitIgnores | None) -> Iterator[Found]:
    def on_error(exc: OSError) -> None:
        errors.append(Found(exc.filename or top, exc.strerror or str(exc)))

    def kept(folder: str, name: str, is_dir: bool) -> bool:
        return gitignores is None or not gitignores.ignored(os.path.join(folder, name), is_dir)

    errors: list[Found] = []
    for folder, dirs, files in os.walk(top, onerror=on_error):
        if gitignores is not None:
            gitignores.enter(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and kept(folder, d, True))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if matches(include, os.path.relpath(path, top).replace(os.sep, "/")) and kept(folder, name, False):
                yield _listed(path)
        yield from errors
        errors.clear()
    yield from errors


def _listed(path: str) -> Found:
    """A file name read from a folder: a regular file, or why not (gone by now: deleted during the run)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        gone = exc.errno == errno.ENOENT and not os.path.lexists(path)
        return Found(path, DELETED if gone else stat_problem(path, exc))
    return Found(path) if stat.S_ISREG(mode) else Found(path, "not a regular file")
