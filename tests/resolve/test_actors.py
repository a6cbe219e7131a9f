"""Actor knowledge base and matcher: data validity, aliases, transliteration, fuzzy matching,
generic groups, title guesses, dated roles and within-document coreference."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
import yaml

from roydad.models import ActorRef
from roydad.resolve.actor_entries import KnowledgeBaseError
from roydad.resolve.actor_names import cased_key, normalise
from roydad.resolve.actors import KB_PATH, LEXICON_PATH, ActorResolver


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


@pytest.fixture(scope="module")
def kb() -> dict[str, Any]:
    with KB_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


@pytest.fixture(scope="module")
def lexicon() -> dict[str, Any]:
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


# --------------------------------------------------------------------------- the data itself
def test_knowledge_base_is_large_and_well_formed(kb: dict[str, Any]) -> None:
    sectors = set(kb["sectors"])
    assert {"GOV", "MIL", "COP", "JUD", "SPY", "REB", "INS", "OPP", "ELI", "UAF"} <= sectors
    entries = kb["entries"]
    assert len(entries) >= 250
    for entry in entries:
        assert entry.get("id") and entry.get("name"), entry
        assert entry["kind"] in {"person", "organization", "state", "group"}, entry["id"]
        assert entry["sector"] in sectors, entry["id"]
        for role in entry.get("roles") or []:
            assert role.get("sector", entry["sector"]) in sectors, entry["id"]
    duplicates = [i for i, n in Counter(e["id"] for e in entries).items() if n > 1]
    assert duplicates == []


def test_an_alias_of_two_entries_is_decided_by_country(kb: dict[str, Any]) -> None:
    owners: dict[str, list[str | None]] = {}
    for entry in kb["entries"]:
        for alias in {normalise(a) for a in [entry["name"], *(entry.get("aliases") or [])]}:
            owners.setdefault(alias, []).append(entry.get("country"))
        for alias in entry.get("cased_aliases") or []:
            owners.setdefault("cased:" + cased_key(alias), []).append("cased")
    shared = {alias: countries for alias, countries in owners.items() if len(countries) > 1}
    assert all(len(set(c)) == len(c) and "cased" not in c for c in shared.values()), shared


def test_a_shared_acronym_follows_the_reports_country(resolver: ActorResolver) -> None:
    assert resolver.resolve("RSF", country_hint="SDN").kb_id == "sdn_rsf"
    assert resolver.resolve("the RSF", country_hint="SDN").kb_id == "sdn_rsf"
    assert resolver.resolve("RSF", country_hint="AFG").kb_id == "rsf"
    assert resolver.resolve("RSF").kb_id == "rsf"


def test_persons_have_countries_and_dated_roles_parse(resolver: ActorResolver) -> None:
    persons = [e for e in resolver.entries.values() if e.kind == "person"]
    assert len(persons) >= 100
    for entry in resolver.entries.values():
        for role in entry.roles:
            if role.period.start and role.period.end:
                assert role.period.start <= role.period.end, (entry.id, role.role)


def _tiny_kb(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"sectors": {"INS": "insurgents", "GOV": "government"}, "entries": list(entries)}


def _with_sectors(kb: dict[str, Any], *entries: dict[str, Any]) -> dict[str, Any]:
    return {"sectors": kb["sectors"], "entries": list(entries)}


def test_alias_conflict_is_refused(kb: dict[str, Any], lexicon: dict[str, Any]) -> None:
    kb = _tiny_kb(
        {"id": "aq", "name": "Al-Qaeda", "kind": "organization", "sector": "INS"},
        {"id": "aq_copy", "name": "Base", "kind": "organization", "sector": "INS",
         "aliases": ["al qaeda"]},
    )
    with pytest.raises(KnowledgeBaseError, match=r"'aq'.*'aq_copy'"):
        ActorResolver.from_data(kb, lexicon)
    same_country = _with_sectors(kb,
        {"id": "lf", "name": "Liberation Front", "kind": "organization", "sector": "INS",
         "country": "MLI", "aliases": ["LF"]},
        {"id": "lf2", "name": "Lions Federation", "kind": "organization", "sector": "INS",
         "country": "MLI", "aliases": ["LF"]},
    )
    with pytest.raises(KnowledgeBaseError, match=r"'lf'.*'lf2'.*different countries"):
        ActorResolver.from_data(same_country, lexicon)


def test_an_alias_shared_across_countries_is_decided_by_the_hint(
    kb: dict[str, Any], lexicon: dict[str, Any],
) -> None:
    resolver = ActorResolver.from_data(_with_sectors(kb,
        {"id": "lf_mli", "name": "Liberation Front", "kind": "organization", "sector": "INS",
         "country": "MLI", "aliases": ["LF"]},
        {"id": "lf_col", "name": "Lancers Front", "kind": "organization", "sector": "INS",
         "country": "COL", "aliases": ["LF"]},
        {"id": "lf_ngo", "name": "Lawyers Forum", "kind": "organization", "sector": "INS",
         "aliases": ["LF"]},
    ), lexicon)
    assert resolver.resolve("LF", country_hint="COL").kb_id == "lf_col"
    assert resolver.resolve("LF", country_hint="MLI").kb_id == "lf_mli"
    assert resolver.resolve("LF", country_hint="NER").kb_id == "lf_ngo"
    assert resolver.resolve("LF").kb_id == "lf_ngo"


@pytest.mark.parametrize("bad", [
    {"id": "x", "name": "X", "kind": "organization", "sector": "NOPE"},
    {"id": "x", "name": "X", "kind": "tribe", "sector": "INS"},
    {"name": "X", "kind": "organization", "sector": "INS"},
    {"id": "x", "name": "X", "kind": "organization", "sector": "INS", "country": "Pakistan"},
    {"id": "x", "name": "X", "kind": "person", "sector": "INS",
     "roles": [{"role": "leader", "from": "last spring"}]},
])
def test_malformed_entries_are_refused(bad: dict[str, Any], lexicon: dict[str, Any]) -> None:
    with pytest.raises(KnowledgeBaseError):
        ActorResolver.from_data(_tiny_kb(bad), lexicon)


def test_duplicate_ids_are_refused(lexicon: dict[str, Any]) -> None:
    kb = _tiny_kb({"id": "x", "name": "X", "kind": "organization", "sector": "INS"},
                  {"id": "x", "name": "Y", "kind": "organization", "sector": "INS"})
    with pytest.raises(KnowledgeBaseError, match="duplicate id"):
        ActorResolver.from_data(kb, lexicon)


def test_load_is_shared(resolver: ActorResolver) -> None:
    assert ActorResolver.load() is resolver


# --------------------------------------------------------------------------- aliases
ALIAS_SETS = {
    "iskp": ["ISIS-K", "ISKP", "Islamic State Khorasan Province", "Islamic State – Khorasan",
             "Daesh-Khorasan", "IS-K", "ISIL-K", "Islamic State Khurasan Province",
             "Islamic State's Khorasan branch", "the Islamic State's Afghan affiliate"],
    "taliban": ["Taliban", "the Taliban", "Taleban", "Islamic Emirate of Afghanistan",
                "Taliban's"],
    "irgc": ["IRGC", "Islamic Revolutionary Guard Corps", "Sepah", "Revolutionary Guards"],
    "irgc_quds_force": ["Quds Force", "IRGC-QF"],
    "haqqani_network": ["Haqqani network", "Haqqani Network", "HQN"],
    "ttp": ["TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban"],
    "nrf": ["NRF", "National Resistance Front"],
    "aff": ["AFF", "Afghanistan Freedom Front"],
    "bla": ["BLA", "Baloch Liberation Army", "Balochistan Liberation Army"],
    "blf": ["BLF", "Balochistan Liberation Front"],
    "jaish_al_adl": ["Jaish al-Adl", "Jaish ul-Adl", "Jaysh al-Adl"],
    "lashkar_e_taiba": ["Lashkar-e-Taiba", "LeT", "Lashkar-e-Tayyiba"],
    "jaish_e_mohammed": ["Jaish-e-Mohammed", "JeM", "Jaish-e-Muhammad"],
    "isi": ["ISI", "Inter-Services Intelligence"],
    "frontier_corps": ["Frontier Corps", "FC"],
    "islamic_state": ["Islamic State", "ISIS", "ISIL", "Daesh", "IS"],
    "al_qaeda": ["al-Qaeda", "Al Qaida", "al-Qa'ida"],
    "aqis": ["AQIS", "al-Qaeda in the Indian Subcontinent"],
    "al_shabaab": ["al-Shabaab", "Al Shabab"],
    "boko_haram": ["Boko Haram"],
    "iswap": ["ISWAP", "Islamic State West Africa Province"],
    "hezbollah": ["Hezbollah", "Hizbullah"],
    "hamas": ["Hamas"],
    "houthis": ["Houthis", "Ansar Allah", "Ansarullah"],
    "sdf": ["SDF", "Syrian Democratic Forces"],
    "pkk": ["PKK", "Kurdistan Workers' Party"],
    "us_treasury": ["US Treasury", "U.S. Treasury Department"],
    "ofac": ["OFAC", "Office of Foreign Assets Control"],
    "un_security_council": ["UN Security Council", "U.N. Security Council", "UNSC"],
    "hibatullah_akhundzada": ["Hibatullah Akhundzada", "Haibatullah Akhundzada"],
    "sirajuddin_haqqani": ["Sirajuddin Haqqani", "Siraj Haqqani"],
    "ashraf_ghani": ["Ashraf Ghani"],
    "abdul_raziq": ["Abdul Raziq"],
    "ahmad_massoud": ["Ahmad Massoud"],
    "amrullah_saleh": ["Amrullah Saleh"],
    "ayman_al_zawahiri": ["Ayman al-Zawahiri", "Ayman al Zawahri"],
    "noor_wali_mehsud": ["Noor Wali Mehsud", "Mufti Noor Wali Mehsud"],
    "shehbaz_sharif": ["Shehbaz Sharif", "Shahbaz Sharif"],
    "imran_khan": ["Imran Khan"],
    "asim_munir": ["Asim Munir", "General Asim Munir"],
}


@pytest.mark.parametrize(("kb_id", "text"),
                         [(k, t) for k, texts in ALIAS_SETS.items() for t in texts])
def test_alias_sets(resolver: ActorResolver, kb_id: str, text: str) -> None:
    actor = resolver.resolve(text)
    assert (actor.kb_id, actor.matched_by) == (kb_id, "alias"), actor
    assert actor.text == text


@pytest.mark.parametrize("text", [
    "Mohammad Dawood Muzammil", "Muhammad Dawud Muzammil", "Mohammed Daoud Muzammil",
    "Mullah Daoud Muzammil", "Mawlawi Muhammad Dawood Muzamil", "Dawud Muzammil",
])
def test_transliteration_variants(resolver: ActorResolver, text: str) -> None:
    actor = resolver.resolve(text)
    assert actor.kb_id == "muzammil", actor
    assert actor.name == "Mohammad Dawood Muzammil"
    assert actor.kind == "person" and actor.country == "AFG"


@pytest.mark.parametrize(("text", "kb_id"), [
    ("Zabiullah Mujahed", "zabihullah_mujahid"),
    ("Jaish-i-Muhammad", "jaish_e_mohammed"),
    ("Ikramuddin Sari", "ekramuddin_saree"),
    ("Tehreek-e-Taliban Pakistan", "ttp"),
    ("Rahmatollah Nabil", "rahmatullah_nabil"),
])
def test_loose_spelling_variants(resolver: ActorResolver, text: str, kb_id: str) -> None:
    assert resolver.resolve(text).kb_id == kb_id


def test_cased_acronyms_need_their_case(resolver: ActorResolver) -> None:
    assert resolver.resolve("IS").kb_id == "islamic_state"
    assert resolver.resolve("is").kb_id is None
    assert resolver.resolve("us").kb_id is None
    assert resolver.resolve("US troops", on_date=date(2019, 6, 1)).kb_id == "usa_military_2017_2021"


# --------------------------------------------------------------------------- fuzzy
@pytest.mark.parametrize(("text", "kb_id"), [
    ("Tehrik-i-Talban Pakistan", "ttp"),
    ("Lashkar-e-Jhangwi", "lashkar_e_jhangvi"),
    ("Balochistan Liberation Armi", "bla"),
])
def test_fuzzy_catches_misspellings(resolver: ActorResolver, text: str, kb_id: str) -> None:
    actor = resolver.resolve(text)
    assert (actor.kb_id, actor.matched_by) == (kb_id, "fuzzy"), actor
    assert 0.9 <= actor.score < 1.0


@pytest.mark.parametrize("text", ["Khan", "Sharif", "Imran", "Haqqani", "Ali", "Massoud",
                                  "Islam", "Army", "Front"])
def test_short_or_common_words_do_not_match(resolver: ActorResolver, text: str) -> None:
    actor = resolver.resolve(text)
    assert actor.kb_id is None, actor
    assert actor.matched_by != "fuzzy"


@pytest.mark.parametrize(("text", "kb_id"), [
    ("Esmail Ghani Qaani", "esmail_qaani"),  # transliterations agree name by name
    ("Esmayil Qaani", "esmail_qaani"),
])
def test_a_person_matches_on_every_name(resolver: ActorResolver, text: str, kb_id: str) -> None:
    assert resolver.resolve(text).kb_id == kb_id


@pytest.mark.parametrize(("text", "kb_id"), [
    ("the Pakistani Taliban", "ttp"),
    ("AQAP militants", "aqap"),
    ("al-Qaeda's Yemen branch", "aqap"),
    ("al Qaeda in Yemen", "aqap"),
])
def test_the_specific_group_wins_over_the_generic_one(resolver: ActorResolver, text: str,
                                                      kb_id: str) -> None:
    assert resolver.resolve(text).kb_id == kb_id


def test_gangs_are_an_armed_group(resolver: ActorResolver) -> None:
    # ACLED codes criminal gangs that fight as (political) militias, not as civilians
    actor = resolver.resolve("two rival gangs", country_hint="PAK")
    assert (actor.sector, actor.kind) == ("UAF", "group")


def test_another_surname_is_another_person(resolver: ActorResolver) -> None:
    # the Herat commander is not the Quds Force commander one letter-swap away
    actor = resolver.resolve("Ismail Khan, the former Herat commander")
    assert (actor.kb_id, actor.name, actor.kind) == (None, "Ismail Khan", "person")


def test_the_police_is_generic_not_fuzzy(resolver: ActorResolver) -> None:
    actor = resolver.resolve("the police")
    assert (actor.matched_by, actor.sector, actor.kb_id) == ("generic", "COP", None)


# --------------------------------------------------------------------------- generic groups
@pytest.mark.parametrize(("text", "hint", "name", "sector"), [
    ("gunmen", "PAK", "Unidentified Armed Group (Pakistan)", "UAF"),
    ("unidentified assailants", "AFG", "Unidentified Armed Group (Afghanistan)", "UAF"),
    ("armed men", "IRN", "Unidentified Armed Group (Iran)", "UAF"),
    ("civilians", "AFG", "Civilians (Afghanistan)", "CVL"),
    ("worshippers", "PAK", "Civilians (Pakistan)", "CVL"),
    ("residents of Quetta", "PAK", "Civilians (Pakistan)", "CVL"),
    ("at least 11 coal miners", "PAK", "Civilians (Pakistan)", "CVL"),
    ("gunmen", None, "Unidentified Armed Group", "UAF"),
    # one person of the public named by what he is ("killed a man", "the victim's son")
    ("a man", "IRN", "Civilians (Iran)", "CVL"),
    ("his son", "PAK", "Civilians (Pakistan)", "CVL"),
])
def test_generic_groups(resolver: ActorResolver, text: str, hint: str | None, name: str,
                        sector: str) -> None:
    actor = resolver.resolve(text, country_hint=hint)
    assert (actor.name, actor.sector, actor.kind, actor.matched_by) == (
        name, sector, "group", "generic")
    assert actor.country == hint


@pytest.mark.parametrize(("text", "hint", "on", "kb_id"), [
    ("Pakistani soldiers", None, date(2020, 5, 1), "pak_military_2018"),
    ("Pakistan Army", None, date(2020, 5, 1), "pak_military_2018"),
    ("Pak Army", None, date(2015, 5, 1), "pak_military_2013_2018"),
    ("police", "PAK", date(2020, 5, 1), "pak_police_2018"),
    ("two policemen", "PAK", date(2016, 5, 1), "pak_police_2013_2018"),
    ("Afghan security forces", None, date(2019, 1, 1), "afg_military_2014_2021"),
    ("Afghan security forces", None, date(2022, 1, 1), "afg_military_2021"),
    ("Afghan police", None, date(2023, 1, 1), "afg_police_2021"),
    ("Iranian security forces", None, date(2023, 1, 1), "irn_military"),
    ("Pakistani soldiers", "AFG", date(2020, 5, 1), "pak_military_2018"),  # demonym beats hint
    ("Government of Pakistan", None, date(2016, 1, 1), "pak_government_2013_2018"),
    ("Pakistan", None, date(2024, 1, 1), "pak_government_2018"),
    ("Afghan government", None, date(2023, 1, 1), "taliban"),
])
def test_state_forces_by_country_and_date(resolver: ActorResolver, text: str, hint: str | None,
                                          on: date, kb_id: str) -> None:
    actor = resolver.resolve(text, country_hint=hint, on_date=on)
    assert (actor.kb_id, actor.matched_by) == (kb_id, "generic"), actor


def test_state_force_names_are_acled_style(resolver: ActorResolver) -> None:
    actor = resolver.resolve("Pakistani soldiers", on_date=date(2021, 12, 31))
    assert actor.name == "Military Forces of Pakistan (2018-)"
    assert (actor.kind, actor.sector, actor.country) == ("state", "MIL", "PAK")
    police = resolver.resolve("police", country_hint="PAK")
    assert police.name == "Police Forces of Pakistan (2018-)"


# --------------------------------------------------------------------------- unknowns and titles
@pytest.mark.parametrize(("text", "kind", "sector"), [
    ("former police commander", "person", "ELI"),
    ("governor", "person", "GOV"),
    ("a Taliban-appointed district governor", "person", "GOV"),
    ("soldiers", "group", "MIL"),
    ("militants", "group", "INS"),
    ("suspected insurgents", "group", "INS"),
    ("former Afghan soldiers", "group", "ELI"),
    ("local journalist", "person", "MED"),
])
def test_unknowns_get_kind_and_sector_from_titles(resolver: ActorResolver, text: str, kind: str,
                                                  sector: str) -> None:
    actor = resolver.resolve(text)
    assert (actor.kind, actor.sector, actor.kb_id) == (kind, sector, None), actor
    assert actor.matched_by in {"title", "generic"}


def test_unknown_person_keeps_name_and_title(resolver: ActorResolver) -> None:
    actor = resolver.resolve("Colonel Jan Doe, former Kunduz police commander")
    assert actor.name == "Jan Doe"
    assert actor.title == "Colonel, former Kunduz police commander"
    assert (actor.kind, actor.sector, actor.kb_id) == ("person", "ELI", None)


def test_known_person_keeps_title(resolver: ActorResolver) -> None:
    actor = resolver.resolve("General Ekramuddin Saree, former Takhar and Baghlan police commander",
                             on_date=date(2025, 12, 24))
    assert (actor.kb_id, actor.name) == ("ekramuddin_saree", "Ekramuddin Saree")
    assert actor.title == "General, former Takhar and Baghlan police commander"
    assert actor.sector == "ELI"


@pytest.mark.parametrize(("text", "kb_id", "title"), [
    ("Balkh governor Mohammad Dawood Muzammil", "muzammil", "Balkh governor"),
    ("Taliban spokesman Zabihullah Mujahid", "zabihullah_mujahid", "Taliban spokesman"),
    ("Taliban fighters", "taliban", "fighters"),
    ("Iran-backed Houthis", "houthis", "Iran-backed"),
    ("the banned TTP", "ttp", "banned"),
])
def test_known_actor_inside_longer_mention(resolver: ActorResolver, text: str, kb_id: str,
                                           title: str) -> None:
    actor = resolver.resolve(text)
    assert (actor.kb_id, actor.title) == (kb_id, title), actor


@pytest.mark.parametrize("text", ["", "   ", "he", "Kabul University", "11", "Camp Shorabak"])
def test_never_dropped(resolver: ActorResolver, text: str) -> None:
    actor = resolver.resolve(text)
    assert actor.text == text
    assert actor.kb_id is None
    assert actor.kind != "person"


# --------------------------------------------------------------------------- dates
def test_role_on_date(resolver: ActorResolver) -> None:
    assert resolver.role_on("muzammil", date(2023, 1, 15)) == "Taliban governor of Balkh"
    assert resolver.role_on("muzammil", date(2022, 3, 1)) == "Taliban governor of Nangarhar"
    assert resolver.role_on("muzammil", date(2023, 3, 10)) is None
    assert resolver.role_on("ashraf_ghani", date(2018, 1, 1)) == "President of Afghanistan"
    assert resolver.role_on("iskp", date(2010, 1, 1)) is None
    assert resolver.role_on("no_such_actor", date(2020, 1, 1)) is None


@pytest.mark.parametrize(("text", "on", "sector"), [
    ("Taliban", date(2019, 6, 1), "INS"),
    ("Taliban", date(2022, 6, 1), "GOV"),
    ("Taliban", None, "GOV"),
    ("Ashraf Ghani", date(2018, 1, 1), "GOV"),
    ("Ashraf Ghani", date(2023, 1, 1), "ELI"),
    ("Hibatullah Akhundzada", date(2018, 1, 1), "INS"),
    ("Asim Munir", date(2019, 1, 1), "SPY"),
])
def test_sector_follows_dated_roles(resolver: ActorResolver, text: str, on: date | None,
                                    sector: str) -> None:
    assert resolver.resolve(text, on_date=on).sector == sector


def test_answers_are_memoised_per_text_hint_and_date(
        kb: dict[str, Any], lexicon: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = ActorResolver.from_data(kb, lexicon)
    first = fresh.resolve("Taliban", on_date=date(2019, 6, 1))
    assert fresh.resolve("Taliban", on_date=date(2019, 6, 1)) is first
    # The date and the hint are part of the key: a dated role must not leak into another date.
    assert fresh.resolve("Taliban", on_date=date(2022, 6, 1)).sector == "GOV"
    assert fresh.resolve("Taliban", on_date=date(2019, 6, 1)).sector == "INS"
    monkeypatch.setattr("roydad.resolve.actors.MEMO_SIZE", 2)
    for text in ("TTP", "ISKP", "Haqqani network"):
        fresh.resolve(text)
    assert len(fresh._memo) <= 2  # bounded


# --------------------------------------------------------------------------- coreference
def test_surname_links_to_earlier_full_name(resolver: ActorResolver) -> None:
    actors = resolver.resolve_document([
        "Mullah Daoud Muzammil", "Islamic State", "Muzammil",
        "General Ekramuddin Saree, former Takhar and Baghlan police commander", "Saree",
        "Colonel Jan Doe", "Doe's",
    ])
    assert [a.matched_by for a in actors] == [
        "alias", "alias", "coref", "alias", "coref", "title", "coref"]
    assert actors[2].kb_id == "muzammil" and actors[2].text == "Muzammil"
    assert actors[4].kb_id == "ekramuddin_saree" and actors[4].title is None
    assert (actors[6].name, actors[6].kb_id) == ("Jan Doe", None)


def test_ambiguous_or_absent_surname_is_not_linked(resolver: ActorResolver) -> None:
    actors = resolver.resolve_document(["Nawaz Sharif", "Shehbaz Sharif", "Sharif", "Khan"])
    assert actors[2].kb_id is None and actors[2].matched_by != "coref"
    assert actors[3].kb_id is None and actors[3].matched_by == "unknown"


def test_surname_with_title_links(resolver: ActorResolver) -> None:
    actors = resolver.resolve_document(["Ekramuddin Saree", "General Saree"])
    assert (actors[1].kb_id, actors[1].matched_by, actors[1].title) == (
        "ekramuddin_saree", "coref", "General")


# --------------------------------------------------------------------------- contract
def test_to_actor_ref(resolver: ActorResolver) -> None:
    ref = resolver.resolve("ISIS-K").to_actor_ref("actor")
    assert isinstance(ref, ActorRef)
    assert ref.model_dump() == {
        "text": "ISIS-K", "name": "Islamic State Khorasan Province (ISKP)", "role": "actor",
        "kind": "organization", "sector": "INS", "country": "AFG", "kb_id": "iskp"}
    unknown = resolver.resolve("gunmen", country_hint="PAK").to_actor_ref("actor")
    assert (unknown.kb_id, unknown.kind) == (None, "group")


def test_wikidata_only_where_given(resolver: ActorResolver) -> None:
    assert resolver.resolve("Islamic State").wikidata == "Q2429253"
    assert resolver.resolve("ISKP").wikidata is None


def test_patterns_cover_every_entry(resolver: ActorResolver) -> None:
    ids = {kb_id for _, kb_id in resolver.patterns()}
    assert ids == set(resolver.entries)


def test_country_word(resolver: ActorResolver) -> None:
    # what a nationality or a state's name stands for, and nothing longer
    assert [resolver.country_word(w) for w in ("Indian", "Iranian", "Pak", "U.S.", "Pakistan")] == [
        "IND", "IRN", "PAK", "USA", "PAK"]
    assert resolver.country_word("us") is None  # the pronoun, not the US
    assert resolver.country_word("Indian troops") is None
    assert resolver.country_word("Taliban") is None


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # a person of the public named by a word and a modifier: the head word decides
        ("teenage son", "AFG", "Civilians (Afghanistan)"),
        ("tribal elder", "PAK", "Civilians (Pakistan)"),
        ("elderly shopkeeper", "IRN", "Civilians (Iran)"),
        # militants nobody names: ACLED's unidentified armed group of the country
        ("militants", "PAK", "Unidentified Armed Group (Pakistan)"),
        ("suspected jihadists", "MLI", "Unidentified Armed Group (Mali)"),
    ],
)
def test_generic_parties_by_head_word(resolver: ActorResolver, text: str, country: str,
                                      name: str) -> None:
    assert resolver.resolve(text, country_hint=country).name == name


def test_a_named_group_beats_the_generic_head(resolver: ActorResolver) -> None:
    assert resolver.resolve("Jaish al-Adl militants", country_hint="IRN").name == "Jaish al-Adl"


def test_forces_of_a_country_the_knowledge_base_lacks(resolver: ActorResolver) -> None:
    soldiers = resolver.resolve("soldiers", country_hint="SOM")
    assert (soldiers.name, soldiers.sector) == ("Military Forces of Somalia", "MIL")
    police = resolver.resolve("policemen", country_hint="SOM")
    assert police.name == "Police Forces of Somalia"


# ------------------------------------------------------- a group named inside generic words
@pytest.mark.parametrize(("text", "kb_id"), [
    ("Taliban security operations", "taliban"),  # what the group does: the group
    ("TTP militants", "ttp"),
    ("Taliban fighters", "taliban"),
    ("IS sniper", "islamic_state"),  # 'sniper' alone is an unidentified armed group
    ("a Taliban sniper", "taliban"),
    ("ISKP operation", "iskp"),
])
def test_known_group_inside_generic_heads_is_the_group(
        resolver: ActorResolver, text: str, kb_id: str) -> None:
    assert resolver.resolve(text).kb_id == kb_id


def test_generic_armed_words_alone_stay_unidentified(resolver: ActorResolver) -> None:
    for text in ("unknown gunmen", "a sniper", "militants"):
        found = resolver.resolve(text, country_hint="PAK")
        assert found.kb_id is None and found.name == "Unidentified Armed Group (Pakistan)"
