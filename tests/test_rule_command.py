"""`cablelint rule ID`: besides the help and the fix, how the rule checks: its check kind and the
file that holds the kind's code, the selector it reads and its file, the one file of the rule's
logic, its `when`, its parameters as YAML."""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import ROOT, registry
from cablelint import explain
from cablelint.ruleset import load_rules

REGISTRY = registry()
RULES = {rule.id: rule for rule in load_rules(REGISTRY)}


def page(capsys, rule_id: str, *options: str) -> str:
    assert explain.run("rule", [rule_id, "--no-plugins", *options]) == 0
    return capsys.readouterr().out


def section(text: str, heading: str) -> list[str]:
    """The lines of one `## ` section of a page, without its heading."""
    lines = text.split("\n")
    start = lines.index(heading) + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


@pytest.mark.parametrize("rule_id", ["CL001", "CL040", "CL041", "CL062", "CL091", "CL110"])
def test_the_check_section_names_the_kind_its_file_the_selector_and_the_parameters(capsys, rule_id):
    rule = RULES[rule_id]
    lines = section(page(capsys, rule_id), "## Check")
    kind_line, reads_line, logic_line = lines[0], lines[1], lines[2]
    logic = kind_line.removeprefix(f"Kind: {rule.check}, in ")
    assert logic != kind_line and (ROOT / logic).is_file()
    code = (ROOT / logic).read_text(encoding="utf-8")
    assert f"class {REGISTRY.check_kinds[rule.check].__name__}(" in code
    selector = rule.target or REGISTRY.check_kinds[rule.check].selector_of(rule.params)
    assert reads_line == (f"Reads: `{selector}` (selector), in "
                          f"{explain.module_file(REGISTRY.selectors[selector].defined_in)}"
                          if selector else "Reads: the whole cable (no target selector)")
    assert logic_line == f"Logic: {explain.logic_files(rule, REGISTRY).logic}"
    assert (rule_id != "CL062") or selector == "run_ons[]"   # a form part a selector finds
    if not rule.params:
        assert "Parameters: none" in lines
        return
    start = lines.index("Parameters:") + 1
    block = "\n".join(line[4:] for line in lines[start:] if line.startswith("    "))
    assert yaml.safe_load(block) == rule.params      # read back, the parameters are the pack's


def test_anchors_and_when_are_shown_when_the_rule_has_them(capsys):
    rule = RULES["CL040"]
    assert rule.anchor and rule.when
    lines = section(page(capsys, "CL040"), "## Check")
    anchors = ", ".join(f"`{name}`" for name in rule.anchor)
    assert lines[3] == f"Reports a missing part at: {anchors}"
    end = next(i for i, line in enumerate(lines) if line.startswith("Parameters:"))
    start = lines.index("When:") + 1
    assert yaml.safe_load("\n".join(line[4:] for line in lines[start:end])) == rule.when


def test_a_rule_without_parameters_says_so(capsys):
    rule_id = next(rule.id for rule in RULES.values() if not rule.params)
    assert "Parameters: none" in section(page(capsys, rule_id), "## Check")


def test_the_check_section_stands_between_the_help_and_the_fix(capsys):
    text = page(capsys, "CL110")
    assert text.index("## What it does") < text.index("## Check") < text.index("## Fix (safe)")


def test_the_json_page_carries_the_same_facts(capsys):
    rule = RULES["CL040"]
    data = json.loads(page(capsys, "CL040", "--format", "json"))
    assert (data["check"], data["target"], data["anchor"], data["when"], data["params"]) == \
        (rule.check, rule.target, list(rule.anchor), rule.when, rule.params)
    assert (data["logic"], data["kind_file"], data["selector"], data["selector_file"]) == (
        "cablelint/selectors/eo.py", "cablelint/checks/required.py", "eo",
        "cablelint/selectors/eo.py")


@pytest.mark.parametrize("rule_id, logic", [
    ("CL043", "cablelint/selectors/eo.py"),         # forbidden, no parameters: the selector judges
    ("CL093", "cablelint/selectors/paragraphs.py"),
    ("CL020", "cablelint/selectors/banner.py"),     # required, no parameters
    ("CL062", "cablelint/checks/form.py"),          # form reads a selector and judges
    ("CL025", "cablelint/checks/pagination.py"),    # no selector
])
def test_the_logic_file_is_the_selector_s_when_the_kind_only_reports_what_it_finds(rule_id, logic):
    assert explain.logic_files(RULES[rule_id], REGISTRY).logic == logic


def test_a_filtering_parameter_makes_the_kind_the_logic():
    rule = next(rule for rule in RULES.values() if rule.check == "forbidden" and rule.params)
    assert explain.logic_files(rule, REGISTRY).logic == "cablelint/checks/forbidden.py"


def test_every_check_kind_names_a_file_of_the_project():
    for name, kind in REGISTRY.check_kinds.items():
        logic = explain.module_file(kind.__module__)
        assert logic.startswith("cablelint/checks/") and (ROOT / logic).is_file(), name


def test_every_selector_names_the_file_that_registers_it():
    for name, registered in REGISTRY.selectors.items():
        path = explain.module_file(registered.defined_in)
        assert path.startswith("cablelint/selectors/"), name
        assert f'"{name}"' in (ROOT / path).read_text(encoding="utf-8"), name
    made_by_each = REGISTRY.selectors["chrome[]"]     # a function `each` made in selectors/node.py
    assert explain.module_file(made_by_each.defined_in) == "cablelint/selectors/traces.py"
