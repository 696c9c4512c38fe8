"""Guide pictures are checked from their headers, before anything decodes them.

A PNG's size is in its IHDR chunk and a JPEG's in its SOF segment, so a picture that would
decode to gigabytes (a decompression bomb) is refused after reading a few bytes.
"""

import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

#: A picture file may be at most this big on disk.
MAX_IMAGE_BYTES = 2 * 1024 * 1024
#: Decoded, a picture may have at most this many pixels (4096 × 4096), and no side longer than MAX_IMAGE_SIDE.
MAX_IMAGE_PIXELS = 4096 * 4096
MAX_IMAGE_SIDE = 8192
#: How far into a JPEG the size segment is looked for (EXIF thumbnails come before it).
JPEG_SCAN_BYTES = 256 * 1024

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_JPEG_NO_LENGTH = {0x01, *range(0xD0, 0xD8)}


@dataclass(frozen=True)
class ImageSize:
    """A picture's format and size, read from its header."""

    kind: str
    width: int
    height: int


#: Why a picture is refused, by problem code (desk.guides.problem_words words each as "image-<code>").
REFUSALS = {
    "no-png-header": "the PNG file has no size header (IHDR); save it again as PNG",
    "jpeg-damaged": "the JPEG file is damaged (no segment marker); save it again as JPEG",
    "jpeg-no-size": "the JPEG file's size could not be found near its start; save it again as JPEG",
    "not-regular": "the picture is not a regular file (a link or a folder)",
    "too-many-bytes": "the picture is {kib} KiB; a picture may be at most {limit} KiB",
    "not-picture": "the file is not a PNG or JPEG picture (its first bytes say otherwise)",
    "no-size": "the picture says it has no width or height",
    "too-many-pixels": "the picture is {width} × {height} pixels; at most {millions} million pixels and {side} "
    "pixels a side are allowed; make it smaller",
    "unreadable": "the picture cannot be read ({reason})",
}


class ImageRefused(ValueError):
    """A picture that must not be decoded: ``code`` (a key of REFUSALS) and ``values`` say why."""

    def __init__(self, code: str, /, **values: object) -> None:
        self.code = code
        self.values = {key: str(value) for key, value in values.items()}
        super().__init__(REFUSALS[code].format(**self.values))


def _png_size(head: bytes) -> ImageSize:
    if len(head) < 24 or head[12:16] != b"IHDR":
        raise ImageRefused("no-png-header")
    width, height = struct.unpack(">II", head[16:24])
    return ImageSize("png", width, height)


def _jpeg_size(data: bytes) -> ImageSize:
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise ImageRefused("jpeg-damaged")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in _JPEG_NO_LENGTH:
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if marker in _JPEG_SOF:
            if position + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return ImageSize("jpeg", width, height)
        if marker in (0xD9, 0xDA) or length < 2:  # end of image or start of scan before any size
            break
        position += 2 + length
    raise ImageRefused("jpeg-no-size")


def read_image_size(path: Path) -> ImageSize:
    """Read a picture's size from its header without decoding it; never follows a symbolic link.

    Raises:
        ImageRefused: the file is not a regular PNG or JPEG file within the limits.
        OSError: the file cannot be read.
    """
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise ImageRefused("not-regular")
    if info.st_size > MAX_IMAGE_BYTES:
        raise ImageRefused("too-many-bytes", kib=info.st_size // 1024, limit=MAX_IMAGE_BYTES // 1024)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as file:
        head = file.read(JPEG_SCAN_BYTES)
    if head.startswith(PNG_SIGNATURE):
        size = _png_size(head)
    elif head.startswith(b"\xff\xd8"):
        size = _jpeg_size(head)
    else:
        raise ImageRefused("not-picture")
    if size.width == 0 or size.height == 0:
        raise ImageRefused("no-size")
    if max(size.width, size.height) > MAX_IMAGE_SIDE or size.width * size.height > MAX_IMAGE_PIXELS:
        raise ImageRefused(
            "too-many-pixels",
            width=size.width,
            height=size.height,
            millions=MAX_IMAGE_PIXELS // 1_000_000,
            side=MAX_IMAGE_SIDE,
        )
    return size


def image_refusal(path: Path) -> str | None:
    """Why a picture must not be decoded (in English, for the log), or None when it is safe to show."""
    refused = image_refusal_code(path)
    return REFUSALS[refused[0]].format(**refused[1]) if refused else None


def image_refusal_code(path: Path) -> tuple[str, dict[str, str]] | None:
    """Why a picture must not be decoded, as a code of REFUSALS and its values; None when it is safe to show."""
    try:
        read_image_size(path)
    except ImageRefused as exc:
        return exc.code, exc.values
    except OSError as exc:
        return "unreadable", {"reason": str(exc.strerror or exc)}
    return None
