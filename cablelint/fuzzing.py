"""Robustness checks of the whole pipeline on one input, and the byte-level mutations that make
inputs.

Shared by the property tests (tests/test_properties.py) and the corpus fuzzer
(bench/fuzz_corpus.py): an input must lint without an exception (an InputError for binary data is
the only one allowed), every span must lie inside the text, every reporter must write the same bytes
twice, and JSON and SARIF output must parse, the JSON report validating against
schemas/report.schema.json.
"""

from __future__ import annotations

import io
import json
import os
import random
import traceback

from . import __version__
from .engine import lint_bytes, lint_text
from .errors import InputError
from .reporters.base import Run, Summary
from .resources import data_dir
from .source import decode

MUTATIONS = ("insert_bytes", "delete_bytes", "replace_bytes", "splice_lines", "duplicate_lines",
             "join_lines",
             "truncate", "control_chars", "unicode", "crlf", "bom", "binary_noise", "nul")
_CONTROLS = [bytes([c]) for c in range(1, 32) if c != 10] + [
    "\x85".encode(),
    "\x9b".encode(),
    b"\x7f",
]
_UNICODE = ["¶", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u200b", "e\u0301", "😀", "ß", "İ",
            "\U0010ffff"]


def mutate(data: bytes, kinds, seed: int, donors=()) -> tuple[bytes, list[str]]:
    """Apply each mutation kind in order with a random.Random(seed); returns the bytes and what was
    done."""
    rng = random.Random(seed)
    done = []
    for kind in kinds:
        data, what = _MUTATORS[kind](data, rng, donors)
        done.append(f"{kind}: {what}")
    return data, done


def _offset(data: bytes, rng: random.Random) -> int:
    return rng.randint(0, len(data))


def _noise(rng: random.Random, size: int) -> bytes:
    return bytes(rng.randint(1, 255) for _ in range(size))


def _insert_bytes(data, rng, donors):
    at, piece = _offset(data, rng), _noise(rng, rng.randint(1, 16))
    return data[:at] + piece + data[at:], f"{len(piece)} at {at}"


def _delete_bytes(data, rng, donors):
    at = _offset(data, rng)
    size = rng.randint(1, 64)
    return data[:at] + data[at + size:], f"{size} at {at}"


def _replace_bytes(data, rng, donors):
    at, piece = _offset(data, rng), _noise(rng, rng.randint(1, 16))
    return data[:at] + piece + data[at + len(piece):], f"{len(piece)} at {at}"


def _splice_lines(data, rng, donors):
    lines = data.split(b"\n")
    donor = rng.choice(donors).split(b"\n") if donors else lines
    first = rng.randrange(len(donor))
    run = donor[first:first + rng.randint(1, 20)]
    at = rng.randint(0, len(lines))
    return (
        b"\n".join(lines[:at] + run + lines[at:]),
        f"{len(run)} donor lines from {first + 1} at line {at + 1}",
    )


def _duplicate_lines(data, rng, donors):
    lines = data.split(b"\n")
    first = rng.randrange(len(lines))
    run = lines[first:first + rng.randint(1, 10)]
    at = rng.choice([first + len(run), rng.randint(0, len(lines))])
    return (
        b"\n".join(lines[:at] + run + lines[at:]),
        f"lines {first + 1}+{len(run)} again at line {at + 1}",
    )


def _join_lines(data, rng, donors):
    if rng.random() < 0.3:
        return data.replace(b"\n", b" " if rng.random() < 0.5 else b""), "every line break removed"
    lines = data.split(b"\n")
    first = rng.randrange(len(lines))
    size = rng.randint(2, 30)
    glue = rng.choice([b"", b" "])
    return (
        b"\n".join(
            lines[:first] + [glue.join(lines[first : first + size])] + lines[first + size :]
        ),
        f"lines {first + 1}..{first + size} joined",
    )


def _truncate(data, rng, donors):
    at = _offset(data, rng)
    return data[:at], f"at {at}"


def _control_chars(data, rng, donors):
    for _ in range(rng.randint(1, 8)):
        at = _offset(data, rng)
        data = data[:at] + rng.choice(_CONTROLS) + data[at:]
    return data, "C0/C1 controls inserted"


def _unicode(data, rng, donors):
    for _ in range(rng.randint(1, 8)):
        at = _offset(data, rng)
        data = data[:at] + rng.choice(_UNICODE).encode("utf-8") + data[at:]
    return data, "multi-byte characters inserted"


def _crlf(data, rng, donors):
    ending = rng.choice([b"\r\n", b"\r", b"\n\r"])
    if rng.random() < 0.5:
        return data.replace(b"\n", ending), f"every LF as {ending!r}"
    lines = data.split(b"\n")
    ends = [ending if rng.random() < 0.5 else b"\n" for _ in lines[1:]] + [b""]
    return b"".join(line + end for line, end in zip(lines, ends)), f"some LF as {ending!r}"


