#!/usr/bin/env python3
"""Audit every regex cablelint uses: each pattern that code under `cablelint/` compiles (module constants,
`re.search(...)` calls, the packs' regexes built by the checks) is recorded with the methods the code calls
on it while the seeds and the hostile inputs of `hostile.py` are linted. Each is then run that way on long
runs of every character it names and on repeated tokens, at two lengths; the patterns whose time grows
faster than the length are printed, slowest first, with the regex policy's verdict. Asserts nothing.

    python bench/regex_audit.py [LENGTH]      (default: 20000; the second length is four times that)
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from cablelint.regex_policy import sre_c, sre_parse  # noqa: E402

METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")
#: Tokens that cables repeat and that the parser's patterns look for.
TOKENS = ("C O N F I D E N T I A L ", "S E C R E T ", "UNCLAS ", "E.O. ", "EO ", "TAGS ", "TAGS: ",
          "PGOV ", "REF: ", "SUBJECT: ", "Classified By ", "SECTION 01 OF 02 ", "12958 ", "DECL: ",
          "1.4 (b) ", "A.", "A. ", "X ", "1. ", "(C) ", "(U) ", "1.", "01 ", "a,s ", "&a", "((",
          "))", ") ", " )", "[]", "](", "[a](", "**", "##", "- ", "X\n", "\n\n", " \n", "PAGE 02 ",
          "RUEHC/", "R ", "ZZ ", "/ ", ". ", ", ", "\u00a0 ",
          "\\ ", "<a ", "</a>", "\" ", "' ", "1/1/", "0 ", "\u00b61. ", "XXXX ", "Aa ", "A1 ")
#: Representatives of the character categories (\d, \s, \w).
CATEGORY_CHARS = "a1 \t\u00a0_Z"


class RecordingPattern:
    """A compiled pattern that notes which of its methods the code calls."""

    def __init__(self, compiled: re.Pattern, uses: set) -> None:
        self._compiled, self._uses = compiled, uses

    def __getattr__(self, name):
        if name in METHODS:
            self._uses.add(name)
        return getattr(self._compiled, name)


def record_patterns() -> dict[tuple[str, int], dict]:
    """Patterns compiled by cablelint's code while linting the seeds and hostile inputs, with their uses."""
    records: dict[tuple[str, int], dict] = {}
    original = re._compile

    def recording(pattern, flags):
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename == re.__file__:
            frame = frame.f_back
        where = frame.f_code.co_filename if frame is not None else ""
        if not isinstance(pattern, str) or f"{os.sep}cablelint{os.sep}" not in where:
            return compiled
        entry = records.setdefault((pattern, compiled.flags), {
            "where": f"{os.path.relpath(where, ROOT)}:{frame.f_lineno}", "uses": set()})
        return RecordingPattern(compiled, entry["uses"])

    re._compile = recording
    try:
        from hostile import hostile_inputs

        from cablelint.engine import lint_text
        from cablelint.plugins import collect, make_plugin_manager
        from cablelint.ruleset import build
        ruleset = build(collect(make_plugin_manager(entry_points=False)), select=["ALL"])
        for seed in sorted((ROOT / "seeds").rglob("*.txt")):
            lint_text(seed.read_text(encoding="utf-8", errors="replace"), str(seed), ruleset)
        for name, text in hostile_inputs(2_000).items():
            lint_text(text, name, ruleset)
    finally:
        re._compile = original
    return records


def pattern_alphabet(pattern: str, flags: int) -> tuple[set[str], set[str]]:
    """The characters a pattern names (literals, class members, ends of ranges) and its literal runs."""
    chars, runs = set(CATEGORY_CHARS), set()

    def walk(tree) -> None:
        run = ""
        for op, av in tree:
            if op is sre_c.LITERAL:
                run += chr(av)
                chars.add(chr(av))
                continue
            if len(run) > 1:
                runs.add(run)
            run = ""
            if op is sre_c.IN:
                for kind, value in av:
                    if kind is sre_c.LITERAL:
                        chars.add(chr(value))
                    elif kind is sre_c.RANGE:
                        chars.update((chr(value[0]), chr(value[1])))
            elif op is sre_c.NOT_LITERAL:
                chars.add(chr(av))
            for child in _children(op, av):
                walk(child)
        if len(run) > 1:
            runs.add(run)

    walk(sre_parse.parse(pattern, flags))
    return chars, runs


def _children(op, av) -> list:
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        return [av[2]]
    if op is sre_c.SUBPATTERN:
        return [av[3]]
    if op is sre_c.BRANCH:
        return list(av[1])
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return [av[1]]
    if op is sre_c.GROUPREF_EXISTS:
        return [branch for branch in av[1:] if branch is not None]
    return []


def subjects(pattern: str, flags: int, length: int) -> list[str]:
    """Adversarial strings for one pattern: runs of each character it names, repeated tokens and literals."""
    chars, runs = pattern_alphabet(pattern, flags)
    tokens = [*TOKENS, *sorted(runs), *(f"{run} " for run in sorted(runs)),
              *(f"{c} " for c in sorted(chars))]
    return [c * length for c in sorted(chars)] + [(t * (length // len(t) + 1))[:length]
                                                  for t in tokens]


def exercise(compiled: re.Pattern, uses: set, text: str) -> None:
    """Call the pattern on text the ways the code does (finditer stands for search, findall, sub, split)."""
    if "match" in uses:
        compiled.match(text)
    if "fullmatch" in uses:
        compiled.fullmatch(text)
    if uses - {"match", "fullmatch"} or not uses:
        for _ in compiled.finditer(text):
            pass


def worst_growth(compiled: re.Pattern, uses: set, pattern: str,
                 length: int) -> tuple[float, float, str]:
    """(seconds at 4x length, growth factor, subject) for the subject whose time grows the most."""
    worst = (0.0, 0.0, "")
    for short, long in zip(subjects(pattern, compiled.flags, length),
                           subjects(pattern, compiled.flags, 4 * length)):
        start = time.perf_counter()
        exercise(compiled, uses, short)
        middle = time.perf_counter()
        exercise(compiled, uses, long)
        end = time.perf_counter()
        growth = (end - middle) / max(middle - start, 2e-3)     # below 2 ms a time is mostly noise
        if end - middle > 0.02 and growth > worst[1]:
            worst = (end - middle, growth, short[:24])
    return worst


def main(length: int) -> None:
    from cablelint.regex_policy import problem
    records = record_patterns()
    print(f"{len(records)} patterns; slower than linear (growth > 8 for 4x the length):")
    for (pattern, flags), entry in sorted(records.items(), key=lambda kv: kv[1]["where"]):
        seconds, growth, subject = worst_growth(re.compile(pattern, flags), entry["uses"],
                                                pattern, length)
        if growth > 8:
            uses = ",".join(sorted(entry["uses"])) or "unused"
            print(f"{seconds:7.3f}s x{growth:5.1f} {entry['where']} [{uses}] on {subject!r}: "
                  f"{pattern!r}"
                  f"{' POLICY: ' + problem(pattern, flags) if problem(pattern, flags) else ''}",
                  flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
