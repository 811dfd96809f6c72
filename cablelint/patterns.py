"""Path patterns with `.gitignore` semantics (via `pathspec`): include, exclude, per-file-ignores,
and the `.gitignore` files of the folders walked. `drafts/` is a folder at any depth, `*.txt` a name
anywhere, `archive/*.txt` anchored to the folder the patterns are relative to, `!keep.txt`
re-includes."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec


def _spec(lines) -> pathspec.GitIgnoreSpec:
    """Compiled `.gitignore` lines (pathspec is imported on the first use: a run given only files
    needs none, and it is 10 ms of a start-up)."""
    from pathspec import GitIgnoreSpec
    return GitIgnoreSpec.from_lines(lines)


@lru_cache(maxsize=256)
def compiled(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """The compiled patterns (cached: the same tuples are matched against every file of a run)."""
    return _spec(patterns)


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
                self.specs[os.path.abspath(folder)] = _spec(stream.read().splitlines())
        except OSError:
            pass

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
