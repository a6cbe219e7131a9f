"""Every YAML file shipped under `src/roydad`, by its path there, with the model it must fit
(the tests check that no file is missing and that each one validates)."""

from __future__ import annotations

from pydantic import BaseModel

from roydad.datafiles.actors import ActorTitlesFile, KnowledgeBaseFile
from roydad.datafiles.analysis import AchFile
from roydad.datafiles.classify import CombineFile, LabelsFile
from roydad.datafiles.consolidate import MatchConfig
from roydad.datafiles.evaluation import AliasesFile, TypesFile
from roydad.datafiles.export import ExportAcledFile, ExportCountriesFile, ExportPloverFile
from roydad.datafiles.lexicons import LEXICONS
from roydad.datafiles.ontology import AcledMapFile, PloverFile
from roydad.datafiles.places import GazetteerAdditionsFile, RegionsFile, SpellingFoldsFile
from roydad.datafiles.web import UISettings

SHIPPED: dict[str, type[BaseModel]] = {
    "ontology/plover.yaml": PloverFile,
    "ontology/acled_map.yaml": AcledMapFile,
    **{f"data/lexicons/{name}.yaml": model for name, model in LEXICONS.items()},
    "data/lexicons/actor_titles.yaml": ActorTitlesFile,
    "data/actors.yaml": KnowledgeBaseFile,
    "data/gazetteer_additions.yaml": GazetteerAdditionsFile,
    "data/spelling_folds.yaml": SpellingFoldsFile,
    "data/regions.yaml": RegionsFile,
    "data/consolidate.yaml": MatchConfig,
    "data/ach.yaml": AchFile,
    "data/export/acled.yaml": ExportAcledFile,
    "data/export/countries.yaml": ExportCountriesFile,
    "data/export/plover.yaml": ExportPloverFile,
    "classify/labels.yaml": LabelsFile,
    "classify/combine.yaml": CombineFile,
    "eval/types.yaml": TypesFile,
    "eval/aliases.yaml": AliasesFile,
    "web/ui.yaml": UISettings,
}