def _bom(data, rng, donors):
    if rng.random() < 0.5:
        return b"\xef\xbb\xbf" + data, "UTF-8 byte-order mark"
    text = data.decode("utf-8", errors="replace")
    return text.encode("utf-16"), "re-encoded as UTF-16 with a byte-order mark"


def _binary_noise(data, rng, donors):
    at, piece = _offset(data, rng), _noise(rng, rng.randint(16, 512))
    return data[:at] + piece + data[at:], f"{len(piece)} NUL-free bytes at {at}"


def _nul(data, rng, donors):
    at = _offset(data, rng)
    return data[:at] + b"\x00" + data[at:], f"NUL at {at}"


_MUTATORS = {"insert_bytes": _insert_bytes, "delete_bytes": _delete_bytes,
             "replace_bytes": _replace_bytes,
             "splice_lines": _splice_lines, "duplicate_lines": _duplicate_lines,
             "join_lines": _join_lines,
             "truncate": _truncate, "control_chars": _control_chars, "unicode": _unicode,
             "crlf": _crlf, "bom": _bom, "binary_noise": _binary_noise, "nul": _nul}


def span_problems(diagnostics, text: str) -> list[str]:
    """What is wrong with the spans: a line outside the text's lines (as `text.split("\\n")` gives
    them, so an empty text has one empty line), a column outside its line, an end before the
    start."""
    lines = text.split("\n")
    problems = []
    for d in diagnostics:
        where = f"{d.rule_id} {d.line}:{d.column}-{d.end_line}:{d.end_column}"
        if not (1 <= d.line <= len(lines) and 1 <= d.end_line <= len(lines)):
            problems.append(f"{where} line outside 1..{len(lines)}")
        elif not (1 <= d.column <= len(lines[d.line - 1]) + 1
                  and 1 <= d.end_column <= len(lines[d.end_line - 1]) + 1):
            problems.append(f"{where} column outside its line")
        elif (d.end_line, d.end_column) < (d.line, d.column):
            problems.append(f"{where} end before start")
    return problems


class Checker:
    """Runs one input through the engine and every reporter of a registry; lists what does not
    hold."""

    def __init__(self, registry=None, select=("ALL",)) -> None:
        import jsonschema
        from .plugins import collect, make_plugin_manager
        from .ruleset import build
        self.registry = registry or collect(make_plugin_manager(entry_points=False))
        self.ruleset = build(self.registry, select=list(select))
        schema = json.loads(
            (data_dir("schemas") / "report.schema.json").read_text(encoding="utf-8")
        )
        self.report_validator = jsonschema.Draft202012Validator(schema)

    def check_bytes(self, data: bytes, path: str) -> list[str]:
        """Problems with one input given as bytes ([] when everything holds)."""
        try:
            text = decode(data, path).text
        except InputError:
            try:
                lint_bytes(data, path, self.ruleset)
            except InputError:
                return []         # binary data: refused, as it must be
            return ["decode refused the bytes but lint_bytes linted them"]
        return self._check(lambda: lint_bytes(data, path, self.ruleset), text, path)

    def check_text(self, text: str, path: str) -> list[str]:
        """Problems with one input given as text."""
        return self._check(lambda: lint_text(text, path, self.ruleset), text, path)

    def _check(self, lint, text: str, path: str) -> list[str]:
        try:
            first, second = lint(), lint()
            problems = span_problems(first, text)
            if first != second:
                problems.append("two runs found different diagnostics")
            for name, reporter in sorted(self.registry.reporters.items()):
                output = self.render(reporter, path, first)
                if output != self.render(reporter, path, second):
                    problems.append(f"{name}: two runs wrote different output")
                problems += self._output_problems(name, output, len(first))
        except Exception:
            return ["exception: " + traceback.format_exc()]
        return problems

    def render(self, reporter_class, path: str, diagnostics) -> str:
        """What a reporter writes for one file and its diagnostics."""
        stream = io.StringIO()
        reporter = reporter_class(stream)
        reporter.start(Run(version=__version__, rules=self.ruleset.rules, root=os.getcwd(),
                           options={"color": False, "sarif_category": None}))
        reporter.file(path, diagnostics)
        counts: dict = {}
        for d in diagnostics:
            counts[d.severity] = counts.get(d.severity, 0) + 1
        reporter.finish(Summary(files=1, diagnostics=len(diagnostics), by_severity=counts))
        return stream.getvalue()

    def _output_problems(self, name: str, output: str, findings: int) -> list[str]:
        """Line formats write one line per finding; JSON formats parse, with every finding in
        them."""
        if name in ("text", "github"):
            return [] if output.count("\n") == findings else [f"{name}: not one line per finding"]
        if name not in ("json", "sarif"):
            return []
        try:
            document = json.loads(output)
        except ValueError as exc:
            return [f"{name}: output is not JSON: {exc}"]
        if name == "json":
            error = next(iter(self.report_validator.iter_errors(document)), None)
            if error is not None:
                return [f"json: report does not validate at {error.json_path}: {error.message}"]
        elif len(document["runs"][0]["results"]) != findings:
            return ["sarif: not one result per finding"]
        return []
