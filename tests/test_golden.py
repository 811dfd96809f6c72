"""The exact findings on each seed cable, checked by hand against cable-format.md section 6.

Regenerate with `pytest --update-golden` and review the diff like code.
"""

from __future__ import annotations

import pytest

from conftest import ROOT, SEEDS, registry
from cablelint.engine import lint_bytes
from cablelint.ruleset import build

GOLDEN = ROOT / "tests" / "golden"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def render(path, select=None) -> str:
    ruleset = build(registry(), select=select)
    relative = path.relative_to(ROOT).as_posix()
    found = lint_bytes(path.read_bytes(), relative, ruleset)
    return "".join(f"{d.path}:{d.line}:{d.column}: {d.rule_id} [{d.rule_name}] {d.message}\n"
                   for d in found)


def test_there_are_five_seeds():
    assert len(SEED_FILES) == 5


@pytest.mark.parametrize("selection", ["default", "all"])
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_findings_match_golden(seed, selection, update_golden):
    suffix = ".expected" if selection == "default" else ".all.expected"
    expected_file = GOLDEN / f"{seed.stem}{suffix}"
    actual = render(seed, None if selection == "default" else ["ALL"])
    if update_golden:
        expected_file.write_text(actual, encoding="utf-8")
    assert actual == expected_file.read_text(encoding="utf-8")
