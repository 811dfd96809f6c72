"""Selectors: the registry built-in modules fill with `@selector`, the plugin hook that adds more,
and the commands that show them (`cablelint selectors`, `cablelint parse --selectors FILE`)."""

from __future__ import annotations

import json

import pytest

from cables import HEADER, cable
from conftest import SEEDS
from cablelint.cli import main
from cablelint.engine import read_cable
from cablelint.errors import PluginError
from cablelint.hookspecs import hookimpl
from cablelint.plugins import collect, make_plugin_manager
from cablelint.ruleset import pack_schema
from cablelint.selectors import BUILTIN_SELECTORS, Node, Selector, install, select, selector

SEED = str(SEEDS / "000_ce69e6524d1a41cb.txt")


@pytest.fixture(autouse=True)
def builtin_table():
    """Each test ends with the built-in selectors in use, whatever registry it collected."""
    yield
    install(BUILTIN_SELECTORS)


def test_every_builtin_selector_is_described_by_the_module_of_its_part():
    assert len(BUILTIN_SELECTORS) > 90
    for name, registered in BUILTIN_SELECTORS.items():
        assert registered.name == name and registered.description.strip()
        assert registered.function.__module__.startswith("cablelint.selectors.")
    assert BUILTIN_SELECTORS["eo.decl.kind"].function.__module__ == "cablelint.selectors.eo"
    assert BUILTIN_SELECTORS["refs.letters[]"].function.__module__ == "cablelint.selectors.refs"


def test_a_name_registered_twice_is_refused():
    with pytest.raises(ValueError, match="selector 'eo.decl' is registered twice"):
        selector("eo.decl", "again")(lambda cable: [])
    assert BUILTIN_SELECTORS["eo.decl"].description == "declassification instruction as written"


def test_selectors_command_lists_names_and_descriptions(capsys):
    assert main(["selectors", "--no-plugins"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(BUILTIN_SELECTORS)
    assert [line.split()[0] for line in lines] == sorted(BUILTIN_SELECTORS)
    assert any(line.startswith("eo.decl.kind ") and line.endswith(
        "  date | na | exemption | oadr | legacy | review | event | empty") for line in lines)
    assert main(["selectors", "--no-plugins", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"name": "tags[]", "description": "each TAGS token"} in rows


def test_parse_selectors_shows_what_each_selector_finds(capsys):
    assert main(["parse", "--selectors", "--no-plugins", SEED]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "eo.decl.date  24:19-24:29  '2016-03-06'" in out
    assert "classified_by.reasons[]  32:48-32:62  '1.5(b)'" in out
    assert not any(line.startswith("eo.decl.invalid") for line in out)   # finds nothing: not shown
    assert main(["parse", "--selectors", "--no-plugins", "--format", "json", SEED]) == 0
    found = json.loads(capsys.readouterr().out)
    span = {"line": 24, "column": 19, "end_line": 24, "end_column": 29}
    assert found["eo.decl.kind"] == [{"value": "date", "span": span}]
    assert [node["value"] for node in found["tags[]"]] == ["PGOV", "PREL", "KZ", "ENRG", "KDEM"]


def test_parse_selectors_shows_the_key_and_facts_a_form_rule_words(capsys, tmp_path):
    """A SUBJECT run into `REFTELS:` (CL062): the node's key and its `label` fact, which fill the
    rule's deviation wording, are shown beside its value."""
    run_on = tmp_path / "cable.txt"
    text = cable(HEADER.replace("SUBJECT: A SUBJECT", "SUBJECT: A SUBJECT REFTELS: STATE 1"))
    run_on.write_text(text, encoding="utf-8")
    assert main(["parse", "--selectors", "--no-plugins", str(run_on)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "run_ons[]  15:1-15:36  'ref'  key='subject_ref'  label='REFTELS:'" in out
    assert "subject.run_on  15:1-15:36  'ref'" in out         # no key, no facts: the value alone
    assert main(["parse", "--selectors", "--no-plugins", "--format", "json", str(run_on)]) == 0
    [node] = json.loads(capsys.readouterr().out)["run_ons[]"]
    assert (node["key"], node["facts"]) == ("subject_ref", {"label": "REFTELS:"})


def test_parse_selectors_of_a_missing_file_is_a_one_line_error(capsys, tmp_path):
    assert main(["parse", "--selectors", str(tmp_path / "gone.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gone.txt" in err


def _first_line_length(cable):
    return [Node(len(cable.lines[0]), cable.header.span)] if cable.lines and cable.header else []


class _WithSelector:
    @hookimpl
    def cablelint_selectors(self):
        return [Selector("test.first_line_length", _first_line_length, "length of the first line")]


def test_a_plugin_selector_is_selected_listed_and_allowed_in_packs():
    pm = make_plugin_manager(entry_points=False)
    pm.register(_WithSelector(), name="with-selector")
    registry = collect(pm)
    assert registry.selectors["test.first_line_length"].description == "length of the first line"
    assert "test.first_line_length" in pack_schema(registry)["$defs"]["selector"]["enum"]
    cable, _ = read_cable((SEEDS / "000_ce69e6524d1a41cb.txt").read_text(encoding="utf-8"), SEED)
    assert [node.value for node in select(cable, "test.first_line_length")] == [len(cable.lines[0])]


class _Shadowing:
    @hookimpl
    def cablelint_selectors(self):
        return [Selector("tags[]", _first_line_length, "not the tags")]


class _NotASelector:
    @hookimpl
    def cablelint_selectors(self):
        return [("test.tuple", _first_line_length, "a tuple")]


@pytest.mark.parametrize(("plugin", "message"), [
    (_Shadowing, "'tags\\[\\]' is provided by both 'cablelint' and 'bad'"),
    (_NotASelector, "expected Selector objects"),
])
def test_a_plugin_selector_that_clashes_or_is_no_selector_is_a_plugin_error(plugin, message):
    pm = make_plugin_manager(entry_points=False)
    pm.register(plugin(), name="bad")
    with pytest.raises(PluginError, match=message):
        collect(pm)
