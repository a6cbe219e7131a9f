from __future__ import annotations

import random

import pytest

from roydad.ingest.base import InputError
from roydad.ingest.encoding import decode_text

FRENCH = (
    "Le président a déclaré que l’attaque à Bamako avait fait douze morts, selon des "
    "responsables. Les forces de sécurité ont bouclé le quartier."
)
RUSSIAN = "Взрыв прогремел в центре города, погибли пять человек, сообщили местные власти."
ARABIC = (
    "قال مسؤولون إن انفجارا وقع في سوق مزدحمة في بغداد يوم الثلاثاء مما أسفر عن مقتل عشرة أشخاص."
)
GREEK = "Έκρηξη σημειώθηκε την Τρίτη σε πολυσύχναστη αγορά, σκοτώνοντας τουλάχιστον δέκα ανθρώπους."
ENGLISH = "Officials said the “attack” on Tuesday killed 12 people — and wounded dozens more."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings(encoding: str) -> None:
    assert decode_text(FRENCH.encode(encoding)) == FRENCH


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(FRENCH, "cp1252"), (ENGLISH, "cp1252"), (RUSSIAN, "cp1251"), (ARABIC, "cp1256"),
     (GREEK, "iso8859_7"), ("café", "latin-1")],
)  # fmt: skip
def test_legacy_encodings_are_guessed(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding)) == text


def test_ambiguous_legacy_text_is_refused_rather_than_garbled() -> None:
    # charset-normalizer finds five equally good single-byte readings of this, none of
    # them Windows-1252, and they disagree on the Turkish letters
    turkish = (
        "Salı günü İstanbul'da polis ile göstericiler arasında çatışma çıktı; kırk kişi "
        "gözaltına alındı ve birkaç polis yaralandı."
    )
    with pytest.raises(InputError, match=r"unknown text encoding \(it could be any of .*cp1254"):
        decode_text(turkish.encode("cp1254"))


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_text(b"GIF89a\x01\x00\x01\x00\x80\x00\x00")


@pytest.mark.parametrize("seed", range(5))
def test_noise_is_an_unknown_encoding(seed: int) -> None:
    noise = bytes(b for b in random.Random(seed).randbytes(3000) if b)
    with pytest.raises(InputError, match="unknown text encoding"):
        decode_text(noise)


def test_broken_utf16_is_reported() -> None:
    data = "Gunmen attacked".encode("utf-16")[:-1]  # an odd number of bytes
    with pytest.raises(InputError, match="invalid UTF-16 text"):
        decode_text(data)
