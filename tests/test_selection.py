"""Which rules run and at which severity (cablelint/selection.py): select, extend-select, ignore,
per-file-ignores, severity overrides and the fail level, on rules made here (no pack involved)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablelint.config import Settings
from cablelint.diagnostic import Severity
from cablelint.errors import ConfigError, UsageError
from cablelint.rule import Rule
from cablelint.runner import Scope
from cablelint.selection import Selection, check_settings, fail_level, per_file_ignores, resolve


def rule(rule_id: str, name: str, default: bool = True, overrides=()) -> Rule:
    return Rule(id=rule_id, name=name, severity=Severity.WARNING, check="pattern", message="m",
                help="h", pack="p", default=default, overrides=tuple(overrides))


RULES = [rule("CL090", "paragraph-sequence"), rule("CL091", "paragraph-number-spurious-one"),
         rule("CL100", "body-missing", default=False), rule("XY001", "plugin-rule")]


def ids(selection: Selection) -> list[str]:
    return [r.id for r in selection.chosen(RULES)]


def test_without_select_the_rules_on_by_default_run():
    assert ids(Selection()) == ["CL090", "CL091", "XY001"]


@pytest.mark.parametrize("select, expected", [
    (("CL100",), ["CL100"]),                          # an id, even of a rule off by default
    (("CL09",), ["CL090", "CL091"]),                  # an id prefix
    (("plugin-rule",), ["XY001"]),                    # a name
    (("ALL",), ["CL090", "CL091", "CL100", "XY001"]),
    ((), []),                                         # an empty select runs nothing
])
def test_select_replaces_the_default_set(select, expected):
    assert ids(Selection(select=select)) == expected


def test_extend_select_adds_and_ignore_removes_after_it():
    assert ids(Selection(extend_select=("CL100",))) == ["CL090", "CL091", "CL100", "XY001"]
    assert ids(Selection(select=("ALL",), ignore=("CL09", "plugin-rule"))) == ["CL100"]
    added_and_removed = Selection(extend_select=("CL100",), ignore=("CL100",))
    assert ids(added_and_removed) == ["CL090", "CL091", "XY001"]


def test_a_severity_override_sets_the_severity_and_drops_the_rules_own_overrides():
    unclassified_info = {"when": {"level": ["U"]}, "severity": "info"}
    leveled = rule("CL090", "paragraph-sequence", overrides=[unclassified_info])
    chosen = Selection(severity={"CL090": "error"}).chosen([leveled, RULES[1]])
    assert [(r.id, r.severity, r.overrides) for r in chosen] == \
        [("CL090", Severity.ERROR, ()), ("CL091", Severity.WARNING, ())]


def test_a_severity_override_keeps_the_rules_own_messages_for_their_cables():
    worded = {"when": {"absent": ["below_header"]}, "severity": "info", "message": "cut"}
    chosen = Selection(severity={"CL020": "error"}).chosen([rule("CL020", "x", overrides=[worded])])
    assert [r.overrides for r in chosen] == [({"when": {"absent": ["below_header"]},
                                               "message": "cut"},)]


def test_an_unmatched_name_is_a_usage_error_with_a_hint():
    with pytest.raises(UsageError, match=r"no rule matches 'CL9O1' \(did you mean 'CL091'\?\)"):
        Selection(select=("CL9O1",)).chosen(RULES)
    with pytest.raises(UsageError, match="no rule matches 'nothing-like-it'"):
        resolve(RULES, ["nothing-like-it"])


def test_the_command_line_goes_over_the_configuration():
    settings = Settings(select=("CL090",), extend_select=("CL100",), ignore=("XY001",),
                        severity={"CL090": "info"})
    assert Selection.of(settings) == \
        Selection(("CL090",), ("CL100",), ("XY001",), {"CL090": "info"})
    merged = Selection.of(settings, select=["CL091"], extend_select=["XY001"], ignore=["CL100"])
    assert merged == \
        Selection(("CL091",), ("CL100", "XY001"), ("XY001", "CL100"), {"CL090": "info"})
    assert ids(merged) == ["CL091"]


def test_per_file_ignores_resolve_to_rule_ids_that_the_scope_drops_by_glob():
    settings = Settings(per_file_ignores={"drafts/*.txt": ("CL09",), "*.json": ("plugin-rule",)})
    resolved = per_file_ignores(settings, RULES)
    assert resolved.rules == {"drafts/*.txt": {"CL090", "CL091"}, "*.json": {"XY001"}}
    assert resolved.dropped("drafts/a.txt") == {"CL090", "CL091"}
    assert resolved.dropped("drafts/deeper/a.txt") == set() and resolved.dropped("b.json") == {
        "XY001"}
    scope = Scope(include=("*.txt",), root=Path("/project"), per_file_ignores=resolved)
    assert scope.ignored_rules("/project/drafts/a.txt") == {"CL090", "CL091"}
    assert scope.ignored_rules("/project/a.txt") == set()


@pytest.mark.parametrize("settings, pointer", [
    (Settings(path=Path("c.yaml"), select=("CL090", "CL999")), "/select/1"),
    (Settings(path=Path("c.yaml"), extend_select=("nope",)), "/extend-select/0"),
    (Settings(path=Path("c.yaml"), ignore=("CL9O1",)), "/ignore/0"),
    (Settings(path=Path("c.yaml"), per_file_ignores={"*.txt": ("CL999",)}),
     "/per-file-ignores/*.txt/0"),
    (Settings(path=Path("c.yaml"), severity={"CL09": "info"}), "/severity/CL09"),
])
def test_a_configuration_naming_no_rule_is_a_config_error_at_its_key(settings, pointer):
    with pytest.raises(ConfigError) as raised:
        check_settings(settings, RULES)
    assert str(raised.value).startswith(f"c.yaml: {pointer}: ")


def test_the_fail_level_given_goes_over_the_configurations_which_goes_over_info():
    assert fail_level(None, Settings()) == Severity.INFO
    assert fail_level(None, Settings(fail_level="warning")) == Severity.WARNING
    assert fail_level("error", Settings(fail_level="warning")) == Severity.ERROR
