"""sarif: one SARIF 2.1.0 log with one run, shaped for GitHub code scanning (written when the run
ends)."""

from __future__ import annotations

import json
import os
import re
import sys
from array import array
from collections import Counter
from itertools import accumulate
from operator import mul
from pathlib import Path
from urllib.parse import quote

from ..diagnostic import Diagnostic, Edit, Fix, Severity
from ..escaping import utf8_safe
from ..fingerprint import FINGERPRINT_VERSION, fingerprints
from ..lazy_regex import lazy_compile
from .base import Reporter, Run, Summary

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/cablelint/"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
MAX_DESCRIPTION = 1024
#: The partialFingerprints key of cablelint's own fingerprint (the one baselines use).
FINGERPRINT_KEY = f"cablelint/v{FINGERPRINT_VERSION}"

_encode_string = json.encoder.encode_basestring       # a str as JSON (ensure_ascii=False), in C
_HEADING = lazy_compile(r"^#+[ \t]*(.*)$", re.M)
#: The end of a sentence, not after "e.g." or "E.O.".
_SENTENCE_END = lazy_compile(r"(?<=[.!?])(?<!\b[A-Za-z]\.)\s+(?=[A-Z])")


#: Stands for the results in the document around them (written before the first and after the last).
_RESULTS_MARK = "\0results\0"
#: Stands for the invocation, whose notifications (the paths that could not be read) come last.
_INVOCATION_MARK = "\0invocation\0"
#: How deep a result sits in the document: `{"runs": [{"results": [ here`.
_RESULT_INDENT = " " * 8


class SarifReporter(Reporter):
    """Writes the SARIF document as the results come (the same bytes as one `json.dumps(indent=2)`
    of the whole log, in memory that does not grow with the number of results)."""

    name = "sarif"

    def start(self, run: Run) -> None:
        super().start(run)
        self.rule_index = {rule.id: i for i, rule in enumerate(run.rules)}
        self.results = 0
        self.linted: tuple[str, str] | None = None       # (path, text) of the file being reported
        log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [self._run()]}
        text = indented_json(log)
        mark = json.dumps(_RESULTS_MARK)
        self.head, self.tail = text.split(f"[\n{_RESULT_INDENT}{mark}\n      ]")

    def source(self, path: str, text: str) -> None:
        self.linted = (path, text)

    def file(self, path: str, diagnostics: list[Diagnostic]) -> None:
        linted, self.linted = self.linted, None
        if not diagnostics:
            return
        known = linted is not None and linted[0] == path
        uri = artifact_location(path, self.run.root)
        results = [self._result(d, uri) for d in diagnostics]
        lines = {
            result["locations"][0]["physicalLocation"]["region"]["startLine"] for result in results
        }
        hashes = line_hashes(linted[1], lines) if known else {}
        # over the findings reported: in a run with a baseline, the hidden ones are not counted as
        # repeats
        ours = fingerprints(diagnostics, linted[1]) if known else [None] * len(diagnostics)
        for result, fingerprint in zip(results, ours):
            start_line = result["locations"][0]["physicalLocation"]["region"]["startLine"]
            partial = {}
            if start_line in hashes:
                partial["primaryLocationLineHash"] = hashes[start_line]
            if fingerprint is not None:
                partial[FINGERPRINT_KEY] = fingerprint
            if partial:
                result["partialFingerprints"] = partial
            text = indented_json(result, _RESULT_INDENT)
            self.stream.write(
                ("," if self.results else self.head + "[") + "\n" + _RESULT_INDENT + text
            )
            self.results += 1

    def finish(self, summary: Summary) -> None:
        closing = "\n      ]" if self.results else self.head + "[]"
        done = indented_json(invocation(summary.unreadable, self.run.root), _RESULT_INDENT)
        tail = self.tail.replace(json.dumps(_INVOCATION_MARK), done)
        self.stream.write(closing + tail + "\n")

    def _run(self) -> dict:
        run = self.run
        driver = {"name": "cablelint", "version": run.version, "semanticVersion": run.version,
                  "informationUri": INFORMATION_URI,
                  "rules": [rule_descriptor(rule) for rule in run.rules]}
        sarif_run = {"tool": {"driver": driver}}
        if run.options.get("sarif_category"):
            sarif_run["automationDetails"] = {"id": run.options["sarif_category"]}
        sarif_run["originalUriBaseIds"] = {SRCROOT: {"uri": _directory_uri(run.root)}}
        sarif_run["columnKind"] = "unicodeCodePoints"
        sarif_run["results"] = [_RESULTS_MARK]
        sarif_run["invocations"] = [
            _INVOCATION_MARK
        ]  # known when the run ends, written after the results
        return sarif_run

    def _result(self, d: Diagnostic, uri: dict) -> dict:
        result = {"ruleId": d.rule_id}
        if d.rule_id in self.rule_index:
            result["ruleIndex"] = self.rule_index[d.rule_id]
        result["level"] = LEVELS[d.severity]
        result["message"] = {"text": utf8_safe(d.message)}
        result["locations"] = [{"physicalLocation": {"artifactLocation": uri, "region": region(
            d.line, d.column, d.end_line, d.end_column)}}]
        if d.fix is not None:
            result["fixes"] = [sarif_fix(d.fix, uri)]
        return result


