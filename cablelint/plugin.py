"""The public interface for plugins: everything a third-party plugin imports, and nothing else.

A plugin is a module named by an entry point of the group `cablelint` (see
`tests/plugin_example/`). It implements hooks (their contracts are in `hookspecs.py`) with
`@hookimpl`:

- `cablelint_check_kinds()`: a list of `CheckKind` subclasses; each has a `name` (a rule's
  `check:`), a `params_schema` and `check(cable)`, which yields
  `self.rule.diagnostic(cable, span, **values)`;
- `cablelint_rule_packs()`: a list of YAML rule packs (`pathlib.Path` or `importlib.resources`
  files);
- `cablelint_vocabularies()`: vocabulary name -> TSV resource;
- `cablelint_reporters()`: format name -> `Reporter` subclass;
- `cablelint_selectors()`: a list of `Selector(name, function, description)`, where
  `function(cable)` returns `Node`s (a value and its span).

A finding is a `Diagnostic`; a check kind that repairs what it finds gives it a `Fix` made of
`Edit`s (`CheckKind.fix(*edits)`). Positions are `Span`s: 1-based lines and columns, end
exclusive, columns in code points. A `Span` is an immutable record, not a dataclass: build it by
position or keyword, and take a changed copy with `span.replace(line=...)` (`dataclasses.replace`
does not apply to it). The names below are the interface; the modules they come from are internal
and may move.
"""

from __future__ import annotations

from .checks.base import CheckKind
from .diagnostic import Diagnostic, Edit, Fix, Severity
from .document import Cable, Span
from .hookspecs import hookimpl, hookspec
from .reporters.base import Reporter, Run, Summary
from .rule import Rule
from .selectors import Node, Selector

__all__ = ["Cable", "CheckKind", "Diagnostic", "Edit", "Fix", "Node", "Reporter", "Rule", "Run",
           "Selector", "Severity", "Span", "Summary", "hookimpl", "hookspec"]
