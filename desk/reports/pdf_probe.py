"""A one-page PDF for the self-test."""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desk.fonts import FONT, register_fonts


def one_page_pdf(target: Path) -> None:
    """Write a page of Finnish text in the embedded font."""
    register_fonts()
    canvas = Canvas(str(target), pagesize=A4)
    canvas.setTitle("Digituki Desk self-test")
    canvas.setFont(FONT, 14)
    canvas.drawString(72, 760, "Digituki Desk – itsetesti: äöå ÄÖÅ 1\u00a0234 €")
    canvas.showPage()
    canvas.save()
