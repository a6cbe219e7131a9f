"""Both parties of an agreement are its sides: ACLED's actor1 the first named, actor2 the other
(export/acled.yaml `mutual`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from roydad.eval.coded import RecordCoder
from roydad.extract.pipeline import Extractor
from roydad.models import Document


@pytest.mark.parametrize(("text", "first", "second"), [
    ("On 3 March 2023, the Philippine government and the MILF signed a peace agreement in "
     "Manila.", "Government of Philippines", "MILF"),
    ("The army and the SPLM-N agreed a ceasefire in Kadugli on Monday.",
     "Military Forces of Sudan", "SPLM-N"),
    ("On 4 May 2022, the Houthis and the government of Yemen exchanged 300 prisoners in Sanaa.",
     "Houthi", "Government of Yemen"),
])
def test_the_second_party_is_actor2(extractor: Extractor, text: str, first: str,
                                    second: str) -> None:
    doc = Document(id="t", text=text, pub_date="2024-01-10", origin="t")
    records = [r for r in next(iter(extractor.extract([doc])))[1]
               if r.acled_sub_event_type == "Agreement"]
    assert records
    actor1, actor2 = RecordCoder().sides(records[0])
    assert actor1.startswith(first) and actor2 is not None and actor2.startswith(second)
