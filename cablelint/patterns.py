"""Path patterns with `.gitignore` semantics (via `pathspec`): include, exclude, per-file-ignores,
and the `.gitignore` files of the folders walked. `drafts/` is a folder at any depth, `*.txt` a name
anywhere, `archive/*.txt` anchored to the folder the patterns are relative to, `!keep.txt`
re-includes."""

from __future__ import annotations

import os
import sys
from fnmatch import fnmatchcase
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ConfigError

if TYPE_CHECKING:
    import pathspec


#: Said once per run when `.gitignore` files cannot be applied.
_NO_PATHSPEC = ("cablelint: warning: .gitignore files are not applied: the pathspec package is not"
                " installed (pip install pathspec)\n")
_warned: list[bool] = []


def _spec(lines) -> pathspec.GitIgnoreSpec:
    """Compiled `.gitignore` lines (pathspec is imported on the first use: a run given only files
    needs none, and it is 10 ms of a start-up)."""
    try:
        from pathspec import GitIgnoreSpec
    except ImportError:
        raise ConfigError("include, exclude and per-file-ignores patterns with '/', '!' or '**'"
                          " need the pathspec package (pip install pathspec)") from None
    return GitIgnoreSpec.from_lines(lines)


def _gitignore_spec(lines) -> pathspec.GitIgnoreSpec | None:
    """A `.gitignore` file's compiled lines; None, after one warning on standard error, where
    pathspec is not installed (an install without it still lints the folders it is given)."""
    try:
        return _spec(lines)
    except ConfigError:
        if not _warned:
            _warned.append(True)
            sys.stderr.write(_NO_PATHSPEC)
        return None


class NamePatterns:
    """Patterns without a `/`, `!`, `\\` or `**` (the default `*.txt`), matched as git matches
    them: against every name of the path. Used where pathspec is not installed."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = patterns

    @staticmethod
    def covers(patterns: tuple[str, ...]) -> bool:
        """Whether every pattern is of the form this class matches exactly."""
        return all(p and not any(mark in p for mark in ("/", "!", "\\", "**", " "))
                   and not p.startswith("#") for p in patterns)

    def match_file(self, relative: str) -> bool:
        names = [name for name in relative.split("/") if name]
        return any(fnmatchcase(name, pattern) for pattern in self.patterns for name in names)


@lru_cache(maxsize=256)
def compiled(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec | NamePatterns:
    """The compiled patterns (cached: the same tuples are matched against every file of a run)."""
    try:
        return _spec(patterns)
    except ConfigError:
        if NamePatterns.covers(patterns):
            return NamePatterns(patterns)
        raise


def matches(patterns: tuple[str, ...], relative: str, is_dir: bool = False) -> bool:
    """True when a '/'-separated relative path (a folder when is_dir) matches the patterns."""
    return bool(patterns) and compiled(patterns).match_file(relative + "/" if is_dir else relative)


class GitIgnores:
    """The `.gitignore` files that apply inside one walked folder: those of the folder's ancestors
    up to the repository root (the folder holding `.git`) and those met while walking. The deepest
    decision wins, as in git."""

    def __init__(self, top: str) -> None:
        self.specs: dict[str, pathspec.GitIgnoreSpec] = {}
        folder = os.path.abspath(top)
        ancestors = []
        while True:
            ancestors.append(folder)
            if os.path.exists(os.path.join(folder, ".git")) or os.path.dirname(folder) == folder:
                break
            folder = os.path.dirname(folder)
        if os.path.exists(os.path.join(ancestors[-1], ".git")):
            for folder in reversed(ancestors[1:]):
                self.enter(folder)

    def enter(self, folder: str) -> None:
        """Read the folder's `.gitignore`, if it has one (an unreadable one is skipped, as git
        does)."""
        try:
            with open(
                os.path.join(folder, ".gitignore"), encoding="utf-8", errors="replace"
            ) as stream:
                spec = _gitignore_spec(stream.read().splitlines())
        except OSError:
            return
        if spec is not None:
            self.specs[os.path.abspath(folder)] = spec

    def ignored(self, path: str, is_dir: bool = False) -> bool:
        """True when the last `.gitignore` rule that decides about path ignores it."""
        absolute, decision = os.path.abspath(path), None
        for folder, spec in self.specs.items():      # inserted root-most first
            if absolute.startswith(folder + os.sep):
                relative = os.path.relpath(absolute, folder).replace(os.sep, "/") + (
                    "/" if is_dir else ""
                )
                result = spec.check_file(relative).include
                decision = result if result is not None else decision
        return bool(decision)
