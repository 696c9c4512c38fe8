"""The customer handout: a large-type A4 PDF of one guide, with no personal data."""

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import HRFlowable, Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk.fonts import BOX_FILL, FONT, WARNING_FILL, register_fonts
from desk.fonts import handout_box as _box
from desk.fonts import handout_styles as _styles
from desk.guides.images import image_refusal
from desk.guides.labels import CUSTOMER_REMINDERS, label
from desk.guides.model import Guide, Step

MAX_IMAGE_WIDTH = 11 * cm


def _bullets(items: tuple[str, ...], style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph("• " + escape(item), style) for item in items]


def _image(path: Path) -> Image | None:
    if image_refusal(path) is not None:  # checked again: the file may have changed since the guide was read
        return None
    try:
        image = Image(str(path))
    except OSError:
        return None
    if image.drawWidth > MAX_IMAGE_WIDTH:
        scale = MAX_IMAGE_WIDTH / image.drawWidth
        image.drawWidth *= scale
        image.drawHeight *= scale
    return image


NUMBER_WIDTH = 2.7 * cm
TEXT_WIDTH = 17 * cm - NUMBER_WIDTH


def _indented(flowable: Any) -> Table:
    table = Table([["", flowable]], colWidths=[NUMBER_WIDTH, TEXT_WIDTH])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _step(step: Step, guide: Guide, styles: dict[str, ParagraphStyle]) -> list[Any]:
    """A step's flowables: number and text, then details, warnings and pictures indented under it.

    Stop points and [staff] lines are instructions for staff, so the customer's handout leaves them out.
    """
    language = guide.language
    head: list[Any] = []
    if step.customer_does:
        head.append(Paragraph(f"<b>► {escape(label('customer_handout', language))}</b>", styles["body"]))
    head.append(Paragraph(step.html, styles["body"]))
    row = Table([[Paragraph(f"☐ {step.number}.", styles["number"]), head]], colWidths=[NUMBER_WIDTH, TEXT_WIDTH])
    row.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    rest: list[Any] = [_indented(Paragraph(detail, styles["body"])) for detail in step.details_html]
    for note in step.customer_notes:
        text = Paragraph(f"<b>⚠ {escape(label('warning', language).upper())}:</b> {note.html}", styles["body"])
        rest.append(_indented(_box([text], WARNING_FILL, TEXT_WIDTH - 12)))
    for path in step.images:
        image = _image(path)
        if image is not None:
            rest.append(_indented(image))
    row.keepWithNext = bool(rest)
    rule = HRFlowable(width="100%", thickness=0.5, color=colors.HexColor("#999999"), spaceBefore=4, spaceAfter=2)
    return [row, *rest, rule]


def _partner_lines(lines: Sequence[str], styles: dict[str, ParagraphStyle]) -> list[Paragraph]:
    """A referral partner's name (bold) and public details, as plain text."""
    name, *details = lines
    return [Paragraph(f"<b>{escape(name)}</b>", styles["body"])] + [
        Paragraph(escape(line), styles["body"]) for line in details
    ]


def handout_story(guide: Guide, partners: Mapping[str, Sequence[str]] | None = None) -> list[Any]:
    """The flowables of a guide's handout; `partners` gives the lines of the partners its referrals name."""
    register_fonts()
    styles = _styles()
    language = guide.language
    story: list[Any] = [
        Paragraph(escape(guide.title), styles["title"]),
        Paragraph(escape(guide.summary), styles["summary"]),
    ]
    if guide.bring:
        box = [Paragraph(escape(label("bring", language)), styles["boxhead"]), *_bullets(guide.bring, styles["body"])]
        story.append(_box(box, BOX_FILL))
    story.append(Paragraph(escape(label("steps", language)), styles["heading"]))
    for step in guide.steps:
        story.extend(_step(step, guide, styles))
    if guide.cleanup:
        story.append(Paragraph(escape(label("cleanup", language)), styles["heading"]))
        story.extend(Paragraph("☐ " + escape(item), styles["body"]) for item in guide.cleanup)
    if guide.refer:
        story.append(Paragraph(escape(label("refer", language)), styles["heading"]))
        for item in guide.refer:
            entry = Paragraph(f"• {escape(item.when)} → <b>{escape(item.where)}</b>", styles["body"])
            story.append(entry)
            lines = (partners or {}).get(item.partner) if item.partner else None
            if lines:
                entry.keepWithNext = True
                story.append(_indented(_box(_partner_lines(lines, styles), BOX_FILL, TEXT_WIDTH - 12)))
    reminders = CUSTOMER_REMINDERS.get(language, CUSTOMER_REMINDERS["en"])
    story += [
        Spacer(1, 12),
        _box(
            [Paragraph(escape(label("remember", language)), styles["boxhead"]), *_bullets(reminders, styles["body"])],
            WARNING_FILL,
        ),
    ]
    footer = (
        f"{escape(label('source', language))}: {escape(guide.source_url)}<br/>"
        f"{escape(label('reviewed', language))}: {guide.reviewed.strftime('%d.%m.%Y')} · "
        f"{escape(label('handout_footer', language))}"
    )
    story += [Spacer(1, 14), Paragraph(footer, styles["small"])]
    return story


def _page_number(canvas: Any, document: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(document.page))
    canvas.restoreState()


def write_handout(
    guide: Guide,
    out_path: Path,
    generated: date | None = None,
    partners: Mapping[str, Sequence[str]] | None = None,
) -> Path:
    """Write the handout PDF atomically (temporary file, then rename) and return its path.

    `partners` maps a partner code to its name and public details (desk.partners.card.handout_partners).
    """
    temporary = out_path.with_name(out_path.name + ".tmp")
    register_fonts()
    document = SimpleDocTemplate(
        str(temporary),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=2 * cm,
        title=guide.title,
        author="Digituki Desk",
        subject=guide.summary,
        lang=guide.language,
        initialFontName=FONT,  # otherwise every page also references the non-embedded Helvetica
    )
    document.build(handout_story(guide, partners), onFirstPage=_page_number, onLaterPages=_page_number)
    temporary.replace(out_path)
    return out_path
