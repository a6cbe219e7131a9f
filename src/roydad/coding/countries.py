"""Country names, codes and regions as the exports' target formats write them.

roydad stores ISO 3166-1 alpha-3 codes. ACLED wants its own country spelling ("Iran", "Russia"),
the numeric ISO code and its region; UCDP wants the Gleditsch–Ward number and its own region;
FollowTheMoney and GeoNames-style location objects want alpha-2. One place answers all of them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pycountry

from roydad.coding.rules import CountryRules, country_rules


class Countries:
    def __init__(self, rules: CountryRules | None = None) -> None:
        self.rules = rules or country_rules()

    def name(self, iso3: str | None) -> str:
        """The name ACLED writes; the code itself for a code pycountry does not know."""
        if not iso3:
            return ""
        code = iso3.upper()
        if code in self.rules.names:
            return self.rules.names[code]
        found = _lookup(code)
        if found is None:
            return code
        return str(getattr(found, "common_name", None) or found.name)

    def numeric(self, iso3: str | None) -> int | None:
        found = _lookup(iso3.upper()) if iso3 else None
        return int(found.numeric) if found is not None else None

    def alpha2(self, iso3: str | None) -> str | None:
        found = _lookup(iso3.upper()) if iso3 else None
        return str(found.alpha_2) if found is not None else None

    def acled_region(self, iso3: str | None) -> str:
        return self.rules.acled_regions.get((iso3 or "").upper(), "")

    def ucdp_region(self, iso3: str | None) -> str:
        code = (iso3 or "").upper()
        if code in self.rules.ucdp_region_exceptions:
            return self.rules.ucdp_region_exceptions[code]
        return self.rules.ucdp_regions.get(self.acled_region(code), "")

    def gleditsch_ward(self, iso3: str | None) -> int | None:
        return self.rules.gleditsch_ward.get((iso3 or "").upper())


@cache
def _lookup(iso3: str) -> Any:
    return pycountry.countries.get(alpha_3=iso3)
