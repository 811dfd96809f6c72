"""text: `path:line:col: CL090 [paragraph-sequence] message`, one finding per line."""

from __future__ import annotations

from ..diagnostic import Diagnostic, Severity
from ..escaping import for_display
from .base import Reporter

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


class TextReporter(Reporter):
    """Human-readable lines; colour when the run's `color` option is on (decided by the CLI). Paths and
    messages have their control characters escaped (`cablelint.escaping`): one finding, one line."""

    name = "text"

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        colour = self.run.options.get("color", False)
        for d in diagnostics:
            shown, message = for_display(d.path), for_display(d.message)
            if colour:
                self.stream.write(f"{_BOLD}{shown}{_RESET}:{d.line}:{d.column}: "
                                  f"{_COLOURS[d.severity]}{d.rule_id}{_RESET} {_DIM}[{d.rule_name}]{_RESET} "
                                  f"{message}\n")
            else:
                self.stream.write(f"{shown}:{d.line}:{d.column}: {d.rule_id} [{d.rule_name}] {message}\n")
