"""A short headline in capitals, a firm's name, its legal form and a verb ("VELA KABEL AS HALTS
OUTPUT."), is a sentence in capitals however few of its words are ordinary ones: it gives the
firm and nothing else, where it stands alone, inside prose after a dateline or a kicker, or after
a firm written in mixed case (issue #16, acceptance reports t13l/t13m: the ORGs "HALTS",
"OUTPUT", "VELA", "KABEL", "AS"). The firm is keyed as prose writes it ("ORG:Vela Kabel AS").
The reported headline first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


HEADLINES = [
    # reported
    ("VELA KABEL AS HALTS OUTPUT.", "VELA KABEL AS", "Vela Kabel AS"),
    # invented
    ("ODIN FISK ASA CUTS 200 JOBS", "ODIN FISK ASA", "Odin Fisk ASA"),
    ("BARNAMET KFT SHUTS PLANT", "BARNAMET KFT", "Barnamet Kft"),
]


def _orgs(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    return {(text[m.start : m.end], m.key) for m in rec.recognize(Art("x", text)) if m.label == "ORG"}


@pytest.mark.parametrize(("headline", "firm", "key"), HEADLINES)
@pytest.mark.parametrize(
    "article",
    [
        "{h}\n\nThe company said on Monday it would stop work at its main site.\n",
        "Industry\n\nOSLO, March 3 - {h} The company said on Monday it would stop work.\n",
        "Industry\n\nBREAKING: {h} More to follow.\n",
        "Industry\n\nUPDATE 2 - {h}, union says.\n",
    ],
)
def test_a_firm_and_its_verb_in_capitals_give_the_firm_alone(
    rec: Recognizer, article: str, headline: str, firm: str, key: str
) -> None:
    text = article.format(h=headline)
    assert _orgs(rec, text) == {(firm, f"ORG:{key}")}, names(rec, text)


@pytest.mark.parametrize(
    ("headline", "firm"),
    [
        ("Vela Kabel AS HALTS OUTPUT", "Vela Kabel AS"),
        ("Barnamet Kft SHUTS PLANT", "Barnamet Kft"),
        ("Odin Fisk ASA WARNS ON PROFIT", "Odin Fisk ASA"),
        ("Odin Fisk ASA CUTS 200 JOBS", "Odin Fisk ASA"),
    ],
)
def test_words_in_capitals_after_a_firm_in_mixed_case_name_nothing(rec: Recognizer, headline: str, firm: str) -> None:
    text = f"{headline}\n\nThe company said on Monday it would stop work.\n"
    assert _orgs(rec, text) == {(firm, f"ORG:{firm}")}, names(rec, text)


@pytest.mark.parametrize(
    "text",
    [
        "Match\n\nBREAKING: FURY AS FANS RIOT IN CENTRE. One fan was hurt.\n",
        "FURY AS FANS RIOT\n\nOne fan was hurt.\n",
    ],
)
def test_the_word_as_before_a_plural_is_no_firm(rec: Recognizer, text: str) -> None:
    # "AS" is a legal form only before a listed headline verb, after a trade word or a name the
    # article writes in mixed case: "FANS" beside "fan" is no verb of a firm
    assert _orgs(rec, text) == set(), names(rec, text)
