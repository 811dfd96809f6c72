"""Diagnostics are values: born complete (rule id, name, severity), sortable, with an optional fix."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .document import Span


class Severity(enum.IntEnum):
    """Finding severities, ordered so that `>=` compares against a fail level."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


#: The most findings one rule reports in one file; the rest become one finding that counts them, so that a
#: damaged megabyte cannot flood a report (GitHub code scanning keeps 25,000 results of a SARIF run).
MAX_FINDINGS_PER_RULE = 100


@dataclass(frozen=True, slots=True)
class Unbuilt:
    """Yielded last by a check that counted more findings than the engine shows instead of building them:
    `count` findings, all after (by position) the MAX_FINDINGS_PER_RULE + 1 it yielded. The engine counts
    them into its "N more findings" summary exactly as if they had been built."""

    count: int


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text in span with `replacement`."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A fix: what it does, its edits, and whether it is safe to apply without review."""

    description: str
    edits: tuple[Edit, ...]
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding. Lines and columns are 1-based, end exclusive, columns in code points."""

    rule_id: str
    rule_name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    fix: Fix | None = None

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule_id)

    def to_dict(self) -> dict:
        """The JSON report's shape for one finding (schemas/report.schema.json)."""
        data = {"rule_id": self.rule_id, "rule_name": self.rule_name, "severity": str(self.severity),
                "message": self.message, "path": self.path, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column, "fix": None}
        if self.fix is not None:
            data["fix"] = {"description": self.fix.description, "safe": self.fix.safe,
                           "edits": [{**e.span.to_dict(), "replacement": e.replacement} for e in self.fix.edits]}
        return data

