"""line_pattern: a regular expression that must not match the cable's lines (in one region of
it)."""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from itertools import compress, islice, repeat
from operator import ne
from typing import Callable, Iterable, Iterator

from ..diagnostic import Diagnostic
from ..document import Cable, Span
from ..parsing.lines import literal_places
from ..selectors import select
from .base import CheckKind, message_template


#: A line end inside a match, and the white space around it: shown as one space.
_LINE_END_RE = re.compile(r"[ \t]*\n[ \t]*")


def region_lines(cable: Cable, region: str) -> range:
    """0-based line indices of a region: all, envelope (above the banner), body (from paragraph
    1)."""
    if region == "envelope":
        end = cable.banner.raw.span.line - 1 if cable.banner else len(cable.lines)
        return range(0, end)
    if region == "body":
        start = cable.paragraphs[0].span.line - 1 if cable.paragraphs else len(cable.lines)
        return range(start, len(cable.lines))
    return range(len(cable.lines))


def _any_of(literals) -> Callable[[str], bool]:
    """Whether a text holds any of the literals, by the faster of the two searches for them."""
    if not _searched_by_first_character(literals):
        return lambda text: any(literal in text for literal in literals)
    searches = _by_first_character(literals)
    return lambda text: any(search.search(text) is not None for search in searches)


def _searched_by_first_character(literals) -> bool:
    """Whether the literals are found faster by one regex per first character than by a substring
    search for each: when they share first characters, two or more literals to a character
    (CL117's 20 literals, three first characters: 20 microseconds a cable against 80 for one
    alternation; CL148's 7, three: 12 against 50 for the substring searches). Literals of their own
    first characters are found faster by substring searches (CL118's `&` and `8`)."""
    return 2 * len({literal[0] for literal in literals}) <= len(literals)


