"""One happening → one incident, across documents.

`match` decides which stored event mentions of different documents report the same happening
(`Matcher`, `features_of`); `derive` computes an incident's fields from its reports.
"""
