"""form: a part measured against its standard writing; the rule's params word each deviation.

The parser records what it saw (the DTG's fields, what stands around the banner, how the reason of
the Classified By line is written, where summary markers stand alone); this kind decides what
deviates, and the rule's `deviations` say it in words.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from ..parsing.envelope import MONTHS
from ..parsing.lines import WS
from ..rule import _Defaults
from .base import CheckKind, message_template

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
    """The end of `text` in at most `limit` characters, cut at a word's start and marked `…` when cut
    (`'…WASHINGTON DC PRIORITY'`, not `'REASURY WASHINGTON DC PRIORITY'`)."""
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
            found.append(("misspelt", {"written": written, "canonical": canonical}))
    if "\t" in banner.lead or "\u00a0" in banner.lead:
        found.append(("tab_before", {}))
    elif banner.lead and not banner.before:
        found.append(("space_before", {}))
    if "  " in banner.words or "\t" in banner.words:
        found.append(("spacing", {}))
    if written.isupper() and banner.words.upper() != banner.words:
        found.append(("words_case", {}))
    return [(banner.raw.value, banner.raw.span, found)]


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
    """An `END SUMMARY` that closes no summary, and each paragraph ending in `End` alone."""
    unopened = [cable.unopened_end_summary] if cable.unopened_end_summary is not None else []
    return [(t.value, t.span, [("unopened_end", {})]) for t in unopened] + \
        [(t.value, t.span, [("lone_end", {})]) for t in cable.lone_ends]


#: part -> (what finds its deviations, each deviation it may find and the placeholders it fills)
PARTS = {
    "dtg": (dtg_deviations, {"form": (), "month": ("month",), "year": ("written_year",),
                             "time": ("time",), "date": ("day", "month", "year")}),
    "banner": (banner_deviations, {"text_before": ("before",), "not_capitals": ("written",),
                                   "doubled_letter": ("written",),
                                   "misspelt": ("written", "canonical"), "tab_before": (),
                                   "space_before": (), "spacing": (), "words_case": ()}),
    "classified_by": (classified_by_deviations, {"section_dot": ("section", "expected"),
                                                 "section_period": ("section",),
                                                 "reason_word": (), "closing_period": ()}),
    "summary": (summary_deviations, {"unopened_end": (), "lone_end": ()}),
}
#: The wording of every deviation of every part, a message filled with that deviation's values
#: (the parts' deviation names are distinct, so one table serves the placeholder check).
_WORDINGS = {key: message_template(*filled) for _, deviations in PARTS.values()
             for key, filled in deviations.items()}


def _params_of(part: str, deviations: dict) -> dict:
    wording = {"type": "object", "additionalProperties": False, "required": list(deviations),
               "properties": {key: _WORDINGS[key] for key in deviations}}
    return {"properties": {"part": {"const": part}, "deviations": wording}}


class Form(CheckKind):
    """Reports a part that is not written in its standard form (the DTG, the banner, the reason of
    the Classified By line, the summary markers), with each deviation worded by the rule.

    Parameters:

    - `part`: `dtg`, `banner`, `classified_by` or `summary` (the summary markers).
    - `deviations`: the wording of each deviation the part can show (every one of the part's keys),
      with its own placeholders: dtg `form`, `month` ({month}), `year` ({written_year}), `time`
      ({time}), `date` ({day} {month} {year}); banner `text_before` ({before}), `not_capitals`,
      `doubled_letter` ({written}), `misspelt` ({written}, {canonical}), `tab_before`,
      `space_before`, `spacing`, `words_case`; classified_by `section_dot` ({section},
      {expected}), `section_period` ({section}), `reason_word`, `closing_period`; summary
      `unopened_end`, `lone_end`.

    One finding per part that deviates, at the part (the reason, for Classified By; the line, for
    each summary marker).
    Message placeholders: `{value}` (the part as written), `{deviations}` (the worded deviations,
    joined by `; `).
    """

    name = "form"
    placeholders = ("value", "deviations")
    needs_target = False
    params_schema = {
        "type": "object", "additionalProperties": False, "required": ["part", "deviations"],
        "properties": {"part": {"enum": list(PARTS)}, "deviations": {"type": "object", "properties": _WORDINGS}},
        "oneOf": [_params_of(part, keys) for part, (_, keys) in PARTS.items()],
    }

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.deviations_of = PARTS[self.params["part"]][0]
        self.wording = self.params["deviations"]

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        for value, span, found in self.deviations_of(cable):
            if found:
                words = "; ".join(self.wording[key].format_map(_Defaults(values))
                                  for key, values in found)
                yield self.rule.diagnostic(cable, span, value=value, deviations=words)
