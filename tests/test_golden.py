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


def render(path) -> str:
    ruleset = build(registry())
    relative = path.relative_to(ROOT).as_posix()
    found = lint_bytes(path.read_bytes(), relative, ruleset)
    return "".join(f"{d.path}:{d.line}:{d.column}: {d.rule_id} [{d.rule_name}] {d.message}\n" for d in found)


def test_there_are_five_seeds():
    assert len(SEED_FILES) == 5


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_findings_match_golden(seed, update_golden):
    expected_file = GOLDEN / f"{seed.stem}.expected"
    actual = render(seed)
    if update_golden:
        expected_file.write_text(actual, encoding="utf-8")
    assert actual == expected_file.read_text(encoding="utf-8")
