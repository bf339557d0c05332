"""Short romanised Russian and Ukrainian given names (four letters or fewer, in no Latin-script
list) that English writes as common abbreviations or surnames ("Prov" of Province, "Karp" the
surname) start no PERSON by themselves: round s36-e's romanised lists made "Prov Hwy" and "Karp
Moulin" people. Such a name still opens a person's name where a second cue says so: a surname
by its ending ("Karp Ivanov"), a speech verb, a title. Issue #16, round s37-e; the reported
words first, then others of the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    "text",
    [
        # reported words
        "Roads\n\nTraffic on Prov Hwy 9 was slow after the storm.\n",
        "Markets\n\nShares of Karp Moulin rose 3% on Monday.\n",
        # invented: other short romanised forms an abbreviation or a surname
        "Markets\n\nShares of Naum Bretell rose 3% on Monday.\n",
        "Roads\n\nThe Kir Royal bar on the square reopened on Monday.\n",
    ],
)
def test_short_romanised_name_starts_no_person(rec: Recognizer, text: str) -> None:
    found = names(rec, text)
    assert not any(label == "PERSON" for _n, label in found), found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Fishing\n\nKarp Ivanov, a fisherman, said the catch was poor.\n", "Karp Ivanov"),
        ("Fishing\n\nProv Dmitriev was born in Tver in 1950.\n", "Prov Dmitriev"),
        ("Fishing\n\nThe catch was poor, said Lev Orlik, a trawler captain.\n", "Lev Orlik"),
    ],
)
def test_short_romanised_name_with_a_second_cue(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize("name", ["Gleb", "Oleh", "Ihor", "Anatoly"])
def test_common_romanised_given_names_kept(name: str) -> None:
    assert name in given_names()


@pytest.mark.parametrize("word", ["Prov", "Karp", "Naum", "Kir"])
def test_short_stem_is_no_listed_given_name(word: str) -> None:
    assert word not in given_names()


def test_short_stems_rule() -> None:
    from waic_reader.index.analysis.entities.given_names import short_stems

    found = short_stems({"Prov", "Karp", "Gleb", "Anatoly"}, {"province", "glee"}, {"Karpov"})
    assert found == {"Prov", "Karp"}
