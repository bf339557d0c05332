"""Quotes of round s49-q (issue #16, "who said what"). Each test: the reported input first, then
variants of my own.

1. "Tamsin County officials said the road would reopen" was credited to a person "Tamsin County";
   "Oslo officials said" to the city, "officials in Oslo said" to no one. A place's officials,
   written any of the three ways, are the place's government speaking: one organisation-like
   speaker "<Place> officials" (type ORG, ``for`` the place), as "a spokesman for Ghent" is
   "Spokesperson for Ghent" (README, quotes), never the place itself.
2. "Oil firms Shell, BP and Eni said …" credited "BP and Eni" with the words "Oil firms Shell";
   "Supermarkets Tesco, Marks and Spencer and Sainsbury's said …" a person "Supermarkets Tesco".
   A list after the plural of its kind credits each member, the kind noun none, and a member
   holding "and" ("Marks and Spencer") stays one name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.quotes.model import pair_names
from waic_reader.index.workspace import Workspace


def _sheet(tmp_path: Path, texts: dict[str, str]) -> dict[str, object]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return Workspace(folder, tmp_path / "index", tmp_path / "data").quotes().to_json()


def _credited(sheet: dict[str, object]) -> list[tuple[str, str, str | None, str]]:
    speakers = sheet["speakers"]
    assert isinstance(speakers, list)
    return sorted(
        (sp["name"], sp["type"], sp.get("for"), " ".join(q["text"].split())) for sp in speakers for q in sp["quotes"]
    )


# --- 1. a place's officials -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "place", "words"),
    [
        (  # reported
            "Tamsin County officials said the road would reopen on Friday.",
            "Tamsin County officials",
            "Tamsin County",
            "the road would reopen on Friday",
        ),
        (  # variant: "officials in <place>", another county, after the words
            "The bridge will stay shut until May, officials in Brennock County said.",
            "Brennock County officials",
            "Brennock County",
            "The bridge will stay shut until May",
        ),
        (  # variant: a city the recogniser types a place, "<place> officials" before the verb
            "Floods hit Oslo on Monday. Oslo officials said the schools would close for a week.",
            "Oslo officials",
            "Oslo",
            "the schools would close for a week",
        ),
        (  # variant: "officials in <city>", the city named before
            "Floods hit Oslo on Monday. Officials in Oslo said the schools would close for a week.",
            "Oslo officials",
            "Oslo",
            "the schools would close for a week",
        ),
    ],
)
def test_a_place_s_officials_speak_for_its_government(
    tmp_path: Path, body: str, speaker: str, place: str, words: str
) -> None:
    credited = _credited(_sheet(tmp_path, {"a": f"Road news\n\n{body}\n"}))
    assert (speaker, "ORG", place, words) in credited
    assert not any(name == place and said == words for name, _, _, said in credited)


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        # an organisation's officials are the organisation's, as before
        (
            "Nordsea Lines cancelled two sailings. Nordsea officials said the ferry would sail on Friday.",
            "Nordsea Lines",
            "the ferry would sail on Friday",
        ),
    ],
)
def test_an_organisation_s_officials_are_still_its_own(tmp_path: Path, body: str, speaker: str, words: str) -> None:
    credited = _credited(_sheet(tmp_path, {"a": f"Ferry news\n\n{body}\n"}))
    assert any(name == speaker and said == words for name, _, _, said in credited)


# --- 2. a list after the plural of its kind --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speakers", "words"),
    [
        (  # reported
            "Oil firms Shell, BP and Eni said they would cut output.",
            {"Shell", "BP", "Eni"},
            "they would cut output",
        ),
        (  # reported: a member holding "and"
            "Supermarkets Tesco, Marks and Spencer and Sainsbury's said prices would rise.",
            {"Tesco", "Marks and Spencer", "Sainsbury's"},
            "prices would rise",
        ),
        (  # variant: other kind and names, a bank's two-word name, "that" after a time
            "Lenders Norvik Bank, Estgrid and Banco Rialto said on Tuesday that rates would fall.",
            {"Norvik Bank", "Estgrid", "Banco Rialto"},
            "rates would fall",
        ),
        (  # variant: the list after the words, the kind in lower case
            "Fares will rise in June, rival carmakers Volvo, Saab and Scania said.",
            {"Volvo", "Saab", "Scania"},
            "Fares will rise in June",
        ),
    ],
)
def test_a_list_after_its_kind_credits_each_member(tmp_path: Path, body: str, speakers: set[str], words: str) -> None:
    credited = _credited(_sheet(tmp_path, {"a": f"Business news\n\n{body}\n"}))
    assert {name for name, _, _, said in credited if said == words} == speakers


# --- 4. a hard-wrapped paragraph is one paragraph ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        (  # reported kind: the pronoun's line names another person (gender unknown) before it
            "The harbour master, Ingrid Solberg, said the crane was old and that its\n"
            "rails were last checked by the engineer Kim Rask in May. She said repairs\n"
            "would take several weeks and cost the port about two million crowns.",
            "Ingrid Solberg",
            "repairs would take several weeks and cost the port about two million crowns",
        ),
        (  # variant: "he", another wrap column, the other person after a preposition
            "Fire chief Tomas Berg said the blaze started in a storeroom at the back of\n"
            "the depot, which had been leased to Alex Moreno since 2019. He added that\n"
            "the sprinklers had not worked.",
            "Tomas Berg",
            "the sprinklers had not worked",
        ),
        (  # variant: the pronoun opening the wrapped line, the other name on that line's start
            "Mayor Ana Ruiz said the town would pay for the repairs and that the\n"
            "contractor, Robin Hale, had agreed to start at once. She told reporters the\n"
            "bridge would reopen in June.",
            "Ana Ruiz",
            "the bridge would reopen in June",
        ),
    ],
)
def test_a_pronoun_in_a_wrapped_paragraph_keeps_its_paragraph_s_speaker(
    tmp_path: Path, body: str, speaker: str, words: str
) -> None:
    credited = _credited(_sheet(tmp_path, {"a": f"Local news\n\n{body}\n"}))
    assert {name for name, _, _, said in credited if said == words} == {speaker}


# --- 3. the one list reader of names: model.pair_names -------------------------------------------


@pytest.mark.parametrize(
    ("name", "whole", "parts"),
    [
        # pinned as they were before this round (the readers that split a list call it)
        ("Smith and Jones", None, ["Smith", "Jones"]),
        ("Shell, BP and TotalEnergies", None, ["Shell", "BP", "TotalEnergies"]),
        ("Ana Cruz, Ben Ortiz, and Carla Diaz", None, ["Ana Cruz", "Ben Ortiz", "Carla Diaz"]),
        ("Procter and Gamble and Unilever", None, ["Procter and Gamble and Unilever"]),
        ("Procter and Gamble and Unilever", {"Procter and Gamble"}, ["Procter and Gamble", "Unilever"]),
        ("Maritime and Coastguard Agency and RNLI", None, ["Maritime and Coastguard Agency", "RNLI"]),
        ("Shell, BP and Procter and Gamble", {"Procter and Gamble"}, ["Shell", "BP", "Procter and Gamble"]),
        # new (fault 2): a comma list's last part holds the list's "and", its last one
        ("Tesco, Marks and Spencer and Sainsbury's", None, ["Tesco", "Marks and Spencer", "Sainsbury's"]),
        ("Asda, Johnson and Johnson and Unilever", None, ["Asda", "Johnson and Johnson", "Unilever"]),
    ],
)
def test_the_list_reader_splits_only_between_names(name: str, whole: set[str] | None, parts: list[str]) -> None:
    assert pair_names(name, whole.__contains__ if whole is not None else None) == parts
