"""The mirror's reference id (`06ASTANA604`): the station and serial it names, and the id without
the banner words and signals a mirror swallowed into it (`08EFTOLONDON2883`)."""

from __future__ import annotations

import re
from pathlib import PurePath

from ..document import ReferenceId

REFERENCE_ID_RE = re.compile(r"^\d{2}(?P<station>[A-Z]+?)0*(?P<serial>\d+)$")
#: Banner words and signals WikiLeaks swallowed into reference ids (cable-format.md 3, cablemap
#: consts).
MALFORMED_ID_RE = re.compile(
    r"S?E?CTION\d+OF\d+|SCTION\d+OF\d+|EFTO|AMEMBASSY|AMCONSUL|NOFORN|TOSEC\d*|"
    r"\d*ZFR\d*|\d*ZDK\d*|SUSPECTEDDUPLICATE\d*"
)


def parse_reference_id(value: str) -> ReferenceId:
    """What the id `value` names, as far as it is of the id's form."""
    m = REFERENCE_ID_RE.match(value)
    return ReferenceId(station=m.group("station") if m else None,
                       serial=int(m.group("serial")) if m else None,
                       canonical=canonical_id(value) if MALFORMED_ID_RE.search(value[2:])
                       else None)


def canonical_id(malformed: str) -> str:
    """The id without swallowed words and signals, its serial without leading zeros:
    `07OSLO000160ZDK164` -> `07OSLO160`, `08EFTOLONDON2883` -> `08LONDON2883`."""
    body = re.sub(r"(?:ZDK|ZFR|SUSPECTEDDUPLICATE)\d*$", "", malformed[2:])
    body = MALFORMED_ID_RE.sub("", body)
    m = re.match(r"^([A-Z]+?)0*(\d+)$", body)
    return malformed[:2] + (f"{m.group(1)}{m.group(2)}" if m else body)


def file_reference(path: str) -> ReferenceId | None:
    """What a file named by its reference id names (`09CHISINAU694.txt`; a swallowed `EFTO` taken
    out, `09EFTOLONDON2187.txt`), or None for a file named otherwise."""
    named = parse_reference_id(PurePath(path).stem)
    if named.canonical is not None:
        named = parse_reference_id(named.canonical)
    return named if named.station is not None else None
