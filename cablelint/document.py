"""The document model: what the parser understood of one cable, every part with its source span
(immutable records, `record.py`; the Cable itself a frozen dataclass of its Source, its parts and
its Traces). The records live in `model/`, one module per part; this module names them all."""

from __future__ import annotations

from .model.banner import Banner, Caption, RepeatedBanner
from .model.body import GluedPageBreak, PageBreak, Paragraph, Split, WrappedPilcrow
from .model.cable import Cable, Container, Source
from .model.header import DeLine, Dtg, Header, SecurityLine
from .model.labelled import EoLine, Subject, Tag, Tags, TagTokens
from .model.refs import ClassifiedBy, Enumerator, RefItem, Refs
from .model.spans import Span, Text, joined, line_starts
from .model.traces import NO_TRACES, MirrorMetadata, ReferenceId, Traces

__all__ = [
    "NO_TRACES", "Banner", "Cable", "Caption", "ClassifiedBy", "Container", "DeLine", "Dtg",
    "Enumerator", "EoLine", "GluedPageBreak", "Header", "MirrorMetadata", "PageBreak", "Paragraph",
    "RefItem", "ReferenceId", "Refs", "RepeatedBanner", "SecurityLine", "Source", "Span", "Split",
    "Subject", "Tag", "TagTokens", "Tags", "Text", "Traces", "WrappedPilcrow", "joined",
    "line_starts",
]
