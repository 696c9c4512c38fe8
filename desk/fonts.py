"""The embedded TrueType font every PDF (reports and guide handouts) uses, so ä, ö, å and the no-break space render.

Also the large-type styles customer handouts share (guide handouts, referral slips).
"""

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table, TableStyle

from desk.resources import resource_path

FONT = "DeskSans"
FONT_BOLD = "DeskSans-Bold"


def register_fonts() -> None:
    """Register the font family once."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DeskSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DeskSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


BODY_SIZE = 15
INK = colors.HexColor("#1a1a1a")
WARNING_FILL = colors.HexColor("#fff4d6")
BOX_FILL = colors.HexColor("#eef3f8")


def handout_styles() -> dict[str, ParagraphStyle]:
    """The large-type paragraph styles of customer handouts (guides' handouts and referral slips)."""
    base = ParagraphStyle("body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=26, leading=31, spaceAfter=6),
        "summary": ParagraphStyle("summary", base, fontSize=16, leading=22, spaceAfter=10),
        "heading": ParagraphStyle(
            "heading", base, fontName=FONT_BOLD, fontSize=19, leading=24, spaceBefore=12, keepWithNext=1
        ),
        "boxhead": ParagraphStyle("boxhead", base, fontName=FONT_BOLD, fontSize=19, leading=24, spaceAfter=4),
        "number": ParagraphStyle("number", base, fontName=FONT_BOLD, fontSize=20, leading=24, alignment=TA_LEFT),
        "small": ParagraphStyle("small", base, fontSize=11, leading=14, textColor=colors.HexColor("#333333")),
    }


def handout_box(flowables: list[Any], fill: colors.Color, width: float = 17 * cm) -> Table:
    """Flowables in a framed, filled box."""
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table
