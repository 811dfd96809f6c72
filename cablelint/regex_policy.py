"""The regex policy of rule packs: no pattern whose backtracking can grow exponentially.

Python's `re` backtracks. A repetition inside a repetition (`(a+)+`, `(.*)*`, `(\\w+\\s?)+`) or a
repeated alternation whose branches can begin with the same character (`(a|a)*`, `(a|ab)+`) can
split one run of text in exponentially many ways, so a single hostile line can hang a run. Such
patterns are refused when a pack is loaded; `x?` inside a repetition and fixed counts (`(\\d{2})+`)
are allowed. The patterns are inspected with `re._parser` (the parser `re.compile` uses), so what is
checked is exactly what will run.
"""

from __future__ import annotations

try:                                    # Python >= 3.11
    import re._constants as sre_c
    import re._parser as sre_parse
    from re._compiler import compile as _compile
except ImportError:                     # Python 3.10
    import sre_constants as sre_c
    import sre_parse
    from sre_compile import compile as _compile

_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) + ((sre_c.POSSESSIVE_REPEAT,)
                                                  if hasattr(sre_c, "POSSESSIVE_REPEAT") else ())
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)
_COMPOUND = (*_REPEATS, sre_c.BRANCH, sre_c.SUBPATTERN, sre_c.GROUPREF, sre_c.GROUPREF_EXISTS)
#: The characters whose overlap decides whether two branches can begin alike: Latin-1, Latin
#: Extended, the punctuation block and a few symbols cables hold; enough to tell `a|b` from `a|a`
#: and `\w|\d`.
_SAMPLE = (
    "".join(map(chr, range(0x250))) + "\u2013\u2014\u2018\u2019\u201c\u201d\u2028\u2029\u20ac\ufffd"
)
#: Characters matched by each single-character item seen, by (opcode, its argument's repr, flags).
_MATCHING: dict[tuple, frozenset[str]] = {}


def problem(pattern: str, flags: int = 0) -> str | None:
    """Why `pattern` breaks the policy (one short phrase naming the construct), or None when it is
    fine.

    The pattern must compile (the caller's schema checks that first)."""
    return _scan(sre_parse.parse(pattern, flags), flags, repeated=False)


def _scan(tree, flags: int, repeated: bool) -> str | None:
    """A policy problem in a parsed sequence; `repeated` when an enclosing repetition can repeat
    it."""
    for op, av in tree:
        found = None
        if op in _REPEATS:
            body = av[2]
            if av[1] > 1 and _inner_run_overlaps_iteration(body, flags):
                return ("nested repetition: a repetition inside another that can take the start of "
                        "its next round (like (a+)+, (.*)* or (\\w+\\s?)*)")
            found = _scan(body, flags, repeated or av[1] > 1)
        elif op is sre_c.BRANCH:
            overlap = _overlapping_branches(av[1], flags) if repeated else None
            if overlap:
                return (f"a repeated alternation whose branches {overlap} can begin with the same "
                        f"character (like (a|a)* or (a|a\\w)*)")
            found = next((f for f in (_scan(b, flags, repeated) for b in av[1]) if f), None)
        elif op is sre_c.SUBPATTERN:
            found = _scan(av[3], flags | av[1], repeated)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            found = _scan(av[1], flags, repeated)
        elif op is sre_c.GROUPREF_EXISTS:
            found = next(
                (f for f in (_scan(b, flags, repeated) for b in av[1:] if b is not None) if f), None
            )
        if found:
            return found
    return None


def _inner_run_overlaps_iteration(body, flags: int) -> bool:
    """True when a variable repetition at the end of `body` (only optional items after it) can match
    a character that begins `body`: then it can take the start of the next round, and one run of
    text splits into rounds in exponentially many ways. `(?:[ ,/]+WORD)*` and `(?: R[A-Z]{3,6})+`
    are fine (what ends a round never begins one); `(\\w+\\s?)+` and `(a{1,5})+` are not."""
    begins = _first_chars(tuple(body), flags)
    return any(
        _first_chars(tuple(inner), flags) & begins for inner in _tail_repetitions(tuple(body))
    )


