"""form: a part measured against its standard writing; the rule's params word each deviation.

The parser records what it saw (the DTG's fields, what stands around the banner, how the reason of
the Classified By line is written, where summary markers stand alone); this kind decides what
deviates, and the rule's `deviations` say it in words. For the parts a selector already finds
(a SUBJECT label, run-ons, split sentences, damaged portion marks, a swallowed reference id), the
selector's nodes are the deviations: each node's key names it and its facts fill its wording (a
container's steps are the deviations of its one node).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..diagnostic import Diagnostic, Edit
from ..document import Cable, Span
from ..parsing.envelope import MONTHS
from ..parsing.lines import WS
from ..selectors import select
from .base import CheckKind, message_template, worded, wordings

#: The spellings of each banner classification that are no damage (cable-format.md 3).
CANONICAL_BANNER = {
    "UNCLASSIFIED": ("UNCLAS", "UNCLASSIFIED", "U N C L A S"),
    "LIMITED OFFICIAL USE": ("LIMITED OFFICIAL USE", "L I M I T E D  O F F I C I A L  U S E"),
    "CONFIDENTIAL": ("C O N F I D E N T I A L",),
    "SECRET": ("S E C R E T",), "TOP SECRET": ("T O P S E C R E T",)}


def dtg_deviations(cable: Cable):
    """The DTG's one deviation from `P DDHHMMZ MON YY` (the first that applies), with its values."""
    dtg = cable.header.dtg if cable.header is not None else None
    if dtg is None:
        return []
    if dtg.prosigns is None:
        found = ("form", {})
    elif dtg.month not in MONTHS:
        found = ("month", {"month": dtg.month})
    elif len(dtg.written_year) not in (2, 4):
        found = ("year", {"written_year": dtg.written_year})
    elif dtg.hour > 23 or dtg.minute > 59:
        found = ("time", {"time": f"{dtg.hour:02d}{dtg.minute:02d}"})
    elif dtg.when is None:
        found = ("date", {"day": f"{dtg.day:02d}", "month": dtg.month, "year": dtg.year})
    else:
        return []
    return [(dtg.raw.value, dtg.raw.span, [found])]


#: How much of the text before a banner a message quotes.
QUOTED_BEFORE = 30


def clipped_from_word(text: str, limit: int = QUOTED_BEFORE) -> str:
    """The end of `text` in at most `limit` characters, cut at a word's start and marked `…` when
    cut (`'…WASHINGTON DC PRIORITY'`, not `'REASURY WASHINGTON DC PRIORITY'`)."""
    if len(text) <= limit:
        return text
    end = text[-limit:]
    if not text[-limit - 1].isspace():      # cut inside a word: start at the next one
        space = re.search(r"\s", end)
        end = end[space.start():] if space else end
    return "…" + end.lstrip()


def banner_deviations(cable: Cable):
    """Every spelling damage of the banner: text before it, its classification's spelling, white
    space before it and between its words, words not in capitals."""
    banner = cable.banner
    if banner is None:
        return []
    found, written = [], banner.written
    if banner.before.strip(WS):
        found.append(("text_before", {"before": clipped_from_word(banner.before.strip(WS))}))
    if written not in CANONICAL_BANNER[banner.marking]:
        if written.upper() != written:
            found.append(("not_capitals", {"written": written}))
        elif written[:2] in ("CC", "SS"):
            found.append(("doubled_letter", {"written": written}))
        else:
            canonical = CANONICAL_BANNER[banner.marking][0]
            # the whole word (`CONFIDENTIAL SAO PAULO 000653`) is a form, not a misspelling
            kind = "unspaced" if written == canonical.replace(" ", "") else "misspelt"
            found.append((kind, {"written": written, "canonical": canonical}))
    if "\t" in banner.lead or "\u00a0" in banner.lead:
        found.append(("tab_before", {}))
    elif banner.lead and not banner.before:
        found.append(("space_before", {}))
    if "  " in banner.words or "\t" in banner.words:
        found.append(("spacing", {}))
    if written.isupper() and banner.words.upper() != banner.words:
        found.append(("words_case", {}))
    return [(banner.raw.value, banner.raw.span, found)]


def banner_rewritten(cable: Cable) -> Edit | None:
    """The banner written in its standard form: the classification spelled as the telegram spells
    it, capitals, one space between words, nothing before it on its line; None when text stands
    before it (which line that text belongs to is not known)."""
    banner = cable.banner
    if banner is None or banner.before.strip(WS):
        return None
    spellings = CANONICAL_BANNER[banner.marking]
    written = banner.written.upper() if banner.written.upper() in spellings else spellings[0]
    words = " ".join(banner.words.split()).upper()
    span = banner.raw.span
    return Edit(Span(span.line, len(banner.before) + 1, span.end_line, span.end_column),
                f"{written} {words}")


