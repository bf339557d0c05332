"""Live blogs' entries and "tells <listeners> they must "…"" (round s48-q4, t13apr F1 and N20).

A pronoun in a live blog's time-stamped entry stands for the person named in that entry (the
entry time is no word of the subject's sentence), never for the first or the last speaker of an
earlier entry (F1: the coroner's words went to the fire chief of the entry before). A partial
quote in a clause reported after "tells"/"told" + listeners + "they must"/"that" is the
subject's (N20 variant: it was missing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str]]:
    article = Article(
        "t", Path("/x/t.txt"), "Live: fire\nPosted: Aug 21, 2026\n\n" + text + "\n", "utf-8", "", True, None, True
    )
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the reported input
            "11:10 — Fire Chief Ngozi Halvard-Mbatha visits the shelter. She tells evacuees the county will"
            ' "reopen the highway soon."\n\n12:10 — Coroner Ifeoma Strzelecki visits the shelter. She tells'
            ' evacuees the county will "name the victims today."',
            [("Ngozi Halvard-Mbatha", "reopen the highway soon."), ("Ifeoma Strzelecki", "name the victims today.")],
        ),
        (  # other names, an am/pm stamp, a man, three entries
            "9:05 a.m. - Sheriff Tomasz Okonkwo-Reyes tours the levee. He tells reporters the state will"
            ' "send more pumps."\n\n9:40 a.m. - Mayor Bartholomew Quillfeather arrives at the levee. He tells'
            ' residents the town will "open two more shelters."\n\n10:15 a.m. - Engineer Dmitri Achterberg'
            ' inspects the gates. He tells crews the gates will "hold through Sunday."',
            [
                ("Tomasz Okonkwo-Reyes", "send more pumps."),
                ("Bartholomew Quillfeather", "open two more shelters."),
                ("Dmitri Achterberg", "hold through Sunday."),
            ],
        ),
        (  # bold stamps, "said" tags
            '**14:20** Minister Yevgenia Ralston-Obi visits the camp. "We will rebuild," she said.\n\n'
            '**15:05** Nurse Chiamaka Vorderbrugge arrives with supplies. "We need more water," she said.',
            [("Yevgenia Ralston-Obi", "We will rebuild"), ("Chiamaka Vorderbrugge", "We need more water")],
        ),
    ],
)
def test_entry_pronoun_is_the_entrys_person(rec: Recognizer, text: str, want: list[tuple[str, str]]) -> None:
    got = said(rec, text)
    for name, words in want:
        assert any(sp is not None and name.split()[-1] in sp and words in q for sp, q in got), (name, got)
        assert not any(sp is not None and name.split()[-1] not in sp and words in q for sp, q in got), (name, got)


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        (  # the reported N20 variant
            "09:10 — Fire Chief Nkechi Abernathy-Oyelaran visits the command post on Route 9. She tells"
            ' crews they must "hold the line at Route 9 whatever it costs."',
            "Abernathy-Oyelaran",
            "hold the line at Route 9 whatever it costs.",
        ),
        (
            'Governor Leopold Marchetti-Hale met volunteers on Friday. He told rescue teams they must "keep'
            ' the shelters open all night."',
            "Marchetti-Hale",
            "keep the shelters open all night.",
        ),
        (
            'Captain Ingrid Solvang-Ybarra spoke at the harbour. She tells volunteer squads they should "stay'
            ' in port until the storm passes."',
            "Solvang-Ybarra",
            "stay in port until the storm passes.",
        ),
    ],
)
def test_tells_listeners_they_must(rec: Recognizer, text: str, name: str, words: str) -> None:
    got = said(rec, text)
    assert any(sp is not None and name in sp and words in q for sp, q in got), got
