#!/usr/bin/env python3
"""Hand-audit tool: draw a reproducible random sample of corpus cables and write a judging sheet.

    python bench/precision_sample.py --layout html-extract --seed 20261202 [--n 25] [--output SHEET.md]
    python bench/precision_sample.py --before 1995 --seed 20261202 --n 15 --output SHEET.md
    python bench/precision_sample.py --layout json-body --seed 20261202 --carry OLD.md --output NEW.md
    python bench/precision_sample.py --tally SHEET.md [SHEET.md ...]

Drawing: the files of one corpus layout (a folder of `cables/`, walked recursively), or the files whose
`manifest.tsv` date is before a year, sorted by path, then `random.Random(seed).sample`. Each drawn file is
linted with the default rules through the installed `cablelint` CLI (`--isolated --no-plugins --format
json`), and the sheet lists per cable every finding (rule id and name, message, position) with the flagged
line and two lines of context each side, and blank verdict and reason cells to fill with TP, FP or
debatable. Each cable ends with a "Missed:" line for defects no rule reports. `--carry OLD.md` copies
the verdicts of findings that are unchanged (same file, position, rule and message) from a judged sheet,
so that a re-audit after a change needs judging only what changed.

Tally: reads filled sheets and prints, as Markdown, the TP / FP / debatable counts and the precision
(TP / judged, and TP / (TP + FP) leaving debatable out) per sample, per layout and per rule. A verdict
cell counts by its first word (TP, FP, debatable); missed defects count one per ';'-separated note.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shlex
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
LAYOUTS = ("html-extract", "html-extract-early", "html-extract-2011", "html-fragment",
           "json-body", "json-record", "pdf-text", "pdf-extract")
CONTEXT_LINES = 2
WINDOW = 160            # characters shown either side of the flagged column on a long line
VERDICTS = {"tp": "TP", "fp": "FP", "debatable": "debatable", "deb": "debatable"}


class ToolError(Exception):
    """Bad input to the tool: reported as one line, exit code 2."""


# ---------------------------------------------------------------- drawing

def layout_files(corpus: Path, layout: str) -> list[str]:
    """Paths (relative to the corpus, sorted) of the cable files of one layout folder."""
    if layout not in LAYOUTS:
        raise ToolError(f"unknown layout '{layout}' (one of: {', '.join(LAYOUTS)})")
    folder = corpus / "cables" / layout
    if not folder.is_dir():
        raise ToolError(f"{folder} not found (give the corpus folder with --corpus)")
    return sorted(p.relative_to(corpus).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.suffix in (".txt", ".json"))


def manifest_dates(corpus: Path) -> dict[str, str]:
    """Corpus-relative path to its manifest date (`YYYY-MM-DD HH:MM` or `YYYY-MM`)."""
    manifest = corpus / "manifest.tsv"
    if not manifest.is_file():
        raise ToolError(f"{manifest} not found (the era filter needs the corpus manifest)")
    rows = manifest.read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    path_at, date_at = header.index("path"), header.index("date")
    dates = {}
    for row in rows[1:]:
        cells = row.split("\t")
        if len(cells) > max(path_at, date_at):
            dates[cells[path_at]] = cells[date_at]
    return dates


def candidates(corpus: Path, layout: str | None, before: int | None) -> list[str]:
    """The sorted population a sample is drawn from: a layout, an era (`before` a year), or both."""
    if layout is None and before is None:
        raise ToolError("give --layout, --before, or both")
    if before is None:
        return layout_files(corpus, layout)
    dates = manifest_dates(corpus)
    pool = set(layout_files(corpus, layout)) if layout else None
    chosen = [path for path, date in dates.items()
              if date[:4].isdigit() and int(date[:4]) < before and (pool is None or path in pool)]
    return sorted(path for path in chosen if (corpus / path).is_file())


def draw(population: list[str], seed: int, n: int) -> list[str]:
    """A reproducible sample of `n` paths (all of them when there are fewer), in drawing order."""
    return random.Random(seed).sample(population, min(n, len(population)))


def redraw_command(args: argparse.Namespace) -> str:
    """The exact command line that draws the same sample and writes the same sheet."""
    parts = ["python", "bench/precision_sample.py", "--corpus", str(args.corpus)]
    if args.layout:
        parts += ["--layout", args.layout]
    if args.before is not None:
        parts += ["--before", str(args.before)]
    parts += ["--seed", str(args.seed), "--n", str(args.n)]
    if args.output:
        parts += ["--output", str(args.output)]
    if args.carry:
        parts += ["--carry", str(args.carry)]
    return shlex.join(parts)


# ---------------------------------------------------------------- linting and the sheet

def lint(corpus: Path, paths: list[str]) -> tuple[str, dict[str, list[dict]]]:
    """Lint the files with the default rules via the CLI; the cablelint version and findings per path."""
    files = [str(corpus / p) for p in paths]
    command = [sys.executable, "-m", "cablelint", "--isolated", "--no-plugins", "--format", "json",
               "--exit-zero", *files]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0 or not done.stdout.strip():
        raise ToolError(f"cablelint failed (exit {done.returncode}): {done.stderr.strip()[:300]}")
    report = json.loads(done.stdout)
    back = dict(zip(files, paths))
    found: dict[str, list[dict]] = {p: [] for p in paths}
    for diagnostic in report["diagnostics"]:
        found[back.get(diagnostic["path"], diagnostic["path"])].append(diagnostic)
    return report.get("version", "?"), found


def clip(text: str, column: int | None) -> str:
    """A line short enough to read: around `column` when given, else its start; a U+2028 line
    separator inside the line shown as `⏎` (one character: columns stay)."""
    text = text.replace("\t", "    ").replace("\u2028", "⏎")
    if len(text) <= 2 * WINDOW:
        return text
    start = 0 if column is None else max(0, column - 1 - WINDOW)
    end = start + 2 * WINDOW
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def context(lines: list[str], line: int, column: int) -> list[str]:
    """The flagged line (marked `>`) with CONTEXT_LINES lines either side, numbered."""
    low, high = max(1, line - CONTEXT_LINES), min(len(lines), line + CONTEXT_LINES)
    return [f"{'>' if at == line else ' '} {at:5} | "
            f"{clip(lines[at - 1], column if at == line else None)}"
            for at in range(low, high + 1)]


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def sheet(corpus: Path, label: str, command: str, version: str, paths: list[str],
          found: dict[str, list[dict]], dates: dict[str, str]) -> str:
    """The judging sheet in Markdown (the format `tally` reads)."""
    out = [f"# Precision sample: {label}", "",
           f"Redraw: `{command}`", "",
           f"{len(paths)} cables, {sum(len(v) for v in found.values())} findings, cablelint "
           f"{version}, default rules. Fill the verdict column with TP (the defect is real and "
           "the message right), FP (the cable is correct there, or the message is wrong) or "
           "debatable, with a reason; note defects that no rule reports after 'Missed:'.", ""]
    for number, path in enumerate(paths, 1):
        layout = path.split("/")[1]
        date = dates.get(path, "")
        out += [f"## {number}. {path}", "", f"layout: {layout} · date: {date or 'unknown'}", ""]
        diagnostics = found[path]
        if diagnostics:
            out += ["| # | line:col | rule | message | verdict | reason |",
                    "|---|---|---|---|---|---|"]
            for index, d in enumerate(diagnostics, 1):
                place, rule = f"{d['line']}:{d['column']}", f"{d['rule_id']} {d['rule_name']}"
                out.append(f"| {number}.{index} | {place} | {rule} "
                           f"| {cell(d['message'])} |  |  |")
            lines = (corpus / path).read_text(encoding="utf-8", errors="replace").split("\n")
            for index, d in enumerate(diagnostics, 1):
                out += ["", f"{number}.{index} {d['rule_id']} at {d['line']}:{d['column']}", "",
                        "```text",
                        *context(lines, min(d["line"], len(lines)), d["column"]), "```"]
        else:
            out.append("No findings.")
        out += ["", "Missed: ", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- tally

@dataclass
class Tally:
    """Verdict counts, keyed by sample, layout and rule."""

    # sample, layout, rule, verdict
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    # layout -> missed-defect notes
    missed: Counter = field(default_factory=Counter)
    cables: Counter = field(default_factory=Counter)                        # layout -> cables read


CABLE = re.compile(r"^## \d+\. (\S+)")
FINDING = re.compile(r"^\|\s*\d+\.\d+\s*\|")
TITLE = re.compile(r"^# Precision sample: (.+)$")


def split_cells(row: str) -> list[str]:
    """The cells of a Markdown table row, with `\\|` kept inside a cell."""
    cells = re.split(r"(?<!\\)\|", row.strip().strip("|"))
    return [c.strip() for c in cells]


def verdict_of(text: str) -> str:
    """TP, FP, debatable, or 'unjudged' for a blank or unreadable verdict cell."""
    word = re.match(r"[A-Za-z]*", text.strip()).group(0).lower()
    return VERDICTS.get(word, "unjudged")


def parse_sheet(text: str, tally: Tally, name: str) -> None:
    """Add one filled sheet's verdicts and missed-defect notes to `tally`."""
    sample, layout = name, "?"
    for row in text.splitlines():
        if title := TITLE.match(row):
            sample = title.group(1).strip()
        elif cable := CABLE.match(row):
            layout = cable.group(1).split("/")[1] if cable.group(1).count("/") >= 2 else "?"
            tally.cables[layout] += 1
        elif FINDING.match(row):
            cells = split_cells(row)
            if len(cells) < 6:
                raise ToolError(f"{name}: a finding row has {len(cells)} cells, expected 6: "
                                f"{row[:80]}")
            tally.rows.append((sample, layout, cells[2], verdict_of(cells[4])))
        elif row.startswith("Missed:"):
            notes = row[len("Missed:"):].strip()
            if notes and notes.lower() not in ("none", "-", "none."):
                tally.missed[layout] += len([n for n in notes.split(";") if n.strip()])


