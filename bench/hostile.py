#!/usr/bin/env python3
"""Hostile inputs: lines built to make regular expressions backtrack. Prints the seconds per megabyte that
linting each takes with every rule selected (target: well under 1 s/MB, growing linearly), in wall seconds and
in CPU seconds of this process (on a shared machine the CPU figure is the one to compare). Asserts nothing;
tests/test_hardening_regex.py checks the growth by counting calls instead.

    python bench/hostile.py [MEGABYTES]      (default: 1)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: A well-formed cable; each hostile input puts its long line (or lines) where `{}` is.
TEMPLATE = """VZCZCXRO7837
PP RUEHDBU
DE RUEHTA #0604/01 0660517
ZNY CCCCC ZZH
P 070517Z MAR 07
FM AMEMBASSY ASTANA
TO RUEHC/SECSTATE WASHDC PRIORITY 8683

C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604

SIPDIS

E.O. 12958: DECL: 03/06/2017
TAGS: PGOV PREL KZ
SUBJECT: A SUBJECT

Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d).

1. (C) First paragraph.
{}

2. (C) Second paragraph.

ORDWAY
"""

#: name -> (the repeated unit, where it goes: True for the whole file, False for the template's
#: `{}`, or the template's line that it replaces)
UNITS = {
    "X run": ("X", True),
    "X run in a cable": ("X", False),
    "spaced banner": ("C O N F I D E N T I A L ", True),
    "TAGS run-on": ("PGOV PREL KZ ", "TAGS: PGOV PREL KZ"),
    "E.O. run-on": ("E.O. 12958: DECL: 1.4 (b) ", False),
    "Classified By run-on": ("Classified By: Reasons 1.4 (b) ", False),
    "SUBJECT and REF run-on": ("SUBJECT: REF: A. ", False),
    "paragraph markers": ("1. (C) ", False),
    "spaces": (" ", False),
    "brackets and links": ("[a](", False),
    "entities": ("&amp;a", False),
    "abbreviations": ("U.S.A.", False),
    "page-break words": ("ASTANA 00000604 ", False),
    "one letter per line": ("A\n", False),
    "blank and space lines": ("\n \n", False),
}


def hostile_inputs(size: int) -> dict[str, str]:
    """Each hostile input at about `size` characters, by name."""
    inputs = {}
    for name, (unit, where) in UNITS.items():
        run = unit * max(1, size // len(unit))
        if where is True:
            inputs[name] = run
        elif where is False:
            inputs[name] = TEMPLATE.replace("{}", run)
        else:
            inputs[name] = TEMPLATE.replace(where, f"{where} {run}").replace("{}", "")
    return inputs


def main(megabytes: float) -> None:
    from cablelint.engine import lint_text
    from cablelint.plugins import collect, make_plugin_manager
    from cablelint.ruleset import build
    ruleset = build(collect(make_plugin_manager()), select=["ALL"])
    size = int(megabytes * 1_000_000)
    print(f"{'input':<24} {'MB':>5} {'s/MB':>8} {'CPU s/MB':>9} {'findings':>9}")
    for name, text in hostile_inputs(size).items():
        start, start_cpu = time.perf_counter(), time.process_time()
        findings = lint_text(text, name, ruleset)
        seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        mb = len(text.encode()) / 1e6
        print(f"{name:<24} {mb:>5.2f} {seconds / mb:>8.3f} {cpu / mb:>9.3f} {len(findings):>9}",
              flush=True)


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
