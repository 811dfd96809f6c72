"""The first JSON Schema error of a document as one line: its JSON pointer, the message, a "did you
mean"."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SchemaProblem:
    """Where a document breaks its schema and what to say about it."""

    pointer: str      # JSON pointer, "/" for the document itself
    message: str      # jsonschema's message, or "unknown setting 'x'" for an unexpected key
    hint: str         # " (did you mean 'y'?)" or ""


def first_problem(
    errors, prefix: str = "", unknown_word: str | None = None
) -> SchemaProblem | None:
    """The first error by position, or None. `unknown_word` names unexpected keys ("setting")
    instead of repeating jsonschema's message about additional properties."""
    error = next(iter(sorted(errors, key=lambda e: list(e.absolute_path))), None)
    if error is None:
        return None
    pointer = prefix + "".join(f"/{part}" for part in error.absolute_path) or "/"
    message, hint = error.message, ""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(error.schema.get("properties", {}))
        unknown = sorted(set(error.instance) - set(allowed))
        if unknown:
            hint = did_you_mean(unknown[0], allowed)
            if unknown_word:
                message = f"unknown {unknown_word} '{unknown[0]}'"
    elif error.validator == "enum":
        hint = did_you_mean(str(error.instance), [str(v) for v in error.validator_value])
    if len(message) > 200:
        message = message[:197] + "..."
    return SchemaProblem(pointer, message, hint)


def did_you_mean(word: str, choices, cutoff: float = 0.6) -> str:
    """The hint ` (did you mean 'x'?)` for the closest of choices; empty when none is close."""
    import difflib

    close = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return f" (did you mean '{close[0]}'?)" if close else ""
