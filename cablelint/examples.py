"""The cable a rule's `examples:` are written against, and how an example becomes a cable text.

An example in a pack is a mapping. With `text:` it is a whole cable, used as written. Otherwise each
key names a part of FRAME, a clean CONFIDENTIAL cable of 2007, and its value replaces that part (one
or more lines; an empty string removes it); `before:` and `after:` add text above and below the
frame (a mirror's metadata block, export junk). `path:` names the file (default `cable.txt`),
`encoding:` the encoding its bytes are written in (default UTF-8). `also_run:` names other rules
(space-separated ids) that run beside the rule, for a rule that judges their findings (CL137);
only the rule's own findings count. `at:` (bad examples only) is where the rule reports: every
finding points at text that starts with it.
"""

from __future__ import annotations

#: The parts of the frame in order, grouped by the blank lines that separate them, with their text.
FRAME: tuple[tuple[tuple[str, str], ...], ...] = (
    (("vzczc", "VZCZCXRO7837"), ("precedence", "PP RUEHDBU"), ("de", "DE RUEHTA #0604/01 0660517"),
     ("zny", "ZNY CCCCC ZZH"), ("dtg", "P 070517Z MAR 07"), ("fm", "FM AMEMBASSY ASTANA"),
     ("to", "TO RUEHC/SECSTATE WASHDC PRIORITY 8683")),
    (("banner", "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604"),),
    (("captions", "SIPDIS"),),
    (("eo", "E.O. 12958: DECL: 03/06/2017"), ("tags", "TAGS: PGOV PREL KZ"),
     ("subject", "SUBJECT: A SUBJECT")),
    (("classified_by", "Classified By: Ambassador John Ordway; Reasons 1.4 (b) and (d)."),),
    (("body", "1. (C) First paragraph.\n\n2. (C) Second paragraph."),),
    (("signature", "ORDWAY"),),
)
#: The names an example may give: the frame's parts, and the keys that are not parts.
PARTS = tuple(name for group in FRAME for name, _ in group)
KEYS = ("text", "path", "encoding", "also_run", "before", "after", "at")
DEFAULT_PATH = "cable.txt"
#: How `cablelint rule` names the keys that are not parts of the cable, where the key alone is
#: terse.
_LABELS = {"at": "reported at"}


def example_text(example: dict) -> str:
    """The cable text of one example: its `text`, or the frame with the example's parts in place."""
    if "text" in example:
        return example["text"]
    groups = []
    for group in FRAME:
        lines = [_part(example.get(name, default)) for name, default in group]
        lines = [line for line in lines if line]
        if lines:
            groups.append("\n".join(lines))
    return example.get("before", "") + "\n\n".join(groups) + "\n" + example.get("after", "")


def example_bytes(example: dict) -> bytes:
    """The example's file content: its text in its encoding."""
    return example_text(example).encode(example.get("encoding", "utf-8"))


def example_path(example: dict) -> str:
    """The file name the example is linted under."""
    return example.get("path", DEFAULT_PATH)


def example_summary(example: dict) -> str:
    """The example as `cablelint rule` shows it: the parts it changes (or its whole text)."""
    if "text" in example:
        return example["text"].rstrip("\n")
    shown = [
        (key, _part(example[key]))
        for key in ("before", *PARTS, "after", "path", "encoding", "also_run", "at")
        if key in example
    ]
    return "\n".join(
        (
            f"{_LABELS.get(key, key)}: {value or '(removed)'}"
            if "\n" not in value
            else f"{key}:\n" + "\n".join(f"  {line}" if line else "" for line in value.split("\n"))
        )
        for key, value in shown
    )


def flagged_text(example: dict, line: int, column: int) -> str:
    """The example's text from a finding's line and column to the end of that line."""
    return example_text(example).split("\n")[line - 1][column - 1:]


def _part(value: str) -> str:
    """A part's lines; a YAML block scalar's final line end is not part of the line."""
    return value[:-1] if value.endswith("\n") else value
