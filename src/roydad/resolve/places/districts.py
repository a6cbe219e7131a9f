"""The compiled district (admin2) layer of Afghanistan, Pakistan and Iran, as the gazetteer
builder reads it.

`data/districts.tsv` is made once by `tools/build_districts.py` from GeoNames data (CC BY 4.0);
`data/districts.md` says how, with counts and known gaps. Each line is a district: its country,
its province's GeoNames admin1 code (the builder names the province as it names every
province, so that a district and its province always agree), its name, a representative
point, how the point was chosen, and its spelling variants.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from roydad.resolve.places.names import normalise, strip_generic


@dataclass(frozen=True, slots=True)
class District:
    country: str  # ISO alpha-3
    a1code: str  # GeoNames admin1 code, "AF.08"
    admin1: str  # the province's name when the file was compiled
    name: str
    lat: float | None
    lon: float | None
    point: str  # namesake | centre | largest | towns | none (see districts.md)
    population: int  # its towns' (GeoNames cities500), often 0 in Afghanistan
    geonames_id: int | None
    seat: int | None  # GeoNames id of the town that gives the point, when one does
    aliases: tuple[str, ...]

    def keys(self) -> set[str]:
        """Normalised names without generic words ("bajaur agency" -> "bajaur")."""
        return {strip_generic(normalise(n)) for n in (self.name, *self.aliases)} - {""}


def districts_bytes() -> bytes:
    return (resources.files("roydad") / "data" / "districts.tsv").read_bytes()


def load_districts() -> Iterator[District]:
    for line in districts_bytes().decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        (country, a1code, admin1, name, lat, lon, point, population, gid, seat,
         aliases) = line.split("\t")
        yield District(
            country=country, a1code=a1code, admin1=admin1, name=name,
            lat=float(lat) if lat else None, lon=float(lon) if lon else None, point=point,
            population=int(population or 0), geonames_id=int(gid) if gid else None,
            seat=int(seat) if seat else None,
            aliases=tuple(a for a in aliases.split("|") if a))