def classified_by_deviations(cable: Cable):
    """How the reason departs from `Reason(s) 1.4 (x) and (y).`: section, word, closing period."""
    cb = cable.classified_by
    if cb is None or cb.section is None:
        return []
    found, section = [], cb.section.value
    if "." not in section:
        found.append(("section_dot", {"section": section, "expected": f"1.{section[-1]}"}))
    elif section.endswith("."):
        found.append(("section_period", {"section": section}))
    if not cb.reason_word:
        found.append(("reason_word", {}))
    if cb.after_reason == "" and not cb.raw.value.rstrip(WS).endswith("."):
        found.append(("closing_period", {}))
    return [(cb.raw.value, cb.letters_span or cb.raw.span, found)]


def summary_deviations(cable: Cable):
    """An `END SUMMARY` that closes no summary (`unlabelled_first`: it closes paragraph 1, a
    summary its drafter did not label, json-body/07IRANRPODUBAI27), and each paragraph ending in
    `End` alone."""
    unopened = [cable.unopened_end_summary] if cable.unopened_end_summary is not None else []
    return [(t.value, t.span, [(_unopened_kind(cable, t.span), {})]) for t in unopened] + \
        [(t.value, t.span, [("lone_end", {})]) for t in cable.lone_ends]


def _unopened_kind(cable: Cable, span) -> str:
    first = next((p for p in cable.paragraphs if not (p.nested or p.quoted)), None)
    inside = first is not None and first.number == 1 and \
        (first.span.line, first.span.column) <= (span.line, span.column) \
        <= (first.span.end_line, first.span.end_column)
    return "unlabelled_first" if inside else "unopened_end"


def selector_deviations(name: str):
    """The deviations of the selector `name`: one per node, the node's key the deviation, its facts
    the deviation's values."""
    def deviations(cable: Cable):
        return [(node.value, node.span, [(node.key, node.facts or {})])
                for node in select(cable, name)]
    deviations.selector = name
    return deviations


def container_steps(cable: Cable):
    """What the source layer did to take the cable out of its container: one deviation per step,
    the step's code and values (`source.container`)."""
    return [(node.value, node.span, [(step.code, step.facts) for step in node.facts["steps"]])
            for node in select(cable, "source.container")]


container_steps.selector = "source.container"


#: part -> (what finds its deviations, each deviation it may find and the placeholders it fills)
PARTS = {
    "dtg": (dtg_deviations, {"form": (), "month": ("month",), "year": ("written_year",),
                             "time": ("time",), "date": ("day", "month", "year")}),
    "banner": (banner_deviations, {"text_before": ("before",), "not_capitals": ("written",),
                                   "doubled_letter": ("written",),
                                   "misspelt": ("written", "canonical"),
                                   "unspaced": ("written", "canonical"), "tab_before": (),
                                   "space_before": (), "spacing": (), "words_case": ()}),
    "classified_by": (classified_by_deviations, {"section_dot": ("section", "expected"),
                                                 "section_period": ("section",),
                                                 "reason_word": (), "closing_period": ()}),
    "summary": (summary_deviations, {"unopened_end": (), "unlabelled_first": (), "lone_end": ()}),
    "subject_label": (selector_deviations("subject.label_problem"),
                      {"label": ("written",), "label_alone": ("written",)}),
    "run_ons": (selector_deviations("run_ons[]"),
                {"banner_eo": (), "captions_eo": (), "pass_line_eo": (), "eo_tags": (),
                 "subject_ref": ("label",),
                 "subject_classified_by": (),
                 "subject_page_break": (),
                 "refs_classified_by": (), "classified_by_text": (), "subject_handling": (),
                 "refs_handling": (), "refs_text": ()}),
    "splits": (selector_deviations("splits[]"),
               {"split": ("before",), "subject": ("before",),
                "double_spaced": ("before", "more")}),
    "portion_marks": (selector_deviations("paragraphs.damaged_marks"),
                      {"damaged": ("mark", "marker"), "damaged_and_one": ("mark", "marker"),
                       "damaged_and_more": ("mark", "marker", "others")}),
    "reference_id": (selector_deviations("reference_id.malformed"),
                     {"swallowed": ("written", "canonical")}),
    "container": (container_steps,
                  {"no_pre": (), "html_tags": ("count",), "html_links": ("anchors", "tag_links"),
                   "html_entities": ("count",), "relined": ("count",), "json_object": (),
                   "json_metadata": ("key", "label"), "json_header": ("count",),
                   "json_body": ("key",), "pdf_pilcrows": ("count",), "pdf_tags": ("count",),
                   "pdf_furniture": ("count",), "despaced_banner": ("count",),
                   "text_as_read": (), "date_line_break": (), "line_separators": ("count",),
                   "annotations": ("count", "spaces"), "annotation_lines": ("count",)}),
}
#: part -> what writes it in its standard form (the parts a fix can mend)
REWRITES = {"banner": banner_rewritten}
#: The wording of every deviation of every part, a message filled with that deviation's values
#: (the parts' deviation names are distinct, so one table serves the placeholder check).
_WORDINGS = {key: message_template(*filled) for _, deviations in PARTS.values()
             for key, filled in deviations.items()}


