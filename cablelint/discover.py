"""Paths to files: explicit files always, directories walked for files matching the include
globs."""

from __future__ import annotations

import errno
import os
import stat
from typing import Iterator

from .patterns import GitIgnores, matches
from .reading import DELETED, stat_problem
from .record import Record, set_field

#: Which files in a directory are cables unless --include says otherwise.
DEFAULT_INCLUDE = ("*.txt",)
STDIN = "-"


class Found(Record):
    """A file to lint, or a path that could not be used and why."""

    path: str
    error: str | None

    __slots__ = ("path", "error")

    def __init__(self, path, error=None) -> None:
        set_field(self, "path", path)
        set_field(self, "error", error)


def discover(paths: list[str], include: tuple[str, ...] = DEFAULT_INCLUDE,
             respect_gitignore: bool = True) -> Iterator[Found]:
    """Files in command-line order; directories walked in sorted order, skipping hidden folders.

    A file named on the command line is linted whatever its name; inside directories only regular
    files whose path (relative to the directory named) matches the include patterns (`.gitignore`
    syntax) are (a FIFO would block the run), and, with respect_gitignore, that no `.gitignore` of
    the repository ignores (a folder ignored is not entered). A missing path,
    a broken symbolic link or a link loop is reported, not raised. A file reached twice (named and
    inside a named folder) is linted once.
    """
    seen: set[str] = set()
    tops = [os.path.realpath(p) if p != STDIN and os.path.isdir(p) else None for p in paths]
    for index, found in _candidates(paths, include, respect_gitignore):
        if found.path == STDIN:
            yield found
            continue
        walked = found.path != paths[index]
        link = walked and os.path.islink(found.path)
        real = (
            _below(tops[index], found.path[len(paths[index]) :])
            if walked and not link and tops[index]
            else os.path.realpath(found.path)
        )
        if real in seen or (link and _walked_before(real, found.path, index, paths, tops, include)):
            continue
        later = (t for t in [*tops[index + 1:], *map(os.path.realpath, paths[index + 1:])] if t)
        if (
            found.path == paths[index]
            or link
            or any(real == t or real.startswith(t + os.sep) for t in later)
        ):
            seen.add(real)  # only what can be reached again: memory stays flat over a folder's walk
        yield found


def _below(top: str, rest: str) -> str:
    """The real path of a file the walk of `top` (a real path) found at `rest` below it: the walk
    follows no symbolic link to a folder, so only the file itself could be one."""
    return top + os.sep + rest.lstrip(os.sep)


def _walked_before(real: str, link: str, index: int, paths: list[str], tops: list, include) -> bool:
    """Whether the walks so far yielded the file a symbolic link found in walk `index` points to."""
    if not os.path.isfile(real):
        return False
    for position, top in enumerate(tops[:index + 1]):
        if top is None or not real.startswith(top + os.sep):
            continue
        parts = os.path.relpath(real, top).split(os.sep)
        if any(part.startswith(".") for part in parts[:-1]) or not matches(
            include, "/".join(parts)
        ):
            continue  # hidden folders are not walked; the walk yields included files only
        if position < index:
            return True
        return _walk_order(parts) < _walk_order(os.path.relpath(link, paths[index]).split(os.sep))
    return False


def _walk_order(parts: list[str]) -> tuple:
    """A sort key of a path below a walked folder in the order `_walk` yields files: a folder's
    files (sorted) before its subfolders (sorted)."""
    return (*((1, part) for part in parts[:-1]), (0, parts[-1]))


def _candidates(paths: list[str], include: tuple[str, ...],
                respect_gitignore: bool) -> Iterator[tuple[int, Found]]:
    """(index of the argument, what it yields) for every argument in order."""
    for index, path in enumerate(paths):
        if path == STDIN:
            yield index, Found(path)
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            yield index, Found(path, stat_problem(path, exc))
            continue
        if stat.S_ISDIR(mode):
            yield from ((index, found) for found in _walk(path, include,
                                                          GitIgnores(path) if respect_gitignore
                                                          else None))
        else:
            yield index, (
                Found(path)
                if stat.S_ISREG(mode)
                else Found(path, "not a regular file or directory")
            )


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
            if matches(include, os.path.relpath(path, top).replace(os.sep, "/")) and kept(
                folder, name, False
            ):
                yield _listed(path)
        yield from errors
        errors.clear()
    yield from errors


def _listed(path: str) -> Found:
    """A file name read from a folder: a regular file, or why not (gone by now: deleted during the
    run)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        gone = exc.errno == errno.ENOENT and not os.path.lexists(path)
        return Found(path, DELETED if gone else stat_problem(path, exc))
    return Found(path) if stat.S_ISREG(mode) else Found(path, "not a regular file")