_CONSTANTS = {True: "true", False: "false", None: "null"}


def indented_json(value, indent: str = "") -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)` with every line after the first indented by
    `indent`, for the plain data of a result (dicts with string keys, lists, strings, numbers,
    booleans, None): json's own indented encoder is written in Python and was most of the SARIF
    reporter's time."""
    if isinstance(value, str):
        return _encode_string(value)
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{inner}{_encode_string(key)}: {indented_json(item, inner)}"
            for key, item in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return (
            "[\n"
            + ",\n".join(inner + indented_json(item, inner) for item in value)
            + "\n"
            + indent
            + "]"
        )
    if value is True or value is False or value is None:
        return _CONSTANTS[value]
    return int.__repr__(value) if isinstance(value, int) else json.dumps(value)


def invocation(unreadable, root: str) -> dict:
    """The run's invocation: successful unless an input could not be read, each such input an error
    notification (so that a report with exit code 2 does not look clean)."""
    notifications = [
        {
            "level": "error",
            "message": {"text": utf8_safe(u["message"])},
            "locations": [
                {"physicalLocation": {"artifactLocation": artifact_location(u["path"], root)}}
            ],
        }
        for u in unreadable
    ]
    return {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}


def rule_descriptor(rule) -> dict:
    """A reportingDescriptor: id, name, descriptions and help from the rule's markdown, default
    level, tags."""
    what = plain_text(help_section(rule.help, "What it does") or rule.help) or rule.name
    return {"id": rule.id, "name": rule.name,
            "shortDescription": {"text": _clip(first_sentence(what))},
            "fullDescription": {"text": _clip(what)},
            "help": {"text": plain_text(rule.help) or what, "markdown": rule.help.strip() or what},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": {"tags": list(dict.fromkeys((rule.pack, "cablelint")))}}


def help_section(markdown: str, title: str) -> str:
    """The body of the `## title` section of a rule's help, up to the next heading ('' if
    absent)."""
    match = re.search(rf"^#+[ \t]*{re.escape(title)}[ \t]*$(.*?)(?=^#|\Z)", markdown, re.M | re.S)
    return match.group(1).strip() if match else ""


def plain_text(markdown: str) -> str:
    """Markdown as plain text: heading marks and code backticks dropped, lines kept."""
    return _HEADING.sub(r"\1", markdown).replace("`", "").strip()


def first_sentence(text: str) -> str:
    """The text up to the first sentence end: a stop, not after a one-letter abbreviation, then a
    capital."""
    return _SENTENCE_END.split(" ".join(text.split()), maxsplit=1)[0]


def _clip(text: str) -> str:
    return text if len(text) <= MAX_DESCRIPTION else text[:MAX_DESCRIPTION - 1] + "…"


def artifact_location(path: str, root: str) -> dict:
    """A `%SRCROOT%`-relative, '/'-separated, percent-encoded URI; an absolute file URI outside the
    root. The URI encodes the file name's bytes, so a name that is not UTF-8 keeps its bytes
    (`%FF`)."""
    absolute = os.path.realpath(path)
    relative = os.path.relpath(absolute, os.path.realpath(root))
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": quote(os.fsencode(Path(relative).as_posix())), "uriBaseId": SRCROOT}


def _directory_uri(root: str) -> str:
    uri = Path(os.path.realpath(root)).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def region(line: int, column: int, end_line: int, end_column: int) -> dict:
    """A SARIF region, every number >= 1 and the end clamped so that it does not come before the
    start."""
    start_line, start_column = max(line, 1), max(column, 1)
    end_line = max(end_line, start_line)
    end_column = max(end_column, start_column if end_line == start_line else 1)
    return {"startLine": start_line, "startColumn": start_column, "endLine": end_line,
            "endColumn": end_column}


def sarif_fix(fix: Fix, uri: dict) -> dict:
    """A SARIF fix: its description and one artifactChange replacing each edit's span."""
    return {"description": {"text": fix.description},
            "artifactChanges": [{"artifactLocation": uri,
                                 "replacements": [_replacement(e) for e in fix.edits]}],
            "properties": {"safe": fix.safe}}


