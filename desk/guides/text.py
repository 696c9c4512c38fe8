"""Text helpers for guides: diacritic folding for search and safe rendering of Markdown inline text."""

import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from markdown_it.tree import SyntaxTreeNode

from desk.guides.images import image_refusal_code

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*:", re.IGNORECASE)
_WINDOWS_DRIVE = re.compile(r"^[a-z]:", re.IGNORECASE)
_SPACES = re.compile(r"[ \t]+")


class _CombiningTable(dict[int, int | None]):
    """A str.translate table that drops combining characters; each code point is looked up once."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _CombiningTable()
#: The combining diacritics block (U+0300–U+036F) less its non-combining characters: what ä, ö and å leave.
_COMMON_MARKS = re.compile("[" + "".join(c for c in map(chr, range(0x300, 0x370)) if unicodedata.combining(c)) + "]")


def fold(text: str) -> str:
    """Lowercase and strip diacritics, so 'Käyttäjä' and 'kayttaja' compare equal."""
    decomposed = _COMMON_MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return decomposed if decomposed.isascii() else decomposed.translate(_DROP_COMBINING)


@dataclass
class Rendered:
    """Inline text rendered as Qt-safe rich text and as plain text, with the images it refers to."""

    html: str = ""
    plain: str = ""
    images: list[Path] = field(default_factory=list)
    #: (code, values) of each problem; desk.guides.problem_words words them.
    problems: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def image_problem(source: str, pack_root: Path | None) -> tuple[Path | None, tuple[str, dict[str, object]] | None]:
    """Check an image address; return its file inside the pack, or a problem (code and values)."""
    address = unquote(source).strip()
    if address.startswith("//") or (_SCHEME.match(address) and not _WINDOWS_DRIVE.match(address)):
        return None, ("image-remote", {"source": source})
    if address.startswith(("/", "\\")) or _WINDOWS_DRIVE.match(address):
        return None, ("image-absolute", {"source": source})
    parts = PurePosixPath(address.replace("\\", "/")).parts
    if ".." in parts:
        return None, ("image-dotdot", {"source": source})
    if not address.lower().endswith(IMAGE_SUFFIXES):
        return None, ("image-type", {"source": source})
    if pack_root is None:
        return None, None
    candidate = pack_root.joinpath(*parts)
    try:
        inside = candidate.resolve().is_relative_to(pack_root.resolve())
    except OSError:
        inside = False
    if not inside:
        return None, ("image-outside", {"source": source})
    if not candidate.is_file():
        return None, ("image-missing", {"source": source, "path": candidate})
    refusal = image_refusal_code(candidate)
    if refusal is not None:
        return None, (f"image-{refusal[0]}", {"source": source, **refusal[1]})
    return candidate, None


def render_inline(node: SyntaxTreeNode, pack_root: Path | None) -> Rendered:
    """Render an inline node's children; raw HTML is refused, links show their address as text."""
    out = Rendered()
    _render_children(node, pack_root, out)
    return finish_rendered(out)


def finish_rendered(out: Rendered) -> Rendered:
    """Collapse runs of spaces in the plain text and trim both texts."""
    out.plain = _SPACES.sub(" ", out.plain).strip()
    out.html = out.html.strip()
    return out


def _render_children(node: SyntaxTreeNode, pack_root: Path | None, out: Rendered) -> None:
    for child in node.children:
        _render_node(child, pack_root, out)


def _wrap(tag: str, child: SyntaxTreeNode, pack_root: Path | None, out: Rendered) -> None:
    out.html += f"<{tag}>"
    _render_children(child, pack_root, out)
    out.html += f"</{tag}>"


def _render_node(child: SyntaxTreeNode, pack_root: Path | None, out: Rendered) -> None:
    kind = child.type
    if kind == "text":
        out.html += html.escape(child.content, quote=False)
        out.plain += child.content
    elif kind in ("softbreak", "hardbreak"):
        out.html += " " if kind == "softbreak" else "<br>"
        out.plain += " " if kind == "softbreak" else "\n"
    elif kind == "strong":
        _wrap("b", child, pack_root, out)
    elif kind == "em":
        _wrap("i", child, pack_root, out)
    elif kind == "code_inline":
        out.html += f"<b>{html.escape(child.content, quote=False)}</b>"
        out.plain += child.content
    elif kind == "link":
        _render_link(child, pack_root, out)
    elif kind == "image":
        source = str(child.attrs.get("src", ""))
        path, problem = image_problem(source, pack_root)
        if problem:
            out.problems.append(problem)
        elif path is not None:
            out.images.append(path)
    elif kind == "html_inline":
        if re.match(r"<\s*/?\s*script", child.content, re.IGNORECASE):
            out.problems.append(("script-tag", {}))
        else:
            out.problems.append(("html-inline", {"html": child.content.strip()[:30]}))
    else:
        _render_children(child, pack_root, out)


def _render_link(child: SyntaxTreeNode, pack_root: Path | None, out: Rendered) -> None:
    href = str(child.attrs.get("href", ""))
    if not href.lower().startswith(("https://", "http://", "mailto:")):
        out.problems.append(("link-not-web", {"href": href}))
        return
    before = len(out.plain)
    _render_children(child, pack_root, out)
    text = out.plain[before:]
    shown = href.removeprefix("mailto:")
    if shown.rstrip("/") not in (text.rstrip("/"), "https://" + text.rstrip("/")):
        out.html += f" ({html.escape(shown, quote=False)})"
        out.plain += f" ({shown})"
