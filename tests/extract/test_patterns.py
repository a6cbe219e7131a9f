

def test_a_named_speaker_saying_on_his_day_who_did_it_is_an_accusation(
    extractor: Extractor,
) -> None:
    text = ("A bomb killed nine traders at the cattle market in Gombe on 2 March 2024. The "
            "state's police commissioner, Hassan Bello, said on 4 March that the bomb had been "
            "planted by members of a bandit gang from the hills.")
    records = _records(extractor, text)
    [accusation] = [r for r in records if r.event_type == "ACCUSE"]
    assert accusation.date == "2024-03-04"
    [bombing] = _assaults(extractor, text)
    assert any(c.attributed_to and "bandit gang" in c.attributed_to for c in bombing.claims)


def test_an_unnamed_speaker_makes_no_accusation_event(extractor: Extractor) -> None:
    text = ("A bomb killed nine traders at the cattle market in Gombe on 2 March 2024. Police "
            "said on 4 March that the bomb had been planted by members of a bandit gang.")
    assert not [r for r in _records(extractor, text) if r.event_type == "ACCUSE"]


def test_a_party_known_only_by_its_kind_is_blamed_in_the_speaker_words(
    extractor: Extractor,
) -> None:
    text = ("A district judge was shot dead in Herat on 3 March 2024. Some of his colleagues "
            "point to relatives of a smuggler whom he had sent to prison.")
    [killing] = _assaults(extractor, text)
    assert any(c.attributed_to == "relatives of a smuggler" for c in killing.claims), [
        c.attributed_to for c in killing.claims]