def _params_of(part: str, deviations: dict) -> dict:
    return {"properties": {"part": {"const": part}, "deviations": wordings(deviations)}}


class Form(CheckKind):
    """Reports a part that is not written in its standard form (the DTG, the banner, the reason of
    the Classified By line, the summary markers, the SUBJECT label, parts run on, sentences split,
    damaged portion marks, the reference id, the container's steps), with each deviation worded by
    the rule.

    Parameters:

    - `part`: `dtg`, `banner`, `classified_by`, `summary` (the summary markers), or a part a
      selector finds: `subject_label` (`subject.label_problem`), `run_ons` (`run_ons[]`),
      `splits` (`splits[]`), `portion_marks` (`paragraphs.damaged_marks`), `reference_id`
      (`reference_id.malformed`), `container` (`source.container`: the steps that took the cable
      out of its container).
    - `deviations`: the wording of each deviation the part can show (every one of the part's keys),
      with its own placeholders: dtg `form`, `month` ({month}), `year` ({written_year}), `time`
      ({time}), `date` ({day} {month} {year}); banner `text_before` ({before}), `not_capitals`,
      `doubled_letter` ({written}), `misspelt` and `unspaced` ({written}, {canonical}),
      `tab_before`, `space_before`, `spacing`, `words_case`; classified_by `section_dot` ({section},
      {expected}), `section_period` ({section}), `reason_word`, `closing_period`; summary
      `unopened_end`, `unlabelled_first`, `lone_end`; subject_label `label`, `label_alone`
      ({written}); run_ons `banner_eo`, `captions_eo`, `pass_line_eo`, `eo_tags`, `subject_ref`
      ({label}), `subject_classified_by`, `subject_page_break`, `refs_classified_by`,
      `classified_by_text`, `subject_handling`, `refs_handling`, `refs_text`; splits `split`
      ({before}), `subject` ({before}), `double_spaced` ({before}, {more}); portion_marks
      `damaged`, `damaged_and_one` ({mark}, {marker}), `damaged_and_more` ({mark}, {marker},
      {others}); reference_id `swallowed`
      ({written}, {canonical}); container `no_pre`, `html_tags` ({count}), `html_links` ({anchors},
      {tag_links}), `html_entities`, `relined`, `json_header`, `pdf_pilcrows`, `pdf_tags`,
      `pdf_furniture`, `despaced_banner` ({count}), `json_object`, `json_metadata` ({key},
      {label}), `json_body` ({key}), `text_as_read`, `date_line_break`, `line_separators`
      ({count}), `annotations` ({count}, {spaces}), `annotation_lines` ({count}).

    One finding per part that deviates, at the part (the reason, for Classified By; the line, for
    each summary marker; the node, for a selector's part). A rule whose `fix:` has no template
    gets the banner rewritten in its standard form (with text before it on its line, no fix).
    Message placeholders: `{value}` (the part as written), `{deviations}` (the worded deviations,
    joined by `; `).
    """

    name = "form"
    placeholders = ("value", "deviations")
    needs_target = False
    provides_fix = True         # the banner rewritten in its standard form (REWRITES)
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["part", "deviations"],
        "properties": {"part": {"enum": list(PARTS)},
                       "deviations": {"type": "object", "properties": _WORDINGS}},
        "oneOf": [_params_of(part, keys) for part, (_, keys) in PARTS.items()],
    }

    @classmethod
    def selector_of(cls, params: dict) -> str | None:
        return getattr(PARTS[params["part"]][0], "selector", None)

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.deviations_of = PARTS[self.params["part"]][0]
        self.wording = self.params["deviations"]

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for value, span, found in self.deviations_of(cable):
            if found:
                words = "; ".join(worded(self.wording[key], values) for key, values in found)
                rewrite = REWRITES.get(self.params["part"])
                edit = rewrite(cable) if rewrite is not None and self.rule.fix_template else None
                yield self.rule.diagnostic(cable, span, value=value, deviations=words,
                                           fix=self.fix(edit) if edit is not None else None)
