"""A participle right after a count ("214 confirmed cases", "340 reported cases") is an adjective on
the counted noun, no speech verb: the words before ", the X said" are X's, the whole reported
clause, and the place before the count is no speaker (tester t13ak N9: "confirmed" was a cue
credited to the city Kestrow, and the Department's statement was cut to the "as …" clause after
its verb). The first case is the reported input; the others are my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Outbreak latest\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("sentence", "speaker", "opening", "after"),
    [
        (
            "KESTROW, Norvale, March 14 (Reuters) - A measles outbreak in the Norvale city of Kestrow has grown "
            "to 214 confirmed cases and killed two children, the Norvale Department of Health said on Saturday, "
            "as authorities shut 12 schools and appealed to parents to vaccinate.",
            "Norvale Department of Health",
            "A measles outbreak in the Norvale city of Kestrow",
            "as authorities shut",
        ),
        (
            "VELMAR, Ostland, June 3 (AP) - The cholera outbreak in the port city of Velmar has risen to 340 cases with three confirmed deaths, the Health Ministry "
            "said on Friday, as hospitals ran short of beds.",
            "Health Ministry",
            "The cholera outbreak in the port city of Velmar",
            "as hospitals ran",
        ),
        (
            "OSTBY, May 9 (Fjordwire) - Flooding in the riverside town of Ostby has left 12 confirmed deaths and 40 injured, Mayor Erik Lund "
            "said on Sunday, as rescuers searched for more.",
            "Erik Lund",
            "Flooding in the riverside town of Ostby",
            "as rescuers searched",
        ),
    ],
)
def test_the_whole_clause_before_the_cue_is_the_speakers(
    rec: Recognizer, sentence: str, speaker: str, opening: str, after: str
) -> None:
    text = HEAD + sentence + "\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    said = [(q.speaker.name if q.speaker else None, q.quoted) for q in find_quotes(article, rec.recognize(article))]
    assert [s for s in said if s[1].startswith(opening)] and all(s[0] == speaker for s in said), said
    assert not [s for s in said if after in s[1]], said
