"""The fix loop: apply the fixes of one cable's findings, re-lint, and repeat until nothing is left
to fix.

Each pass applies the fixes whose edits overlap no other chosen edit (an overlapping fix waits for
the next pass, when it is found again on the new text), then parses and lints the result. A pass
that breaks the parse (a paragraph, the TAGS, SUBJECT, banner or header lost) or raises the count of
a rule that cannot be fixed in turn is undone and its fixes are tried rule by rule, then one by one;
a fix that fails is dropped and reported, as sqlfluff does.
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
    """The fixed text, the findings whose fixes were applied, the fixes dropped, and what is
    left."""

    text: str
    applied: list[Diagnostic] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    remaining: list[Diagnostic] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        """Applied fixes per rule id."""
        return Counter(d.rule_id for d in self.applied)


def fix_text(text: str, path: str, ruleset, *, unsafe: bool = False,
             skip: frozenset[str] = frozenset(), encoding: str = "utf-8") -> FixResult:
    """Fix one cable's text: every safe fix (and the unsafe ones with `unsafe`) of rules not in
    `skip`."""
    return _Loop(path, ruleset, encoding, unsafe, skip).run(text)


class _Loop:
    """The passes over one cable: what to lint it with and which fixes are wanted."""

    def __init__(
        self, path: str, ruleset, encoding: str, unsafe: bool, skip: frozenset[str]
    ) -> None:
        self.path, self.ruleset, self.encoding = path, ruleset, encoding
        self.unsafe, self.skip = unsafe, skip

    def lint(self, text: str) -> tuple[list[Diagnostic], Cable]:
        return lint_text_and_cable(text, self.path, self.ruleset, self.encoding)

    def wanted(self, d: Diagnostic) -> bool:
        return (
            d.fix is not None
            and bool(d.fix.edits)
            and (d.fix.safe or self.unsafe)
            and d.rule_id not in self.skip
        )

    def run(self, text: str) -> FixResult:
        found, cable = self.lint(text)
        result = FixResult(text)
        refused: set[tuple] = set()
        for _ in range(MAX_PASSES):
            index = LineIndex(result.text)
            chosen = _non_overlapping(
                [d for d in found if self.wanted(d) and _key(d, index) not in refused], index
            )
            if not chosen:
                break
            state, _ = self.attempt(result.text, chosen, found, cable)
            if state is None:
                state = self.piecewise(result, chosen, found, cable, refused)
            else:
                result.applied.extend(d for d, _ in chosen)
            result.text, found, cable = state
        result.remaining = found
        return result

    def attempt(self, text: str, chosen, found, cable) -> tuple[tuple | None, str]:
        """The new (text, findings, cable) when the chosen fixes keep the parse and add no finding
        that cannot be fixed in turn; else None and why not."""
        fixed = applied(text, chosen)
        if fixed == text:
            return None, "the fix changes nothing"
        new_found, new_cable = self.lint(fixed)
        problem = broken(cable, new_cable)
        if problem:
            return None, f"the fix would break the parse ({problem})"
        before, after = Counter(d.rule_id for d in found), Counter(d.rule_id for d in new_found)
        unfixable = {d.rule_id for d in new_found if not self.wanted(d)}
        grown = {rule for rule in unfixable if after[rule] > before[rule]} - {
            d.rule_id for d, _ in chosen
        }
        if grown:
            return None, f"the fix would add findings of {', '.join(sorted(grown))}"
        return (fixed, new_found, new_cable), ""

    def piecewise(self, result: FixResult, chosen, found, cable, refused: set) -> tuple:
        """A pass that failed as a whole: the fixes of each rule together, then those of a rule that
        failed one by one, each kept when it passes with those kept before it; a fix that fails is
        dropped and not tried again."""
        index = LineIndex(result.text)
        kept: list = []
        state = (result.text, found, cable)
        groups: dict[str, list] = {}
        for item in chosen:
            groups.setdefault(item[0].rule_id, []).append(item)
        failed = []
        for group in groups.values():
            tried, _ = self.attempt(result.text, kept + group, found, cable)
            if tried is None:
                failed.extend(group)
            else:
                kept, state = kept + group, tried
        for item in failed:
            tried, reason = self.attempt(result.text, kept + [item], found, cable)
            if tried is None:
                refused.add(_key(item[0], index))
                result.dropped.append(Dropped(item[0], reason))
            else:
                kept, state = kept + [item], tried
        result.applied.extend(d for d, _ in kept)
        return state


def _key(d: Diagnostic, index: LineIndex) -> tuple:
    """A fix known by its rule and the text it replaces (positions move as other fixes apply)."""
    return d.rule_id, tuple((index.text[a:b], r) for (a, b), r in _ranges(d.fix, index))


def _ranges(fix: Fix, index: LineIndex) -> list[tuple[tuple[int, int], str]]:
    return [((index.offset(e.span.line, e.span.column),
              index.offset(e.span.end_line, e.span.end_column)),
             e.replacement) for e in fix.edits]


def _non_overlapping(
    candidates: list[Diagnostic], index: LineIndex
) -> list[tuple[Diagnostic, list]]:
    """The fixes of one pass: those that remove whole lines first (what they remove needs no other
    fix, and what they prove a copy may not be one after its original is mended), then by where
    their edits start, then end (the narrower first): a fix is taken when none of its edits touches
    an edit already taken (two insertions at one place overlap too)."""
    taken: list[tuple[int, int]] = []
    chosen = []
    ranged = [(d, _ranges(d.fix, index)) for d in candidates]
    ranged.sort(key=lambda item: (not _removes_lines(item[1], index.text),
                                  min(r[0][0] for r in item[1]), max(r[0][1] for r in item[1]),
                                  item[0].rule_id))
    for d, ranges in ranged:
        spans = [r for r, _ in ranges]
        if (
            any(b < a for a, b in spans)
            or _overlap(spans)
            or any(_touches(r, o) for r in spans for o in taken)
        ):
            continue
        taken.extend(spans)
        chosen.append((d, ranges))
    return chosen


def _removes_lines(ranges: list[tuple[tuple[int, int], str]], text: str) -> bool:
    """Every edit removes whole lines (from a line start to a line start, or to the text's end)."""
    return all(not replacement and end > start and (start == 0 or text[start - 1] == "\n")
               and (end == len(text) or text[end - 1] == "\n")
               for (start, end), replacement in ranges)


def _touches(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Two edits on one stretch: overlapping ranges, or an insertion inside or at the border of the
    other."""
    if one[0] == one[1] or other[0] == other[1]:
        return one[0] <= other[1] and other[0] <= one[1]
    return one[0] < other[1] and other[0] < one[1]


def _overlap(ranges: list[tuple[int, int]]) -> bool:
    ordered = sorted(ranges)
    return any(_touches(a, b) for a, b in zip(ordered, ordered[1:]))


def applied(text: str, chosen: list[tuple[Diagnostic, list]]) -> str:
    """`text` with the edits of non-overlapping fixes applied (from the end, so offsets stay
    valid)."""
    edits = sorted(((r, rep) for _, ranges in chosen for r, rep in ranges), reverse=True)
    for (start, end), replacement in edits:
        text = text[:start] + replacement + text[end:]
    return text


def broken(before: Cable, after: Cable) -> str:
    """What a fix lost of the parse ('' when nothing): fewer paragraphs, or a part that was found
    before."""
    if len(after.paragraphs) < len(before.paragraphs):
        return f"{len(before.paragraphs) - len(after.paragraphs)} paragraph(s) lost"
    for part in ("header", "banner", "eo", "tags", "subject"):
        if getattr(before, part) is not None and getattr(after, part) is None:
            return f"the {'TAGS line' if part == 'tags' else part} is gone"
    return ""