def _tail_repetitions(items: tuple):
    """Bodies of the variable repetitions (more than once) that can end a match of `items`."""
    for op, av in reversed(items):
        if op in _REPEATS:
            if av[1] > 1 and av[0] != av[1]:
                yield av[2]
            yield from _tail_repetitions(tuple(av[2]))
        elif op is sre_c.SUBPATTERN:
            yield from _tail_repetitions(tuple(av[3]))
        elif op is sre_c.BRANCH:
            for branch in av[1]:
                yield from _tail_repetitions(tuple(branch.data))
        elif op is sre_c.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    yield from _tail_repetitions(tuple(branch.data))
        if not _can_be_empty(((op, av),)):
            return


def _overlapping_branches(branches, flags: int) -> str | None:
    """`#i and #j` (1-based) for the first two branches that can begin with the same few characters:
    the same character in each of their first PREFIX positions (`SIPDIS|STADIS` differ at the
    second). `(a|a)` reaches here as `a(?:|)`, with two empty branches: the parser factors out
    common prefixes."""
    prefixes = [_prefix_sets(tuple(branch.data), flags) for branch in branches]
    for i, left in enumerate(prefixes):
        for j in range(i + 1, len(prefixes)):
            if all(x & y for x, y in zip(left, prefixes[j])):
                return f"#{i + 1} and #{j + 1}"
    return None


#: How many leading characters of two branches are compared.
PREFIX = 3


def _prefix_sets(items: tuple, flags: int) -> list[frozenset[str]]:
    """The sampled characters each of the first PREFIX characters of a match of `items` can be;
    shorter when a variable part comes first (its first characters end the list: what follows is not
    known)."""
    sets: list[frozenset[str]] = []
    pending = list(items)
    while pending and len(sets) < PREFIX:
        op, av = pending.pop(0)
        if op in _ZERO_WIDTH:
            continue
        if op is sre_c.SUBPATTERN:
            pending[:0] = list(av[3])
        elif op in _REPEATS and av[0] == av[1] and len(av[2]) == 1 and av[2][0][0] not in _COMPOUND:
            sets.extend([_matching(*av[2][0], flags)] * av[0])
        elif op in _COMPOUND:
            sets.append(_first_chars(((op, av), *pending), flags))
            break
        else:
            sets.append(_matching(op, av, flags))
    return sets[:PREFIX]


def _first_chars(items: tuple, flags: int) -> frozenset[str]:
    """The sampled characters a sequence of parsed items can begin with (an empty branch begins with
    none)."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS:
            chars |= _first_chars(tuple(av[2]), flags)
            if av[0] > 0:
                return frozenset(chars)
            continue
        if op is sre_c.SUBPATTERN:
            inner = tuple(av[3])
            chars |= _first_chars(inner, flags | av[1])
            if not _can_be_empty(inner):
                return frozenset(chars)
            continue
        if op is sre_c.BRANCH:
            for branch in av[1]:
                chars |= _first_chars(tuple(branch.data), flags)
            if not any(_can_be_empty(tuple(b.data)) for b in av[1]):
                return frozenset(chars)
            continue
        return frozenset(chars | _matching(op, av, flags))
    return frozenset(chars)


def _can_be_empty(items: tuple) -> bool:
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS:
            if av[0] > 0 and not _can_be_empty(tuple(av[2])):
                return False
        elif op is sre_c.SUBPATTERN:
            if not _can_be_empty(tuple(av[3])):
                return False
        elif op is sre_c.BRANCH:
            if not any(_can_be_empty(tuple(b.data)) for b in av[1]):
                return False
        else:
            return False
    return True


def _matching(op, av, flags: int) -> frozenset[str]:
    """The sampled characters one single-character item (literal, class, `.`, backreference)
    matches."""
    if op is sre_c.GROUPREF:
        return frozenset(_SAMPLE)       # a backreference can begin with anything
    key = (op, repr(av), flags)
    if key not in _MATCHING:
        state = sre_parse.State()
        state.flags = flags
        compiled = _compile(sre_parse.SubPattern(state, [(op, av)]), flags)
        _MATCHING[key] = frozenset(c for c in _SAMPLE if compiled.match(c))
    return _MATCHING[key]
