"""Just enough PNG decoding to tell a blank screenshot from a drawn one (no imaging library):
8-bit RGB/RGBA, non-interlaced — what Chromium writes."""

from __future__ import annotations

import struct
import zlib
from collections import Counter

_CHANNELS = {2: 3, 6: 4}


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def decode(png: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB(A) bytes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, data = 8, b""
    width = height = channels = 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in _CHANNELS and interlace == 0, "unsupported PNG"
            channels = _CHANNELS[colour]
        elif kind == b"IDAT":
            data += body
        pos += 12 + length
    raw = zlib.decompress(data)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                line[x] = (line[x] + _paeth(left, up, corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows


def colour_counts(png: bytes, step: int = 4) -> Counter[tuple[int, ...]]:
    """How often each colour occurs, sampling every `step`-th pixel of every `step`-th row."""
    width, _, rows = decode(png)
    channels = len(rows[0]) // width
    counts: Counter[tuple[int, ...]] = Counter()
    for row in rows[::step]:
        for x in range(0, width, step):
            counts[tuple(row[x * channels:x * channels + 3])] += 1
    return counts


def is_blank(png: bytes) -> bool:
    """Blank: one colour covers (almost) everything, or there are hardly any colours at all."""
    counts = colour_counts(png)
    total = sum(counts.values())
    return counts.most_common(1)[0][1] > 0.97 * total or len(counts) < 8
