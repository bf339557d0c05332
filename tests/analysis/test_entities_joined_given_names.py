"""person_joins.hyphen_variants: a given name written joined joins its spellings with a hyphen or
a space (issue #13/#16, round s32-p: "Kim Minjun" beside "Kim Min-jun", "Kim Min Jun"); the
reported name and two invented variants; other splits of the letters and short given names stay
apart."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.person_joins import hyphen_variants


@pytest.mark.parametrize(
    ("keys", "home"),
    [
        (["PERSON:Kim Minjun", "PERSON:Kim Min-jun", "PERSON:Kim Min Jun"], "PERSON:Kim Min-jun"),  # reported
        (["PERSON:Seoyeon Park", "PERSON:Seo-yeon Park"], "PERSON:Seo-yeon Park"),
        (["PERSON:Jeanluc Ferrand", "PERSON:Jean Luc Ferrand"], "PERSON:Jean Luc Ferrand"),
    ],
)
def test_joined_given_name_joins(keys: list[str], home: str) -> None:
    got = hyphen_variants(keys)
    assert set(got.values()) == {home}
    assert len(got) == len(keys) - 1


@pytest.mark.parametrize(
    "keys",
    [
        ["PERSON:Kim Minjun", "PERSON:Kimmin Jun"],  # another surname word
        ["PERSON:Li Na", "PERSON:Lina Li"],
        ["PERSON:Wu Yan", "PERSON:Wu Y-an"],  # a given name of three letters
        ["ORG:Kim Minjun", "ORG:Kim Min Jun"],  # people only
    ],
)
def test_other_spellings_stay_apart(keys: list[str]) -> None:
    assert hyphen_variants(keys) == {}