def _replacement(edit: Edit) -> dict:
    s = edit.span
    return {"deletedRegion": region(s.line, s.column, s.end_line, s.end_column),
            "insertedContent": {"text": edit.replacement}}


_BLOCK_SIZE = 100
_MOD = 37
_MASK = (1 << 64) - 1
#: 37**(99 - k) mod 2**64: the weight of the k-th unit of a window.
_POWERS = tuple(pow(_MOD, _BLOCK_SIZE - 1 - k, 1 << 64) for k in range(_BLOCK_SIZE))


def line_hashes(text: str, wanted: set[int] | None = None) -> dict[int, str]:
    """GitHub's `primaryLocationLineHash` for the lines of text (1-based numbers, all unless
    `wanted`): {line number: "<hex>:<n>"}.

    The algorithm of github/codeql-action `src/fingerprints.ts` (`hash`): the text is read as UTF-16
    code units; spaces and tabs are skipped, CR and CRLF become LF, and a 65535 (EOF) unit is
    appended. Each line starts at its first remaining unit, and its hash is the rolling hash `h =
    37*h + unit - 37**100*dropped` (a signed 64-bit Long, i.e. mod 2**64) over the 100 units from
    there, padded with zeros past the end, written as unsigned lowercase hex: the polynomial of
    those 100 units. `n` counts how often that hash has been seen so far in the file. Windows are
    compared as bytes (equal windows, equal hashes), and only the wanted lines' polynomials are
    computed, as a dot product with the powers of 37 (no Python loop per unit).
    """
    cleaned = text.replace("\r\n", "\n").replace(" ", "").replace("\t", "").replace("\r", "\n")
    units = array("H", (cleaned + "\uffff").encode("utf-16-le"))
    if sys.byteorder == "big":
        units.byteswap()
    lines = cleaned.split("\n")
    if len(units) == len(cleaned) + 1:          # one unit per character
        lengths = map(len, lines)
    else:
        lengths = (len(line.encode("utf-16-le")) // 2 for line in lines)
    starts = accumulate(map((1).__add__, lengths), initial=0)  # a line's start: the line end's + 1
    units.extend([0] * _BLOCK_SIZE)
    raw = units.tobytes()
    seen: Counter = Counter()
    hashes: dict[int, str] = {}
    for number, start in zip(range(1, len(lines) + 1), starts):
        window = raw[2 * start:2 * start + 2 * _BLOCK_SIZE]
        seen[window] += 1
        if wanted is None or number in wanted:
            polynomial = sum(map(mul, units[start:start + _BLOCK_SIZE], _POWERS)) & _MASK
            hashes[number] = f"{format(polynomial, 'x')}:{seen[window]}"
    return hashes
