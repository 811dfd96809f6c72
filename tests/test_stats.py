"""`cablelint stats`: layouts detected, parts found per layout, findings per rule, its JSON schema."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from cables import HEADER, cable
from conftest import CORPUS, ROOT, SEEDS, corpus_files, registry
from test_cli import run
from cablelint.container import LAYOUTS
from cablelint.engine import read_cable
from cablelint.ruleset import build
from cablelint.stats import PARTS, report, table, tally, total

SCHEMA = json.loads((ROOT / "schemas" / "stats.schema.json").read_text(encoding="utf-8"))
CORPUS_DIR = Path(os.environ.get("CABLELINT_CORPUS", CORPUS))

FLAT = ("C O N F I D E N T I A L ANKARA 000348 SIPDIS E.O. 12958: DECL: 01/07/2014 TAGS: PREL, "
        "PGOV, TU SUBJECT: TURKISH P.M. GOES TO WASHINGTON Classified by Ambassador Eric Edelman; "
        "reasons: 1.5 (b,d). "
        + " ".join(f"{n}. (C) Paragraph {n} of the flattened body, long enough to be a real "
                   f"paragraph." for n in
                   range(1, 30)) + " EDELMAN")
#: One small file per layout, written as each container holds a cable.
SYNTHETIC = {
    "web-page": (
        "web.txt",
        ("Reference ID: 07ASTANA604\nCreated: 2007-03-07 05:17\n\n" + cable()).encode(),
    ),
    "html-fragment": (
        "fragment.txt",
        ("<code><pre>" + cable().split("\n\n", 1)[1] + "</pre></code>\n").encode(),
    ),
    "json-record": (
        "record.json",
        json.dumps(
            {"_id": "07ASTANA604", "origin": "Embassy Astana", "body": cable().replace("\n", "  ")}
        ).encode(),
    ),
    "flattened": ("flat.txt", FLAT.encode()),
    # blank lines hold a space
    "pdf-text": ("tika.txt", cable().replace("\n\n", "\n \n").encode()),
    "pdf-extract": (
        "pdf.txt",
        cable(body="¶\n1. (C) First paragraph.\n\n¶\n2. (C) Second.\n\nORDWAY\n").encode(),
    ),
    "plain": ("notes.txt", b"Some notes about a meeting, not a cable.\n"),
}


def test_each_synthetic_layout_is_detected():
    for layout, (name, data) in SYNTHETIC.items():
        text = data.decode().replace("\r\n", "\n")
        assert read_cable(text, name)[0].source.container.layout == layout, name
    assert set(SYNTHETIC) == set(LAYOUTS)


def test_seeds_are_web_page_text_with_their_parts(capsys):
    layouts, errors = tally([str(SEEDS)], build(registry()))
    # Seeds 003 and 004 carry the mirror's metadata block (web-page); the others are the telegram
    # alone.
    assert errors == 0 and list(layouts) == ["web-page", "plain"]
    assert (layouts["web-page"].files, layouts["plain"].files) == (2, 3)
    seeds = total(layouts)
    assert seeds.files == 5
    # Read off the seeds: 003 is a mirror page without transmission header, TAGS or SUBJECT line;
    # only 001 has a REF block; every seed has a banner, E.O., Classified By and numbered
    # paragraphs.
    assert seeds.parts["header"] == seeds.parts["dtg"] == 4
    assert seeds.parts["banner"] == seeds.parts["eo"] == seeds.parts["classified_by"] == 5
    assert seeds.parts["paragraphs"] == 5 and seeds.parts["ref"] == 1


def test_findings_per_rule_are_what_lint_reports_on_the_seeds():
    code, out, _ = run("seeds/", "--format", "json", "--select", "ALL")
    linted = Counter(d["rule_id"] for d in json.loads(out)["diagnostics"])
    files = Counter(rule for rule, _ in {(d["rule_id"], d["path"])
                                         for d in json.loads(out)["diagnostics"]})
    code, out, _ = run("stats", "seeds/", "--format", "json", "--select", "ALL")
    assert code == 0
    counted = json.loads(out)["all"]["findings"]
    assert {rule: entry["findings"] for rule, entry in counted.items()} == linted
    assert {rule: entry["files"] for rule, entry in counted.items()} == files


def test_synthetic_files_per_layout_with_json_included(tmp_path):
    for name, data in SYNTHETIC.values():
        (tmp_path / name).write_bytes(data)
    code, out, err = run("stats", str(tmp_path), "--include", "*.txt", "--include", "*.json",
                         "--format", "json")
    assert code == 0 and err == ""
    document = json.loads(out)
    jsonschema.validate(document, SCHEMA)
    assert list(document["layouts"]) == list(LAYOUTS)
    assert all(entry["files"] == 1 for entry in document["layouts"].values())
    assert document["all"]["files"] == len(SYNTHETIC)
    web = document["layouts"]["web-page"]["parts"]
    assert {key for key, part in web.items() if part["files"]} \
        == {key for key, _, _ in PARTS} - {"ref"}
    assert all(part["share"] == 0.0 for part in document["layouts"]["plain"]["parts"].values())
    # default include: *.txt only
    code, out, _ = run("stats", str(tmp_path), "--format", "json")
    assert "json-record" not in json.loads(out)["layouts"]


def test_text_output_is_a_table_of_parts_and_rules(tmp_path):
    (tmp_path / "a.txt").write_text(cable(), encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEADER + "1. (C) Only paragraph.\n\n3. (C) Then three.\n",
                                    encoding="utf-8")
    code, out, _ = run("stats", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "cablelint stats: 2 files in 1 layout"
    assert lines[2].split()[-2:] == ["plain", "all"]
    rows = {line[:40].strip(): line[40:].split() for line in lines[3:]}
    assert rows["files"] == ["2", "2"]
    assert rows["signature"] == ["50.0%", "50.0%"] and rows["REF"] == ["0.0%", "0.0%"]
    assert rows["CL090 paragraph-sequence"] == ["1/1", "1/1"]


def test_unreadable_path_is_exit_2_and_the_rest_is_counted(tmp_path):
    (tmp_path / "a.txt").write_text(cable(), encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    code, out, err = run("stats", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "json")
    assert code == 2
    assert err.count("cablelint: error:") == 2 and "missing.txt: no such file or directory" in err
    assert "binary.txt: not a text file" in err and "Traceback" not in err
    document = json.loads(out)
    assert document["input_errors"] == 2 and document["all"]["files"] == 1


def test_table_and_report_of_nothing():
    assert report({}, 0)["all"]["files"] == 0
    jsonschema.validate(report({}, 0), SCHEMA)
    assert table({}, {}).startswith("cablelint stats: 0 files in 0 layouts")


def test_stats_needs_a_path():
    code, _, err = run("stats")
    assert code == 2 and "PATH" in err


@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason="../shared/corpus is not present")
def test_corpus_folders_are_detected_as_their_layout():
    """Each corpus folder is one layout (html-extract-early and -2011 are web-page text too, or plain
    text where the page's metadata block was not kept); the detection agrees on at least 97 % of each
    folder's files, on every tenth file."""
    agree: dict[str, Counter] = {}
    for path in corpus_files(CORPUS_DIR)[::10]:
        folder = path.relative_to(CORPUS_DIR).parts[0]
        expected = {"json-body": "flattened"}.get(folder, "web-page"
                                                  if folder.startswith("html-extract") else folder)
        text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        layout = read_cable(text, str(path))[0].source.container.layout
        agree.setdefault(expected, Counter())[layout == expected
                                              or (expected, layout) == ("web-page", "plain")] += 1
    assert set(agree) == set(LAYOUTS) - {"plain"}
    for layout, counts in agree.items():
        assert counts[True] >= 0.97 * sum(counts.values()), (layout, counts)


@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason="../shared/corpus is not present")
def test_corpus_sample_stats_validate():
    files = [str(p) for p in corpus_files(CORPUS_DIR)[::40]]
    layouts, errors = tally(files, build(registry()))
    document = report(layouts, errors)
    jsonschema.validate(document, SCHEMA)
    assert errors == 0 and document["all"]["files"] == len(files)
    assert document["layouts"]["web-page"]["parts"]["banner"]["share"] > 0.95


def test_standard_input_is_one_file():
    code, out, _ = run("stats", "-", "--format", "json", stdin=cable().encode())
    assert code == 0 and json.loads(out)["layouts"]["plain"]["files"] == 1
