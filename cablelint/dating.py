"""The cable's date, resolved in one place: the DTG, else the mirror's Created date, else the date
of the cables.csv row that names the cable, else the year of the reference id (`08BRASILIA93`:
metadata, else the file name).

A reference id gives only the year (its month is not in it), so the date is a range: `earliest` and
`latest` are the same day when the day is known, and 1 January to 31 December for a year. The date
rules conclude only what holds for every day of the range (a DECL date before 1 January of the year
is before the cable, whatever its day). The DECL date is not used: the rules check it against the
cable date, and deriving one from the other would make them agree by construction.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from .record import Record, set_field

#: `08BRASILIA93`, `87NEWDELHI23722`: two-digit year, station, serial (a file may add `__iran`).
REFERENCE_ID_RE = re.compile(r"^(?P<year>\d{2})[A-Z][A-Z0-9]*?\d+(?:__\w+)?$")
#: A row of the cables.csv export, on a line of its own: number, date and time, reference id, origin
#: (`19310,7/30/2004 17:38,04THEHAGUE1924,"Embassy The Hague",SECRET//NOFORN,...`). The file's own
#: row dates a cable that has no DTG (html-fragment/03THEHAGUE2835); the parser finds the next
#: cable's row after the signature (html-fragment/04THEHAGUE1923) and rows embedded in the text.
CSV_RECORD_RE = re.compile(r"^\d+,(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}) \d{1,2}:\d\d,"
                           r"(?P<id>\d\d[A-Z]+\d+),\"")
#: Cablegate cables run from 1966: a two-digit year from 66 is 19YY, below it 20YY.
FIRST_YEAR = 66


class CableDate(Record):
    """When the cable was written, as precisely as the text tells: a day, or a year."""

    earliest: dt.date
    latest: dt.date
    source: str          # dtg | metadata | csv-row | reference-id

    __slots__ = ("earliest", "latest", "source")

    def __init__(self, earliest, latest, source) -> None:
        set_field(self, "earliest", earliest)
        set_field(self, "latest", latest)
        set_field(self, "source", source)

    @property
    def exact(self) -> dt.date | None:
        """The day, when it is known."""
        return self.earliest if self.earliest == self.latest else None

    def __str__(self) -> str:
        return (
            self.earliest.isoformat()
            if self.exact
            else f"{self.earliest.year} (year of the reference id)"
        )


def resolve_date(cable) -> CableDate | None:
    """The one place that decides a cable's date: DTG, mirror Created date, reference-id year."""
    header = cable.header
    if header is not None and header.dtg is not None and header.dtg.when is not None:
        day = header.dtg.when.date()
        return CableDate(day, day, "dtg")
    if cable.traces.metadata is not None and cable.traces.metadata.created_at is not None:
        day = cable.traces.metadata.created_at.date()
        return CableDate(day, day, "metadata")
    row = csv_row_date(cable)
    if row is not None:
        return CableDate(row, row, "csv-row")
    year = reference_year(cable)
    if year is not None:
        return CableDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "reference-id")
    return None


def csv_row_date(cable) -> dt.date | None:
    """The date of a cables.csv row in the text that names the cable's own reference id (the row
    of the next cable, which an export may leave under the signature, names another)."""
    own = set(_reference_ids(cable))
    for line in cable.lines:
        if not line[:1].isdigit() or ',"' not in line:
            continue
        m = CSV_RECORD_RE.match(line)
        if m and m["id"] in own:
            try:
                return dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
            except ValueError:      # a row's date that is no day (`2/30/2004`)
                continue
    return None


def _reference_ids(cable) -> list[str]:
    """The cable's reference id as the mirror's Reference ID, then as the file name gives it."""
    candidates = []
    if cable.traces.metadata is not None and cable.traces.metadata.reference_id is not None:
        candidates.append(cable.traces.metadata.reference_id.value.strip())
    candidates.append(PurePath(cable.path).stem)
    return candidates


def reference_year(cable) -> int | None:
    """The year of the cable's reference id: the mirror's Reference ID, else the file name."""
    for candidate in _reference_ids(cable):
        m = REFERENCE_ID_RE.match(candidate)
        if m:
            return full_year(int(m.group("year")))
    return None


def full_year(two: int) -> int:
    """The year of a cable id's two digits (`08BRASILIA93`, a REF's `09 STATE 96625`)."""
    return 1900 + two if two >= FIRST_YEAR else 2000 + two
