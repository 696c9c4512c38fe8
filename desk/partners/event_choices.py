"""The partners a group event can name: the directory's, then the old `events.partners` additions it lacks."""

from desk.domain.partners import Partner as EventPartner
from desk.partners.directory import Directory

NAME_LANGUAGES = ("fi", "sv", "en")


def event_partners(
    directory: Directory, extra: tuple[EventPartner, ...], municipality: str, language: str
) -> tuple[EventPartner, ...]:
    """Directory partners (the branch's municipality first, then by name), then additions with other codes."""
    chosen = [
        EventPartner(partner.code, {lang: partner.name(lang) for lang in NAME_LANGUAGES})
        for partner in directory.lookup("", municipality, language)
    ]
    listed = {partner.code for partner in chosen}
    return (*chosen, *(partner for partner in extra if partner.code not in listed))
