"""Read a PNG's size and declare its real density, so layout programs place it at its size.

vl-convert writes every PNG with a ``pHYs`` chunk of 72 pixels per inch whatever
the scale, so Word and InDesign place a 2× chart at twice its size. A chart's
CSS pixel is drawn as one point (1/72 inch) in print, so a PNG at scale *s*
holds ``72 × s`` pixels per inch: 144 ppi at 2×.

The chunk is rewritten here by hand (12 bytes around a 9-byte payload and a
CRC from :mod:`zlib`): an image library would decode and re-encode the pixels
to change one header field, and the pixels must stay byte for byte as drawn.
"""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Pixels per inch of one chart pixel at scale 1: a CSS pixel printed as a point.
POINTS_PER_INCH = 72
METRES_PER_INCH = 0.0254


def png_size(png: bytes) -> tuple[int, int]:
    """Return the width and height in pixels stored in a PNG's header."""
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def _chunks(png: bytes):
    """Yield (type, payload, start, end) of each chunk after the signature."""
    at = len(SIGNATURE)
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind = png[at + 4 : at + 8]
        yield kind, png[at + 8 : at + 8 + length], at, at + 12 + length
        at += 12 + length


def _chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def pixels_per_metre(scale: float) -> int:
    """Return the ``pHYs`` value for a PNG drawn at *scale*: 72 × scale ppi in pixels a metre.

    >>> pixels_per_metre(2), round(pixels_per_metre(2) * METRES_PER_INCH, 1)
    (5669, 144.0)
    """
    return round(POINTS_PER_INCH * scale / METRES_PER_INCH)


def density(png: bytes) -> float | None:
    """Return the pixels per inch a PNG declares (its ``pHYs`` chunk in metres), or None.

    >>> density(with_density(_chunk(b"IHDR", bytes(13)).join([SIGNATURE, b""]), 2))
    144.0
    """
    for kind, payload, _start, _end in _chunks(png):
        if kind == b"pHYs":
            x, _y, unit = struct.unpack(">IIB", payload)
            return round(x * METRES_PER_INCH, 1) if unit == 1 else None
    return None


def with_density(png: bytes, scale: float) -> bytes:
    """Return *png* declaring ``72 × scale`` pixels per inch (``pHYs`` replaced or added).

    The pixels and every other chunk are kept byte for byte; the chunk goes
    right after ``IHDR``, where the PNG specification wants it (before ``IDAT``).
    """
    if not png.startswith(SIGNATURE):
        raise ValueError("not a PNG: the signature is missing")
    value = pixels_per_metre(scale)
    phys = _chunk(b"pHYs", struct.pack(">IIB", value, value, 1))
    parts, placed = [SIGNATURE], False
    for kind, _payload, start, end in _chunks(png):
        if kind == b"pHYs":
            continue
        parts.append(png[start:end])
        if kind == b"IHDR" and not placed:
            parts.append(phys)
            placed = True
    return b"".join(parts)
