"""Regular expressions compiled on first use: the patterns of rare inputs (PDF, JSON, HTML and
flattened containers, archive stamps, directives, SARIF) cost a plain-text cable nothing at
start-up."""

from __future__ import annotations

import re

_COMPILED_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
                        "split", "flags", "groups", "groupindex")


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`. `pattern` is known at once (for patterns built
    from it); the first other attribute compiles the expression and keeps its bound methods on the
    instance, so later calls cost what a compiled pattern's calls cost."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        """Called only for attributes not yet on the instance: compile once, keep, answer."""
        if name.startswith("_") or name == "pattern":   # copy and pickle probe a bare instance
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _COMPILED_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile`, deferred to the pattern's first use."""
    return LazyPattern(pattern, flags)
