"""Errors that end a run with exit code 2; each renders as one line naming where it happened."""

from __future__ import annotations

from .escaping import for_display


class CablelintError(Exception):
    """Base of every error the CLI reports as one line and exit code 2."""

    exit_code = 2


class UsageError(CablelintError):
    """Bad command-line arguments."""


class InputError(CablelintError):
    """A path that cannot be read as a cable (missing, unreadable, binary)."""


class OutputError(CablelintError):
    """Results that could not be written: a full disk, a closed stream, a read-only or unsuitable
    target."""


class ConfigError(CablelintError):
    """An invalid configuration file."""


class RulePackError(CablelintError):
    """An invalid rule pack: names the pack file, the rule id and the JSON pointer."""


class PluginError(CablelintError):
    """A plugin that failed to load or registered something twice."""


def error_line(message: str) -> str:
    """How an error is shown on standard error: one line, its control characters escaped."""
    return f"cablelint: error: {for_display(message)}\n"
