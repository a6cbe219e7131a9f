"""Where a happening took place, read from the text.

- `mentions.py`: the place a sentence attaches to a trigger's clause ("killed in Kabul", "the
  Manchester bombing"), datelines, and names the NER took for persons after a locative word;
- `document.py`: a document's place names, resolved once and together (`PlaceReader.read`
  gives its `DocumentPlaces`);
- `regions.py`: regional words ("southwest Pakistan", "tribal area", a border, the side of
  "Kashmir") that put a happening in one province;
- `event_place.py`: the `Locator`, which chooses each happening's place from the above.

Place names become `Location`s in `roydad.resolve.places`.
"""
