"""The one door to roydad's data files: every YAML file shipped under `src/roydad` (lexicons,
ontology, export rules, settings) is read through `load` or `load_data`, checked against its
pydantic model (the modules of this package, by area), and a file that does not fit fails with
a `DataFileError` naming the file, the field and the line.

The lowest layer: it imports nothing of roydad but itself, so any stage may read its data here.
`SHIPPED` (roydad.datafiles.registry) lists every shipped file with its model.
"""

from roydad.datafiles.door import DataFileError, data_path, load, load_data

__all__ = ["DataFileError", "data_path", "load", "load_data"]
