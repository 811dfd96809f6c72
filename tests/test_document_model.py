"""The model's records behave as the frozen dataclasses they replace: equal and hashed as the
tuple of their fields, immutable, copied with `replace`, pickled whole."""

import copy
import pickle

import pytest

from cablelint.container.steps import Step
from cablelint.diagnostic import Unbuilt
from cablelint.document import ClassifiedBy, Container, Span, Text
from cablelint.record import Record


def test_records_are_equal_and_hashed_as_their_fields():
    span = Span(48, 1, 48, 27)
    assert span == Span(48, 1, 48, 27) and span != Span(48, 1, 48, 28)
    assert hash(span) == hash((48, 1, 48, 27))          # a frozen dataclass's hash: set order kept
    assert Text("ASTANA", span) != ("ASTANA", span)         # another class is never equal
    assert {Text("ASTANA", span), Text("ASTANA", Span(48, 1, 48, 27))} == {Text("ASTANA", span)}


def test_records_are_immutable():
    span = Span(1, 1, 1, 5)
    with pytest.raises(AttributeError):
        span.line = 2
    with pytest.raises(AttributeError):
        del span.column
    with pytest.raises(AttributeError):
        span.extra = 1                                       # __slots__: no other attribute either


def test_replace_changes_only_the_fields_named():
    line = Text("Classified By: Ambassador John Ordway, Reasons 1.4 (b) and (d).",
                Span(32, 1, 32, 64))
    found = ClassifiedBy(line, None, ("b", "d"), None)
    changed = found.replace(run_on="text")
    assert (changed.run_on, found.run_on) == ("text", None)
    assert changed.replace(run_on=None) == found


def test_records_keep_their_defaults_repr_and_survive_pickle_and_copy():
    container = Container("plain", (Step("text_as_read"),), False)
    assert (container.anchors, container.tag_links, container.annotations) == ((), (), ())
    assert repr(Span(1, 2, 3, 4)) == "Span(line=1, column=2, end_line=3, end_column=4)"
    assert pickle.loads(pickle.dumps(container)) == container == copy.deepcopy(container)
    assert list(container.fields()) == ["layout", "steps", "reported", "anchors", "tag_links",
                                        "annotations", "source_lines"]
    assert all(not hasattr(kind, "__dataclass_fields__") for kind in Record.__subclasses__())


def test_a_record_of_one_field_is_still_a_tuple_of_fields():
    unbuilt = Unbuilt(7)
    assert hash(unbuilt) == hash((7,)) and unbuilt.fields() == {"count": 7}
    assert pickle.loads(pickle.dumps(unbuilt)) == unbuilt != Unbuilt(8)
