"""The exports' coding rules, loaded from YAML under roydad/data/export/.

The rules are data so that a researcher can change how roydad codes an ACLED row (inter codes,
labels, precision codes, the fatality figure) or a PLOVER context without touching Python. A
file that breaks the expected shape fails loudly with the file and the key, never silently (its
model is in `roydad.datafiles.export`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from roydad.datafiles import load_data
from roydad.datafiles.export import ExportAcledFile, ExportCountriesFile, ExportPloverFile


class ExportRulesError(ValueError):
    """A rules file is missing a key or has a value of the wrong shape."""


@dataclass(frozen=True, slots=True)
class Label:
    """A generic ACLED actor ("Unidentified Armed Group ({country})") and its inter code."""

    label: str
    inter: int

    def format(self, country: str) -> str:
        return fill_country(self.label, country)


def fill_country(template: str, country: str) -> str:
    """'Unidentified Armed Group ({country})', 'Police Forces of {country}' for a country; without
    one, the label alone ('Unidentified Armed Group', 'Police Forces')."""
    if country:
        return template.format(country=country)
    return template.replace(" ({country})", "").replace(" of {country}", "").replace(
        "{country}", "").strip()


@dataclass(frozen=True, slots=True)
class DemonstrationRules:
    """Who is actor1 in a demonstration (acled.yaml `demonstrations`)."""

    event_types: frozenset[str] = frozenset()
    force_first: frozenset[str] = frozenset()
    crowd_sectors: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class GenericParties:
    """acled.yaml `generic_parties`: see roydad.coding.generic_parties."""

    state_labels: Mapping[str, str] = field(default_factory=dict)
    country_labels: frozenset[str] = frozenset()
    unarmed_labels: frozenset[str] = frozenset()
    armed_event_types: frozenset[str] = frozenset()
    victim_labels: frozenset[str] = frozenset()
    civilians_label: str = "Civilians ({country})"


@dataclass(frozen=True, slots=True)
class AcledRules:
    sector_inter: Mapping[str, int]
    person_sector_inter: Mapping[str, int]
    kind_inter: Mapping[str, int]
    identity_militias: frozenset[str]
    foreign_state_forces: int
    event_type_inter: Mapping[str, int]
    unidentified: Mapping[str, Label]
    civilians: Label
    mutual: frozenset[str]
    person_labels: Mapping[int, str]
    disorder_types: Mapping[str, str]
    disorder_by_sub_event: Mapping[str, str]
    time_precision: Mapping[str, int]
    geo_precision: Mapping[str, int]
    fatalities: str
    source_scale: Mapping[str, str]
    demonstrations: DemonstrationRules = DemonstrationRules()
    civilians_unless_armed: frozenset[str] = frozenset()
    generic_parties: GenericParties = GenericParties()

    def unidentified_for(self, acled_event_type: str | None,
                         sub_event_type: str | None = None) -> Label:
        """The label for no one named: by sub-event type, else event type, else the default."""
        for key in (sub_event_type, acled_event_type):
            if key and key in self.unidentified:
                return self.unidentified[key]
        return self.unidentified["default"]


@dataclass(frozen=True, slots=True)
class CountryRules:
    names: Mapping[str, str]
    acled_regions: Mapping[str, str]  # ISO3 -> ACLED region
    ucdp_regions: Mapping[str, str]  # ACLED region -> UCDP region
    ucdp_region_exceptions: Mapping[str, str]
    gleditsch_ward: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class PloverRules:
    sector_contexts: Mapping[str, str]
    mode_contexts: Mapping[str, str]
    international: str
    certainty_contexts: Mapping[str, str]
    codebook: str
    quad: Mapping[str, int]
    nonstate_codes: Mapping[str, str]


def _read(name: str, model: type[BaseModel], path: Path | None) -> Mapping[str, Any]:
    data: Mapping[str, Any] = load_data(path or f"data/export/{name}", model)
    return data


def _get(data: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise ExportRulesError(f"{where}: `{key}` must be a {kind.__name__}, got {value!r}")
    return value


def _label(raw: Any, where: str) -> Label:
    if not isinstance(raw, Mapping) or "label" not in raw or "inter" not in raw:
        raise ExportRulesError(f"{where}: expected {{label, inter}}, got {raw!r}")
    return Label(str(raw["label"]), int(raw["inter"]))


def _ints(raw: Mapping[str, Any]) -> dict[str, int]:
    return {str(k): int(v) for k, v in raw.items()}


@cache
def acled_rules(path: Path | None = None) -> AcledRules:
    where = str(path or "data/export/acled.yaml")
    data = _read("acled.yaml", ExportAcledFile, path)
    inter = _get(data, "inter", Mapping, where)
    unidentified = {
        str(k): _label(v, f"{where}: unidentified.{k}")
        for k, v in _get(data, "unidentified", Mapping, where).items()
    }
    if "default" not in unidentified:
        raise ExportRulesError(f"{where}: `unidentified` needs a `default` entry")
    fatalities = str(data.get("fatalities", "best"))
    if fatalities not in ("best", "low"):
        raise ExportRulesError(f"{where}: `fatalities` must be best or low, not {fatalities!r}")
    return AcledRules(
        sector_inter=_ints(_get(inter, "sectors", Mapping, where)),
        person_sector_inter=_ints(inter.get("person_sectors") or {}),
        kind_inter=_ints(_get(inter, "kinds", Mapping, where)),
        identity_militias=frozenset(str(x) for x in inter.get("identity_militias") or []),
        foreign_state_forces=int(inter.get("foreign_state_forces", 8)),
        event_type_inter=_ints(inter.get("by_event_type") or {}),
        unidentified=unidentified,
        civilians=_label(data.get("civilians"), f"{where}: civilians"),
        mutual=frozenset(str(x) for x in data.get("mutual") or []),
        person_labels={int(k): str(v) for k, v in (data.get("person_labels") or {}).items()},
        disorder_types={str(k): str(v) for k, v in
                        _get(data, "disorder_types", Mapping, where).items()},
        disorder_by_sub_event={str(k): str(v) for k, v in
                               (data.get("disorder_by_sub_event") or {}).items()},
        time_precision=_ints(_get(data, "time_precision", Mapping, where)),
        geo_precision=_ints(_get(data, "geo_precision", Mapping, where)),
        fatalities=fatalities,
        source_scale={str(k): str(v) for k, v in (data.get("source_scale") or {}).items()},
        demonstrations=_demonstrations(data.get("demonstrations") or {}),
        civilians_unless_armed=frozenset(str(x) for x in data.get("civilians_unless_armed") or []),
        generic_parties=_generic_parties(data.get("generic_parties") or {},
                                         str(data["civilians"]["label"])),
    )


def _generic_parties(raw: Mapping[str, Any], civilians: str) -> GenericParties:
    def words(key: str) -> frozenset[str]:
        return frozenset(str(x) for x in raw.get(key) or [])

    return GenericParties(
        state_labels={str(k): str(v) for k, v in (raw.get("state_labels") or {}).items()},
        country_labels=words("country_labels"), unarmed_labels=words("unarmed_labels"),
        armed_event_types=words("armed_event_types"), victim_labels=words("victim_labels"),
        civilians_label=civilians)


def _demonstrations(raw: Mapping[str, Any]) -> DemonstrationRules:
    def words(key: str) -> frozenset[str]:
        return frozenset(str(x) for x in raw.get(key) or [])

    return DemonstrationRules(words("event_types"), words("force_first"), words("crowd_sectors"))


@cache
def country_rules(path: Path | None = None) -> CountryRules:
    where = str(path or "data/export/countries.yaml")
    data = _read("countries.yaml", ExportCountriesFile, path)
    regions: dict[str, str] = {}
    for region, codes in _get(data, "acled_regions", Mapping, where).items():
        for code in codes:
            if code in regions:
                raise ExportRulesError(f"{where}: {code} is in both {regions[code]} and {region}")
            regions[str(code)] = str(region)
    return CountryRules(
        names={str(k): str(v) for k, v in (data.get("names") or {}).items()},
        acled_regions=regions,
        ucdp_regions={str(k): str(v) for k, v in
                      _get(data, "ucdp_regions", Mapping, where).items()},
        ucdp_region_exceptions={str(k): str(v) for k, v in
                                (data.get("ucdp_region_exceptions") or {}).items()},
        gleditsch_ward=_ints(data.get("gleditsch_ward") or {}),
    )


@cache
def plover_rules(path: Path | None = None) -> PloverRules:
    where = str(path or "data/export/plover.yaml")
    data = _read("plover.yaml", ExportPloverFile, path)
    return PloverRules(
        sector_contexts={str(k): str(v) for k, v in (data.get("sectors") or {}).items()},
        mode_contexts={str(k): str(v) for k, v in (data.get("modes") or {}).items()},
        international=str(data.get("international") or "international"),
        certainty_contexts={str(k): str(v) for k, v in (data.get("certainty") or {}).items()},
        codebook=str(_get(data, "codebook", str, where)),
        quad=_ints(_get(data, "quad", Mapping, where)),
        nonstate_codes={str(k): str(v) for k, v in (data.get("nonstate_codes") or {}).items()},
    )
