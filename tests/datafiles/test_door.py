"""The data door: a file that is not YAML, cannot be read or does not fit its model fails with
one line naming the file, the field and the line."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from roydad.datafiles import DataFileError, data_path, load, load_data
from roydad.datafiles.analysis import AchFile
from roydad.datafiles.lexicons import CertaintyFile, TriggersFile
from roydad.datafiles.ontology import PloverFile
from roydad.datafiles.shape import Shape, Words


class _Pair(Shape):
    name: str
    words: Words = ()


class _Pairs(Shape):
    pairs: list[_Pair]
    limit: int


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_packaged_file_is_found_by_its_path_under_the_package() -> None:
    path = data_path("data/lexicons/triggers.yaml")
    assert path.is_file() and path.parts[-4:] == ("roydad", "data", "lexicons", "triggers.yaml")


def test_load_gives_the_model_and_load_data_the_yaml(tmp_path: Path) -> None:
    path = _write(tmp_path, "pairs:\n  - {name: a, words: [x, y]}\nlimit: 3\n")
    assert load(path, _Pairs) == _Pairs(pairs=[_Pair(name="a", words=("x", "y"))], limit=3)
    assert load_data(path, _Pairs) == {"pairs": [{"name": "a", "words": ["x", "y"]}],
                                       "limit": 3}


def test_a_wrong_value_names_the_file_the_field_and_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "pairs:\n  - {name: a}\n  - {name: b, words: [x, [y]]}\nlimit: 3\n")
    with pytest.raises(DataFileError) as raised:
        load(path, _Pairs)
    assert raised.value.file == str(path)
    assert str(raised.value) == (
        f"{path}: pairs.1.words.1 (line 3): Input should be a valid string")


def test_a_missing_and_an_unknown_key_are_both_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "pairs: []\nlimt: 3\n")
    with pytest.raises(DataFileError, match=r"broken\.yaml: limit \(line 1\): Field required; "
                                            r"limt \(line 2\): Extra inputs are not permitted"):
        load_data(path, _Pairs)


def test_not_yaml_and_no_file_are_data_file_errors(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"broken\.yaml: line 2: not valid YAML"):
        load(_write(tmp_path, "pairs: [a, b\nlimit: 3\n"), _Pairs)
    with pytest.raises(DataFileError, match=r"absent\.yaml: cannot read it"):
        load(tmp_path / "absent.yaml", _Pairs)
    with pytest.raises(DataFileError, match=r"broken\.yaml: \(top level\) \(line 1\): "
                                            r"Input should be a valid dictionary"):
        load(_write(tmp_path, "- just\n- a list\n"), _Pairs)


def test_a_broken_shipped_file_names_its_field(tmp_path: Path) -> None:
    """A mistyped weight in the trigger lexicon, and a lost key in the ACH rules."""
    triggers = data_path("data/lexicons/triggers.yaml").read_text(encoding="utf-8")
    line = next(n for n, text in enumerate(triggers.splitlines(), 1) if "lemma: kill," in text)
    broken = _write(tmp_path, triggers.replace("lemma: kill,", "lemma: [kill],", 1))
    with pytest.raises(DataFileError, match=rf"broken\.yaml: triggers\.\d+\.lemma \(line {line}\)"):
        load_data(broken, TriggersFile)
    ach = data_path("data/ach.yaml").read_text(encoding="utf-8")
    broken.write_text(ach.replace("denial_factor:", "denial_factr:"), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"denial_factor \(line \d+\): Field required; "
                                            r"denial_factr \(line \d+\): Extra inputs"):
        load_data(broken, AchFile)


def test_the_error_survives_a_trip_to_a_worker_process() -> None:
    error = DataFileError("x.yaml", ["a (line 1): wrong"])
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == str(error) == "x.yaml: a (line 1): wrong"
    assert again.problems == error.problems


def test_a_bare_yes_no_on_off_or_number_in_a_word_list_is_refused(tmp_path: Path) -> None:
    """YAML 1.1 reads `no` and `on` as booleans and `12` as a number: in a word list such a
    word would never match a token, so the file is refused, naming the field and the line."""
    path = _write(tmp_path, "pairs:\n  - name: a\n    words: [not, never,\n      no, ok]\n"
                            "  - {name: b, words: [in, on]}\n  - {name: c, words: [12]}\n"
                            "limit: 3\n")
    with pytest.raises(DataFileError) as raised:
        load(path, _Pairs)
    assert raised.value.problems == (
        'pairs.0.words.2 (line 4): `no` is read by YAML as a boolean, not a word: quote it ("no")',
        'pairs.1.words.1 (line 5): `on` is read by YAML as a boolean, not a word: quote it ("on")',
        'pairs.2.words.0 (line 6): `12` is read by YAML as a number, not a word: quote it ("12")',
    )
    quoted = _write(tmp_path, 'pairs:\n  - {name: a, words: [not, "no", "on", "12"]}\nlimit: 3\n')
    assert load(quoted, _Pairs).pairs[0].words == ["not", "no", "on", "12"]


def test_a_shipped_word_list_with_a_bare_no_is_refused(tmp_path: Path) -> None:
    """The negation cues of certainty.yaml: `no` must stay quoted there."""
    certainty = data_path("data/lexicons/certainty.yaml").read_text(encoding="utf-8")
    assert '"no"' in certainty
    broken = _write(tmp_path, certainty.replace('"no"', "no", 1))
    with pytest.raises(DataFileError, match=r"negated\.governs_lemmas\.2 \(line \d+\): `no` is "
                                            r"read by YAML as a boolean"):
        load_data(broken, CertaintyFile)


def test_an_unquoted_comma_in_a_mode_description_is_refused(tmp_path: Path) -> None:
    """`{description: arrest, detention}` makes `detention` a key of its own."""
    text = ("categories:\n  ASSAULT:\n    description: Violence.\n    modes:\n"
            "      firearms: {description: shooting, armed clash}\n"
            "families: {violent: [ASSAULT], hostile: [], harmful: [], speech_acts: [],"
            " both_sides: [], status: [], assistance: [], crowd_acts: [], claim_acts: []}\n")
    with pytest.raises(DataFileError, match=r"categories\.ASSAULT\.modes\.firearms\.armed clash "
                                            r"\(line 5\): Extra inputs are not permitted"):
        load(_write(tmp_path, text), PloverFile)
    fixed = text.replace("shooting, armed clash", '"shooting, armed clash"')
    modes = load(_write(tmp_path, fixed), PloverFile).categories["ASSAULT"].modes
    assert modes["firearms"].description == "shooting, armed clash"
