"""text: `path:line:col: CL090 [paragraph-sequence] warning: message`, one finding per line
(`concise`, the default); `full` adds the flagged source line with carets under the span, as ruff's
full format does."""

from __future__ import annotations

from ..diagnostic import Diagnostic, Severity
from ..escaping import for_display
from .base import Reporter

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


class TextReporter(Reporter):
    """Human-readable lines naming each finding's severity; colour when the run's `color` option is
    on (decided by the CLI). Paths, messages and quoted source have their control characters escaped
    (`cablelint.escaping`): one finding, one line (plus, in `full`, its source line and carets)."""

    name = "text"

    @classmethod
    def reads_source(cls, options: dict) -> bool:
        return bool(options.get("full"))        # only `full` quotes the flagged lines

    def source(self, path: str, text: str) -> None:
        self.lines = text.split("\n") if self.run.options.get("full") else None

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        colour = self.run.options.get("color", False)
        lines, self.lines = getattr(self, "lines", None), None
        for d in diagnostics:
            shown, message = for_display(d.path), for_display(d.message)
            if colour:
                self.stream.write(
                    f"{_BOLD}{shown}{_RESET}:{d.line}:{d.column}: "
                    f"{_COLOURS[d.severity]}{d.rule_id}{_RESET} {_DIM}[{d.rule_name}]{_RESET} "
                    f"{_COLOURS[d.severity]}{d.severity}:{_RESET} {message}\n"
                )
            else:
                self.stream.write(f"{shown}:{d.line}:{d.column}: {d.rule_id} [{d.rule_name}] "
                                  f"{d.severity}: {message}\n")
            if lines is not None and 1 <= d.line <= len(lines):
                self.stream.write(source_excerpt(lines[d.line - 1], d))


def source_excerpt(line: str, d: Diagnostic) -> str:
    """The flagged line under a gutter with its number, and carets under the span (to the end of the
    line when the span goes on to later lines)."""
    end = d.end_column if d.end_line == d.line else len(line) + 1
    start = min(max(d.column, 1), len(line) + 1)
    before, flagged = for_display(line[: start - 1]), for_display(
        line[start - 1 : max(end, start) - 1]
    )
    gutter = " " * len(str(d.line))
    return (f"{gutter} |\n{d.line} | {for_display(line)}\n"
            f"{gutter} | {' ' * len(before)}{'^' * max(len(flagged), 1)}\n{gutter} |\n")