def judged_rows(text: str) -> dict[tuple, tuple[str, str]]:
    """(path, line:col, rule, message) to (verdict, reason) for every judged finding row of a sheet."""
    found, path = {}, None
    for row in text.splitlines():
        if cable := CABLE.match(row):
            path = cable.group(1)
        elif FINDING.match(row):
            cells = split_cells(row)
            if len(cells) >= 6 and verdict_of(cells[4]) != "unjudged":
                found[(path, *cells[1:4])] = (cells[4], cells[5])
    return found


def carry(text: str, old: dict[tuple, tuple[str, str]]) -> tuple[str, int]:
    """The sheet with blank verdicts filled from identical findings (same file, place, rule, message)
    of an older judged sheet, and how many were filled."""
    out, path, carried = [], None, 0
    for row in text.splitlines():
        if cable := CABLE.match(row):
            path = cable.group(1)
        elif FINDING.match(row):
            cells = split_cells(row)
            hit = old.get((path, *cells[1:4]))
            if hit and not cells[4]:
                row = "| " + " | ".join([*cells[:4], *hit]) + " |"
                carried += 1
        out.append(row)
    return "\n".join(out), carried


def percent(part: int, whole: int) -> str:
    """`part / whole` as a rounded percentage, or a dash when nothing was judged."""
    return f"{100 * part / whole:.0f} %" if whole else "–"


