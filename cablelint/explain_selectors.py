"""`cablelint selectors` (every selector with what it addresses) and
`cablelint parse --selectors FILE` (what each selector finds in one cable)."""

from __future__ import annotations

import json
import sys


def list_selectors(selectors, as_json: bool) -> int:
    """Write every selector's name and description, by name."""
    rows = [{"name": s.name, "description": s.description}
            for s in sorted(selectors.values(), key=_name)]
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return 0
    width = max((len(row["name"]) for row in rows), default=0)
    for row in rows:
        sys.stdout.write(f"{row['name']:<{width}}  {row['description']}\n")
    return 0


def selected_values(cable, selectors, plain) -> dict:
    """name -> the nodes (value, span, and the key and facts of those that have them) each
    selector finds in the cable, for those that find any."""
    from .selectors import select
    found = {}
    for selector in sorted(selectors.values(), key=_name):
        nodes = select(cable, selector.name)
        if len(nodes):
            found[selector.name] = [_shown(node, plain) for node in nodes]
    return found


def _shown(node, plain) -> dict:
    shown = {"value": plain(node.value), "span": node.span.to_dict()}
    if node.key is not None:
        shown["key"] = plain(node.key)
    if node.facts:
        shown["facts"] = plain(dict(node.facts))
    return shown


def write_values(found: dict, as_json: bool) -> None:
    """The values as JSON, or one `name  L:C-L:C  value` line per node (then `key=...` and each
    fact as `name=value`, for the nodes that have them)."""
    if as_json:
        sys.stdout.write(json.dumps(found, indent=2, ensure_ascii=False) + "\n")
        return
    for name, nodes in found.items():
        for node in nodes:
            s = node["span"]
            where = f"{s['line']}:{s['column']}-{s['end_line']}:{s['end_column']}"
            named = {"key": node["key"]} if "key" in node else {}
            named.update(node.get("facts", {}))
            extra = "".join(f"  {fact}={value!r}" for fact, value in named.items())
            sys.stdout.write(f"{name}  {where}  {node['value']!r}{extra}\n")


def _name(selector) -> str:
    return selector.name
