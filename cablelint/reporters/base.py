"""The reporter contract: start, one call per file (streaming), finish. Writes to its stream
only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO

from ..diagnostic import Diagnostic
from ..errors import CablelintError, PluginError


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
    unreadable: tuple = ()  # {"path", "message"} of each input that could not be read (exit code 2)


class Reporter:
    """Base of reporters. Subclasses override `file` and, if they need them, `start`, `source` and
    `finish`.

    A reporter never chooses the exit code and never writes anywhere but `self.stream`.
    """

    name = ""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def start(self, run: Run) -> None:
        """Called once before the first file, with the rules that run and the format options."""
        self.run = run

    @classmethod
    def reads_source(cls, options: dict) -> bool:
        """Whether the reporter, with these format options, reads the linted text (`source`); when
        not, the records carry no text (workers send less, a warm run decodes nothing). Default: it
        overrides `source`."""
        return cls.source is not Reporter.source

    def source(self, path: str, text: str) -> None:
        """Called just before `file` with the text that was linted (decoded, newlines normalised),
        for reporters that hash or quote it; never re-open `path` (it may be standard input or a
        pipe)."""

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        """Called once per linted file, in order, also when it has no findings. `path` is the path
        as given (for standard input: `--stdin-filename`, else `-`); diagnostics are sorted."""
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        """Called once after the last file (also after the reader of the output went away: the run
        goes on and the writes are dropped)."""


class GuardedReporter:
    """A reporter whose exceptions become one PluginError naming the format and the plugin providing
    it."""

    def __init__(self, reporter_class, stream: TextIO, format_name: str, plugin: str,
                 options: dict | None = None) -> None:
        self.culprit = f"reporter '{format_name}' (plugin '{plugin}')"
        self.options = options or {}  # format options the CLI chose with the format (text style)
        self.reporter = self._call(reporter_class, "__init__", stream)

    def start(self, run: Run) -> None:
        self._call(self.reporter, "start", run)

    def source(self, path: str, text: str) -> None:
        self._call(self.reporter, "source", path, text)

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        self._call(self.reporter, "file", path, diagnostics)

    def finish(self, summary: Summary) -> None:
        self._call(self.reporter, "finish", summary)

    def _call(self, owner, method: str, *args):
        try:
            return owner(*args) if method == "__init__" else getattr(owner, method)(*args)
        except CablelintError:  # e.g. an OutputError from the stream: already one clear line
            raise
        except Exception as exc:  # plugin boundary: name the culprit, keep the cause for --debug
            raise PluginError(
                f"{self.culprit} failed in {method}(): {type(exc).__name__}: {exc}"
            ) from exc