def table(title: str, keys: list[str], counts: dict[str, Counter],
          extra: dict[str, str] | None = None) -> list[str]:
    """One Markdown table of verdict counts and precision."""
    head = (f"| {title} | TP | FP | debatable | unjudged | precision (TP / judged) "
            "| TP / (TP + FP) |")
    if extra is not None:
        head += " missed defects |"
    out = [head, "|" + "---|" * (head.count("|") - 1)]
    for key in keys + ["all"]:
        c = counts[key]
        judged = c["TP"] + c["FP"] + c["debatable"]
        row = (f"| {key} | {c['TP']} | {c['FP']} | {c['debatable']} | {c['unjudged']} "
               f"| {percent(c['TP'], judged)} | {percent(c['TP'], c['TP'] + c['FP'])} |")
        if extra is not None:
            row += f" {extra.get(key, '')} |"
        out.append(row)
    return out


def report(tally: Tally) -> str:
    """The per-sample, per-layout and per-rule tables."""
    out: list[str] = []
    for position, title in ((0, "sample"), (1, "layout"), (2, "rule")):
        counts: dict[str, Counter] = defaultdict(Counter)
        for row in tally.rows:
            counts[row[position]][row[3]] += 1
            counts["all"][row[3]] += 1
        keys = sorted(k for k in counts if k != "all")
        extra = None
        if title == "layout":
            keys = sorted(set(keys) | set(tally.cables))
            extra = {k: f"{tally.missed[k]} in {tally.cables[k]} cables" for k in keys}
            extra["all"] = f"{sum(tally.missed.values())} in {sum(tally.cables.values())} cables"
        out += table(title, keys, counts, extra) + [""]
    return "\n".join(out)


