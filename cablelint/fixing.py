"""The fix loop: apply the fixes of one cable's findings, re-lint, and repeat until nothing is left to fix.

Each pass applies the fixes whose edits overlap no other chosen edit (an overlapping fix waits for the next
pass, when it is found again on the new text), then parses and lints the result. A pass that breaks the
parse (a paragraph, the TAGS, SUBJECT, banner or header lost) or raises a rule's count is undone and its
fixes are tried one at a time; a fix that does that on its own is dropped and reported, as sqlfluff does.
At most MAX_PASSES passes, as ruff's fix loop.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .container import LineIndex
from .diagnostic import Diagnostic, Fix
from .document import Cable
from .engine import lint_text_and_cable

#: Passes of the fix loop (ruff stops after 100; cables settle in two or three).
MAX_PASSES = 10


@dataclass(frozen=True, slots=True)
class Dropped:
    """A fix that was not applied, and why."""

    finding: Diagnostic
    reason: str


@dataclass
class FixResult:
    """The fixed text, the findings whose fixes were applied, the fixes dropped, and what is left."""

    text: str
    applied: list[Diagnostic] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    remaining: list[Diagnostic] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        """Applied fixes per rule id."""
        return Counter(d.rule_id for d in self.applied)


def fix_text(text: str, path: str, ruleset, *, unsafe: bool = False, skip: frozenset[str] = frozenset(),
             encoding: str = "utf-8") -> FixResult:
    """Fix one cable's text: every safe fix (and the unsafe ones with `unsafe`) of rules not in `skip`."""
    found, cable = lint_text_and_cable(text, path, ruleset, encoding)
    result = FixResult(text)
    refused: set[tuple] = set()
    for _ in range(MAX_PASSES):
        index = LineIndex(result.text)
        chosen = _non_overlapping([d for d in found if _wanted(d, unsafe, skip) and _key(d, index) not in refused],
                                  index)
        if not chosen:
            break
        state, _ = _try(result.text, chosen, found, cable, path, ruleset, encoding)
        if state is None:
            state = _one_at_a_time(result, chosen, found, cable, path, ruleset, encoding, refused)
        else:
            result.applied.extend(d for d, _ in chosen)
        result.text, found, cable = state
    result.remaining = found
    return result


def _wanted(d: Diagnostic, unsafe: bool, skip: frozenset[str]) -> bool:
    return d.fix is not None and bool(d.fix.edits) and (d.fix.safe or unsafe) and d.rule_id not in skip


def _key(d: Diagnostic, index: LineIndex) -> tuple:
    """A fix known by its rule and the text it replaces (positions move as other fixes apply)."""
    return d.rule_id, tuple((index.text[a:b], r) for (a, b), r in _ranges(d.fix, index))


def _ranges(fix: Fix, index: LineIndex) -> list[tuple[tuple[int, int], str]]:
    return [((index.offset(e.span.line, e.span.column), index.offset(e.span.end_line, e.span.end_column)),
             e.replacement) for e in fix.edits]


def _non_overlapping(candidates: list[Diagnostic], index: LineIndex) -> list[tuple[Diagnostic, list]]:
    """The fixes of one pass, first by position: a fix is taken when none of its edits touches an edit
    already taken (two insertions at one place overlap too)."""
    taken: list[tuple[int, int]] = []
    chosen = []
    for d in sorted(candidates, key=lambda d: d.sort_key):
        ranges = _ranges(d.fix, index)
        if any(b < a for (a, b), _ in ranges) or _overlap([r for r, _ in ranges]):
            continue
        if any(_touches(r, other) for r, _ in ranges for other in taken):
            continue
        taken.extend(r for r, _ in ranges)
        chosen.append((d, ranges))
    return chosen


def _touches(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1] or one == other or \
        (one[0] == one[1] and other[0] <= one[0] <= other[1]) or (other[0] == other[1] and one[0] <= other[0] <= one[1])


def _overlap(ranges: list[tuple[int, int]]) -> bool:
    ordered = sorted(ranges)
    return any(_touches(a, b) for a, b in zip(ordered, ordered[1:]))


def applied(text: str, chosen: list[tuple[Diagnostic, list]]) -> str:
    """`text` with the edits of non-overlapping fixes applied (from the end, so offsets stay valid)."""
    edits = sorted(((r, rep) for _, ranges in chosen for r, rep in ranges), reverse=True)
    for (start, end), replacement in edits:
        text = text[:start] + replacement + text[end:]
    return text


def _try(text, chosen, found, cable, path, ruleset, encoding) -> tuple[tuple | None, str]:
    """The new (text, findings, cable) when the chosen fixes keep the parse and add no finding, else None
    and why not."""
    fixed = applied(text, chosen)
    if fixed == text:
        return None, "the fix changes nothing"
    new_found, new_cable = lint_text_and_cable(fixed, path, ruleset, encoding)
    problem = broken(cable, new_cable)
    if problem:
        return None, f"the fix would break the parse ({problem})"
    grown = _grown(found, new_found, {d.rule_id for d, _ in chosen})
    if grown:
        return None, f"the fix would add findings of {', '.join(sorted(grown))}"
    return (fixed, new_found, new_cable), ""


def _one_at_a_time(result, chosen, found, cable, path, ruleset, encoding, refused):
    """A pass that failed as a whole: each fix alone, last first (earlier offsets stay valid); a fix that
    fails alone is dropped and not tried again."""
    text = result.text
    index = LineIndex(text)
    for d, ranges in reversed(chosen):
        refused.add(_key(d, index))
        state, reason = _try(text, [(d, ranges)], found, cable, path, ruleset, encoding)
        if state is None:
            result.dropped.append(Dropped(d, reason))
            continue
        result.applied.append(d)
        text, found, cable = state
    return text, found, cable


def broken(before: Cable, after: Cable) -> str:
    """What a fix lost of the parse ('' when nothing): fewer paragraphs, or a part that was found before."""
    if len(after.paragraphs) < len(before.paragraphs):
        return f"{len(before.paragraphs) - len(after.paragraphs)} paragraph(s) lost"
    for part in ("header", "banner", "eo", "tags", "subject"):
        if getattr(before, part) is not None and getattr(after, part) is None:
            return f"the {'TAGS line' if part == 'tags' else part} is gone"
    return ""


def _grown(found: list[Diagnostic], new_found: list[Diagnostic], fixed: set[str]) -> set[str]:
    """Rules with more findings than before (the fixed rules' own findings may stay: another pass)."""
    before, after = Counter(d.rule_id for d in found), Counter(d.rule_id for d in new_found)
    return {rule for rule, count in after.items() if count > before[rule] and rule not in fixed}
