"""What follows a cable's last text line: export footers, end-of-cable junk, the bottom banner
and an archive's declassification stamp."""

from __future__ import annotations

import re

from ..document import Text
from .lines import WS, line_text
from .pages import OLD_PAGE_HEADER_RE
from .stamps import is_stamp

#: The credit of the newspaper that published a cable, under the signature (`ROOS` / `EPET @ EL
#: PAÍS`, 10TOKYO171, 05MADRID4026, 10CANBERRA93): mirror text, no signature.
PUBLISHER_CREDIT = r"[A-Z]{2,8} @ EL P(?:A(?:[IÍ]S?)?)?"     # cut short too (`EPET @ EL P`)
#: An archive's line under the cable: its reference id and the classification (`HARDT` / `NNNN` /
#: `2005VATICA00467 - Classification: CONFIDENTIAL`, 01VATICAN3507, 02ROME1725; after the OASYS
#: quote mark on its line, `>  2002ROME01196 - ...`, 02ROME1196): mirror text, no
#: signature.
ARCHIVE_FOOTER = (r"(?:>[ \t]*)?\d{4}[A-Z]{3,8}\d{5} - Classification: [A-Z][A-Z /]*?[ \t\"]*"
                  r"(?:</?[a-z]+>)*")
#: The database query a mirror's page printed under the cable (``GOLDBERG`` / ``SELECT * FROM
#: `cable` WHERE `id` = '90016' ORDER BY `date` ASC``, 06LAPAZ3400, 09HARARE51): no signature.
SITE_QUERY = r"SELECT \* FROM `\w+`(?: WHERE .*)?"
#: The footer a database export put after each cable (`=====CABLE ENDS=====`, 08QUITO327): mirror
#: chrome.
EXPORT_FOOTER_RE = re.compile(r"^(?:=+\s*CABLE ENDS?\s*=+|" + PUBLISHER_CREDIT + "|"
                              + ARCHIVE_FOOTER + "|" + SITE_QUERY + r")$")
END_JUNK_RE = re.compile(r"^(?:[\W_]+|=*\s*CABLE ENDS?\s*=*|"
                         r"(?i:end\s+(?:of\s+)?cable(?:\s+text)?\.?)|"
                         + PUBLISHER_CREDIT + "|" + ARCHIVE_FOOTER + "|" + SITE_QUERY + r")$")
#: What old cables carry after the signature: the classification printed at the page foot (the
#: bottom banner, `SECRET NOFORN` too, `SENSITIVE BUT UNCLASSIFIED` under the page number `1`,
#: 09REYKJAVIK50), and the stamp of the State Department's systematic declassification review
#: (wrapped over two lines in some copies).
ERA_TAIL_RE = re.compile(r"^(?:(?:UNCLAS(?:SIFIED)?|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET)"
                         r"(?:[ /]+NOFORN)?|SENSITIVE BUT UNCLASSIFIED|\d{1,3}|"
                         r"Declassified/Released US Department of State EO"
                         r"(?: Systematic Review.*)?|"
                         r"Systematic Review \d{1,2} [A-Z]{3} \d{4})(?:</?[a-z]+>)*$")


def footer_chrome(lines: tuple[str, ...]) -> tuple[Text, ...]:
    """The export footers after the cable's last text line."""
    last = last_text_line(lines, len(lines))
    return tuple(line_text(lines, i) for i in range(0 if last is None else last + 1, len(lines))
                 if EXPORT_FOOTER_RE.match(lines[i].strip(WS)))


def last_text_line(lines: tuple[str, ...], before: int) -> int | None:
    """Index of the last line before `before` that is neither blank, end-of-cable junk, an era tail,
    an old telegram's page header (of the page's foot, 01VATICAN5693) nor an archive's
    declassification stamp."""
    for i in range(before - 1, -1, -1):
        stripped = lines[i].strip(WS)
        if stripped and not END_JUNK_RE.match(stripped) and not ERA_TAIL_RE.match(stripped) \
                and not OLD_PAGE_HEADER_RE.match(stripped) and not is_stamp(lines[i]):
            return i
    return None
