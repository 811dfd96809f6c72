"""The reporter contract: start, one call per file (streaming), finish. Writes to its stream only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO

from ..diagnostic import Diagnostic


@dataclass(frozen=True)
class Run:
    """What a reporter may need to know about the run before the first file."""

    version: str
    rules: tuple            # the Rule objects that run
    root: str               # the directory paths are reported relative to
    options: dict = field(default_factory=dict)   # format-specific options (e.g. colour)


@dataclass(frozen=True)
class Summary:
    """Totals after the last file."""

    files: int
    diagnostics: int
    by_severity: dict


class Reporter:
    """Base of reporters. Subclasses override `file` and, if they need them, `start` and `finish`.

    A reporter never chooses the exit code and never writes anywhere but `self.stream`.
    """

    name = ""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def start(self, run: Run) -> None:
        """Called once before the first file, with the rules that run and the format options."""
        self.run = run

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        """Called once per linted file, in order, also when it has no findings. `path` is the path as
        given (for standard input: `--stdin-filename`, else `-`); diagnostics are sorted."""
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        """Called once after the last file (not when the run was cut short by a closed pipe)."""
