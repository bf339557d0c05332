"""A short article in another language is told by its language when the evidence is clear (t13r F4):
``es2.txt`` ("Siete personas murieron el miércoles en el descarrilamiento de un tren cerca de
Huancarí.") and ``de2.txt`` ("Sieben Menschen sind am Mittwoch bei einem Zugunglück nahe Huancarí
ums Leben gekommen."), two-sentence briefs, were read as English: under 20 words
(``language.LEAST_WORDS``) no language was asked. Now a text of 8 words or more
(``SHORT_LEAST_WORDS``) next to none of whose words are English function words
(under ``lexicon.ENGLISH_FUNCTION_SHARE``, the engine's bar for English) is asked, the identifier as sure as of a longer text; a two-line English
brief and a headline alone stay English. The report's two briefs, and briefs of my own in Italian,
Dutch, Swedish, Polish, French and Portuguese (invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.language import text_language

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13r"


def _body(name: str) -> str:
    """The fixture's main text: its paragraphs after the headline and the byline."""
    return " ".join((FIXTURES / name).read_text("utf-8").split("\n\n")[2:]).strip()


@pytest.mark.parametrize(("name", "language"), [("es2.txt", "Spanish"), ("de2.txt", "German")])
def test_the_reported_briefs_are_told(name: str, language: str) -> None:
    assert text_language(_body(name)) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tre pescatori sono dispersi giovedì al largo di Trapani dopo il naufragio del loro peschereccio.", "Italian"),
        (
            "Drie vissers worden sinds donderdag vermist voor de kust van Den Helder na het zinken van hun kotter.",
            "Dutch",
        ),
        ("Tre fiskare saknas sedan torsdagen utanför Göteborg sedan deras trålare sjönk i hårt väder.", "Swedish"),
        ("Trzech rybaków zaginęło w czwartek u wybrzeży Helu po zatonięciu ich kutra rybackiego.", "Polish"),
        ("Trois pêcheurs ont disparu jeudi au large de Brest après le naufrage de leur chalutier.", "French"),
        (
            "Três pescadores desapareceram na quinta-feira ao largo de Peniche após o naufrágio do seu barco.",
            "Portuguese",
        ),
    ],
    ids=["italian", "dutch", "swedish", "polish", "french", "portuguese"],
)
def test_short_briefs_in_other_languages_are_told(text: str, language: str) -> None:
    assert text_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Three fishermen went missing off Halvik on Thursday after their trawler sank.",
        "Seven people died on Wednesday in a train derailment near Huancarí.",
        "Ferry sinks off Halvik; Coastguard Searches For Three Missing Crew Members Tonight",
        "Halvik Port Authority Chief Executive Jane Roe Resigns After Audit Finds Gaps",
        "Taylor Swift Announces Eras Tour Dates For Lisbon, Madrid And Barcelona Next June",
        "Dam toll rises. The toll rose to six, police said.",
    ],
)
def test_short_english_texts_stay_english(text: str) -> None:
    assert text_language(text) is None
