"""Configuration and rule-pack text read safely: UTF-8 only; YAML without alias bombs or duplicate
keys.

A YAML alias repeats a whole subtree, so 600 bytes of nested aliases ("billion laughs") stand for
billions of nodes. The document is composed first (aliases stay shared, so this is cheap), its size
with every alias expanded is counted, and only a document within MAX_EXPANDED_NODES is constructed
into Python values.
"""

from __future__ import annotations

import yaml

from .errors import CablelintError

#: Nodes a document may hold with its aliases expanded. The largest built-in pack
#: (rules/mirror.yaml) has about 1,000 with its rules' examples, the one that uses aliases
#: (rules/tags.yaml) about 570; a configuration file a few dozen.
#: Generous, yet a bomb is refused after composing a few hundred nodes.
MAX_EXPANDED_NODES = 100_000

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"


def utf8_text(data: bytes, where: str, error: type[CablelintError]) -> str:
    """The text of a configuration file or pack, which must be UTF-8 (a BOM is allowed); else
    `error`."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise error(f"{where}: is UTF-16; save it as UTF-8")
    if b"\0" in data:
        raise error(f"{where}: is binary (it holds NUL bytes), not UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise error(f"{where}: not UTF-8: byte 0x{data[exc.start]:02x} at line {line}, column "
                    f"{column}") from None


def load(data: bytes, where: str, error: type[CablelintError]):
    """Parse one YAML document (None when empty). Raises `error` naming `where` for text that is not
    UTF-8, invalid YAML (with line, column and the problem), duplicate keys or too many nodes once
    aliases expand."""
    loader = _LOADER(utf8_text(data, where, error))
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_tree(node, where, error)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise error(f"{where}: not valid YAML: {describe(exc)}") from None
    finally:
        loader.dispose()


def describe(exc: yaml.YAMLError) -> str:
    """`line L, column C: problem` of a YAML error, on one line."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    if context and mark is not None and getattr(exc, "context_mark", None) is not None:
        problem = f"{problem} ({context} at line {exc.context_mark.line + 1})"
    return (
        f"line {mark.line + 1}, column {mark.column + 1}: {problem}"
        if mark is not None
        else problem
    )


def _check_tree(root: yaml.Node, where: str, error: type[CablelintError]) -> None:
    """Refuse duplicate keys, recursive aliases and a tree larger than MAX_EXPANDED_NODES once
    expanded.

    Each distinct node is visited once (post-order, no recursion); the expanded size of a node is
    one plus that of its children, so shared (aliased) subtrees are counted as often as they are
    used."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        ident = id(node)
        if children_done:
            on_path.discard(ident)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > MAX_EXPANDED_NODES:
                raise error(
                    f"{where}: refused: more than {MAX_EXPANDED_NODES:,} YAML nodes once "
                    f"aliases are expanded (line {node.start_mark.line + 1}; an alias bomb?)"
                )
            sizes[ident] = size
            continue
        if ident in sizes:
            continue
        if ident in on_path:
            raise error(
                f"{where}: refused: recursive YAML alias at line {node.start_mark.line + 1}"
            )
        if isinstance(node, yaml.MappingNode):
            _check_duplicate_keys(node, where, error)
        on_path.add(ident)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_duplicate_keys(node: yaml.MappingNode, where: str, error: type[CablelintError]) -> None:
    seen: dict[tuple[str, str], yaml.Node] = {}
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE_TAG:
            continue
        if (key.tag, key.value) in seen:
            first = seen[(key.tag, key.value)].start_mark.line + 1
            raise error(
                f"{where}: line {key.start_mark.line + 1}, column "
                f"{key.start_mark.column + 1}: duplicate key '{key.value}' (first at line {first})"
            )
        seen[(key.tag, key.value)] = key
