"""Check kinds renamed so that a kind's name says what it checks: a pack that still names an old
kind is refused with the kind to write instead (`presence`, `station` and `era` were two or three
kinds behind a switch)."""

from __future__ import annotations

#: Old kind -> its replacement: a kind's name, or (parameter, {value of it: kind}) for a kind that
#: a parameter used to split in two; that parameter goes.
RENAMED_KINDS: dict[str, str | tuple[str, dict[str, str]]] = {
    "presence": ("expect", {"present": "required", "absent": "forbidden"}),
    "station": ("compare", {"originator": "originator_of_post",
                            "routing_indicator": "routing_indicator_of_post"}),
    "era": ("judge", {"order": "order_in_force", "form": "eo_line_form",
                      "reason": "reason_section_in_force"}),
    "sequence": "paragraph_numbering",
    "series": "enumeration",
    "agreement": "all_equal",
    "consistency": "agrees_with",
}


def replacement(rule: dict) -> str | None:
    """What to write instead of the old kind a pack's rule names, or None when it names no old kind:
    `write 'check: forbidden' and drop 'expect: absent'`."""
    old = rule.get("check")
    new = RENAMED_KINDS.get(old) if isinstance(old, str) else None
    if new is None:
        return None
    if isinstance(new, str):
        return f"write 'check: {new}'"
    switch, kinds = new
    params = rule.get("params")
    value = params.get(switch) if isinstance(params, dict) else None
    if isinstance(value, str) and value in kinds:
        return f"write 'check: {kinds[value]}' and drop '{switch}: {value}'"
    either = " or ".join(f"'check: {kind}' ({switch}: {value})" for value, kind in kinds.items())
    return f"write {either} and drop '{switch}'"
