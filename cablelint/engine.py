"""The engine: one cable's text in, its sorted diagnostics out. A pure function of text, path and
rules."""

from __future__ import annotations

from dataclasses import replace

from . import directives
from .container import Extraction, LineIndex, extract, map_span, place_edit
from .container.steps import RELINING_STEPS
from .diagnostic import MAX_FINDINGS_PER_RULE, Diagnostic, Edit, Fix, Unbuilt
from .directives import without_directives
from .document import Cable, Container, Span, Text
from .errors import CablelintError
from .parsing import parse
from .parsing.scan import flattened_captions
from .source import decode



class RuleCrash(CablelintError):
    """A check kind raised: a bug in the rule or its plugin, reported with the rule and the file."""


def read_cable(text: str, path: str, encoding: str = "utf-8") -> tuple[Cable, Extraction]:
    """Take the cable out of its container (cablelint/container) and parse it."""
    extraction = extract(text)
    index = LineIndex(extraction.text)

    def traced(kind: str) -> tuple[Text, ...]:
        found = []
        for trace in extraction.traces:
            if trace.kind == kind:
                line, column = index.position(trace.start)
                end_line, end_column = index.position(trace.end)
                found.append(Text(trace.markup, Span(line, column, end_line, end_column)))
        return tuple(found)

    container = Container(extraction.layout, extraction.steps, extraction.reported,
                          traced("anchor"), traced("tag-link"), traced("annotation"),
                          source_lines(extraction, index, text))
    cable = parse(extraction.text, path, encoding, container)
    relined = extraction.relined or extraction.layout == "flattened" or (
        extraction.layout == "json-record"
        and any(step.code in RELINING_STEPS for step in extraction.steps)
    )
    if relined and not cable.source.flattened:
        # `... Hassan  SIPDIS Rowhani`: glued between words, not relined (the parser found those
        # of the text's own lines already)
        found = {(t.span.line, t.span.column) for t in cable.body_captions}
        glued = tuple(t for i, line in enumerate(cable.lines) for t in flattened_captions(line, i)
                      if (t.span.line, t.span.column) not in found)
        cable = replace(cable, body_captions=cable.body_captions + glued,
                        source=cable.source.replace(flattened=True))
    return cable, extraction


def source_lines(extraction: Extraction, extracted: LineIndex, original: str) -> tuple[int, ...]:
    """The original file's line of each line of the extracted text; empty when they are the same
    (the text as read)."""
    if extraction.offsets.is_identity:
        return ()
    source = LineIndex(original)
    return tuple(source.position(extraction.offsets.start_of(start))[0]
                 for start in extracted.starts)


def lint_text(text: str, path: str, ruleset, encoding: str = "utf-8") -> list[Diagnostic]:
    """Lint one cable's text with a RuleSet; diagnostics sorted by line, column and rule id, and
    pointing into `text` itself whatever container the cable was taken out of.

    Inline directives (`# cablelint: disable-next-line CL091`) are removed before the container and
    the parser see the text; they drop the findings they name (`cablelint.directives`)."""
    return lint_text_and_cable(text, path, ruleset, encoding)[0]


def lint_text_and_cable(
    text: str, path: str, ruleset, encoding: str = "utf-8"
) -> tuple[list[Diagnostic], Cable]:
    """As lint_text, also returning the parsed cable (the fix loop compares the parse before and
    after)."""
    cable_text, found_directives = without_directives(text, ruleset.known)
    cable, extraction = read_cable(cable_text, path, encoding)
    found = lint_cable(cable, ruleset)
    if not extraction.offsets.is_identity:
        found = to_original(found, extraction, cable_text)
        found.sort(key=lambda d: d.sort_key)
    if found_directives is None:
        return found, cable
    return directives.apply(directives.to_file_lines(found, found_directives), found_directives,
                            ruleset, path), cable


def lint_cable(cable: Cable, ruleset) -> list[Diagnostic]:
    """Lint a parsed Cable (for callers that also read the model, like `cablelint stats`); the
    diagnostics point into the extracted text the cable was parsed from, sorted."""
    path = cable.path
    empty = cable.is_empty  # a property that walks every line: once per cable, not once per rule
    found: list[Diagnostic] = []
    for check in ruleset.checks:
        if not check.rule.runs_on(cable, empty):
            continue
        try:
            findings = list(check.check(cable))
        except Exception as exc:  # plugin boundary: name the rule and the file
            raise RuleCrash(f"{path}: rule {check.rule.id} ({check.rule.name}) crashed: "
                            f"{type(exc).__name__}: {exc}") from exc
        found.extend(capped(findings))
    found.sort(key=lambda d: d.sort_key)
    return found


def to_original(found: list[Diagnostic], extraction: Extraction, original: str) -> list[Diagnostic]:
    """Diagnostics moved from the extracted text to the original file, and their fixes with them:
    each edit placed exactly and its replacement escaped for the container, or the fix dropped when
    the offset map cannot place one of its edits."""
    extracted, source = LineIndex(extraction.text), LineIndex(original)
    result = []
    for d in found:
        span = map_span(Span(d.line, d.column, d.end_line, d.end_column), extraction.offsets,
                        extracted, source)
        fix = d.fix and _placed_fix(d.fix, extraction, extracted, source)
        result.append(replace(d, line=span.line, column=span.column, end_line=span.end_line,
                              end_column=span.end_column, fix=fix))
    return result


def _placed_fix(
    fix: Fix, extraction: Extraction, extracted: LineIndex, source: LineIndex
) -> Fix | None:
    edits = []
    for edit in fix.edits:
        span = place_edit(edit.span, edit.replacement, extraction.offsets, extracted, source)
        if span is None:
            return None
        edits.append(Edit(span, extraction.encoded(edit.replacement)))
    return fix.with_edits(tuple(edits))


def capped(findings: list, limit: int = MAX_FINDINGS_PER_RULE) -> list[Diagnostic]:
    """One rule's findings in one file: the first `limit` by position, then, when there are more,
    one finding at the first one left out that says how many were left out (counting an `Unbuilt`
    the check ended on)."""
    unbuilt = 0
    if findings and isinstance(findings[-1], Unbuilt):
        unbuilt, findings = findings[-1].count, findings[:-1]
    if len(findings) + unbuilt <= limit:
        return findings
    findings = sorted(findings, key=lambda d: d.sort_key)
    more = len(findings) + unbuilt - limit
    summary = replace(findings[limit], fix=None,
                      message=f"{more} more findings of this rule in this file are not shown (at "
                              f"most {limit} per rule and file)")
    return [*findings[:limit], summary]


def lint_bytes(data: bytes, path: str, ruleset) -> list[Diagnostic]:
    """Decode (UTF-8, else cp1252/latin-1) and lint. Raises InputError for binary data."""
    return lint_input(data, path, ruleset)[1]


def lint_input(data: bytes, path: str, ruleset) -> tuple[str, list[Diagnostic]]:
    """As lint_bytes, also returning the text that was linted (reporters quote it or hash its
    lines)."""
    source = decode(data, path)
    return source.text, lint_text(source.text, path, ruleset, source.encoding)
