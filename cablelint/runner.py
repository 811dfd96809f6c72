"""Lint a list of paths: discover files, apply the configuration's excludes and per-file ignores,
stream each file's diagnostics to the reporter, and count what the exit code needs."""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from .diagnostic import Severity
from .discover import STDIN, discover
from .engine import lint_bytes
from .errors import InputError


@dataclass(frozen=True)
class Scope:
    """Which files are linted and which findings are dropped per file."""

    include: tuple[str, ...]
    root: Path                                   # configuration paths are relative to this folder
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False                  # also exclude files named on the command line
    per_file_ignores: dict = field(default_factory=dict)   # glob -> set of rule ids
    stdin_filename: str | None = None

    def relative(self, path: str) -> str:
        """path relative to the configuration's folder, '/'-separated (as given when outside it)."""
        try:
            return Path(os.path.abspath(path)).relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return PurePosixPath(Path(path)).as_posix()

    def excluded(self, path: str) -> bool:
        """True when the path or one of its folders matches an exclude glob."""
        relative = PurePosixPath(self.relative(path))
        candidates = [relative.as_posix()] + [parent.as_posix() for parent in relative.parents][:-1]
        return any(fnmatch(candidate, glob) for glob in self.exclude for candidate in candidates)

    def ignored_rules(self, path: str) -> set[str]:
        """Rule ids that per-file-ignores drop for this path."""
        relative = self.relative(path)
        return {rule for glob, rules in self.per_file_ignores.items() if fnmatch(relative, glob) for rule in rules}


@dataclass
class Outcome:
    """What a run found, for the summary and the exit code."""

    files: int = 0
    input_errors: int = 0
    failing: int = 0
    counts: Counter = field(default_factory=Counter)


def run(paths: list[str], ruleset, reporter, scope: Scope, fail_level: Severity, outcome: Outcome) -> Outcome:
    """Lint every path, counting into `outcome` as it goes (so that a run cut short by a closed pipe
    still knows what it found); report per file; never raises for an unreadable input."""
    for found in discover(paths, scope.include):
        explicit = found.path in paths
        if found.path != STDIN and scope.exclude and (not explicit or scope.force_exclude) \
                and scope.excluded(found.path):
            continue
        name = (scope.stdin_filename or STDIN) if found.path == STDIN else found.path
        try:
            if found.error:
                raise InputError(f"{found.path}: {found.error}")
            data = sys.stdin.buffer.read() if found.path == STDIN else read_file(found.path)
            diagnostics = lint_bytes(data, name, ruleset)
        except InputError as exc:
            sys.stderr.write(f"cablelint: error: {exc}\n")
            outcome.input_errors += 1
            continue
        if scope.per_file_ignores:
            dropped = scope.ignored_rules(name)
            diagnostics = [d for d in diagnostics if d.rule_id not in dropped]
        outcome.files += 1
        for d in diagnostics:       # counted before reporting: a pipe closed while writing them keeps them
            outcome.counts[d.severity] += 1
            outcome.failing += d.severity >= fail_level
        reporter.file(name, diagnostics)
    return outcome


def read_file(path: str) -> bytes:
    """A file's bytes; an OSError becomes an InputError naming the path."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
