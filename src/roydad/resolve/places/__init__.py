"""Places: a place name as reporting writes it -> the contract's `Location`, offline.

- `gazetteer.py`: the `Gazetteer` — candidates for a name and context-aware resolution
  (`PlaceContext`: the countries, provinces and other places a document names);
- `context.py`: how a document's context reweighs candidates (`PlaceContext`, `rescore`);
- `folds.py`: spelling folds (data/spelling_folds.yaml) under which two spellings meet;
- `candidates.py`: what a candidate looks like, how candidates are ranked and accepted;
- `names.py`: the normal forms (normalised key, consonant skeleton, generic words) that the
  index and the queries share;
- `index.py`: where the compiled SQLite index lives and when it is rebuilt;
- `index_build.py`: how it is compiled from GeoNames, pycountry and the curated additions,
  with `admin1_names.py` (names for GeoNames' admin1 codes) and `districts.py` (the district
  layer of Afghanistan, Pakistan and Iran).
"""

from roydad.resolve.places.candidates import Candidate, format_candidates
from roydad.resolve.places.context import PlaceContext
from roydad.resolve.places.gazetteer import Gazetteer

__all__ = ["Candidate", "Gazetteer", "PlaceContext", "format_candidates"]
