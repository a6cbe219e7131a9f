from __future__ import annotations

from roydad.classify.labels import NONE, load_labels


def test_label_sets_are_acleds_25_plovers_16_and_none() -> None:
    labels = load_labels()
    assert len(labels.acled_subs) == 26 and labels.acled_subs[-1] == NONE
    assert len(labels.plover) == 17 and NONE in labels.plover
    assert labels.acled_pair("Suicide bomb") == ("Explosions/Remote violence", "Suicide bomb")
    assert labels.acled_pair(NONE) == (None, None)