# ---------------------------------------------------------------- command line

def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="the corpus folder (with cables/ and manifest.tsv; default "
                             "../shared/corpus)")
    parser.add_argument("--layout", help=f"a layout folder: {', '.join(LAYOUTS)}")
    parser.add_argument("--before", type=int, metavar="YEAR",
                        help="only cables dated before YEAR (manifest)")
    parser.add_argument("--seed", type=int, help="random seed of the draw")
    parser.add_argument("--n", type=int, default=25,
                        help="sample size (default 25; all files when fewer)")
    parser.add_argument("--output", "-o", type=Path,
                        help="write the sheet here (default: standard output)")
    parser.add_argument("--carry", type=Path, metavar="SHEET",
                        help="copy verdicts from a judged sheet for findings that are unchanged")
    parser.add_argument("--tally", nargs="+", type=Path, metavar="SHEET",
                        help="count the verdicts of filled sheets")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    try:
        if args.tally:
            tally = Tally()
            for path in args.tally:
                if not path.is_file():
                    raise ToolError(f"{path} not found")
                parse_sheet(path.read_text(encoding="utf-8"), tally, path.stem)
            sys.stdout.write(report(tally))
            return 0
        if args.seed is None:
            raise ToolError("give --seed (the draw must be reproducible)")
        if args.n < 1:
            raise ToolError("--n must be at least 1")
        population = candidates(args.corpus, args.layout, args.before)
        paths = draw(population, args.seed, args.n)
        if not paths:
            raise ToolError("no cable matches the layout and era given")
        label = " ".join(filter(None, [args.layout, 
                                       f"before {args.before}" if args.before else None]))
        label += f", seed {args.seed}: {len(paths)} of {len(population)} files"
        command = redraw_command(args)
        version, found = lint(args.corpus, paths)
        dates = manifest_dates(args.corpus) if (args.corpus / "manifest.tsv").is_file() else {}
        text = sheet(args.corpus, label, command, version, paths, found, dates) + "\n"
        if args.carry:
            if not args.carry.is_file():
                raise ToolError(f"{args.carry} not found")
            text, carried = carry(text, judged_rows(args.carry.read_text(encoding="utf-8")))
            print(f"carried {carried} verdicts from {args.carry}", file=sys.stderr)
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        print(f"redraw: {command}", file=sys.stderr)
        return 0
    except ToolError as exc:
        print(f"precision_sample: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
