"""A mirror-style cable for rule tests: seed 004's labelled metadata block above the standard cable."""

from cables import BODY, HEADER

#: Lines of the metadata block: labels (1-4), values (5-8), `Cable title:` (9), blank, `Tags:` (11).
META_LINES = 11


def metadata(identifier="07ASTANA604", created="2007-03-07 05:17:00", classification="CONFIDENTIAL",
             title="A SUBJECT") -> str:
    """The block a text mirror puts above the telegram; defaults agree with HEADER."""
    return ("Identifier\nCreated\nClassification\nOrigin\n"
            f"{identifier}\n{created}\n{classification}\nEmbassy Astana\n"
            f"Cable title:  {title}\n\nTags:  PGOV PREL KZ\n")


def mirror(header: str = HEADER, body: str = BODY, **meta) -> str:
    """The metadata block, then the cable; the banner of HEADER is on line META_LINES + 9 = 20."""
    return metadata(**meta) + header + body
