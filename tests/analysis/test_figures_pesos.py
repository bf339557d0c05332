"""An amount in pesos is the peso of the country its text names (issue #16, session 26 probe of an
invented typhoon). Found: AP's "initial damage to crops was estimated at 2.1 billion pesos" in a
story datelined "MANILA, Philippines (AP)" was Mexico's, "2.1 billion MXN" on the fact sheet: the
figure reader read every peso as one country's. Read as the "¥" sign is (figures.resolve_currency):
a currency's adjective, then the country's words in the sentence, then in the whole text; with no
cue, or cues for two countries, the amount stays in "pesos", no country's code."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # found (AP)
        (
            "MANILA, Philippines (AP) — The typhoon flattened rice fields.\n\n"
            "The agriculture department said initial damage to crops was estimated at 2.1 billion pesos.",
            "PHP",
        ),
        # variants of my own
        ("Mexico's central bank set aside 40 million pesos for the repairs.", "MXN"),
        ("The fine was 300,000 Argentine pesos, the court in Rosario said.", "ARS"),
        ("BOGOTA (Reuters) - The city will spend 12 billion pesos on buses.", "COP"),
        ("The council will spend 12 billion pesos on buses.", "pesos"),
        ("The fund, worth 5 million pesos, is split between Mexico and Chile.", "pesos"),
    ],
)
def test_pesos_are_the_pesos_of_the_country_the_text_names(text: str, unit: str) -> None:
    [fig] = [f for f in figures_of(text) if f.kind == "money"]
    assert fig.unit == unit, fig


def test_the_sentence_tells_before_the_whole_text() -> None:
    text = "MANILA (Reuters) - Aid arrived.\n\nIn Mexico the same storm cost 80 million pesos."
    [fig] = [f for f in figures_of(text) if f.kind == "money"]
    assert fig.unit == "MXN"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Colombians will pay 2,000 pesos more for a bus ticket.", "COP"),
        ("Argentines saw the price rise to 900 pesos a litre.", "ARS"),
        ("Chileans will pay 1,500 pesos for the permit.", "CLP"),
    ],
)
def test_a_country_is_named_as_the_gazetteer_names_it(text: str, unit: str) -> None:
    """Round s43-k: the countries' words are the gazetteer's (entities.gazetteer.nations: names,
    demonyms and their plurals, capitals), no second list in figures.py; the list it replaced knew
    "Colombian" and "Argentine" but not their plurals, which left these amounts in "pesos"."""
    [fig] = [f for f in figures_of(text) if f.kind == "money"]
    assert fig.unit == unit, fig
