"""The selector table: each selector a named, described function of a Cable (`@selector`).

The built-in modules of this package fill `BUILTIN_SELECTORS` when they are imported; plugins add
selectors through the `cablelint_selectors` hook, and `install` makes a registry's table the one
that `select` reads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

#: name -> Selector, as the built-in modules registered them
BUILTIN_SELECTORS: dict[str, Selector] = {}


@dataclass(frozen=True)
class Selector:
    """A dotted path into the model (`eo.decl.kind`): a function of a Cable returning its nodes
    (`Node`: a value and the span it stands at) and what it addresses, in a few words."""

    name: str
    function: Callable[[Any], Any]
    description: str
    #: The module that registered it, when not the function's own (`each` makes functions for the
    #: modules of the parts).
    module: str = ""

    @property
    def defined_in(self) -> str:
        """The name of the module that defines the selector (`cablelint.selectors.eo`)."""
        return self.module or self.function.__module__


def selector(name: str, description: str):
    """Register the decorated function of a Cable as the built-in selector `name`, defined in the
    module that calls this."""
    module = sys._getframe(1).f_globals["__name__"]

    def register(function):
        if name in BUILTIN_SELECTORS:
            raise ValueError(f"selector '{name}' is registered twice")
        BUILTIN_SELECTORS[name] = Selector(name, function, description, module)
        return function
    return register


_in_use: dict[str, Selector] = BUILTIN_SELECTORS


def in_use() -> Mapping[str, Selector]:
    """The selectors `select` reads: the built-ins, or the table a registry installed."""
    return _in_use


def install(selectors: Mapping[str, Selector]) -> None:
    """Make this table (built-in and plugin selectors, merged) the one `select` reads."""
    global _in_use
    _in_use = dict(selectors)
