"""Every hook cablelint calls, with its contract. Plugins implement them with `hookimpl`, imported
from `cablelint.plugin` (the public plugin interface) as everything else a plugin uses.

Plugins are found through the entry-point group `cablelint`; cablelint's own check kinds, rule
packs, vocabularies, reporters and selectors register through these same hooks
(`cablelint.builtin`).
"""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("cablelint")
hookimpl = pluggy.HookimplMarker("cablelint")


@hookspec
def cablelint_check_kinds():
    """Return check kind classes (subclasses of `cablelint.plugin.CheckKind`).

    Each class has a unique `name` (the `check:` key of a rule), a `params_schema` (JSON Schema of
    the rule's `params`), `placeholders` (the names it fills in a rule's message; a message using
    another is a pack error) and `check(cable)` yielding diagnostics. Two kinds with one name are an
    error; a plugin kind may take a name cablelint retired (`cablelint/checks/renamed.py`).
    """


@hookspec
def cablelint_rule_packs():
    """Return rule packs as a list of resources: `pathlib.Path` or `importlib.resources` Traversable
    objects naming YAML files valid against `schemas/rule-pack.schema.json`. Rule ids must be unique
    across all packs; the `CL` prefix is reserved for cablelint's own rules.
    """


@hookspec
def cablelint_vocabularies():
    """Return a dict of vocabulary name -> resource of a UTF-8 TSV file (key, description).
    Rules name vocabularies in their `params`. Two vocabularies with one name are an error.
    """


@hookspec
def cablelint_reporters():
    """Return a dict of format name -> reporter class (subclasses of `cablelint.plugin.Reporter`).
    The names are the choices of `--format`. Two reporters with one name are an error.
    """


@hookspec
def cablelint_selectors():
    """Return selectors: a list of `cablelint.plugin.Selector(name, function, description)`,
    where `function(cable)` returns a list of `cablelint.plugin.Node` (a value and its span) read
    from the document model (`cablelint.plugin.Cable`). Rules name them in `target`, `anchor` and `when`. Two selectors with
    one name are an error.
    """
