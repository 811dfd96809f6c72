"""The one builder of cable texts for tests: the standard CONFIDENTIAL cable of 2007 (`HEADER` +
`BODY`, clean under every rule) with named parts replaced, removed or added.

    cable()                                   the standard cable
    cable(tags="TAGS: PGOV, PREL, KZ")        its TAGS line replaced (a value may span lines)
    cable(subject=None)                       its SUBJECT line removed
    cable(ref="REF: STATE 12345")             a REF block added below the SUBJECT
    cable(body=body("1. (C) Only one."))      another body under the standard header
    cable(body=between_paragraphs(block))     a block between the two paragraphs
    header_with(tags="TAGS: KPAO BR")         the header alone, from the banner on, a part replaced
    replaced(EO, "E.O. 12958: N/A", text)     any other change, to the standard cable or `text`
    mirror(title="OTHER")                     a web mirror's metadata block above the cable
"""

from __future__ import annotations

from cablelint.examples import FRAME

#: Each part of the standard header, by name, as the standard cable writes it (one line each): the
#: text of the frame that rule examples are written against (`cablelint.examples.FRAME`), so the
#: standard cable is defined once; the tests' names for the header lines are the longer ones.
_FRAME = {name: text for group in FRAME for name, text in group}
_FRAME_NAMES = {"transmission_id": "vzczc", "routing": "precedence", "security": "zny",
                "originator": "fm", "action": "to"}
PARTS = {name: _FRAME[_FRAME_NAMES.get(name, name)]
         for name in ("transmission_id", "routing", "de", "security", "dtg", "originator", "action",
                      "banner", "captions", "eo", "tags", "subject", "classified_by")}
DE, SECURITY, DTG = PARTS["de"], PARTS["security"], PARTS["dtg"]
BANNER, CAPTIONS, EO, TAGS = PARTS["banner"], PARTS["captions"], PARTS["eo"], PARTS["tags"]
SUBJECT, CLASSIFIED_BY = PARTS["subject"], PARTS["classified_by"]
#: The transmission header (lines 1-7), the banner (9), SIPDIS (11), E.O. (13), TAGS (14),
#: SUBJECT (15) and Classified By (17), each block followed by a blank line.
HEADER = ("\n".join(PARTS[name] for name in ("transmission_id", "routing", "de", "security", "dtg",
                                             "originator", "action"))
          + f"\n\n{BANNER}\n\n{CAPTIONS}\n\n{EO}\n{TAGS}\n{SUBJECT}\n\n{CLASSIFIED_BY}\n\n")
#: The standard header from the banner on: a cable without its transmission header, which starts
#: with the banner on line 1.
BELOW_HEADER = HEADER[HEADER.index(BANNER):]
#: The two paragraphs of the standard body (lines 19 and 21).
PARAGRAPHS = tuple(_FRAME["body"].split("\n\n"))
#: The standard header as UNCLASSIFIED: ZNR UUUUU, the UNCLAS banner, E.O. N/A, no Classified By.
UNCLAS_HEADER = (HEADER.replace(SECURITY, "ZNR UUUUU ZZH")
                 .replace("C O N F I D E N T I A L SECTION", "UNCLAS SECTION")
                 .replace("DECL: 03/06/2017", "N/A")
                 .replace(CLASSIFIED_BY + "\n\n", ""))
#: pdf-extract/00DAMASCUS3013: the PDF text stops after the addressees; no banner, no body.
HEADER_ALONE = ("O 131830Z JUN 00\nFM AMEMBASSY DAMASCUS\nTO SECSTATE WASHDC IMMEDIATE 1438\n"
                "INFO ARAB ISRAELI COLLECTIVE IMMEDIATE\nAMEMBASSY NICOSIA \nAMEMBASSY ANKARA\n")
#: The mirror's notice above a partial extract.
NOTICE = ("This record is a partial extract of the original cable. The full text of the original "
          "cable is not available.\n")


def body(*paragraphs: str, signature: str = _FRAME["signature"]) -> str:
    """A body: the paragraphs (or other blocks) with a blank line between them, then the
    signature."""
    return "".join(f"{paragraph}\n\n" for paragraph in paragraphs) + f"{signature}\n"


BODY = body(*PARAGRAPHS)


def between_paragraphs(*blocks: str) -> str:
    """The standard body with blocks (a page break, a repeated banner) between its two paragraphs;
    the first block stands on line 21 of the cable."""
    return body(PARAGRAPHS[0], *blocks, PARAGRAPHS[1])


def cable(header: str = HEADER, body: str = BODY, ref: str | None = None,
          **parts: str | None) -> str:
    """`header` (the standard one) with each named part (a key of PARTS) written as given, or its
    line removed when given None, and a `ref` block below the SUBJECT after a blank line; then
    `body`."""
    if ref is not None:
        header = replaced(SUBJECT + "\n", f"{SUBJECT}\n\n{ref}\n", header)
    for name, value in parts.items():
        if name not in PARTS:
            raise TypeError(f"cable() knows no part {name!r}; parts: {', '.join(PARTS)}")
        header = replaced(PARTS[name] + "\n", "" if value is None else value + "\n", header)
    return header + body


def header_with(**parts: str | None) -> str:
    """The standard header from the banner on (`BELOW_HEADER`, no body) with the named parts
    written as given (as `cable` does)."""
    return cable(BELOW_HEADER, "", **parts)


#: The standard cable with paragraph 2 missing: its one finding is CL090, at `3.` on line 21.
GAP = cable(body=body("1. (C) One.", "3. (C) Three."))


def replaced(old: str, new: str, text: str | None = None) -> str:
    """`text` (the standard cable) with `old`, which must occur in it, replaced by `new`."""
    text = HEADER + BODY if text is None else text
    assert old in text, f"{old!r} is not in the text"
    return text.replace(old, new)


def dated(dtg: str, text: str | None = None) -> str:
    """`text` (the standard cable) with its DTG, and so its date, changed."""
    return replaced(DTG, dtg, text)


#: Lines of a mirror's metadata block (seed 004's): labels (1-4), values (5-8), `Cable title:` (9),
#: blank, `Tags:` (11).
META_LINES = 11


def metadata(identifier: str = "07ASTANA604", created: str = "2007-03-07 05:17:00",
             classification: str = "CONFIDENTIAL", title: str = "A SUBJECT") -> str:
    """The block a text mirror puts above the telegram; defaults agree with HEADER."""
    return ("Identifier\nCreated\nClassification\nOrigin\n"
            f"{identifier}\n{created}\n{classification}\nEmbassy Astana\n"
            f"Cable title:  {title}\n\nTags:  PGOV PREL KZ\n")


def mirror(header: str = HEADER, body: str = BODY, **meta: str) -> str:
    """The metadata block, then the cable; the banner of HEADER is on line META_LINES + 9 = 20."""
    return metadata(**meta) + header + body
