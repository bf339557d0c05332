"""Issue #16 (round s34-c): a people's demonym in the plural, and a man or woman of it, is that
people (NORP) for every country the gazetteer lists, not only those whose plural it writes out
(heldout27: "as young Belizeans left", "would hire Maldivians", "not an Englishman" were no names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.gazetteer import demonym_forms
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {(m.text, m.label) for m in rec.recognize(art)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In the 1990s, as young Bahamians left for the United States, he sent drums to them.", "Bahamians"),
        ("The company said it would hire Andorrans for at least 60% of the jobs.", "Andorrans"),
        ("Bahrainis queued for hours to vote on Saturday.", "Bahrainis"),
        ('"Not a Gurkha, not a Frenchman, not a scarf," he said.', "Frenchman"),
        ("A Welshwoman won the race in record time.", "Welshwoman"),
    ],
)
def test_a_demonym_plural_or_person(rec: Recognizer, text: str, name: str) -> None:
    got = _found(rec, text)
    assert (name, "NORP") in got, got


@pytest.mark.parametrize(
    ("demonym", "forms"),
    [
        ("Belizean", {"Belizeans"}),
        ("Iraqi", {"Iraqis"}),
        ("English", {"Englishman", "Englishmen", "Englishwoman", "Englishwomen"}),
        ("Japanese", set()),
        ("Swiss", set()),
    ],
)
def test_demonym_forms(demonym: str, forms: set[str]) -> None:
    assert set(demonym_forms(demonym)) == forms


def test_no_demonym_form_takes_a_countrys_name(rec: Recognizer) -> None:
    # "Lao" + "s" is the country
    got = _found(rec, "The road runs from Vietnam, through Laos, to the Mekong.")
    assert ("Laos", "GPE") in got, got
