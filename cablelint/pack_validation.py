"""A rule pack's text validated: the pack schema (with the registered selectors and check kinds
filled in), each rule's parameters against its kind's schema, its regexes against the regex
policy, the placeholders of its messages and its fix."""

from __future__ import annotations

import json
import re

from . import placeholders, regex_policy
from .checks import renamed
from .errors import RulePackError
from .examples import KEYS as EXAMPLE_KEYS, PARTS as EXAMPLE_PARTS
from .plugins import Registry
from .resources import data_dir
from .rule import WHEN_SCHEMA


def pack_schema(registry: Registry) -> dict:
    """The rule-pack schema with the selector names and the check kinds filled in."""
    schema = json.loads((data_dir("schemas") / "rule-pack.schema.json").read_text(encoding="utf-8"))
    schema["$defs"]["selector"] = {"enum": sorted(registry.selectors)}
    schema["$defs"]["when"] = WHEN_SCHEMA
    schema["$defs"]["example"]["propertyNames"] = {"enum": [*EXAMPLE_KEYS, *EXAMPLE_PARTS]}
    schema["$defs"]["rule"]["properties"]["check"] = {"enum": sorted(registry.check_kinds)}
    return schema


def validated_pack(where: str, data: bytes, registry: Registry) -> list[dict]:
    import jsonschema

    from . import safe_yaml

    pack = safe_yaml.load(data, where, RulePackError)
    _refuse_renamed_kinds(where, pack, registry)
    schema = pack_schema(registry)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    _raise_first(where, pack, validator.iter_errors(pack))
    for index, rule in enumerate(pack["rules"]):
        kind = registry.check_kinds[rule["check"]]
        if kind.needs_target and "target" not in rule:
            raise RulePackError(f"{where}: rule {rule['id']}: /rules/{index}: check '{kind.name}' "
                                "needs a 'target'")
        params_schema = {**kind.params_schema, "$defs": schema["$defs"]}
        errors = jsonschema.Draft202012Validator(
            params_schema, format_checker=jsonschema.FormatChecker()
        ).iter_errors(rule.get("params", {}))
        _raise_first(where, pack, errors, prefix=f"/rules/{index}/params")
        check_regexes(where, rule, index, kind.params_schema)
        _check_placeholders(where, rule, index, kind)
        _check_fix(where, rule, index, kind)
        rule["pack"] = pack["pack"]
    return pack["rules"]


def _refuse_renamed_kinds(where: str, pack, registry: Registry) -> None:
    """A rule naming a check kind by its old name (checks/renamed.py) is refused, saying what to
    write instead."""
    rules = pack.get("rules") if isinstance(pack, dict) else None
    for index, rule in enumerate(rules if isinstance(rules, list) else ()):
        if isinstance(rule, dict) and rule.get("check") not in registry.check_kinds:
            instead = renamed.replacement(rule)
            if instead:
                raise RulePackError(f"{where}: rule {rule.get('id')}: /rules/{index}/check: "
                                    f"check kind '{rule['check']}' was renamed: {instead}")


def _check_placeholders(where: str, rule: dict, index: int, kind) -> None:
    """The placeholders of the rule's message and of its message parameters are names the kind
    fills."""
    params = marked_strings(kind.params_schema, rule.get("params", {}), f"/rules/{index}/params",
                            _is_message)
    templates = [(f"/rules/{index}/message", rule["message"], kind.placeholders)]
    templates += [(f"/rules/{index}/overrides/{number}/message", override["message"],
                   kind.placeholders)
                  for number, override in enumerate(rule.get("overrides", ()))
                  if "message" in override]
    templates += [
        (pointer, template, schema["placeholders"]) for pointer, template, schema in params
    ]
    for pointer, template, filled in templates:
        why = placeholders.problem(template, filled)
        if why:
            raise RulePackError(f"{where}: rule {rule['id']}: {pointer}: {why}")


def _check_fix(where: str, rule: dict, index: int, kind) -> None:
    """A `fix:` without a template needs a check kind that makes the edits; its regexes obey the
    policy."""
    spec = rule.get("fix")
    if spec is None:
        return
    by_template = any(key in spec for key in ("replace", "with", "own_line", "repeat"))
    if not by_template and not getattr(kind, "provides_fix", False):
        raise RulePackError(f"{where}: rule {rule['id']}: /rules/{index}/fix: check '{kind.name}' "
                            f"makes no edits; give 'replace' or 'with'")
    for position, substitution in enumerate(spec.get("replace", ())):
        why = regex_policy.problem(substitution["regex"], 0)
        if why:
            raise RulePackError(
                f"{where}: rule {rule['id']}: /rules/{index}/fix/replace/{position}/regex: regex"
                f" {substitution['regex']!r} refused: {why}"
            )


def check_regexes(
    where: str, rule: dict, index: int, params_schema: dict, written_in: bytes = b""
) -> None:
    """Refuse a rule whose regexes break the regex policy (regex_policy.py), naming pack, rule and
    pointer.

    A regex that `written_in` (the text of the pack a cached rule came from) holds verbatim is not
    checked again: the policy passed it when the cache was written from that very pack (the entry
    names the pack's digest), and a regex planted in the cache would have to be a piece of the
    pack's own text. Checking the others keeps a tampered cache a miss, at a fraction of the cost
    (the policy check of every regex was a third of a one-cable run)."""
    params = rule.get("params", {})
    flags = re.I if params.get("ignore_case") else 0
    regexes = marked_strings(params_schema, params, f"/rules/{index}/params", is_regex)
    for pointer, pattern, _ in regexes:
        if written_in and pattern.encode("utf-8") in written_in:
            continue
        why = regex_policy.problem(pattern, flags)
        if why:
            shown = pattern if len(pattern) <= 80 else pattern[:77] + "..."
            raise RulePackError(f"{where}: rule {rule['id']}: {pointer}: regex {shown!r} refused: "
                                f"{why}")


def marked_strings(schema: dict, value, pointer: str, marked):
    """(JSON pointer, string, its schema) of each string value whose schema `marked(schema)`
    holds."""
    if marked(schema) and isinstance(value, str):
        yield pointer, value, schema
    elif isinstance(value, dict):
        for key, item in value.items():
            sub = schema.get("properties", {}).get(key, schema.get("additionalProperties"))
            if isinstance(sub, dict):
                yield from marked_strings(sub, item, f"{pointer}/{key}", marked)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for position, item in enumerate(value):
            yield from marked_strings(schema["items"], item, f"{pointer}/{position}", marked)


def is_regex(schema: dict) -> bool:
    return schema.get("format") == "regex"


def _is_message(schema: dict) -> bool:
    return "placeholders" in schema


def _raise_first(where: str, pack, errors, prefix: str = "") -> None:
    from .schema_errors import first_problem

    problem = first_problem(errors, prefix)
    if problem is not None:
        rule_id = _rule_id_at(pack, problem.pointer)
        raise RulePackError(f"{where}: {rule_id}{problem.pointer}: {problem.message}{problem.hint}")


def _rule_id_at(pack, pointer: str) -> str:
    parts = pointer.split("/")
    if len(parts) > 2 and parts[1] == "rules" and parts[2].isdigit() and isinstance(pack, dict):
        rules = pack.get("rules") or []
        index = int(parts[2])
        if index < len(rules) and isinstance(rules[index], dict) and "id" in rules[index]:
            return f"rule {rules[index]['id']}: "
    return ""
