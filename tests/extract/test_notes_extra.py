"""Detection classes found with data/codebook/notes_extra.jsonl (issue 13): ACLED-style notes
told with verbs and nouns the lexicons lacked, each on new sentences: units that came under
fire and forces that engaged others (armed clashes), gunfights, mines set off by their
victims, people whisked away, seized or snatched (abductions), suspects rounded up or taken
into custody (arrests), fighters who turned themselves in, camps turned into headquarters,
drones downed, burnt bodies found; and a clause before a semicolon that the parser hangs under
a negated verb after it. The same words in no-event uses stay no events."""

from __future__ import annotations

import pytest

from roydad.extract.pipeline import Extractor
from tests.extract.helpers import coded, events_of


def _subs(extractor: Extractor, text: str) -> list[str | None]:
    return [r.acled_sub_event_type for r in events_of(extractor, text) if r.acled_event_type]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # a unit fired upon, a force that engages another, a gunfight
        ("On 4 May 2022, a police convoy came under fire from bandits near Shinkafi (Zamfara).",
         "Armed clash"),
        ("Soldiers came under heavy fire from al-Shabaab fighters outside Jowhar on Tuesday.",
         "Armed clash"),
        ("On 2 June 2021, gendarmes engaged a column of militants near Djibo (Sahel).",
         "Armed clash"),
        ("A gunfight broke out between two drug gangs in Rosario on Friday night.",
         "Armed clash"),
        # a mine or bomb set off by its victims
        ("On 9 March 2022, a tractor set off a landmine near Marib (Marib), killing its driver.",
         "Remote explosive/landmine/IED"),
        ("A shepherd stepped on a mine in the hills above Kalay on Sunday.",
         "Remote explosive/landmine/IED"),
        ("Two children triggered an IED while playing near a school in Lashkar Gah.",
         "Remote explosive/landmine/IED"),
        # people whisked away, seized, snatched
        ("On 5 April 2022, unknown men whisked away a lawyer outside the court in Gilgit.",
         "Abduction/forced disappearance"),
        ("Gunmen seized three engineers at a road construction camp near Kaura Namoda.",
         "Abduction/forced disappearance"),
        ("Armed men snatched two schoolgirls on their way home in Katsina on Monday.",
         "Abduction/forced disappearance"),
        # people seized or grabbed by the state: arrests
        ("Police seized two suspected smugglers at a checkpoint in Torkham on Monday.",
         "Arrests"),
        ("On 6 May 2023, security forces grabbed three opposition activists in Conakry.",
         "Arrests"),
        # suspects rounded up or taken into custody
        ("On 8 August 2022, police rounded up 25 suspects in a raid on a hostel in Multan.",
         "Arrests"),
        ("Intelligence officers took into custody a student leader in Sylhet on Thursday.",
         "Arrests"),
        ("Two opposition activists were taken into custody in Harare on Wednesday.", "Arrests"),
        # fighters who give themselves up
        ("On 3 July 2022, 12 Boko Haram fighters turned themselves in to troops in Bama.",
         "Change to group/activity"),
        ("Nine NPA guerrillas gave themselves up to the army in Samar on Saturday.",
         "Change to group/activity"),
        # a place turned into a base
        ("Rebels turned a disused school into their headquarters near Bossangoa in March.",
         "Headquarters or base established"),
        ("The militia converted the old customs post into a base on the border at Dogdore.",
         "Headquarters or base established"),
        # drones downed
        ("Air defences downed three drones over Belgorod on Sunday, the governor said.",
         "Disrupted weapons use"),
        # a body found burnt
        ("The charred body of a trader was found in a field outside Kandahar on Tuesday.",
         "Attack"),
    ],
)
def test_sub_event_type(extractor: Extractor, text: str, sub_event_type: str) -> None:
    found = _subs(extractor, text)
    assert sub_event_type in found, found


def test_semicolon_clause_not_negated(extractor: Extractor) -> None:
    text = ("Unidentified men whisked away a student in Kech; his family has not heard from "
            "him since.")
    assert "Abduction/forced disappearance" in _subs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words, no event
        "The finance minister came under fire from the opposition over the new budget.",
        "The festival organisers engaged local artists to paint the market walls.",
        "The price rise set off a debate in parliament about fuel subsidies.",
        "The speech triggered a wave of comments on social media in Lagos.",
        "The bodyguards whisked the president away to his car after the speech.",
        "The shepherd rounded up his goats before the storm reached the valley.",
        "The custody battle over the children reached the high court in Lahore.",
        "Workers turned the old warehouse into a community library last year.",
        "Attack drones are on display at the arms fair in Abu Dhabi this week.",
    ],
)
def test_no_coded_record(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == [], [(r.acled_sub_event_type, r.evidence.text)
                                          for r in coded(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 27 May 2022, the army recaptured Tera (Tillaberi) from IS Sahel militants after "
        "hours of fighting. Fatalities: 6.",
        "On 11 May 2023, JNIM militants captured the town of Boni (Mopti) after a night of "
        "fighting. 7 fatalities.",
    ],
)
def test_toll_after_ground_taken_is_its_toll(extractor: Extractor, text: str) -> None:
    # an ACLED-style toll after ground taken counts that fighting's dead: one record
    records = coded(extractor, text)
    assert len(records) == 1, [(r.acled_sub_event_type, r.evidence.text) for r in records]
    assert records[0].fatalities is not None


def test_ground_retaken_where_people_died_is_kept(extractor: Extractor) -> None:
    # the fighting's dead join the retaking; a retaking that names no ground but counts its
    # dead is a happening, not a trend ("retaking territory from the caliphate")
    text = ("Q: What happened in Ber last week?\n\nA: The army came back on Sunday and retook "
            "the town. Residents said at least twelve people died in the fighting.")
    records = coded(extractor, text)
    assert [r.fatalities for r in records] == [12], [
        (r.acled_sub_event_type, r.evidence.text) for r in records]
