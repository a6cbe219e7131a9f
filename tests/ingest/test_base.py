from __future__ import annotations

from datetime import date

import pytest

from roydad.ingest.base import (
    InputError,
    checked_text,
    clean_text,
    parse_iso_date,
    primary_language,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-03-14", date(2023, 3, 14)),
        ("2024-02-29", date(2024, 2, 29)),
        ("2023-02-29", None),
        ("2023-3-14", None),
        ("20230314", None),
        ("2023-W11-2", None),
        ("14/03/2023", None),
        ("2023-03-14T10:00:00Z", None),
        ("٢٠٢٣-٠٣-١٤", None),
        ("", None),
    ],
)
def test_parse_iso_date(value: str, expected: date | None) -> None:
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en", "en"), ("en-US", "en"), ("fr_FR", "fr"), ("AR", "ar"), ("", None), (None, None)],
)
def test_primary_language(tag: str | None, expected: str | None) -> None:
    assert primary_language(tag) == expected


def test_clean_text_only_strips_bom_and_crlf() -> None:
    assert clean_text("\ufeff  A\r\nB\rC\n\n \t") == "  A\nB\rC\n\n \t"
    # a BOM inside the text is a character of it (zero width no-break space)
    assert clean_text("A\ufeffB") == "A\ufeffB"


def test_checked_text() -> None:
    assert checked_text(" x ", 3) == " x "
    with pytest.raises(InputError, match="empty document"):
        checked_text(" \n\t", 10)
    with pytest.raises(InputError, match="document of 4 characters exceeds the limit of 3"):
        checked_text("abcd", 3)


def test_clean_text_drops_nul_characters() -> None:
    from roydad.ingest.base import clean_text

    assert clean_text("\ufeffa\x00b\r\nc") == "ab\nc"
