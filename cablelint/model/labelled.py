"""The labelled lines under the banner: the E.O. line, TAGS (and its tokens) and SUBJECT."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..record import Record, set_field
from .spans import Span

if TYPE_CHECKING:
    from .spans import Text


class EoLine(Record):
    """`E.O. 12958: DECL: 03/06/2016`."""

    raw: Text
    label: str
    order: str | None
    decl: Text | None            # the declassification instruction as written
    decl_kind: str | None        # date | na | exemption | oadr | legacy | review | event | empty
    decl_date: _dt.date | None
    decl_date_valid: bool        # False when a date was written but is impossible
    # captions, then a pass line, run on before it on its line (`SIPDIS E.O.`, `DEPT FOR ... E.O.`)
    captions_before: Text | None
    pass_line: Text | None

    __slots__ = ("raw", "label", "order", "decl", "decl_kind", "decl_date", "decl_date_valid",
                 "captions_before", "pass_line")

    def __init__(self, raw, label, order, decl, decl_kind, decl_date, decl_date_valid,
                 captions_before=None, pass_line=None) -> None:
        set_field(self, "raw", raw)
        set_field(self, "label", label)
        set_field(self, "order", order)
        set_field(self, "decl", decl)
        set_field(self, "decl_kind", decl_kind)
        set_field(self, "decl_date", decl_date)
        set_field(self, "decl_date_valid", decl_date_valid)
        set_field(self, "captions_before", captions_before)
        set_field(self, "pass_line", pass_line)


class Tag(Record):
    """One TAGS token as written, without markup."""

    value: str
    span: Span
    markup: bool                 # written as a markdown link `[PGOV](#)`

    __slots__ = ("value", "span", "markup")

    def __init__(self, value, span, markup) -> None:
        set_field(self, "value", value)
        set_field(self, "span", span)
        set_field(self, "markup", markup)


class TagTokens(Sequence):
    """The tokens of a TAGS line too long to hold as Tag objects (a megabyte run-on holds 230,000):
    their values, and where each stands as numbers; a Tag is made when one is read. In position
    order, and equal to the tuple of the same Tags."""

    __slots__ = ("values", "lines", "columns", "end_columns", "marked")

    def __init__(self, values: list[str], lines: list[int], columns: list[int],
                 end_columns: list[int], marked: frozenset[int]) -> None:
        self.values, self.lines, self.columns, self.end_columns = (
            values,
            lines,
            columns,
            end_columns,
        )
        self.marked = marked            # indices of the tokens written as links

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        i = range(len(self))[i]
        return Tag(self.values[i], self.span_at(i), i in self.marked)

    def span_at(self, i: int) -> Span:
        """The span of token i, without making its Tag."""
        return Span(self.lines[i], self.columns[i], self.lines[i], self.end_columns[i])

    def marked_or_at(self, positions: set[tuple[int, int]]) -> list[Tag]:
        """The Tags written as links or standing at one of these (line, column) positions, in
        order."""
        found = set(self.marked)
        if positions:
            found.update(i for i, at in enumerate(zip(self.lines, self.columns)) if at in positions)
        return [self[i] for i in sorted(found)]

    def __eq__(self, other) -> bool:
        return isinstance(other, (tuple, TagTokens)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"TagTokens({len(self)} tokens)"


class Tags(Record):
    """The TAGS line(s)."""

    raw: Text
    label: Text
    tags: tuple[Tag, ...] | TagTokens

    __slots__ = ("raw", "label", "tags")

    def __init__(self, raw, label, tags) -> None:
        set_field(self, "raw", raw)
        set_field(self, "label", label)
        set_field(self, "tags", tags)


class Subject(Record):
    """SUBJECT, possibly wrapped over several lines."""

    raw: Text
    label: Text
    text: str
    label_alone: bool     # the label stands alone on its line, the text follows on the next
    run_on: str | None  # what ran into it on the same line: ref | classified_by | page_break |
    #                     handling (the SENSITIVE BUT UNCLASSIFIED line)
    run_on_text: str | None  # ... as written (the REF label: `REFTELS:`)
    corrected: bool          # the text opens with `CORRECTED COPY`: a corrected copy of a cable
    cut: Text | None         # its line before a blank line that cuts it in two (the text goes on)

    __slots__ = ("raw", "label", "text", "label_alone", "run_on", "run_on_text", "corrected", "cut")

    def __init__(self, raw, label, text, label_alone=False, run_on=None, run_on_text=None,
                 corrected=False, cut=None) -> None:
        set_field(self, "raw", raw)
        set_field(self, "label", label)
        set_field(self, "text", text)
        set_field(self, "label_alone", label_alone)
        set_field(self, "run_on", run_on)
        set_field(self, "run_on_text", run_on_text)
        set_field(self, "corrected", corrected)
        set_field(self, "cut", cut)
