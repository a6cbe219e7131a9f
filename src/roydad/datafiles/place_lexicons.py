"""Models of the lexicons of places and of the layout of long articles (data/lexicons/
unlisted_places.yaml, numbered_places.yaml, place_units.yaml, paragraph_context.yaml,
discourse.yaml); `lexicons.LEXICONS`
names them with the others."""

from __future__ import annotations

from roydad.datafiles.shape import Shape, Words


class UnlistedPlacesFile(Shape):
    locative_preps: Words
    territory_preps: Words
    place_nouns: Words
    not_place_labels: Words
    time_nouns: Words
    container_units: Words
    movement_verbs: Words
    movement_preps: Words
    not_name_labels: Words
    settlement_nouns: Words
    second_units: Words


class MisreadTownsFile(Shape):
    labels: Words
    preps: Words
    distance_words: Words
    of_nouns: Words
    date_labels: Words
    whole_name_labels: Words


class NumberedPlacesFile(Shape):
    locative_preps: Words
    not_places: Words


class PlaceUnitsFile(Shape):
    unit_words: Words
    district_words: Words
    container_units: Words
    unit_heads: Words
    settlement_nouns: Words
    named_units: Words
    not_unit_names: Words
    reference_words: Words
    appositive_words: Words
    seat_units: Words


class ParagraphContextFile(Shape):
    unit_nouns: Words
    day_parts: Words
    after_words: Words
    before_words: Words
    day_units: Words
    week_units: Words
    hour_units: Words
    motion_verbs: Words
    motion_preps: Words
    plain_modifiers: Words
    place_pointers: Words
    capital_units: Words
    recalled_site_preps: Words
    recalled_site_determiners: Words
    recalled_sites: Words


class DiscourseFile(Shape):
    question_labels: Words
    summary_headings: Words
    outlook_headings: Words
    narrator_verbs: Words
    district_nouns: Words
