"""`cablelint stats PATH...`: the parser's coverage report. Per source layout: how many files, the
share of files in which each part of a cable was found, and the findings per rule."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field

from . import __version__
from .discover import DEFAULT_INCLUDE, STDIN, discover
from .engine import lint_cable, read_cable
from .errors import InputError, error_line
from .container import LAYOUTS
from .reading import read_path, read_stdin
from .source import decode

#: The parts counted, as (JSON key, label in the table, whether a parsed Cable has it).
PARTS = (
    ("header", "header", lambda c: c.header is not None),
    ("dtg", "DTG", lambda c: c.header is not None and c.header.dtg is not None),
    ("banner", "banner", lambda c: c.banner is not None),
    ("eo", "E.O.", lambda c: c.eo is not None),
    ("tags", "TAGS", lambda c: c.tags is not None),
    ("subject", "SUBJECT", lambda c: c.subject is not None),
    ("ref", "REF", lambda c: c.refs is not None),
    ("classified_by", "Classified By", lambda c: c.classified_by is not None),
    ("paragraphs", "paragraphs", lambda c: bool(c.paragraphs)),
    ("signature", "signature", lambda c: c.signature is not None),
)


@dataclass
class Tally:
    """Counts for one layout (or for all files)."""

    files: int = 0
    parts: Counter = field(default_factory=Counter)           # part key -> files with it
    findings: Counter = field(default_factory=Counter)        # rule id -> findings
    files_with: Counter = field(default_factory=Counter)      # rule id -> files with a finding

    def add(self, cable, diagnostics) -> None:
        self.files += 1
        self.parts.update(key for key, _, found in PARTS if found(cable))
        self.findings.update(d.rule_id for d in diagnostics)
        self.files_with.update({d.rule_id for d in diagnostics})

    def to_dict(self) -> dict:
        return {"files": self.files,
                "parts": {key: {"files": self.parts[key],
                                "share": _share(self.parts[key], self.files)}
                          for key, _, _ in PARTS},
                "findings": {rule: {"findings": n, "files": self.files_with[rule]}
                             for rule, n in sorted(self.findings.items())}}


def _share(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0


def tally(paths: list[str], ruleset, include=DEFAULT_INCLUDE) -> tuple[dict[str, Tally], int]:
    """Parse and lint every file found as lint would; the tallies per layout, and how many paths
    failed."""
    layouts: dict[str, Tally] = {}
    errors = 0
    for found in discover(paths, tuple(include)):
        try:
            if found.error:
                raise InputError(f"{found.path}: {found.error}")
            data = read_stdin(found.path) if found.path == STDIN else read_path(found.path)
            source = decode(data, found.path)
        except InputError as exc:
            sys.stderr.write(error_line(str(exc)))
            errors += 1
            continue
        cable, _ = read_cable(source.text, found.path, source.encoding)
        tally_of = layouts.setdefault(cable.source.container.layout, Tally())
        tally_of.add(cable, lint_cable(cable, ruleset))
    return dict(sorted(layouts.items(), key=lambda item: LAYOUTS.index(item[0]))), errors


def total(layouts: dict[str, Tally]) -> Tally:
    """The tallies of all layouts added up."""
    whole = Tally()
    for one in layouts.values():
        whole.files += one.files
        whole.parts += one.parts
        whole.findings += one.findings
        whole.files_with += one.files_with
    return whole


def report(layouts: dict[str, Tally], errors: int) -> dict:
    """The JSON document (schemas/stats.schema.json)."""
    return {"tool": "cablelint", "version": __version__, "input_errors": errors,
            "layouts": {name: one.to_dict() for name, one in layouts.items()},
            "all": total(layouts).to_dict()}


def table(layouts: dict[str, Tally], rule_names: dict[str, str]) -> str:
    """The text report: parts found (share of files) and findings per rule (findings/files), one
    column per layout and one for all files."""
    columns = {**layouts, "all": total(layouts)}
    widths = [max(len(name), 9) for name in columns]

    def row(label: str, cells) -> str:
        return (
            f"{label:<40}"
            + "".join(f"  {cell:>{width}}" for cell, width in zip(cells, widths))
            + "\n"
        )

    files, count = columns["all"].files, len(layouts)
    out = [f"cablelint stats: {files} file{'s' * (files != 1)} in {count} "
           f"layout{'s' * (count != 1)}\n\n",
           row("parts found (share of files)", columns),
           row("files", [t.files for t in columns.values()])]
    for key, label, _ in PARTS:
        out.append(row(label,
                       [f"{100 * _share(t.parts[key], t.files):.1f}%" for t in columns.values()]))
    out += ["\n", row("findings per rule (findings/files)", columns)]
    for rule in sorted(columns["all"].findings):
        label = f"{rule} {rule_names.get(rule, '')}"[:40]
        out.append(row(label,
                       [f"{t.findings[rule]}/{t.files_with[rule]}" if t.findings[rule] else "-"
                               for t in columns.values()]))
    return "".join(out)


def run(argv: list[str]) -> int:
    """`cablelint stats`: exit 0, or 2 when a path could not be read (the others are still
    counted)."""
    from .cli_args import rule_list
    from .plugins import collect, make_plugin_manager
    from .ruleset import build
    parser = argparse.ArgumentParser(prog="cablelint stats",
                                     description="Coverage of the parser per source layout: parts "
                                                 "found, findings per rule. Configuration files "
                                                 "are not read.")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="cable files or directories; '-' reads standard input")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--include", action="append", metavar="GLOB",
                        help="file-name glob of cables inside directories (repeatable; default: "
                             "*.txt)")
    parser.add_argument("--select", type=rule_list,
                        help="rules to count instead of the defaults: ids, prefixes, names, ALL")
    parser.add_argument("--ignore", type=rule_list, default=[], help="rules not to count")
    parser.add_argument("--no-plugins", action="store_true", help="do not load third-party plugins")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    args = parser.parse_args(argv)
    ruleset = build(collect(make_plugin_manager(entry_points=not args.no_plugins)),
                    select=args.select, ignore=args.ignore)
    layouts, errors = tally(args.paths, ruleset, args.include or DEFAULT_INCLUDE)
    if args.format == "json":
        sys.stdout.write(json.dumps(report(layouts, errors), indent=2) + "\n")
    else:
        sys.stdout.write(table(layouts, {rule.id: rule.name for rule in ruleset.rules}))
    return 2 if errors else 0
