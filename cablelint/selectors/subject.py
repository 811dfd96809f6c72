"""Selectors of the SUBJECT line."""

from __future__ import annotations

from ..document import Cable
from ..eras import written_before
from .node import Node, one
from .registry import selector


@selector("subject", "SUBJECT text (or its label alone)")
def _subject(c: Cable) -> list[Node]:
    # a label alone on its line is a SUBJECT whose text is elsewhere (CL061's finding), not none
    return one(c.subject and (c.subject.text or c.subject.label.value),
               c.subject and c.subject.raw.span)


@selector("subject.label_problem", "a SUBJECT label not written `SUBJECT: text`, as written "
                                  "(key: label, label_alone)")
def _subject_label_problem(cable: Cable) -> list[Node]:
    """The SUBJECT label when it is not `SUBJECT:` (key `label`) or stands alone on its line (key
    `label_alone`); `written`: the label as written."""
    subject = cable.subject
    if subject is None:
        return []
    written = subject.label.value
    if written == "SUBJ:" and written_before(cable, "12958"):
        return []    # telegrams used it beside `SUBJECT:` before E.O. 12958 (7575LIBREVILLE1895)
    if written != "SUBJECT:" or subject.label_alone:
        key = "label" if written != "SUBJECT:" else "label_alone"
        return [Node(written, subject.label.span, key=key, facts={"written": written})]
    return []


@selector("subject.run_on", "what ran into the SUBJECT: ref | classified_by | page_break | "
                            "handling")
def _run_on(c: Cable) -> list[Node]:
    return one(c.subject and c.subject.run_on, c.subject and c.subject.raw.span)
