"""required: the cable must contain the `target` (a banner, a signature, a reason section)."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from .filtering import FilteredTarget


class Required(FilteredTarget):
    """Reports once, at the first `anchor` selector that finds something (else line 1), when no node
    at `target` counts. Parameters: `in` (only nodes whose value is one of these count) and `regex`
    (only nodes whose value the regular expression finds count); with neither, any node counts.
    The message has no placeholders: what is missing has no value.
    """

    name = "required"

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        if not self.counted(cable):
            yield self.rule.diagnostic(cable, self.anchor_span(cable))
