"""Fixes applied to a document's text, for "fix all" and formatting: the edits of the findings' safe fixes,
never two overlapping edits in one pass, then lint again and repeat (a bounded loop, like ruff's)."""

from __future__ import annotations

from typing import Callable, Iterable

from ..container import LineIndex
from ..diagnostic import Diagnostic, Fix

#: How often "fix all" lints and fixes again: a fix may reveal a finding whose fix overlapped it.
MAX_PASSES = 10


def apply_fixes(text: str, fixes: Iterable[Fix]) -> tuple[str, int]:
    """The text with the fixes applied whose edits overlap no edit of an earlier fix, and how many were."""
    index = LineIndex(text)
    taken: list[tuple[int, int, str]] = []
    applied = 0
    for fix in fixes:
        edits = [(_offset(index, e.span.line, e.span.column), _offset(index, e.span.end_line, e.span.end_column),
                  e.replacement) for e in fix.edits]
        if any(_overlap(edit, other) for edit in edits for other in taken):
            continue
        taken.extend(edits)
        applied += 1
    for start, end, replacement in sorted(taken, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, applied


def _offset(index: LineIndex, line: int, column: int) -> int:
    """The offset of a position; past the last line is the end of the text (CL137 deletes a last line
    up to the start of the next)."""
    return len(index.text) if line > len(index.starts) else index.offset(line, column)


def _overlap(one: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
    """Two edits touch the same text (two insertions at one place count: their order would be a guess)."""
    return one[0] < other[1] and other[0] < one[1] or one[0] == other[0]


def fix_all(text: str, lint: Callable[[str], list[Diagnostic]]) -> str:
    """The text with every safe fix applied, linting again after each pass until none is left."""
    for _ in range(MAX_PASSES):
        safe = [d.fix for d in lint(text) if d.fix is not None and d.fix.safe]
        text, applied = apply_fixes(text, safe)
        if not applied:
            break
    return text
