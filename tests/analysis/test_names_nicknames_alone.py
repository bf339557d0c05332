"""A nickname given in quotes inside a person's full name ('Gareth "Gazza" Whitworth') names that
person when the article later writes it alone ("Gazza's mum", "lifted Gazza to", "Gazza, who
runs"), keyed as the person (issue #16, round s34-b: heldout27's "Gazza" and "Kuyu" were no name
in eleven mentions). The reported shapes with other names first, then variants invented for the
kind; guard: the nickname's word inside another name stays that name's."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


TABLOID = (
    'Darren "Dazza" Hollinshead, 41, was struck down by altitude sickness on the ridge. '
    "Last night Dazza's mum Irene, 66, said he was lucky. A helicopter lifted Dazza to the valley. "
    "Dazza, who runs a roofing firm in Wigan, had raised money for charity."
)
OBITUARY = (
    "Obituary: Marcelino 'Pipo' Arzu, drum maker. Known to everyone as Pipo, he was born in a fishing "
    "village. By 1970 Pipo had his own workshop on the main street."
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (TABLOID, 3),  # the reported shape, other names
        (OBITUARY, 2),
        # invented: curly quotes, a nickname of a sportsman
        ("Kazimierz “Kazik” Nowak scored twice. Kazik said the pitch was heavy.", 1),
    ],
)
def test_the_nickname_alone_is_the_person(rec: Recognizer, text: str, count: int) -> None:
    mentions = rec.recognize(Art("x", text))
    full = next(
        m
        for m in mentions
        if m.label == "PERSON"
        and ("“" in text[m.start : m.end] or '"' in text[m.start : m.end] or "'" in text[m.start : m.end])
    )
    nick = text[full.start : full.end].split()[1].strip("\"'“”‘’")
    alone = [m for m in mentions if text[m.start : m.end] == nick]
    assert len(alone) == count, [(text[m.start : m.end], m.label) for m in mentions]
    assert all(m.label == "PERSON" and m.key == full.key for m in alone)


def test_the_word_inside_another_name_stays_there(rec: Recognizer) -> None:
    text = 'Adrian "Sky" Moreno won the race. Sky News reported it first.'
    assert ("Sky", "PERSON") not in names(rec, text)
