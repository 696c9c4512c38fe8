"""Branch ids derived from branch names: lowercase ASCII words joined by hyphens."""

import re
import unicodedata

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def slugify(name: str) -> str:
    """Turn a branch name into an id: 'Kallion kirjasto' -> 'kallion-kirjasto'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60].strip("-")


def is_slug(value: str) -> bool:
    """Tell whether value can be used as a branch or device id."""
    return bool(_SLUG.match(value)) and len(value) <= 60
