"""A place's bare word read as a public body's short form is the place only where it modifies the
noun after it ("Velmora bridge collapse": t13ao N7), never a club's or firm's bare name used as a
body ("Liverpool said …" of Liverpool Football Club while another article names the city:
s47-rv2 finding 1), nor a public body's used as its subject or owner ("Velmora said")."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Entity
from waic_reader.index.analysis.entities.recogniser import Recognizer

_DATELINE = "By Jane Roe | The Daily Ledger | 14 March 2025\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _entities(rec: Recognizer, texts: dict[str, str]) -> list[Entity]:
    return group({doc: rec.recognize(Art(doc, text)) for doc, text in texts.items()}, texts)


def _labels(ents: list[Entity], doc: str, text: str, word: str) -> list[str]:
    """The label of the entity of each mention written ``word`` in ``doc``, in text order."""
    found = sorted((m.start, e.label) for e in ents for d, m in e.mentions if d == doc and m.text == word)
    assert found, word
    return [label for _, label in found]


@pytest.mark.parametrize(
    ("club", "word", "body_text", "city_text"),
    [
        # reported (s47-rv2 finding 1, /work/s47/tmp-rv2/c2)
        (
            "Liverpool Football Club",
            "Liverpool",
            "Liverpool sign Dutch defender\n\n" + _DATELINE + "Liverpool Football Club signed the Dutch defender "
            "Jan de Vries on Friday for a fee of 40 million euros.\n\nLiverpool said the player had passed a "
            "medical. Liverpool will pay the fee in three instalments.\n",
            "Storm floods Liverpool docks\n\n" + _DATELINE + "Storm Eowyn flooded the docks in Liverpool on "
            "Friday, and 300 homes in the city lost power.\n\nResidents of Liverpool were told to stay indoors "
            "until Saturday.\n",
        ),
        (
            "Harwick Brewing Company",
            "Harwick",
            "Harwick brewery expands\n\n" + _DATELINE + "Harwick Brewing Company opened a second plant on "
            "Monday.\n\nHarwick said output would double. Harwick expects to hire 80 workers.\n",
            "Harwick council approves budget\n\n" + _DATELINE + "Councillors in Harwick approved a budget of "
            "12 million pounds on Monday.\n\nShops in Harwick will stay open late in December.\n",
        ),
        (
            "Ostervale Rowing Club",
            "Ostervale",
            "Ostervale crew wins regatta\n\n" + _DATELINE + "Ostervale Rowing Club won the Grand Challenge Cup on "
            "Sunday.\n\nOstervale beat the holders by two lengths, and Ostervale will defend the cup next year.\n",
            "Floods close Ostervale bridge\n\n" + _DATELINE + "The bridge in Ostervale was shut on Sunday after the "
            "Thames rose.\n\nPeople in Ostervale were asked to avoid the town centre.\n",
        ),
    ],
)
def test_club_or_firm_bare_name_stays_the_body(
    rec: Recognizer, club: str, word: str, body_text: str, city_text: str
) -> None:
    ents = _entities(rec, {"a": body_text, "b": city_text})
    body = next(e for e in ents if e.name == club)
    # Each "X said", "X will", "X expects", "X beat" of the club's article is the body, not the city.
    said = [m for d, m in body.mentions if d == "a" and m.text == word]
    assert len(said) >= 2
    assert "GPE" not in _labels(ents, "a", body_text, word)


@pytest.mark.parametrize(
    ("body", "word", "text"),
    [
        # a public body's bare word as its subject or owner stays the body (variants of t13ao N7)
        (
            "Velmora Civil Protection Agency",
            "Velmora",
            "Bridge collapses\n\n" + _DATELINE + "Twenty people were rescued, according to the Velmora Civil "
            "Protection Agency.\n\nVelmora said divers would work through the night.\n",
        ),
        (
            "Ardenvik Fire and Rescue Service",
            "Ardenvik",
            "Tunnel fire\n\n" + _DATELINE + "Crews of the Ardenvik Fire and Rescue Service fought the blaze.\n\n"
            "Ardenvik will publish its report on Friday.\n",
        ),
    ],
)
def test_public_body_bare_word_as_subject_stays_the_body(rec: Recognizer, body: str, word: str, text: str) -> None:
    city = f"Rescuers in {word} worked through the night. Shops in {word} stayed shut on Wednesday."
    ents = _entities(rec, {"a": text, "b": city})
    start = text.index(f"\n{word} ") + 1
    owner = next((e for e in ents for d, m in e.mentions if d == "a" and m.start == start), None)
    assert owner is None or owner.label not in ("GPE", "LOC")
