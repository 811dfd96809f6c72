"""Selectors of the web mirror's metadata block: title, layout, Created, classification and its
caveats (NOFORN, FOR OFFICIAL USE ONLY), reference id (what it names parsed by
`parsing/reference_id.py`)."""

from __future__ import annotations

from ..document import Cable, Span, Text
from .node import Node, one
from .registry import selector

@selector("metadata.title", "the mirror's title, also when empty")
def _title(cable: Cable) -> list[Node]:
    """The mirror's title, also when it is empty (seed 003 L4)."""
    meta = cable.traces.metadata
    return (
        [Node(meta.title.value, meta.title.span)]
        if meta is not None and meta.title is not None
        else []
    )


@selector("metadata.layout", "labelled | values-only")
def _layout(c: Cable) -> list[Node]:
    meta = c.traces.metadata
    return one(meta and meta.layout, meta and meta.span)


@selector("metadata.created.hour", "mirror Created date and hour")
def _created_hour(cable: Cable) -> list[Node]:
    meta = cable.traces.metadata
    if meta is None or meta.created_at is None:
        return []
    return [Node(meta.created_at.strftime("%Y-%m-%d %H:00"), meta.created.span)]


@selector("metadata.classification.level", "mirror metadata classification without caveats")
def _metadata_level(cable: Cable) -> list[Node]:
    meta = cable.traces.metadata
    if meta is None or meta.classification is None:
        return []
    return [Node(meta.marking, meta.classification.span)]


def _metadata_with(caveat: str):
    """A selector function giving the mirror's classification when it names `caveat` (a
    MirrorMetadata flag)."""
    def nodes(cable: Cable) -> list[Node]:
        meta = cable.traces.metadata
        if meta is None or meta.classification is None or not getattr(meta, caveat):
            return []
        return [Node(meta.classification.value, meta.classification.span)]
    return nodes


selector("noforn.metadata", "mirror classification with //NOFORN")(_metadata_with("noforn"))
selector("sbu.metadata", "mirror classification //FOR OFFICIAL USE ONLY")(
    _metadata_with("official_use")
)


def _reference_id(cable: Cable) -> Text | None:
    meta = cable.traces.metadata
    return meta.reference_id if meta is not None and meta.reference_id is not None else None


def _reference(cable: Cable):
    """The reference id and what the parser found it names (`ReferenceId`), or (None, None)."""
    ref = _reference_id(cable)
    return (ref, cable.traces.metadata.reference) if ref is not None else (None, None)


@selector("reference_id", "the mirror's reference id")
def _reference_id_nodes(c: Cable) -> list[Node]:
    return one(_reference_id(c) and _reference_id(c).value,
               _reference_id(c) and _reference_id(c).span)


@selector("reference_id.station_serial",
          "reference id station and serial: the mirror's, else those of the file's name")
def id_station_serial(cable: Cable) -> list[Node]:
    ref, named = _reference(cable)
    if ref is None and cable.traces.file_reference is not None:   # `09CHISINAU694.txt`
        named = cable.traces.file_reference
        return [Node(f"{named.station}{named.serial}", Span(1, 1, 1, 1))]
    return [Node(f"{named.station}{named.serial}", ref.span)] \
        if named is not None and named.station is not None else []


@selector("reference_id.station", "station of the reference id")
def _id_station(cable: Cable) -> list[Node]:
    ref, named = _reference(cable)
    return [Node(named.station, ref.span)] if named is not None and named.station is not None \
        else []


@selector("reference_id.malformed", "a reference id with banner words swallowed, as written "
                                    "(key: swallowed; canonical: the id without them)")
def malformed_id(cable: Cable) -> list[Node]:
    ref, named = _reference(cable)
    if named is None or named.canonical is None:
        return []
    return [Node(ref.value, ref.span, key="swallowed",
                 facts={"written": ref.value, "canonical": named.canonical})]
