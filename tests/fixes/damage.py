"""The clean cable the fix tests damage, and the damage each fixable rule repairs (the same kinds of
damage on real cables: cablelint/damage.py)."""

from __future__ import annotations

from cables import HEADER

PARAGRAPHS = 13
DIVIDER = "-" * 28
#: A clean CONFIDENTIAL cable of 2007, paragraphs written `¶N. (C)`, with a REF line, a
#: quotation, a web address, a group's name with a plus sign and a lettered item.
CLEAN = (
    HEADER.replace(
        "SUBJECT: A SUBJECT\n", "SUBJECT: A SUBJECT\n\nREF: A. STATE 12345\nB. ASTANA 1033\n"
    )
    + "".join(
        f"¶{n}. (C) Paragraph {n} of the cable, the minister's view of it.\n\n" for n in range(1, 4)
    )
    + '¶4. (C) He claimed the "regional and moral right" to press\nahead -- the chairmanship.\n\n'
    + "".join(f"¶{n}. (C) Paragraph {n} of the cable.\n\n" for n in range(5, 9))
    + f"{DIVIDER}\nAssessing the Relationship\n{DIVIDER}\n\n"
    + "¶9. (C) Paragraph 9 of the cable.\n\n"
    + "¶10. (C) Paragraph 10 of\nASTANA 00000604 002 OF 002\nthe cable.\n\n"
    + "".join(f"¶{n}. (C) Paragraph {n} of the cable.\n\n" for n in range(11, PARAGRAPHS))
    + f"¶{PARAGRAPHS}. (C) Paragraph {PARAGRAPHS} of the cable"
    + " (http://www.state.gov/p/eur/index.cfm) on the P5+1, in one item:\n\n"
    + "A. Its first item.\n\n"
    + "ORDWAY\n"
)
#: The header block from the banner to the blank line above paragraph 1.
HEADER_BLOCK = CLEAN[CLEAN.index("C O N F I D E N T I A L"):CLEAN.index("¶1.")]


#: rule id -> (text of the clean cable, the damaged text in its place); `--fix` restores the clean
#: cable.
DAMAGE = {
    "CL001": ("VZCZCXRO7837", "VZCZCXR07837"),
    "CL017": ("PRIORITY 8683\n\n", "PRIORITY 8683\n"),
    "CL021": ("\nC O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000604\n",
              "\n\tC O N F I D E N T I A L  SECTION 01 OF 02 ASTANA 000604\n"),
    "CL026": ("of\nASTANA 00000604 002 OF 002\nthe cable",
              "of ASTANA 00000604 002 OF 002 the cable"),
    "CL027": (f"(d).\n\n¶1.", f"(d).\n\n{HEADER_BLOCK}¶1."),
    "CL031": ("SIPDIS\n\nE.O.", "SIPDIS\nSIPDIS\n\nE.O."),
    "CL032": ("to press\nahead", "to press\n\nSIPDIS\n\nahead"),
    "CL051": ("TAGS: PGOV", "TAGES: PGOV"),
    "CL053": ("TAGS: PGOV", "TAGS: POGOV"),
    "CL055": ("TAGS: PGOV PREL KZ", "TAGS: PGOV PREL PREL KZ"),
    "CL058": ("TAGS: PGOV PREL KZ", "TAGS: [PGOV](#) [PREL](#) [KZ](#)"),
    "CL061": ("SUBJECT: A SUBJECT", "SUBJ: A SUBJECT"),
    "CL070": ("REF: A. STATE", "REFTEL: A. STATE"),
    "CL071": ("B. ASTANA 1033", "[1B.](#) ASTANA 1033"),
    "CL091": ("¶4. (C)", "¶14. (C)"),
    "CL092": ("¶5. (C)", "5.(C)"),
    "CL110": ("¶3. (C)", "[¶3.](#) (C)"),
    "CL111": ("¶6. (C) Paragraph 6", "**¶6. (C)** Paragraph 6"),
    "CL112": ("Paragraph 7 of the cable.\n", "Paragraph 7 of the cable.  \n"),
    "CL143": ("Classified By: Ambassador", "Classified By: Classified by Ambassador"),
    "CL144": ("\nA. Its first item.", "\n¶A. Its first item."),
    "CL147": ("p/eur/index.cfm", "p/eur/index. cfm"),
    "CL148": ("the P5+1,", "the P5 1,"),
    "CL113": ("Paragraph 8 of", "Paragraph\t8 of"),
    "CL114": ("VZCZCXRO7837", "pdf  how-to read a cable\nVZCZCXRO7837"),
    "CL117": ("1 of the cable, the minister's", "1 of the cable, the minister,s"),
    "CL118": ('"regional and moral right"', "&regional and moral right8"),
    "CL119": ('"regional and moral right"', "®ional and moral right8"),
    "CL120": ("ahead -- the", "ahead ) the"),
    "CL123": ("VZCZCXRO7837", "\n\nVZCZCXRO7837"),
    "CL126": ("8683\n\nC O N", "8683\n\nTuesday, 6 March 2007, 05:17\nC O N"),
    "CL127": (f"{DIVIDER}\nAssessing", "-------------- --------------\nAssessing"),
    "CL128": ("Paragraph 9 of the cable.", "Paragraph 9 of the cable.\\"),
}
