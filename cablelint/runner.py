"""Lint a list of paths: discover files, apply the configuration's excludes and per-file ignores,
stream each file's diagnostics to the reporter, and count what the exit code needs."""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from typing import Iterator

from .baseline import Baseline, BaselineWriter
from .diagnostic import Severity
from .discover import STDIN, discover
from .errors import error_line
from .parallel import Job, in_process_recipe, lint_job, unpack, wants_text
from .patterns import matches
from .selection import PerFileIgnores


@dataclass(frozen=True)
class Scope:
    """Which files are linted and which findings are dropped per file."""

    include: tuple[str, ...]
    root: Path                                   # configuration paths are relative to this folder
    exclude: tuple[str, ...] = ()
    force_exclude: bool = False                  # also exclude files named on the command line
    per_file_ignores: PerFileIgnores = PerFileIgnores()
    stdin_filename: str | None = None
    respect_gitignore: bool = True
    baseline: Baseline | None = None             # findings recorded there are hidden
    recorder: BaselineWriter | None = None       # collects every finding for --write-baseline

    def relative(self, path: str) -> str:
        """path relative to the configuration's folder, '/'-separated (as given when outside it)."""
        try:
            return Path(os.path.abspath(path)).relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return PurePosixPath(Path(path)).as_posix()

    def excluded(self, path: str) -> bool:
        """True when the exclude patterns (`.gitignore` syntax) match the path or one of its
        folders."""
        return matches(self.exclude, self.relative(path))

    def ignored_rules(self, path: str) -> frozenset[str]:
        """The ids of the rules per-file-ignores drop for this path (`PerFileIgnores.dropped`)."""
        if not self.per_file_ignores:
            return frozenset()
        return self.per_file_ignores.dropped(self.relative(path))


@dataclass
class Outcome:
    """What a run found, for the summary and the exit code."""

    files: int = 0
    input_errors: int = 0
    failing: int = 0
    counts: Counter = field(default_factory=Counter)
    unreadable: list = field(default_factory=list)     # {"path", "message"} of each input error


def run(paths: list[str], ruleset, reporter, scope: Scope, fail_level: Severity, outcome: Outcome,
        records=None) -> Outcome:
    """Lint every path, counting into `outcome` before reporting each file (so that the counts are
    whole whatever the reporter does); report per file; never raises for an unreadable input.

    `records` turns the jobs into records (`cablelint.parallel`); default: in-process, one file at a
    time."""
    if records is None:
        records = _in_process(ruleset, reporter, scope)
    for name, error, text, findings in records(jobs(paths, scope)):
        if error is not None:
            _input_error(name, error, outcome)
            continue
        diagnostics = kept_findings(scope, name, text, [unpack(f) for f in findings])
        outcome.files += 1
        for d in diagnostics:
            outcome.counts[d.severity] += 1
            outcome.failing += d.severity >= fail_level
        reporter.source(name, text)
        reporter.file(name, diagnostics)
    return outcome


def linted_paths(paths: list[str], scope: Scope):
    """The Found paths a run lints (or reports as unreadable): discovered, less the excluded
    ones."""
    for found in discover(paths, scope.include, scope.respect_gitignore):
        explicit = found.path in paths
        if found.path != STDIN and scope.exclude and (not explicit or scope.force_exclude) \
                and scope.excluded(found.path):
            continue
        yield found


def jobs(paths: list[str], scope: Scope) -> Iterator[Job]:
    """The files to lint, in report order, after the excludes; each with the name it is reported
    under."""
    for found in linted_paths(paths, scope):
        name = (scope.stdin_filename or STDIN) if found.path == STDIN else found.path
        yield Job(found.path, name, found.error)


def needs_text(reporter, scope: Scope, options: dict | None = None) -> bool:
    """Whether the records must carry the linted text: the reporter reads it (with these format
    options), or a baseline keys on it."""
    return wants_text(reporter, options) or scope.baseline is not None or scope.recorder is not None


def _in_process(ruleset, reporter, scope: Scope):
    recipe = in_process_recipe(needs_text(reporter, scope))
    return lambda all_jobs: (lint_job(job, ruleset, recipe) for job in all_jobs)


def kept_findings(scope: Scope, name: str, text: str, diagnostics: list) -> list:
    """A file's findings less those per-file-ignores drop and those the baseline records; the one
    place where the configuration filters findings (inline directives act earlier, in the
    engine)."""
    dropped = scope.ignored_rules(name)
    if dropped:
        diagnostics = [d for d in diagnostics if d.rule_id not in dropped]
    if scope.recorder is not None:
        scope.recorder.record(scope.relative(name), diagnostics, text)
    if scope.baseline is not None:
        diagnostics = scope.baseline.hide(scope.relative(name), diagnostics, text)
    return diagnostics


def _input_error(path: str, message: str, outcome: Outcome) -> None:
    sys.stderr.write(error_line(message))
    outcome.input_errors += 1
    outcome.unreadable.append({"path": path, "message": message})
