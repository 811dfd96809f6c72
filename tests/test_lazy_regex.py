"""Patterns compiled on first use (start-up), and the page-break serial's cheaper word boundary."""

import re
import subprocess
import sys

import pytest

from cablelint.lazy_regex import lazy_compile
from cablelint.parsing.scan import PAGE_BREAK_CORE_RE
from conftest import PLAIN_CABLE, ROOT


def test_a_lazy_pattern_answers_as_the_compiled_one():
    source, flags = r"(?P<page>\d{3}) (?i:of) (?P<total>\d{3})", re.M
    lazy, compiled = lazy_compile(source, flags), re.compile(source, flags)
    text = "ASTANA 00000604 002 OF 003\nASTANA 00000604 003 of 003"
    assert lazy.pattern == source and "search" not in vars(lazy)       # not compiled yet
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == \
        (compiled.flags, compiled.groups, compiled.groupindex)


def test_a_plain_text_cable_compiles_only_the_rare_layouts_tests_it_passes():
    """Of the flattened, PDF, HTML and JSON containers, stamps, directives and SARIF, only the
    test for a PDF text layer (every input) and for a stamp (every E.O. line) are compiled."""
    script = (
        "import sys\n"
        "from cablelint import directives, engine\n"
        "from cablelint.api import load_ruleset\n"
        "from cablelint.container import flat, html, jsonrec, pdf\n"
        "from cablelint.lazy_regex import LazyPattern\n"
        "from cablelint.parsing import stamps\n"
        "from cablelint.reporters import sarif\n"
        "engine.lint_bytes(open(sys.argv[1], 'rb').read(), sys.argv[1], load_ruleset())\n"
        "for module in (flat, html, jsonrec, pdf, stamps, directives, sarif):\n"
        "    for name, value in vars(module).items():\n"
        "        if isinstance(value, LazyPattern) and 'search' in vars(value):\n"
        "            print(module.__name__, name)\n")
    run = subprocess.run([sys.executable, "-c", script, str(PLAIN_CABLE)], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    assert run.stdout.split("\n") == ["cablelint.container.pdf _ONE_TAG_PER_LINE_RE",
                                       "cablelint.parsing.stamps REVIEW_STAMP_RE",
                                       "cablelint.parsing.stamps EO_STAMP_RE", ""]


@pytest.mark.parametrize("line, found", [
    ("ASTANA 00000604 002 OF 003", ["00000604 002 OF 003"]),
    ("of HM  ASTANA 00000604 002 OF 002 the cable", ["00000604 002 OF 002"]),
    ("ANKARA 00001905  002.2 of 002", ["00001905  002.2 of 002"]),
    ("(00000604 002 OF 003)", ["00000604 002 OF 003"]),
    ("ASTANA600000604 002 OF 003", []),          # glued to a word: no serial of its own
    ("ASTANA_00000604 002 OF 003", []),
    ("00000604 002 OF 0031", []),
])
def test_the_page_break_serial_starts_at_a_word_boundary(line, found):
    assert PAGE_BREAK_CORE_RE.findall(line) == found
    assert re.findall(r"\b\d{8}[ \t]+\d{3}(?:\.\d)?[ \t]+(?i:OF)[ \t]+\d{3}\b", line) == found
