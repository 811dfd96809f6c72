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


@selector("subject.label_problem", "a SUBJECT label not written `SUBJECT: text`")
def _subject_label_problem(cable: Cable) -> list[Node]:
    subject = cable.subject
    if subject is None:
        return []
    if subject.label.value == "SUBJ:" and written_before(cable, "12958"):
        return []       # a label telegrams used beside `SUBJECT:` before E.O. 12958 (7575LIBREVILLE1895)
    if subject.label.value != "SUBJECT:":
        return [Node(f"written '{subject.label.value}'; expected 'SUBJECT:'", subject.label.span)]
    if subject.label_alone:
        return [Node("alone on its line; the subject text should follow it", subject.label.span)]
    return []


@selector("subject.run_on", "what ran into the SUBJECT")
def _run_on(c: Cable) -> list[Node]:
    return one(c.subject and c.subject.run_on, c.subject and c.subject.raw.span)
