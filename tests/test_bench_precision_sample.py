"""bench/precision_sample.py: reproducible draws, the sheet format, and the tally of filled sheets."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SPEC = importlib.util.spec_from_file_location("precision_sample",
                                              ROOT / "bench" / "precision_sample.py")
tool = importlib.util.module_from_spec(SPEC)
sys.modules[SPEC.name] = tool      # dataclasses look their module up there
SPEC.loader.exec_module(tool)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small corpus: 30 html-extract files, 3 json-records, a manifest with dates from 1970 on."""
    cables = tmp_path / "cables"
    (cables / "html-extract").mkdir(parents=True)
    (cables / "json-record").mkdir()
    rows = ["path\treference_id\tdate\torigin\tclassification\tsource_repo\tsha256"]
    for number in range(30):
        path = f"cables/html-extract/{number:02d}X{number}.txt"
        (tmp_path / path).write_text("UNCLAS\n", encoding="utf-8")
        rows.append(f"{path}\tX{number}\t{1970 + number}-01-02 03:04\tE\tU\tr\tx")
    for number in range(3):
        path = f"cables/json-record/r-{number}.json"
        (tmp_path / path).write_text("{}\n", encoding="utf-8")
        rows.append(f"{path}\t\t{1980 + number}-05-06 07:08\tE\tU\tr\tx")
    (tmp_path / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp_path


def test_same_seed_same_sample_and_another_seed_another(corpus):
    population = tool.candidates(corpus, "html-extract", None)
    first = tool.draw(population, 20261202, 25)
    assert first == tool.draw(list(population), 20261202, 25)
    assert len(set(first)) == 25 and set(first) <= set(population)
    assert tool.draw(population, 1, 25) != first


def test_a_small_layout_is_taken_whole(corpus):
    assert sorted(tool.draw(tool.candidates(corpus, "json-record", None), 7, 25)) == [
        "cables/json-record/r-0.json", "cables/json-record/r-1.json", "cables/json-record/r-2.json"]


def test_era_filter_uses_manifest_dates_across_layouts(corpus):
    before_1975 = tool.candidates(corpus, None, 1975)
    assert before_1975 == [f"cables/html-extract/{n:02d}X{n}.txt" for n in range(5)]
    assert "cables/json-record/r-0.json" in tool.candidates(corpus, None, 1981)
    assert tool.candidates(corpus, "json-record", 1981) == ["cables/json-record/r-0.json"]


def test_unknown_layout_is_a_one_line_error(corpus, capsys):
    assert tool.main(["--corpus", str(corpus), "--layout", "html", "--seed", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("precision_sample: error: unknown layout 'html'") and err.count("\n") == 1


FINDINGS = {
    "cables/html-extract/00X0.txt": [
        {"line": 1, "column": 1, "rule_id": "CL021", "rule_name": "banner-malformed",
         "message": "Banner text before it ('a | b')"},
        {"line": 1, "column": 3, "rule_id": "CL100", "rule_name": "signature-missing",
         "message": "No signature"},
    ],
    "cables/html-extract/01X1.txt": [],
}


def filled(text: str, verdicts: list[str]) -> str:
    """The sheet with the blank verdict and reason cells of its finding rows filled in order."""
    out = []
    for row in text.splitlines():
        if tool.FINDING.match(row) and row.endswith("|  |  |"):
            verdict, _, reason = verdicts.pop(0).partition(" ")
            row = row[: -len("|  |  |")] + f"| {verdict} | {reason} |"
        out.append(row)
    return "\n".join(out)


def test_sheet_lists_findings_with_context_and_reads_back(corpus):
    text = tool.sheet(corpus, "html-extract, seed 1: 2 of 30 files",
                      "python bench/precision_sample.py",
                      "0.1.0", list(FINDINGS), FINDINGS, {})
    assert (
        "| 1.1 | 1:1 | CL021 banner-malformed | Banner text before it ('a \\| b') |  |  |" in text
    )
    assert "> " + "    1 | UNCLAS" in text and "No findings." in text
    tally = tool.Tally()
    tool.parse_sheet(filled(text, ["TP", "debatable the envelope"]), tally, "s")
    assert [row[2:] for row in tally.rows] == [("CL021 banner-malformed", "TP"),
                                               ("CL100 signature-missing", "debatable")]
    assert tally.cables["html-extract"] == 2


SHEET = """# Precision sample: json-body, seed 5: 2 of 9 files

## 1. cables/json-body/A.txt

| # | line:col | rule | message | verdict | reason |
|---|---|---|---|---|---|
| 1.1 | 1:1 | CL100 signature-missing | No signature | FP | signed 'MULFORD' |
| 1.2 | 1:9 | CL052 tag-unknown | TAG 'x \\| y' unknown | tp |  |
| 1.3 | 1:20 | CL052 tag-unknown | TAG 'z' unknown | Debatable: free text |  |
| 1.4 | 1:30 | CL026 page-break-inline | Page break |  |  |

Missed: SIPDIS mid-sentence; TAGS run into SUBJECT

## 2. cables/html-extract/B.txt

No findings.

Missed: none
"""


def test_tally_counts_verdicts_per_rule_layout_and_sample():
    tally = tool.Tally()
    tool.parse_sheet(SHEET, tally, "json-body")
    assert [row[3] for row in tally.rows] == ["FP", "TP", "debatable", "unjudged"]
    assert tally.missed == {"json-body": 2} and tally.cables == {"json-body": 1, "html-extract": 1}
    report = tool.report(tally)
    assert "| CL052 tag-unknown | 1 | 0 | 1 | 0 | 50 % | 100 % |" in report
    assert "| json-body | 1 | 1 | 1 | 1 | 33 % | 50 % | 2 in 1 cables |" in report
    assert "| json-body, seed 5: 2 of 9 files | 1 | 1 | 1 | 1 | 33 % | 50 % |" in report
    assert "| html-extract | 0 | 0 | 0 | 0 | – | – | 0 in 1 cables |" in report


def test_carry_copies_verdicts_of_unchanged_findings_only():
    new = SHEET.replace("| FP | signed 'MULFORD' |", "|  |  |").replace("1:9 |", "1:10 |")
    new = new.replace("| tp |  |", "|  |  |")
    text, carried = tool.carry(new, tool.judged_rows(SHEET))
    assert carried == 1
    assert "| 1.1 | 1:1 | CL100 signature-missing | No signature | FP | signed 'MULFORD' |" in text
    assert "| 1.2 | 1:10 | CL052 tag-unknown | TAG 'x \\| y' unknown |  |  |" in text


CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
def test_the_real_corpus_layouts_are_all_drawable():
    for layout in tool.LAYOUTS:
        assert tool.candidates(CORPUS, layout, None)
    assert 15 <= len(tool.candidates(CORPUS, None, 1995))


def test_end_to_end_sheet_from_the_cli(corpus, tmp_path):
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    shutil.copy(seed, corpus / "cables" / "html-extract" / "00X0.txt")
    out = tmp_path / "sheet.md"
    assert tool.main(["--corpus", str(corpus), "--layout", "html-extract", "--seed", "3", "--n",
                      "2",
                      "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Precision sample: html-extract, seed 3: 2 of 30 files")
    assert "Redraw: `python bench/precision_sample.py --corpus" in text
    tally = tool.Tally()
    tool.parse_sheet(text, tally, "sheet")
    assert tally.cables["html-extract"] == 2


def test_excerpts_count_lines_as_the_linter_does_at_line_feeds_only():
    """A U+2028 inside a line (html-extract/08MEXICO886) neither cuts the line nor hides: the
    linter's line numbers are the sheet's."""
    lines = "¶1. (U) Text\n\u2028\u20282. (U) More \u2028text\n\nEND".split("\n")
    shown = tool.context(lines, 2, 3)
    assert shown[1] == ">     2 | ⏎⏎2. (U) More ⏎text" and shown[3] == "      4 | END"
