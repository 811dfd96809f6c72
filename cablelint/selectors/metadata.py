"""Selectors of the web mirror's metadata block: title, layout, Created, classification, reference
id."""

from __future__ import annotations

import re

from ..document import Cable, Text
from .node import Node, one
from .registry import selector

REFERENCE_ID_RE = re.compile(r"^\d{2}(?P<station>[A-Z]+?)0*(?P<serial>\d+)$")
#: Banner words and signals WikiLeaks swallowed into reference ids (cable-format.md 3, cablemap
#: consts).
MALFORMED_ID_RE = re.compile(
    r"S?E?CTION\d+OF\d+|SCTION\d+OF\d+|EFTO|AMEMBASSY|AMCONSUL|NOFORN|TOSEC\d*|"
    r"\d*ZFR\d*|\d*ZDK\d*|SUSPECTEDDUPLICATE\d*"
)


@selector("metadata.title", "the mirror's title, also when empty")
def _title(cable: Cable) -> list[Node]:
    """The mirror's title, also when it is empty (seed 003 L4)."""
    meta = cable.metadata
    return (
        [Node(meta.title.value, meta.title.span)]
        if meta is not None and meta.title is not None
        else []
    )


@selector("metadata.layout", "labelled | values-only")
def _layout(c: Cable) -> list[Node]:
    return one(c.metadata and c.metadata.layout, c.metadata and c.metadata.span)


@selector("metadata.created.hour", "mirror Created date and hour")
def _created_hour(cable: Cable) -> list[Node]:
    meta = cable.metadata
    if meta is None or meta.created_at is None:
        return []
    return [Node(meta.created_at.strftime("%Y-%m-%d %H:00"), meta.created.span)]


@selector("metadata.classification.level", "mirror metadata classification without caveats")
def _metadata_level(cable: Cable) -> list[Node]:
    meta = cable.metadata
    if meta is None or meta.classification is None:
        return []
    return [Node(meta.classification.value.split("//")[0].strip().upper(),
                 meta.classification.span)]


def _reference_id(cable: Cable) -> Text | None:
    meta = cable.metadata
    return meta.reference_id if meta is not None and meta.reference_id is not None else None


def _id_match(cable: Cable) -> tuple[Text | None, re.Match | None]:
    ref = _reference_id(cable)
    return ref, (REFERENCE_ID_RE.match(ref.value) if ref is not None else None)


@selector("reference_id", "the mirror's reference id")
def _reference_id_nodes(c: Cable) -> list[Node]:
    return one(_reference_id(c) and _reference_id(c).value,
               _reference_id(c) and _reference_id(c).span)


@selector("reference_id.station_serial", "reference id station and serial")
def _id_station_serial(cable: Cable) -> list[Node]:
    ref, m = _id_match(cable)
    return [Node(f"{m.group('station')}{int(m.group('serial'))}", ref.span)] if m else []


@selector("reference_id.station", "station of the reference id")
def _id_station(cable: Cable) -> list[Node]:
    ref, m = _id_match(cable)
    return [Node(m.group("station"), ref.span)] if m else []


def canonical_id(malformed: str) -> str:
    """The id without swallowed words and signals, its serial without leading zeros:
    `07OSLO000160ZDK164` -> `07OSLO160`, `08EFTOLONDON2883` -> `08LONDON2883`."""
    body = re.sub(r"(?:ZDK|ZFR|SUSPECTEDDUPLICATE)\d*$", "", malformed[2:])
    body = MALFORMED_ID_RE.sub("", body)
    m = re.match(r"^([A-Z]+?)0*(\d+)$", body)
    return malformed[:2] + (f"{m.group(1)}{m.group(2)}" if m else body)


@selector("reference_id.malformed", "a reference id with banner words swallowed, as written "
                                    "(key: swallowed; canonical: the id without them)")
def _malformed_id(cable: Cable) -> list[Node]:
    ref = _reference_id(cable)
    if ref is None or not MALFORMED_ID_RE.search(ref.value[2:]):
        return []
    return [Node(ref.value, ref.span, key="swallowed",
                 facts={"written": ref.value, "canonical": canonical_id(ref.value)})]
