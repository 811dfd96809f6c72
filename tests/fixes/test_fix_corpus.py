"""Mirror damage injected into real cables (cablelint/damage.py) is restored by --fix: fixing the
damaged cable gives what fixing the undamaged one gives, for at least 95 % of a fixed, seeded sample
per kind (bench/fix_restore.py measures 100 cases per kind; docs/fixes.md has the rates)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from cablelint.damage import KINDS, restored, sample_cases
from cablelint.engine import lint_text
from cablelint.fixing import fix_text
from cablelint.ruleset import build
from conftest import CORPUS, corpus_files, registry

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")

#: Cases per kind, and the seed that draws them.
PER_KIND, SEED = 20, 20261202


def test_injected_damage_is_restored_in_real_cables():
    rules = build(registry(), select=["ALL"])

    def fix(text: str, path: str) -> str:
        return fix_text(text, path, rules, unsafe=True).text

    cases, good, fixed = Counter(), Counter(), {}
    cables = [path for path in corpus_files() if path.suffix == ".txt"]
    for kind, path, text, damaged in sample_cases(cables, PER_KIND, SEED):
        cases[kind] += 1
        good[kind] += restored(fix, text, damaged, str(path), fixed)
    assert set(cases) == set(KINDS)
    short = {kind: f"{good[kind]}/{cases[kind]}" for kind in KINDS
             if good[kind] < 0.95 * cases[kind]}
    assert short == {}


def test_the_mirrors_pilcrows_on_lettered_items_of_real_cables_are_removed():
    # CL144 has no injected kind: every lettered item of the corpus's text layouts carries the
    # mirror's `¶` already, so the fix is tested on that real damage
    rules = build(registry(), select=["CL144"])
    cables = [path for path in corpus_files() if path.suffix == ".txt"]
    fixed_files = 0
    for path in cables:
        text = path.read_text(encoding="utf-8", errors="replace")
        if "¶" not in text:
            continue
        found = lint_text(text, str(path), rules)
        if not found:
            continue
        lines = text.split("\n")
        for line in sorted({d.line for d in found}):
            lines[line - 1] = re.sub(r"¶[ \t]?(?=[A-Za-z][.)])", "", lines[line - 1], count=1)
        result = fix_text(text, str(path), rules)
        assert result.text == "\n".join(lines), path.name
        assert lint_text(result.text, str(path), rules) == []
        fixed_files += 1
        if fixed_files == 20:
            break
    assert fixed_files == 20