def _by_first_character(literals) -> tuple[re.Pattern, ...]:
    """One expression per first character of the literals, matching the literals that start with it
    (the longest first). Each starts with its character, which the regex engine looks for as fast
    as a substring search; one alternation of all the literals starts with a character class, which
    it tries at every position (four times as slow on CL117's 20 literals)."""
    groups: dict[str, list[str]] = {}
    for literal in sorted(literals, key=len, reverse=True):
        groups.setdefault(literal[0], []).append(literal[1:])
    return tuple(re.compile(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")")
                 for first, rests in groups.items())


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether offset `at` lies in one of the sorted, non-overlapping (start, end) spans."""
    k = bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and at < spans[k][1]


#: With more places than one in this many characters, the regex is searched for along the text
#: instead of matched at each place (`lead`).
_CHARACTERS_PER_PLACE = 64


class LinePattern(CheckKind):
    r"""Reports text of the cable's lines that a regular expression finds (damage anywhere in the
    text, not in one part). Parameters:

    - `regex`: what must not occur on a line. It is searched in the whole text at once (multiline:
      `^` and `$` are line starts and ends), so it crosses a line end only where it says so: write
      `[^x\n]`, `[ \t]` rather than `[^x]`, `\s`. A match that runs over a line end (a quotation
      wrapped onto the next line) is reported from its start to its end.
    - `region`: `all` (default), `envelope` (above the banner) or `body` (from the first paragraph).
      A named group `hit` in the regex, when present, is what is reported (its span and `{match}`);
      the rest of the match is context.
    - `ignore_case`: match without regard to case.
    - `requires`: literal strings one of which must occur in the text for the regex to match at all;
      a cable without any of them is skipped at the cost of a substring search (speed only).
    - `requires_on_line`: every match starts on a line holding one of `requires` (none of which
      holds a line end; not with `ignore_case`): the regex is tried on those lines only (speed
      only; a regex that breaks the promise loses the matches that start elsewhere).
    - `lead` (with `requires_on_line`): a character class (`''`: none); every match starts at one
      of `requires`, or in the unbroken run of the class's characters just before one (`[A-Za-z]`:
      a match that opens at the start of the word its literal ends): the regex is tried at those
      positions only, not along the whole line (speed only, as `requires_on_line`).
    - `collapse`: when more than this many lines match, report only the first, with how many more
      there are (`{more}`), so that a cable damaged throughout is one finding, not hundreds.
    - `every_match`: report every match, not only the first on each line (`collapse` then counts matches).
    - a named group `skip` in the regex: its matches are passed over, not reported (text that another
      rule reports, which the other alternatives must not match inside).
    - `outside`: a selector; matches that start inside one of its nodes' spans are passed over
      (text that another rule reports whole, such as a converter's repeat, CL145's, to be deleted).
    - `labels`: a phrase for each of some named groups of the regex; `{label}` is the phrase of the first
      of them that took part in the match (one rule, several kinds of the same damage).

    - a `target` (optional): nodes of that selector in the region are reported as matches too (markup
      that the source layer took out of the text, such as the HTML anchors of an HTML fragment), with
      `target_message` as their message when given, and only the first of them reported (with how
      many more there are, `{more}`) when there are more than `target_collapse`.

    One finding per line, at the first match, unless `every_match`. Message placeholders: `{match}`,
    `{label}`, `{more}` (empty unless collapsed, else e.g. " (and 42 more lines like it)").
    """

    name = "line_pattern"
    placeholders = ("match", "label", "more")
    needs_target = False
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["regex"],
        "properties": {
            "regex": {"type": "string", "format": "regex"},
            "region": {"enum": ["all", "envelope", "body"]},
            "ignore_case": {"type": "boolean"},
            "collapse": {"type": "integer", "minimum": 1},
            "requires": {"type": "array", "items": {"type": "string", "minLength": 1},
                         "minItems": 1},
            "requires_on_line": {"type": "boolean"},
            "lead": {"type": "string", "format": "regex"},
            "every_match": {"type": "boolean"},
            "outside": {"$ref": "#/$defs/selector"},
            "labels": {"type": "object", "additionalProperties": {"type": "string"},
                       "minProperties": 1},
            "target_message": message_template("match", "more"),
            "target_collapse": {"type": "integer", "minimum": 1},
        },
        "dependentRequired": {"requires_on_line": ["requires"], "lead": ["requires_on_line"]},
    }

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.regex = re.compile(self.params["regex"],
                                re.M | (re.I if self.params.get("ignore_case") else 0))
        literals = self.params.get("requires", ())
        self._has_required = _any_of(literals) if literals else None
        self._line_start = None     # where on a line the regex matches first (requires_on_line)
        self._lead = None           # a character of the run before a literal (`lead`)
        self._literals = None       # their searches by first character, when those are faster
        if self.params.get("requires_on_line") and literals and not self.params.get("ignore_case") \
                and not any("\n" in literal for literal in literals):
            self._literals = _by_first_character(literals) \
                if _searched_by_first_character(literals) else None
            if "lead" in self.params:
                self._lead = re.compile(self.params["lead"] or "(?!)")
            else:
                with contextlib.suppress(re.error):     # (a global flag inside the regex)
                    self._line_start = re.compile(rf"[^\n]*?(?=(?:{self.params['regex']}))", re.M)
            if self._lead is not None or self._line_start is not None:
                self._has_required = None   # the search for the literals' places does that work

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        lines = region_lines(cable, self.params.get("region", "all"))
        if self.rule.target and lines:
            yield from self._targets(cable, lines)
        if not lines or (self._has_required is not None and not self._has_required(cable.text)):
            return
        starts = cable.line_starts
        start, end = starts[lines.start], starts[lines.stop - 1] + len(cable.lines[lines.stop - 1])
        every = self.params.get("every_match", False)
        outside = self._outside(cable)
        matches = self._matches(cable.text, start, end, outside)
        head, indices, kept = self._lines_of_matches(matches, starts, every)
        found = list(compress(indices, kept))          # the line of each match reported
        collapse = self.params.get("collapse")
        if collapse and len(found) > collapse:  # one finding; its fix, if any, mends every match
            matches = compress(self._matches(cable.text, start, end, outside), kept)
            spans = (self._span(cable, i, m) for i, m in zip(found, matches)) \
                if self.rule.fix_template else None
            more = f" (and {len(found) - 1} more {'' if every else 'lines '}like it)"
            yield self._at(cable, found[0], head[0], more, spans)
            return
        if len(head) < len(indices):
            head = list(self._matches(cable.text, start, end, outside))
        for index, m in zip(found, compress(head, kept)):
            yield self._at(cable, index, m, "")

    def _outside(self, cable: Cable) -> list[tuple[int, int]]:
        """The text offsets (start, end) of the `outside` selector's nodes, in order."""
        if "outside" not in self.params:
            return []
        starts = cable.line_starts
        return sorted((starts[n.span.line - 1] + n.span.column - 1,
                       starts[n.span.end_line - 1] + n.span.end_column - 1)
                      for n in select(cable, self.params["outside"]))

    def _matches(self, text: str, start: int, end: int,
                 outside: list[tuple[int, int]]) -> Iterator[re.Match]:
        """The matches between start and end, but those of the group `skip` and those that start
        in an `outside` span."""
        if self._lead is not None:
            matches = self._matches_at_literals(text, start, end)
        elif self._line_start is not None:
            matches = self._matches_on_lines(text, start, end)
        else:
            matches = self.regex.finditer(text, start, end)
        if "skip" in self.regex.groupindex:
            matches = (m for m in matches if m.group("skip") is None)
        if outside:
            matches = (m for m in matches if not _inside(m.start(), outside))
        return matches

    def _matches_on_lines(self, text: str, start: int, end: int) -> Iterator[re.Match]:
        """What `regex.finditer(text, start, end)` finds, found only on the lines that hold one of
        the `requires` literals (`requires_on_line`): on each, the first position where the regex
        matches, then the regex's match there, as the search would have found it."""
        candidates = {text.rfind("\n", start, at) + 1 or start
                      for at in self._literal_places(text, start, end)}
        after = start                   # where the last match ended
        for line_start in sorted(candidates):
            line_end = text.find("\n", line_start, end)
            at = max(line_start, after)
            while at <= (end if line_end == -1 else line_end):
                first = self._line_start.match(text, at, end)
                if first is None:
                    break
                m = self.regex.match(text, first.end(), end)
                yield m
                if m.end() == m.start():  # an empty match: the search's own rules from here on
                    rest = self.regex.finditer(text, m.start(), end)
                    next(rest)              # this match again
                    yield from rest
                    return
                after = at = m.end()

    def _matches_at_literals(self, text: str, start: int, end: int) -> Iterator[re.Match]:
        """What `regex.finditer(text, start, end)` finds, the regex tried only where a match may
        start (`lead`): at each place of a `requires` literal and in the run of `lead` characters
        just before it, in the text's order; the whole search where the places are dense (a run
        of `XXX`), as it then costs less than a match at each."""
        places = set()
        dense = (end - start) // _CHARACTERS_PER_PLACE + 64
        for at in self._literal_places(text, start, end):
            if at in places:
                continue    # its run was walked: a place is walked back from when it is added
            places.add(at)
            while at > start and at - 1 not in places and self._lead.match(text, at - 1):
                at -= 1
                places.add(at)
            if len(places) > dense:
                yield from self.regex.finditer(text, start, end)
                return
        after = start                   # where the last match ended
        for at in sorted(places):
            if at < after:
                continue
            m = self.regex.match(text, at, end)
            if m is None:
                continue
            if m.end() == m.start():  # an empty match: the search's own rules from here on
                yield from self.regex.finditer(text, at, end)
                return
            yield m
            after = m.end()

    def _literal_places(self, text: str, start: int, end: int) -> Iterator[int]:
        """Every position between start and end where one of `requires` starts, overlapping ones
        too (two in a run of three quotation marks), by the faster of the two searches for them."""
        if self._literals is None:
            yield from literal_places(text, self.params["requires"], start, end)
            return
        for search in self._literals:
            found = search.search(text, start, end)
            while found is not None:
                yield found.start()
                found = search.search(text, found.start() + 1, end)

    @staticmethod
    def _lines_of_matches(matches: Iterator[re.Match], starts: list[int], every: bool,
                          kept: int = 256) -> tuple[list[re.Match], list[int], list[bool]]:
        """The first `kept` matches, the 0-based line index of every match, and whether each is
        reported (the first on its line, or every one with `every`). Only the first matches are
        kept, and no loop runs in Python: a damaged megabyte matches on each of its 300,000 lines,
        and holding as many match objects doubles the time the garbage collector takes."""
        head = list(islice(matches, kept))
        positions = [*map(re.Match.start, head), *map(re.Match.start, matches)]
        # bisect_right(starts, at) - 1, as starts[0] == 0 <= at
        indices = list(map(bisect_right, repeat(starts[1:]), positions))
        if every or not indices:
            return head, indices, [True] * len(indices)
        return head, indices, [True, *map(ne, indices[1:], indices)]

    def _targets(self, cable: Cable, lines: range) -> Iterator[Diagnostic]:
        nodes = [node for node in select(cable, self.rule.target) if node.span.line - 1 in lines]
        collapse = self.params.get("target_collapse")
        if collapse and len(nodes) > collapse:      # one finding; its fix, if any, mends every node
            more = f" (and {len(nodes) - 1} more lines like it)"
            yield self.rule.diagnostic(cable, nodes[0].span, match=nodes[0].value, more=more,
                                       template=self.params.get("target_message"),
                                       fix_spans=[node.span for node in nodes])
            return
        for node in nodes:
            yield self.rule.diagnostic(cable, node.span, template=self.params.get("target_message"),
                                       match=node.value, more="")

    def _group(self, m: re.Match) -> int | str:
        return "hit" if "hit" in self.regex.groupindex and m.group("hit") is not None else 0

    def _span(self, cable: Cable, index: int, m: re.Match) -> Span:
        group = self._group(m)
        start = m.start(group) - cable.line_starts[index]
        last = index + m.group(group).rstrip("\n").count(
            "\n"
        )  # a match wrapped onto later lines ends on its last
        end = min(m.end(group) - cable.line_starts[last], len(cable.lines[last]))
        return Span(index + 1, start + 1, last + 1,
                    (max(end, start + 1) if last == index else end) + 1)

    def _at(self, cable: Cable, index: int, m: re.Match, more: str,
            fix_spans: Iterable[Span] | None = None) -> Diagnostic:
        shown = m.group(self._group(m))
        span = self._span(cable, index, m)
        groups = m.groupdict()
        label = next(
            (
                phrase
                for name, phrase in self.params.get("labels", {}).items()
                if groups.get(name) is not None
            ),
            "",
        )
        return self.rule.diagnostic(cable, span,
                                    match=_LINE_END_RE.sub(" ", shown.strip()) or repr(shown),
                                    more=more, label=label, fix_spans=fix_spans)
