"""The embedded TrueType font every PDF (reports and guide handouts) uses, so ä, ö, å and the no-break space render."""

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
