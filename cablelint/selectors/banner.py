"""Selectors of the classification banner and its repetitions."""

from __future__ import annotations

from ..document import Cable
from .metadata import id_station_serial, malformed_id
from .node import Node, one
from .registry import selector


@selector("banner", "the banner line")
def _banner(c: Cable) -> list[Node]:
    return one(c.banner and c.banner.raw.value, c.banner and c.banner.raw.span)


@selector("banner.classification",
          "normalised banner classification (UNCLASSIFIED, CONFIDENTIAL, SECRET)")
def _classification(c: Cable) -> list[Node]:
    return one(c.banner and c.banner.classification, c.banner and c.banner.raw.span)


@selector("banner.section", "`SECTION 01 OF 03` as read")
def _banner_section(cable: Cable) -> list[Node]:
    banner = cable.banner
    if banner is None or banner.section is None:
        return []
    return [Node(f"SECTION {banner.section} OF {banner.section_total}", banner.raw.span)]


@selector("banner.section_unpadded", "`SECTION 1 OF 2`: the first section, its numbers written "
          "without the leading zero")
def _banner_section_unpadded(cable: Cable) -> list[Node]:
    """The banner's `SECTION n OF m` when it is the first section and a number has one digit
    (75TEHRAN2069, a copy retyped for the 2006 systematic review: `SECTION 1 OF 2 TEHRAN 2069`)."""
    banner = cable.banner
    if banner is None or banner.section is None or int(banner.section) != 1 \
            or min(len(banner.section), len(banner.section_total)) > 1:
        return []
    return _banner_section(cable)


@selector("banner.serial4", "last four digits of the banner serial")
def _serial4(c: Cable) -> list[Node]:
    return one(c.banner and c.banner.serial and c.banner.serial[-4:].zfill(4),
               c.banner and c.banner.raw.span)


@selector("banner.station_serial", "banner station and serial as in a reference id")
def banner_station_serial(cable: Cable) -> list[Node]:
    banner = cable.banner
    if banner is None or not banner.station or not banner.serial:
        return []
    if banner.withheld_station:       # `XXXXXXXXXXXX 000004`: the publisher withheld it
        return []
    return [Node(f"{banner.station.replace(' ', '')}{int(banner.serial)}", banner.raw.span)]


@selector("banner.another_cable",
          "a banner naming another cable than the reference id: the text is that cable's")
def _another_cable(cable: Cable) -> list[Node]:
    """The banner's station and serial when they differ from the reference id's (CL023's finding):
    the mirror put another cable's text under the id (`88BAGHDAD28` over a body `STATE 068250` of
    2009), and the id's or the header's date is not the text's."""
    if malformed_id(cable):
        return []
    ours, named = banner_station_serial(cable), id_station_serial(cable)
    return ours if ours and named and ours[0].value != named[0].value else []


@selector("case_damage", "a banner rewritten in sentence case")
def _case_damage(cable: Cable) -> list[Node]:
    """A banner rewritten in sentence case (`C o n f i d e n t i a l section 01 of 02 khartoum`)."""
    banner = cable.banner
    if banner is None or banner.written is None or banner.written.isupper():
        return []
    return [Node(banner.raw.value, banner.raw.span)]


@selector("repeated_banners[]", "the banner again before paragraph 1, with its copy of the block")
def _repeated_banners(cable: Cable) -> list[Node]:
    """Each banner repeated before paragraph 1, spanning the lines of its copy of the block above
    (`RepeatedBanner.copy`); the banner alone when those lines are not all a copy of that block."""
    return [Node(r.raw.value, r.copy or r.raw.span) for r in cable.repeated_banners]
