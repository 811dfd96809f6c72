"""originator_of_post, routing_indicator_of_post: the FM line and the DE line's routing indicator
must belong to the banner's post (constraints X4, X8), as the stations list knows it."""

from __future__ import annotations

import re
from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from .base import CheckKind

#: Words in front of a post's place name on the FM line.
POST_PREFIX_RE = re.compile(
    r"^(?:AMEMBASSY|AMCONSUL|USMISSION|USEU|USINT|AIT|USDEL|USLO|USOFFICE|REO|"
    r"IRAN RPO|RPO|SECSTATE)\s+"
)
RI_RE = re.compile(r"\bR[A-Z]{3,6}\b")
# stations.tsv columns after the key: routing indicator(s), FM name, banner name, mirror origin,
# evidence.
RI_COLUMN, FM_COLUMN, EVIDENCE_COLUMN = 1, 2, 5


def _names(fm_name: str, post: str) -> bool:
    """True when the FM name contains the post's name as whole words."""
    return re.search(rf"(?<![A-Z]){re.escape(post)}(?![A-Z])", fm_name) is not None


class PostCheck(CheckKind):
    """What both post kinds share: the stations list, a post's routing indicators, and the rule that
    a cable whose banner names no known post is not judged. Not a kind of its own."""

    needs_target = False
    placeholders = ("value", "station", "expected")
    params_schema = {"type": "object", "additionalProperties": False,
                     "properties": {"vocabulary": {"type": "string"}}}

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.stations = vocabularies[self.params.get("vocabulary", "stations")]

    def routing_indicators(self, station: str) -> set[str]:
        """The RIs of a post: its own column, and those its evidence says ACP 117 lists."""
        evidence = self.stations.column(station, EVIDENCE_COLUMN)
        acp = (
            evidence.split("ACP-2010 lists", 1)[1].split(";")[0]
            if "ACP-2010 lists" in evidence
            else ""
        )
        return set(RI_RE.findall(self.stations.column(station, RI_COLUMN))) | set(
            RI_RE.findall(acp)
        )

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        if cable.banner is None or cable.header is None or not cable.banner.station:
            return
        station = cable.banner.station.replace(" ", "")
        if station in self.stations and self.routing_indicators(station):
            yield from self.judge(cable, station)

    def judge(self, cable: Cable, station: str) -> Iterator[Diagnostic]:
        """The findings of a cable whose banner names the known post `station` (its token)."""
        raise NotImplementedError


class OriginatorOfPost(PostCheck):
    """The FM line must name the banner's post: its FM name from the stations list, or the banner's
    station, as whole words (`AMEMBASSY TRIPOLI LY` names TRIPOLI), or another name of the same post
    (two names are one post when they share a routing indicator: KIEV and KYIV). A cable without an
    FM line, or whose banner names no known post, is not judged. Parameter: `vocabulary` (default
    `stations`: station, RIs, FM name, banner name, origin, evidence). Message placeholders:
    `{value}` (the FM line's name), `{station}` (the banner's), `{expected}` (the post's FM name).
    """

    name = "originator_of_post"

    def judge(self, cable: Cable, station: str) -> Iterator[Diagnostic]:
        fm = cable.header.originator
        if fm is None:
            return
        name = " ".join(fm.value.split()[1:])
        place = POST_PREFIX_RE.sub("", name)
        expected = self.stations.column(station, FM_COLUMN)
        if any(_names(name, known) for known in (expected, cable.banner.station) if known):
            # `AMEMBASSY TRIPOLI LY`, `IRAN RPO DUBAI`, `USDEL SECRETARY//EUROPE//` name the post
            # too
            return
        other = place.replace(" ", "")
        if other in self.stations and self.routing_indicators(other) & self.routing_indicators(
            station
        ):
            return
        yield self.rule.diagnostic(cable, fm.span, value=name, station=cable.banner.station,
                                   expected=expected or cable.banner.station)


class RoutingIndicatorOfPost(PostCheck):
    """The DE line's routing indicator (`DE RUEHTA ...`) must be one of the banner's post: its own
    in the stations list, or one the ACP 117 book lists for it. A cable without a routing indicator, or
    whose banner names no known post, is not judged. Parameter: `vocabulary` (default `stations`).
    Message placeholders: `{value}` (the routing indicator), `{station}` (the banner's),
    `{expected}` (the post's routing indicators, joined by "or").
    """

    name = "routing_indicator_of_post"

    def judge(self, cable: Cable, station: str) -> Iterator[Diagnostic]:
        de = cable.header.de
        if de is None or not de.routing_indicator:
            return
        known = self.routing_indicators(station)
        if de.routing_indicator not in known:
            yield self.rule.diagnostic(cable, de.raw.span, value=de.routing_indicator,
                                       station=cable.banner.station,
                                       expected=" or ".join(sorted(known)))
