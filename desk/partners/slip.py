"""The referral slip: a one-page large-type PDF with a partner's public details, and nothing about the customer.

It names the partner, what they help with, where, when, their public phone and web address, and
today's date. It never holds a session's data (no visit time, no outcome), a staff name or anything
typed about the customer: its only inputs are the directory entry, the catalogue and a date.
"""

from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import HRFlowable, KeepInFrame, Paragraph, SimpleDocTemplate, Spacer

from desk.domain.catalogue import Catalogue
from desk.fonts import BOX_FILL, FONT, INK, handout_box, handout_styles, register_fonts
from desk.partners.model import REMOTE, Partner

TEXTS: dict[str, dict[str, str]] = {
    "title": {"fi": "Ohjauslappu", "sv": "Hänvisningslapp", "en": "Referral slip"},
    "intro": {
        "fi": "Saat apua tähän asiaan täältä:",
        "sv": "Du får hjälp med det här ärendet här:",
        "en": "You can get help with this here:",
    },
    "helps": {"fi": "Auttaa näissä asioissa", "sv": "Hjälper med", "en": "Helps with"},
    "where": {"fi": "Missä", "sv": "Var", "en": "Where"},
    "remote": {"fi": "Puhelimitse tai verkossa", "sv": "Per telefon eller på nätet", "en": "By phone or online"},
    "when": {"fi": "Milloin", "sv": "När", "en": "When"},
    "phone": {"fi": "Puhelin", "sv": "Telefon", "en": "Phone"},
    "web": {"fi": "Verkossa", "sv": "På nätet", "en": "Online"},
    "footer": {
        "fi": "Kirjaston digituki antoi tämän lapun {0}. Tiedot ovat kumppanin julkiset yhteystiedot.",
        "sv": (
            "Bibliotekets digitala stöd gav dig den här lappen {0}. "
            "Uppgifterna är partnerns offentliga kontaktuppgifter."
        ),
        "en": "The library's digital support gave you this slip on {0}. The details are the partner's public contacts.",
    },
}
#: At most this many services are listed (the rest would not fit one page in large type).
MAX_SERVICES = 8


def text(key: str, language: str) -> str:
    """A slip text in a language (fi, sv or en; anything else gives Finnish)."""
    return TEXTS[key].get(language) or TEXTS[key]["fi"]


def date_text(day: date, language: str) -> str:
    """A date as the slip's language writes it."""
    return f"{day.year}-{day.month:02d}-{day.day:02d}" if language == "en" else f"{day.day}.{day.month}.{day.year}"


def service_labels(partner: Partner, catalogue: Catalogue | None, language: str) -> list[str]:
    """What the partner helps with, as the catalogue names it (unknown codes are left out)."""
    services = catalogue.by_code() if catalogue is not None else {}
    return [services[code].label(language) for code in partner.services if code in services][:MAX_SERVICES]


def _plain(value: str) -> str:
    """Directory text as paragraph text: escaped (it comes from the share), line breaks kept."""
    return escape(value).replace("\n", "<br/>")


def slip_story(partner: Partner, helps_with: list[str], language: str, today: date) -> list[Any]:
    """The slip's flowables."""
    styles = handout_styles()
    big = styles["summary"]
    story: list[Any] = [
        Paragraph(_plain(text("title", language)), styles["small"]),
        Spacer(1, 6),
        Paragraph(_plain(text("intro", language)), big),
        Paragraph(_plain(partner.name(language)), styles["title"]),
        HRFlowable(width="100%", thickness=1.2, color=INK, spaceAfter=8),
    ]
    if helps_with:
        story.append(Paragraph(_plain(text("helps", language)), styles["heading"]))
        story.extend(Paragraph("• " + _plain(label), styles["body"]) for label in helps_with)
    where = text("remote", language) if partner.where == REMOTE else partner.where
    story += [Paragraph(_plain(text("where", language)), styles["heading"]), Paragraph(_plain(where), big)]
    if partner.when:
        story += [Paragraph(_plain(text("when", language)), styles["heading"]), Paragraph(_plain(partner.when), big)]
    contact: list[Any] = []
    if partner.phone:
        contact.append(
            Paragraph(f"{_plain(text('phone', language))}: <b>{_plain(partner.phone)}</b>", styles["boxhead"])
        )
    if partner.web:
        contact.append(Paragraph(f"{_plain(text('web', language))}: <b>{_plain(partner.web)}</b>", styles["boxhead"]))
    if contact:
        story += [Spacer(1, 12), handout_box(contact, BOX_FILL)]
    story += [
        Spacer(1, 18),
        Paragraph(_plain(text("footer", language).format(date_text(today, language))), styles["small"]),
    ]
    # One page, always: a long opening-hours text is shrunk rather than spilling onto a second page.
    return [KeepInFrame(A4[0] - 4 * cm, A4[1] - 4 * cm, story, mode="shrink")]


def write_slip(
    partner: Partner, catalogue: Catalogue | None, language: str, out_path: Path, today: date | None = None
) -> Path:
    """Write the slip PDF atomically (temporary file, then rename) and return its path."""
    today = today or date.today()
    temporary = out_path.with_name(out_path.name + ".tmp")
    register_fonts()
    document = SimpleDocTemplate(
        str(temporary),
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=f"{text('title', language)}: {partner.name(language)}",
        author="Digituki Desk",
        lang=language,
        initialFontName=FONT,
    )
    document.build(slip_story(partner, service_labels(partner, catalogue, language), language, today))
    temporary.replace(out_path)
    return out_path
