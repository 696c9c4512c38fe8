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


class ImageRefused(ValueError):
    """A picture that must not be decoded; the message says why in plain words."""


def _png_size(head: bytes) -> ImageSize:
    if len(head) < 24 or head[12:16] != b"IHDR":
        raise ImageRefused("the PNG file has no size header (IHDR); save it again as PNG")
    width, height = struct.unpack(">II", head[16:24])
    return ImageSize("png", width, height)


def _jpeg_size(data: bytes) -> ImageSize:
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            raise ImageRefused("the JPEG file is damaged (no segment marker); save it again as JPEG")
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
    raise ImageRefused("the JPEG file's size could not be found near its start; save it again as JPEG")


def read_image_size(path: Path) -> ImageSize:
    """Read a picture's size from its header without decoding it; never follows a symbolic link.

    Raises:
        ImageRefused: the file is not a regular PNG or JPEG file within the limits.
        OSError: the file cannot be read.
    """
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise ImageRefused("the picture is not a regular file (a link or a folder)")
    if info.st_size > MAX_IMAGE_BYTES:
        raise ImageRefused(
            f"the picture is {info.st_size // 1024} KiB; a picture may be at most {MAX_IMAGE_BYTES // 1024} KiB"
        )
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as file:
        head = file.read(JPEG_SCAN_BYTES)
    if head.startswith(PNG_SIGNATURE):
        size = _png_size(head)
    elif head.startswith(b"\xff\xd8"):
        size = _jpeg_size(head)
    else:
        raise ImageRefused("the file is not a PNG or JPEG picture (its first bytes say otherwise)")
    if size.width == 0 or size.height == 0:
        raise ImageRefused("the picture says it has no width or height")
    if max(size.width, size.height) > MAX_IMAGE_SIDE or size.width * size.height > MAX_IMAGE_PIXELS:
        raise ImageRefused(
            f"the picture is {size.width} × {size.height} pixels; at most {MAX_IMAGE_PIXELS // 1_000_000} million"
            f" pixels and {MAX_IMAGE_SIDE} pixels a side are allowed; make it smaller"
        )
    return size


def image_refusal(path: Path) -> str | None:
    """Why a picture must not be decoded, or None when it is safe to show."""
    try:
        read_image_size(path)
    except ImageRefused as exc:
        return str(exc)
    except OSError as exc:
        return f"the picture cannot be read ({exc.strerror or exc})"
    return None
