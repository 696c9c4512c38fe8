"""Every setting, declared once with its type, default and label."""

from dataclasses import dataclass, field
from typing import Any

from desk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES

# Regions a branch can belong to: the regional development libraries' areas.
REGIONS = (
    "Ahvenanmaa",
    "Etelä-Karjala",
    "Etelä-Pohjanmaa",
    "Etelä-Savo",
    "Kainuu",
    "Kanta-Häme",
    "Keski-Pohjanmaa",
    "Keski-Suomi",
    "Kymenlaakso",
    "Lappi",
    "Pirkanmaa",
    "Pohjanmaa",
    "Pohjois-Karjala",
    "Pohjois-Pohjanmaa",
    "Pohjois-Savo",
    "Päijät-Häme",
    "Satakunta",
    "Uusimaa",
    "Varsinais-Suomi",
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a label for translation: lupdate extracts it into core_*.ts, the Settings page translates it."""
    return text


def _no_check(value: Any) -> str | None:
    return None


@dataclass(frozen=True)
class Setting:
    """One configuration key: `section.name` in the TOML files."""

    key: str
    type: type
    default: Any
    # English label, translated in context "Setting" (the Settings page shows it; nothing re-declares it).
    label: str
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    extra_check: Any = field(default=_no_check, compare=False, repr=False)

    @property
    def section(self) -> str:
        """The TOML table the key lives in."""
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        """The key inside its TOML table."""
        return self.key.split(".", 1)[1]

    def problem(self, value: Any) -> str | None:
        """Say what is wrong with a value, or None when it is acceptable."""
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            return f"'{self.key}' must be a whole number"
        if self.type is bool and not isinstance(value, bool):
            return f"'{self.key}' must be true or false"
        if self.type is str and not isinstance(value, str):
            return f"'{self.key}' must be a text in quotes"
        if self.choices and value not in self.choices:
            return f"'{self.key}' must be one of: " + ", ".join(map(str, self.choices))
        if self.minimum is not None and value < self.minimum:
            return f"'{self.key}' must be at least {self.minimum}"
        if self.maximum is not None and value > self.maximum:
            return f"'{self.key}' must be at most {self.maximum}"
        result: str | None = self.extra_check(value)
        return result


def _slug_check(value: str) -> str | None:
    from desk.domain.slug import is_slug

    if value and not is_slug(value):
        return "'branch.id' may hold only a-z, 0-9 and hyphens (for example 'kallio' or 'oulu-main')"
    return None


def _codes_check(value: str) -> str | None:
    from desk.domain.slug import is_slug

    if value and not all(is_slug(code) for code in value.split(",")):
        return "'desk.service_order' must be service codes separated by commas (for example 'omakela,email')"
    return None


BRANCH_ID = Setting("branch.id", str, "", QT_TRANSLATE_NOOP("Setting", "Branch id"), extra_check=_slug_check)
BRANCH_NAME = Setting("branch.name", str, "", QT_TRANSLATE_NOOP("Setting", "Branch name"))
REGION = Setting("branch.region", str, "", QT_TRANSLATE_NOOP("Setting", "Region"), choices=("", *REGIONS))
SHARE_PATH = Setting("share.path", str, "", QT_TRANSLATE_NOOP("Setting", "Shared network folder"))
SYNC_AUTO = Setting("sync.auto", bool, True, QT_TRANSLATE_NOOP("Setting", "Send counts automatically"))
SYNC_INTERVAL = Setting(
    "sync.interval_minutes",
    int,
    15,
    QT_TRANSLATE_NOOP("Setting", "Send counts every (minutes)"),
    minimum=1,
    maximum=1440,
)
LANGUAGE = Setting("ui.language", str, DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP("Setting", "Language"), choices=LANGUAGES)
SUPPRESSION_THRESHOLD = Setting(
    "reports.suppression_threshold",
    int,
    5,
    QT_TRANSLATE_NOOP("Setting", "Hide demographic counts below"),
    minimum=1,
    maximum=100,
)
BRANCH_GUIDES = Setting("guides.branch_folder", str, "", QT_TRANSLATE_NOOP("Setting", "Branch's own guide folder"))
#: The Desk page's service buttons in this order (shortcuts 1-9 are the first nine); the rest follow the catalogue.
SERVICE_ORDER = Setting(
    "desk.service_order",
    str,
    "",
    QT_TRANSLATE_NOOP("Setting", "Desk page service order (codes, comma-separated)"),
    extra_check=_codes_check,
)


def _public_key_check(value: str) -> str | None:
    """An Ed25519 public key as base64 of its 32 raw bytes ('' means packs need no signature)."""
    import base64
    import binascii

    if not value:
        return None
    try:
        raw = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        return "'guides.pack_public_key' must be the base64 text printed by 'desk guides keygen'"
    if len(raw) != 32:
        return "'guides.pack_public_key' must be an Ed25519 public key (32 bytes in base64)"
    return None


#: Read from the site config only (desk.guides.signing.site_public_key): IT names the coordinator's key.
GUIDES_PACK_KEY = Setting(
    "guides.pack_public_key", str, "", "Coordinator's guide-pack signing key", extra_check=_public_key_check
)
#: Settings that only IT sets in the site config; the Settings page does not show them.
SITE_ONLY_SETTINGS: tuple[Setting, ...] = (GUIDES_PACK_KEY,)

ALL_SETTINGS: tuple[Setting, ...] = (
    BRANCH_ID,
    BRANCH_NAME,
    REGION,
    SHARE_PATH,
    SYNC_AUTO,
    SYNC_INTERVAL,
    LANGUAGE,
    SUPPRESSION_THRESHOLD,
    BRANCH_GUIDES,
    SERVICE_ORDER,
)
BY_KEY = {setting.key: setting for setting in (*ALL_SETTINGS, *SITE_ONLY_SETTINGS)}
