"""docs/check-kinds.md is the kinds' own docstrings, names and placeholders, so it cannot go stale:
`pytest --update-golden tests/checks/test_kinds_reference.py` writes it again after a change."""

from __future__ import annotations

import inspect
from pathlib import Path

from conftest import ROOT
from cablelint.checks import BUILTIN_KINDS
from cablelint.checks.renamed import RENAMED_KINDS

REFERENCE = ROOT / "docs" / "check-kinds.md"

INTRO = """# Check kinds

A rule's `check:` names one of these kinds; its `params` are the kind's parameters (each kind's JSON
Schema, checked when a pack loads), and its `message` may use only the placeholders the kind fills
(a `{valeu}` is a pack error). This page is made from the kinds' docstrings
(`tests/checks/test_kinds_reference.py`); `tests/checks/test_check_kinds.py` pins what each reports.

## Old names

A pack that names an old kind is refused (exit 2) with what to write instead:

| old | new |
| --- | --- |
"""


def _new(replacement) -> str:
    if isinstance(replacement, str):
        return f"`{replacement}`"
    switch, kinds = replacement
    return ", ".join(f"`{kind}` (was `{switch}: {value}`)" for value, kind in kinds.items())


def reference() -> str:
    """The text of docs/check-kinds.md."""
    parts = [INTRO]
    parts += [f"| `{old}` | {_new(new)} |\n" for old, new in sorted(RENAMED_KINDS.items())]
    for kind in sorted(BUILTIN_KINDS, key=lambda k: k.name):
        module = Path(inspect.getfile(kind)).relative_to(ROOT).as_posix()
        filled = ", ".join(f"`{{{name}}}`" for name in kind.placeholders) or "none"
        target = "a `target`" if kind.needs_target else "no `target`"
        parts.append(f"\n## `{kind.name}`\n\n`{module}` · needs {target} · placeholders: {filled}"
                     f"{' · makes fixes' if kind.provides_fix else ''}\n\n{inspect.getdoc(kind)}\n")
    return "".join(parts)


def test_the_check_kind_reference_is_the_kinds_own_documentation(update_golden):
    if update_golden:
        REFERENCE.write_text(reference(), encoding="utf-8")
    assert (
        REFERENCE.read_text(encoding="utf-8") == reference()
    ), ("docs/check-kinds.md is stale: run pytest --update-golden "
        "tests/checks/test_kinds_reference.py")


def test_every_kind_documents_its_parameters_and_placeholders():
    """A kind's docstring names each placeholder it fills and each parameter of its schema."""
    undocumented = []
    for kind in BUILTIN_KINDS:
        doc = inspect.getdoc(kind)
        undocumented += [(kind.name, f"{{{name}}}") for name in kind.placeholders
                         if f"{{{name}}}" not in doc]
        undocumented += [(kind.name, name) for name in kind.params_schema.get("properties", {})
                         if f"`{name}`" not in doc]
    assert undocumented == []
