"""Errors that end a run with exit code 2; each renders as one line naming where it happened."""

from __future__ import annotations


class CablelintError(Exception):
    """Base of every error the CLI reports as one line and exit code 2."""

    exit_code = 2


class UsageError(CablelintError):
    """Bad command-line arguments."""


class InputError(CablelintError):
    """A path that cannot be read as a cable (missing, unreadable, binary)."""


class ConfigError(CablelintError):
    """An invalid configuration file."""


class RulePackError(CablelintError):
    """An invalid rule pack: names the pack file, the rule id and the JSON pointer."""


class PluginError(CablelintError):
    """A plugin that failed to load or registered something twice."""
