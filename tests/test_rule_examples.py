"""Every rule's `examples:` (cablelint/examples.py): it reports each bad one and no good one."""

import json

import pytest

from cablelint.engine import lint_bytes
from cablelint.examples import example_bytes, example_path, example_text, flagged_text
from cablelint.ruleset import build, load_rules

from conftest import registry, run_in

RULES = load_rules(registry())


def _cases():
    for rule in RULES:
        for verdict in ("bad", "good"):
            for index, example in enumerate(rule.examples.get(verdict, ())):
                yield pytest.param(rule, verdict, example, id=f"{rule.id}-{verdict}-{index}")


def _findings(rule, example):
    ruleset = build(registry(), select=[rule.id, *example.get("also_run", "").split()], rules=RULES)
    found = lint_bytes(example_bytes(example), example_path(example), ruleset)
    return [finding for finding in found if finding.rule_id == rule.id]


def test_the_frame_is_clean_under_all_rules():
    ruleset = build(registry(), select=["ALL"], rules=RULES)
    assert lint_bytes(example_bytes({}), example_path({}), ruleset) == []


def test_every_rule_has_a_bad_and_a_good_example():
    missing = [rule.id for rule in RULES if not rule.examples.get("bad")
               or not rule.examples.get("good")]
    assert missing == []


@pytest.mark.parametrize("rule, verdict, example", list(_cases()))
def test_example(rule, verdict, example):
    places = {f"{d.line}:{d.column} {d.message}": flagged_text(example, d.line, d.column)
              for d in _findings(rule, example)}
    if verdict == "good":
        assert list(places) == [], f"{rule.id} reports its good example:\n{example_text(example)}"
        return
    assert places, f"{rule.id} does not report its bad example:\n{example_text(example)}"
    at = example.get("at", "")
    assert [f"{where}: {text!r}" for where, text in places.items()
            if not text.startswith(at)] == [], \
        f"{rule.id} reports elsewhere than at {at!r}"


def test_the_rule_command_prints_the_examples(tmp_path):
    code, out, _ = run_in(tmp_path, "rule", "CL024")
    assert code == 0
    examples = out[out.index("## Examples"):]
    assert examples.index("Bad:\n    banner: C O N F I D E N T I A L SECTION 02 OF 02 ASTANA "
                          "000604\n") \
        < examples.index("Good:\n    banner: C O N F I D E N T I A L SECTION 01 OF 10 ASTANA "
                         "000604\n")
    code, out, _ = run_in(tmp_path, "rule", "CL024", "--format", "json")
    assert json.loads(out)["examples"] == next(r.examples for r in RULES if r.id == "CL024")
