"""Source encoding rule (CL134): a file that is not valid UTF-8."""

import json

import pytest

from cablelint.engine import lint_bytes, read_cable
from cablelint.selectors import select
from cablelint.ruleset import build
from cables import BODY, HEADER
from conftest import registry

PILCROW_BODY = "¶1. (C) First paragraph.\n\n¶2. (C) Second paragraph.\n\nORDWAY\n"


def lint_file(data: bytes, select: list[str]):
    ruleset = build(registry(), select=select)
    return [(d.line, d.column, d.rule_id, d.message)
            for d in lint_bytes(data, "cable.txt", ruleset)]


@pytest.mark.parametrize("data, encoding", [
    ((HEADER + PILCROW_BODY).encode("cp1252"), "cp1252"),                        # ¶ as byte 0xB6
    # curly quotes 0x93/0x94
    ((HEADER + "1. (C) The “reform” plan.\n").encode("cp1252"), "cp1252"),
    # 0x81 is not cp1252 either
    (b"\x81" + (HEADER + BODY).encode("ascii"), "latin-1"),
])
def test_cl134_not_utf8(data, encoding):
    assert lint_file(data, ["CL134"]) == [(1, 1, "CL134",
                                           f"File is not valid UTF-8; it was read as {encoding}")]


@pytest.mark.parametrize("data", [
    (HEADER + PILCROW_BODY).encode("utf-8"),
    b"\xef\xbb\xbf" + (HEADER + PILCROW_BODY).encode("utf-8"),                   # UTF-8 with a BOM
    (HEADER + PILCROW_BODY).encode("utf-8").replace(b"\n", b"\r\n"),              # CRLF line ends
    (HEADER + BODY).encode("ascii"),
])
def test_cl134_utf8(data):
    assert lint_file(data, ["CL134"]) == []


def test_cl134_pilcrow_byte_is_read_as_pilcrow():
    """The cp1252 fallback keeps the other rules working: byte 0xB6 becomes a ¶ paragraph marker."""
    data = (HEADER + "¶1. (C) First paragraph.\n\n¶2. Second paragraph.\n").encode("cp1252")
    assert b"\xb6" in data
    ruleset = build(registry(), select=["CL093", "CL134"])
    found = [(d.line, d.column, d.rule_id, d.message)
             for d in lint_bytes(data, "cable.txt", ruleset)]
    assert found == [
        (1, 1, "CL134", "File is not valid UTF-8; it was read as cp1252"),
        (21, 1, "CL093", "Paragraph ¶2. of a classified cable has no portion mark such as (C) or "
                         "(U)"),
    ]


def test_cl134_utf16_with_a_byte_order_mark_is_read():
    data = (HEADER + BODY).encode("utf-16")
    assert lint_file(data, ["CL134", "CL020"]) == [
        (1, 1, "CL134", "File is not valid UTF-8; it was read as utf-16")
    ]


CL135_MESSAGE = ("No cable text in the file (empty, white space, or a web page snippet without a "
                 "cable): nothing to check")


@pytest.mark.parametrize("data", [b"", b"\n\n\n", b"  \r\n\t\n"])
def test_cl135_empty_file_is_one_finding(data):
    assert lint_file(data, ["ALL"]) == [(1, 1, "CL135", CL135_MESSAGE)]


def test_cl135_page_snippet_without_a_cable():
    # html-fragment/10ABUDHABI103.txt: the whole file (the site's "Appears in these articles" box)
    found = lint_file(b"Appears in these articles:<br />\n", ["ALL"])
    assert [f[2:] for f in found] == [("CL135", CL135_MESSAGE)]


def test_cl135_cable_with_text():
    assert lint_file((HEADER + BODY).encode("utf-8"), ["CL135"]) == []


HTML_FRAGMENT = ("<code><pre>C O N F I D E N T I A L SECTION 01 OF 02 PARIS 011204 \n\nE.O. 12958: "
                 "DECL: 10/15/2011 \nTAGS: <a href='/tag/AF_0.html'>AF</a> <a "
                 "href='/tag/PREL_0.html'>PREL</a>\nSUBJECT: FRENCH VIEWS OF AFGHANISTAN'S "
                 "POLITICAL FUTURE \n\n<a id='par1' href='#par1'>¶</a>1. (C) WE DELIVERED REFTEL "
                 "POINTS. \n\n\nLEACH</pre></code>")


def test_cl136_names_the_container_once():
    """html-fragment/01PARIS... (cut): one finding for the container, none for the banner or signature."""
    found = lint_file(HTML_FRAGMENT.encode("utf-8"), ["CL136", "CL021", "CL100"])
    assert found == [(1, 12, "CL136",
                      "The cable was taken out of a container (html-fragment: removed 4 HTML tags; "
                      "unwrapped 1 paragraph anchors and 2 TAG links (kept as traces); decoded 0 "
                      "entities); findings point into the original file")]


def test_cl136_words_each_step_the_source_layer_recorded():
    """The container records its steps as codes and values (`source.container`); CL136's YAML
    words each one, in the order taken."""
    record = json.dumps({"origin": "Embassy Paris", "classification": "CONFIDENTIAL",
                         "body": HEADER + BODY})
    parsed, _ = read_cable(record, "cable.json")
    [node] = select(parsed, "source.container")
    assert node.value == "json-record"
    assert [(step.code, dict(step.facts)) for step in node.facts["steps"]] == [
        ("json_object", {}),
        ("json_metadata", {"key": "classification", "label": "Classification"}),
        ("json_metadata", {"key": "origin", "label": "Origin"}), ("json_body", {"key": "body"})]
    assert [f[3] for f in lint_file(record.encode("utf-8"), ["CL136"])] == [
        "The cable was taken out of a container (json-record: read a JSON object; 'classification'"
        " as the mirror's Classification; 'origin' as the mirror's Origin; 'body' decoded as the"
        " cable text); findings point into the original file"]


def test_cl136_plain_cable_is_not_a_container():
    assert lint_file((HEADER + BODY).encode("utf-8"), ["CL136"]) == []
