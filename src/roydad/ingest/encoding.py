"""Bytes to text: UTF-8 when it is, a confident guess when it is not, a Problem otherwise."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from roydad.ingest.base import InputError

UNKNOWN_ENCODING = "unknown text encoding"

# charset-normalizer's own default refuses a decoding above 20% "mess"; a text we are
# going to run entity and date extraction over should be far cleaner than that.
MAX_CHAOS_PERCENT = 10.0

# Candidates this close to the best one are, for our purposes, as likely as it is: on a
# paragraph or two of text the coherence score of single-byte code pages moves by several
# points at random (French in Windows-1252 scores 6 points lower than as Mac Latin-2).
CHAOS_TIE_PERCENT = 1.0
COHERENCE_TIE_PERCENT = 10.0

# UTF-16 and UTF-32 text is full of NUL bytes, so these marks are checked before the
# NUL test that tells binary files apart. UTF-32-LE must come before UTF-16-LE: its mark
# starts with the UTF-16-LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes; raise InputError for binary data or an unknown encoding."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"invalid {encoding.upper()} text: {error.reason}") from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        # utf-8-sig drops a leading byte-order mark and is plain UTF-8 without one
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return _guess(data)


def _guess(data: bytes) -> str:
    matches = list(from_bytes(data))
    if not matches:
        raise InputError(UNKNOWN_ENCODING)
    best = matches[0]
    if best.percent_chaos > MAX_CHAOS_PERCENT:
        raise InputError(UNKNOWN_ENCODING)
    tied = [
        match
        for match in matches
        if match.percent_chaos <= best.percent_chaos + CHAOS_TIE_PERCENT
        and match.percent_coherence >= best.percent_coherence - COHERENCE_TIE_PERCENT
    ]
    decodings = {match.encoding: text for match in tied if (text := _decode(data, match.encoding))}
    if not decodings:
        raise InputError(UNKNOWN_ENCODING)
    if len(set(decodings.values())) == 1:
        return next(iter(decodings.values()))
    # The tied candidates read the bytes differently. On short texts charset-normalizer
    # cannot tell the single-byte code pages apart and often ranks a DOS or Mac one first;
    # Windows-1252 is by far the most common legacy encoding of news text, so it wins.
    # (Central European or Turkish text can then lose some letters: a known cost.)
    for match in tied:
        if "cp1252" in match.could_be_from_charset and (text := _decode(data, "cp1252")):
            return text
    names = ", ".join(sorted(decodings))
    raise InputError(f"{UNKNOWN_ENCODING} (it could be any of {names}); convert it to UTF-8")


def _decode(data: bytes, encoding: str) -> str | None:
    # charset-normalizer judges sampled chunks, so the whole file may still fail to decode
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
