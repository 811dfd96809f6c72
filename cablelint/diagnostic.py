"""Diagnostics are values: born complete (rule id, name, severity), sortable, with an optional
fix."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Callable, Iterable

from .document import Span
from .record import Record, set_field


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


#: The most findings one rule reports in one file; the rest become one finding that counts them, so
#: that a damaged megabyte cannot flood a report (GitHub code scanning keeps 25,000 results of a
#: SARIF run).
MAX_FINDINGS_PER_RULE = 100


class Unbuilt(Record):
    """Yielded last by a check that counted more findings than the engine shows instead of building
    them: `count` findings, all after (by position) the MAX_FINDINGS_PER_RULE + 1 it yielded. The
    engine counts them into its "N more findings" summary exactly as if they had been built."""

    count: int

    __slots__ = ("count",)

    def __init__(self, count) -> None:
        set_field(self, "count", count)


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text in span with `replacement`."""

    span: Span
    replacement: str


class Fix:
    """A fix: what it does, its edits, and whether it is safe to apply without review.

    `edits` is a tuple, or a function that makes it, called on first use: a finding that stands
    for 100,000 matching lines makes their edits only when --fix, a JSON or SARIF report, the cache
    or an editor asks for them, not in every text run."""

    __slots__ = ("description", "safe", "_edits")

    def __init__(self, description: str, edits: tuple[Edit, ...] | Callable[[], Iterable[Edit]],
                 safe: bool = True) -> None:
        self.description, self.safe, self._edits = description, safe, edits

    @property
    def edits(self) -> tuple[Edit, ...]:
        if not isinstance(self._edits, tuple):
            self._edits = tuple(self._edits())
        return self._edits

    def with_edits(self, edits: tuple[Edit, ...]) -> "Fix":
        """The same fix with other edits (moved to other lines or another text)."""
        return Fix(self.description, edits, self.safe)

    def _key(self) -> tuple:
        return self.description, self.edits, self.safe

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if isinstance(other, Fix) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Fix(description={self.description!r}, edits={self.edits!r}, safe={self.safe!r})"

    def __reduce__(self) -> tuple:
        return Fix, self._key()


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
        data = {"rule_id": self.rule_id, "rule_name": self.rule_name,
                "severity": str(self.severity),
                "message": self.message, "path": self.path, "line": self.line,
                "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column, "fix": None}
        if self.fix is not None:
            data["fix"] = {
                "description": self.fix.description,
                "safe": self.fix.safe,
                "edits": [
                    {**e.span.to_dict(), "replacement": e.replacement} for e in self.fix.edits
                ],
            }
        return data
