"""The sarif format: schema-valid SARIF 2.1.0 that GitHub code scanning accepts, and its line hashes."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import cablelint
from cablelint.diagnostic import Diagnostic, Edit, Fix, Severity
from cablelint.document import Span
from cablelint.reporters import BUILTIN_REPORTERS
from cablelint.reporters.base import Run, Summary
from cablelint.engine import lint_bytes
from cablelint.fingerprint import fingerprints
from cablelint.reporters.sarif import (FINGERPRINT_KEY, SarifReporter, artifact_location,
                                       line_hashes, region)
from cablelint.ruleset import build
from conftest import ROOT, SEEDS, registry

SCHEMA_PATH = Path(__file__).with_name("sarif-schema-2.1.0.json")
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
MASK = (1 << 64) - 1


def cli(*args, stdin: bytes | None = None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "cablelint", *args], input=stdin,
                          capture_output=True, cwd=ROOT,
                          env=env)
    assert "Traceback" not in proc.stderr.decode()
    return proc.returncode, proc.stdout.decode()


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


@pytest.fixture(scope="module")
def log():
    code, out = cli("seeds/", "--format", "sarif")
    assert code == 1
    return json.loads(out)


@pytest.fixture(scope="module")
def run(log):
    return log["runs"][0]


def report(diagnostics_by_path: dict, **options) -> dict:
    """The SARIF log of a reporter driven directly, with the default rules and the given run options."""
    stream = io.StringIO()
    reporter = SarifReporter(stream)
    reporter.start(Run(version=cablelint.__version__, rules=_default_rules(), root=str(ROOT),
                       options=options))
    for path, diagnostics in diagnostics_by_path.items():
        reporter.file(path, diagnostics)
    reporter.finish(Summary(files=len(diagnostics_by_path), diagnostics=0, by_severity={}))
    return json.loads(stream.getvalue())


def _default_rules():
    from cablelint.plugins import collect, make_plugin_manager
    from cablelint.ruleset import build
    return build(collect(make_plugin_manager(entry_points=False))).rules


def diagnostic(path: str = "seeds/003_e01b202fd18136d2.txt", line: int = 75, column: int = 1,
               end_line: int = 75,
               end_column: int = 2, fix: Fix | None = None) -> Diagnostic:
    return Diagnostic("CL090", "paragraph-sequence", Severity.WARNING,
                      "Paragraph 6 where 5 was expected", path,
                      line, column, end_line, end_column, fix)


# --- the vendored schema and validity -------------------------------------------------------------

def test_vendored_schema_is_the_oasis_errata01_file():
    assert hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest() == SCHEMA_SHA256


def test_format_is_registered():
    assert BUILTIN_REPORTERS["sarif"] is SarifReporter


def test_seeds_output_is_valid_sarif(log, validator):
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_log_header_and_exactly_one_run(log):
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1


# --- tool.driver and rules ------------------------------------------------------------------------

def test_driver_has_the_real_version(run):
    driver = run["tool"]["driver"]
    assert driver["name"] == "cablelint"
    assert driver["version"] == driver["semanticVersion"] == cablelint.__version__
    assert driver["informationUri"] == "https://pypi.org/project/cablelint/"


def test_rules_are_every_rule_that_ran_with_required_strings(run):
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in _default_rules()]
    for rule in rules:
        for text in (rule["shortDescription"]["text"], rule["fullDescription"]["text"]):
            assert text.strip() and len(text) <= 1024
        assert rule["help"]["text"].strip()
        assert rule["help"]["markdown"].startswith("## What it does")
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert "cablelint" in rule["properties"]["tags"]


def test_rule_descriptor_of_paragraph_sequence(run):
    rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "CL090")
    assert rule["name"] == "paragraph-sequence"
    assert rule["shortDescription"]["text"] == ("Checks that numbered paragraphs run 1, 2, 3 ... "
                                                "without gaps, repeats or going backwards.")
    assert rule["fullDescription"]["text"].startswith(rule["shortDescription"]["text"])
    assert "## " not in rule["help"]["text"] and "`" not in rule["help"]["text"]
    assert "Why is this bad?" in rule["help"]["text"]
    assert rule["defaultConfiguration"]["level"] == "warning"
    assert rule["properties"]["tags"] == ["paragraphs", "cablelint"]


def test_short_description_does_not_stop_at_abbreviations(run):
    short = {r["id"]: r["shortDescription"]["text"] for r in run["tool"]["driver"]["rules"]}
    assert short["CL040"] == "Reports a cable without an E.O. line."
    assert short["CL094"].endswith("e.g. an (S) paragraph in a CONFIDENTIAL cable.")


def test_info_rules_default_to_note(run):
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in run["tool"]["driver"]["rules"]}
    assert (levels["CL091"], levels["CL090"], levels["CL096"]) == ("error", "warning", "note")


# --- run properties -------------------------------------------------------------------------------

def test_run_has_column_kind_and_srcroot(run):
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": ROOT.resolve().as_uri() + "/"}}
    assert "automationDetails" not in run


def test_automation_details_id_from_the_run_options(validator):
    log = report({"seeds/003_e01b202fd18136d2.txt": [diagnostic()]},
                 sarif_category="cablelint/archive")
    assert log["runs"][0]["automationDetails"] == {"id": "cablelint/archive"}
    validator.validate(log)


def test_sarif_category_option_of_the_cli():
    _, out = cli("seeds/004_46ae71a77918f1c9.txt", "--format", "sarif", "--sarif-category",
                 "cablelint/seeds")
    assert json.loads(out)["runs"][0]["automationDetails"] == {"id": "cablelint/seeds"}


# --- results --------------------------------------------------------------------------------------

def test_results_match_the_json_report(run):
    _, out = cli("seeds/", "--format", "json")
    expected = json.loads(out)["diagnostics"]
    assert len(run["results"]) == len(expected) > 0
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for result, d in zip(run["results"], expected):
        region_ = result["locations"][0]["physicalLocation"]["region"]
        assert (result["ruleId"], result["level"], result["message"]["text"]) == (
            d["rule_id"], levels[d["severity"]], d["message"])
        assert region_ == {"startLine": d["line"], "startColumn": d["column"],
                           "endLine": d["end_line"], "endColumn": d["end_column"]}


def test_results_meet_githubs_constraints(run):
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"].strip()
        assert len(result["locations"]) == 1
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert uri.startswith("seeds/") and not uri.startswith(("./", "/")) and "\\" not in uri
        assert all(value >= 1 for value in location["region"].values())


def test_fingerprints_are_the_line_hashes_of_the_start_line(run):
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        text = (ROOT / location["artifactLocation"]["uri"]).read_bytes().decode("utf-8")
        expected = line_hashes(text)[location["region"]["startLine"]]
        assert result["partialFingerprints"]["primaryLocationLineHash"] == expected
        assert set(result["partialFingerprints"]) == {"primaryLocationLineHash", FINGERPRINT_KEY}


def test_cablelint_fingerprint_is_the_baselines(run):
    """partialFingerprints carries the fingerprint baselines key findings by (one function for both)."""
    by_file: dict = {}
    for result in run["results"]:
        by_file.setdefault(
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], []
        ).append(result)
    for uri, results in by_file.items():
        found = lint_bytes((ROOT / uri).read_bytes(), uri, build(registry()))
        assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in results] == \
            fingerprints(found, (ROOT / uri).read_text(encoding="utf-8"))


def test_stdin_results_are_fingerprinted_from_the_text_that_was_linted(validator):
    data = (SEEDS / "003_e01b202fd18136d2.txt").read_bytes()
    _, out = cli("-", "--format", "sarif", "--stdin-filename", "elsewhere/pasted.txt", stdin=data)
    log = json.loads(out)
    validator.validate(log)
    results = log["runs"][0]["results"]
    hashes = line_hashes(data.decode("utf-8"))
    assert results and all(r["partialFingerprints"]["primaryLocationLineHash"]
                           == hashes[r["locations"][0]["physicalLocation"]["region"]["startLine"]]
                           for r in results)


def test_clean_run_is_valid_with_no_results(tmp_path, validator):
    from cables import BODY, HEADER
    clean = tmp_path / "clean.txt"
    clean.write_text(HEADER + BODY, encoding="utf-8")
    code, out = cli(str(clean), "--format", "sarif")
    log = json.loads(out)
    assert code == 0 and log["runs"][0]["results"] == []
    validator.validate(log)


def test_fix_becomes_a_sarif_fix(validator):
    fix = Fix("Renumber the paragraph", (Edit(Span(75, 1, 75, 2), "5"),), safe=False)
    log = report({"seeds/003_e01b202fd18136d2.txt": [diagnostic(fix=fix)]})
    validator.validate(log)
    assert log["runs"][0]["results"][0]["fixes"] == [{
        "description": {"text": "Renumber the paragraph"},
        "artifactChanges": [{
            "artifactLocation": {"uri": "seeds/003_e01b202fd18136d2.txt", "uriBaseId": "%SRCROOT%"},
            "replacements": [{"deletedRegion": {"startLine": 75, "startColumn": 1, "endLine": 75,
                                                "endColumn": 2},
                              "insertedContent": {"text": "5"}}]}],
        "properties": {"safe": False}}]


def test_unknown_rule_has_no_rule_index(validator):
    other = Diagnostic("XP001", "plugin-rule", Severity.INFO, "from a plugin",
                       "seeds/004_46ae71a77918f1c9.txt",
                       1, 1, 1, 2)
    log = report({other.path: [other]})
    validator.validate(log)
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "XP001" and "ruleIndex" not in result and result["level"] == "note"


# --- regions and URIs -----------------------------------------------------------------------------

@pytest.mark.parametrize("given, expected", [
    ((3, 4, 3, 9), (3, 4, 3, 9)),
    ((3, 0, 3, 0), (3, 1, 3, 1)),           # no 0 columns
    ((0, 0, 0, 0), (1, 1, 1, 1)),
    ((5, 7, 5, 2), (5, 7, 5, 7)),           # end before start on one line
    ((5, 7, 4, 9), (5, 7, 5, 9)),           # end line before start line
    ((5, 7, 6, 0), (5, 7, 6, 1)),
])
def test_region_is_one_based_and_clamped(given, expected):
    assert tuple(region(*given).values()) == expected


def test_artifact_uri_is_relative_percent_encoded_without_dot_slash(tmp_path):
    (tmp_path / "dir one").mkdir()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert artifact_location("./dir one/a%b é.txt", str(tmp_path)) == {
            "uri": "dir%20one/a%25b%20%C3%A9.txt", "uriBaseId": "%SRCROOT%"}
        assert artifact_location(str(tmp_path / "x.txt"), str(tmp_path))["uri"] == "x.txt"
        outside = artifact_location("x.txt", str(tmp_path / "dir one"))
        assert outside == {"uri": (tmp_path / "x.txt").resolve().as_uri()}
    finally:
        os.chdir(cwd)


# --- primaryLocationLineHash ----------------------------------------------------------------------

def by_hand(units: list[int]) -> str:
    """The hash of a line from its first units, straight from the definition: sum(u[k] * 37**(99-k)) mod 2**64."""
    return format(sum(u * 37 ** (99 - k) for k, u in enumerate(units)) & MASK, "x")


def test_line_hash_derived_by_hand():
    # "ab\n c": spaces are skipped, EOF (65535) is appended; line 2 starts at "c".
    hashes = line_hashes("ab\n c")
    assert hashes == {1: by_hand([97, 98, 10, 99, 65535]) + ":1", 2: by_hand([99, 65535]) + ":1"}


def test_line_hash_uses_utf16_code_units():
    assert line_hashes("😀") == {1: by_hand([0xD83D, 0xDE00, 65535]) + ":1"}
    assert line_hashes("¶") == {1: by_hand([0xB6, 65535]) + ":1"}


def test_line_hash_reads_only_100_units_and_ignores_spaces_and_tabs():
    assert (
        line_hashes("x" * 100 + "A")[1]
        == line_hashes("x" * 100 + "B")[1]
        == by_hand([ord("x")] * 100) + ":1"
    )
    assert line_hashes("x" * 99 + "A")[1] != line_hashes("x" * 99 + "B")[1]
    assert line_hashes("a b\tc\n") == line_hashes("abc\n")


def test_line_hash_counts_equal_hashes():
    # Lines 1-11 of "x\n" * 60 all see (x, LF) * 50 in their window; line 12's window reaches the
    # EOF unit.
    hashes = line_hashes("x\n" * 60)
    same = by_hand([ord("x"), 10] * 50)
    assert [hashes[n] for n in range(1, 12)] == [f"{same}:{n}" for n in range(1, 12)]
    assert not hashes[12].startswith(same)
    assert line_hashes("\n")[2] == line_hashes("")[1] == "c129715d7a2bc9a3:1"


# Published vectors: github/codeql-action src/fingerprints.test.ts ('hash' test).
GREETINGS = ["e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
             "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1"]


@pytest.mark.parametrize("text, expected", [
    ("", ["c129715d7a2bc9a3:1"]),
    (" a\nb\n  \t\tc\n d", ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1",
                            "a23a3dc5e078b07b:1"]),
    (" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End",
     ["8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1",
      "b86d3392aea1be30:1", "e6ceba753e1a442:1"]),
    (" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n", GREETINGS),
    (" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r", GREETINGS),
    (" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", GREETINGS),
    (" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n", GREETINGS),
    ("Lorem ipsum dolor sit amet.\n" * 10,
     ["a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4",
      "a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1",
      "55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"]),
])
def test_line_hash_matches_codeql_action_vectors(text, expected):
    assert line_hashes(text) == dict(enumerate(expected, start=1))
