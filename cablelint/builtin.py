"""cablelint's own check kinds, rule packs, vocabularies, reporters and selectors, registered like
any plugin."""

from __future__ import annotations

from .hookspecs import hookimpl
from .resources import data_dir


@hookimpl
def cablelint_check_kinds():
    from .checks import BUILTIN_KINDS
    return list(BUILTIN_KINDS)


@hookimpl
def cablelint_rule_packs():
    return sorted((p for p in data_dir("rules").iterdir() if p.name.endswith(".yaml")),
                  key=lambda p: p.name)


@hookimpl
def cablelint_vocabularies():
    from .vocabularies import builtin_sources
    return builtin_sources()


@hookimpl
def cablelint_reporters():
    from .reporters import BUILTIN_REPORTERS
    return dict(BUILTIN_REPORTERS)


@hookimpl
def cablelint_selectors():
    from .selectors import BUILTIN_SELECTORS
    return list(BUILTIN_SELECTORS.values())
