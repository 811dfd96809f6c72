"""docs/architecture.md's worked examples are quoted from the code: each code block that starts with
`# from PATH` must stand, line for line, in that file (the example plugin it quotes is installed and
run by tests/test_plugins.py; the rule it quotes runs its examples in tests/test_rule_examples.py)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"


def quoted_blocks() -> list[tuple[str, str]]:
    """(path, text) of each indented code block of the page that names the file it is quoted from."""
    blocks, current = [], None
    for line in DOC.read_text(encoding="utf-8").split("\n") + [""]:
        source = re.match(r"    # from (\S+)$", line)
        if source:
            current = (source.group(1), [])
            blocks.append(current)
        elif current is not None and (line.startswith("    ") or not line):
            current[1].append(line[4:])
        else:
            current = None
    return [(path, "\n".join(lines).strip("\n")) for path, lines in blocks]


def test_the_page_quotes_examples_of_a_rule_a_kind_a_selector_and_a_reporter():
    paths = {path for path, _ in quoted_blocks()}
    assert {"rules/declassification.yaml", "cablelint/selectors/eo.py",
            "tests/plugin_example/cablelint_example/plugin.py"} <= paths


def test_every_quoted_example_is_true_of_the_code():
    stale = [(path, text.split("\n")[0]) for path, text in quoted_blocks()
             if text not in (ROOT / path).read_text(encoding="utf-8")]
    assert stale == []
