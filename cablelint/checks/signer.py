"""signer: a signature that is a known signer's name garbled: doubled, run together, initials glued
on."""

from __future__ import annotations

from typing import Iterator

from ..diagnostic import Diagnostic
from ..document import Cable
from .base import CheckKind, worded, wordings

#: Shortest known name an affix may be glued to (`JPOLASCHIK`); shorter names give false matches
#: (HILL + MAN is HILLMAN, a real name).
MIN_NAME = 6
#: Longest run of initials glued before a name (`LBSCHREIBERHUGHES`).
MAX_INITIALS = 2
VOWELS = frozenset("AEIOUY")
#: code -> the values each way a signature is garbled fills in its wording
PROBLEMS = {"doubled": ("name",), "run_together": ("first", "second"),
            "initial_before": ("initials", "name"), "initials_before": ("initials", "name"),
            "initial_after": ("initial", "name")}


class Signer(CheckKind):
    """Reports a signature that is a known signer's name garbled. Parameters: `vocabulary` (default
    `signers`: names that sign real cables) and `problems`, the wording of each way it is garbled,
    with its own placeholders: `doubled` ({name}), `run_together` ({first}, {second}),
    `initial_before`, `initials_before` ({initials}, {name}), `initial_after` ({initial}, {name}).

    Reports a signature that is a doubled word (`BOYCE BOYCE`), two known signers run together
    (`KEEGANPAAL`), or a known signer of at least six letters with one or two initials glued before it
    (`JPOLASCHIK`) or one consonant after it (`WILLIAMSONB`). A name the list does not know is not judged.
    Message placeholders: `{value}`, `{problem}` (the problem worded).
    """

    name = "signer"
    placeholders = ("value", "problem")
    needs_target = False
    params_schema = {"type": "object", "additionalProperties": False, "required": ["problems"],
                     "properties": {"vocabulary": {"type": "string"},
                                    "problems": wordings(PROBLEMS)}}

    def __init__(self, rule, vocabularies) -> None:
        super().__init__(rule, vocabularies)
        self.known = {
            key.replace(" ", ""): key
            for key in vocabularies[self.params.get("vocabulary", "signers")].rows
        }
        self.longest = max(map(len, self.known), default=0)

    def problem(self, signature: str) -> tuple[str, dict] | None:
        """Why a signature looks garbled (a code of PROBLEMS and its values), or None."""
        words = signature.upper().split()
        if len(words) == 2 and words[0] == words[1]:
            return "doubled", {"name": words[0]}
        joined = "".join(words)
        if len(words) != 1 or joined in self.known or len(joined) > 2 * self.longest:
            return None
        for cut in range(4, len(joined) - 3):
            if joined[:cut] in self.known and joined[cut:] in self.known:
                return "run_together", {"first": self.known[joined[:cut]],
                                        "second": self.known[joined[cut:]]}
        for size in range(1, MAX_INITIALS + 1):
            name, initials = joined[size:], joined[:size]
            if len(name) >= MIN_NAME and name in self.known:
                code = "initial_before" if size == 1 else "initials_before"
                return code, {"initials": initials, "name": self.known[name]}
        # After the name only one consonant counts: NICHOL(S)ON and SANDERS-ON are names of their
        # own.
        if joined[-1] not in VOWELS and len(joined) > MIN_NAME and joined[:-1] in self.known:
            return "initial_after", {"initial": joined[-1], "name": self.known[joined[:-1]]}
        return None

    def check(self, cable: Cable) -> Iterator[Diagnostic]:
        if cable.signature is None:
            return
        problem = self.problem(cable.signature.value)
        if problem:
            code, values = problem
            yield self.rule.diagnostic(cable, cable.signature.span, value=cable.signature.value,
                                       problem=worded(self.params["problems"][code], values))
