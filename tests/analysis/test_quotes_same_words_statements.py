"""Statements of the same quoted words (tester t13aj faults N11 and N12, round s42-y3). Each test:
the tester's input first, then two variants of my own.

Before: a quote was compared with a statement's first quote only, so words one outlet quotes
altered ("We will not return to …") opened a statement that another speaker's word-for-word quote
("… go back to …") could not join: two unlinked statements, one per speaker (N11). And a
paraphrase read before its article's own quote of the words took that article's place in the
statement of the quote: three outlets' word-for-word quote was "paraphrase", the third outlet's
quote left "single" (N12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.group import Statement, statements
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _statements(rec: Recognizer, articles: dict[str, str]) -> list[Statement]:
    """The statements of ``articles`` (doc -> one paragraph), read in the order given."""
    found: dict[str, list[Quote]] = {}
    for doc, paragraph in articles.items():
        text = f"Dock strike\n\nThe strike entered its third day.\n\n{paragraph}\n"
        article = Article(doc, Path(f"/x/{doc}.txt"), text, "utf-8", "", True, None, True)
        found[doc] = find_quotes(article, rec.recognize(article))
    return statements(q for qs in merge_speakers(found).values() for q in qs)


# Other people's remarks, read last: a story's quotes are many, and the weight of a word (its IDF
# over the quotes being grouped) is that of a corpus, not of three quotes of one claim.
OTHERS = (
    "Harbour master Kari Nes said the queue of ships had grown overnight. Nes said the pilots had "
    "stopped work. Lars Ekdahl said shops were running short of goods. Ekdahl said the talks should "
    "resume on Monday."
)


def _holding(sts: list[Statement], doc: str, kind: str) -> Statement:
    (st,) = [st for st in sts if any(q.doc == doc and q.kind == kind for q in st.members)]
    return st


@pytest.mark.parametrize(
    ("articles", "speakers"),
    [
        (
            {  # the tester's: Coastal News 24 words it "return", the Ledger credits Jonas Feld
                "a-live": 'Union leader Marta Ilvesco told the crowd: "We will not return to the cranes for crumbs."',
                "b-ledger": '"We will not go back to the cranes for crumbs," said Jonas Feld, deputy general '
                "secretary of the GDU.",
                "c-gazette": '"We will not go back to the cranes for crumbs," said Marta Ilvesco, the union\'s '
                "general secretary.",
            },
            {"Marta Ilvesco", "Jonas Feld"},
        ),
        (
            {  # other words and names; the altered wording first, two outlets credit the other man
                "a": 'Mayor Hanne Lie told the council: "No family will be left without a roof this winter."',
                "b": '"No family will be left without a home this winter," said Ola Dahl, the deputy mayor.',
                "c": '"No family will be left without a home this winter," Ola Dahl said.',
                "d": '"No family will be left without a home this winter," said Hanne Lie, the mayor.',
            },
            {"Hanne Lie", "Ola Dahl"},
        ),
        (
            {  # the same words quoted in part: a partial quote credits them to another person
                "a": 'Minister Sara Holm said: "We are putting every ferry back on the water."',
                "b": 'Transport chief Erik Moe said the state was "putting every boat back on the water".',
                "c": 'Minister Sara Holm said the state was "putting every boat back on the water".',
            },
            {"Sara Holm", "Erik Moe"},
        ),
    ],
)
def test_the_same_words_credited_to_two_people_are_one_statement(
    rec: Recognizer, articles: dict[str, str], speakers: set[str]
) -> None:
    shared = [st for st in _statements(rec, articles) if len(st.members) > 1]
    assert len(shared) == 1, [(st.docs, [sp.name for sp in st.speakers]) for st in shared]
    (st,) = shared
    assert {sp.name for sp in st.speakers} == speakers
    assert st.credited_apart
    assert set(st.docs) == set(articles)


@pytest.mark.parametrize(
    ("articles", "outlet", "kind", "wording"),
    [
        (
            {  # the tester's: the Gazette's paraphrase of the cost comes before its own quote
                "a-feed": "The port authority puts the cost at $41 million a day. Chief executive Daniel "
                'Okonkwo-Reyes said: "Every day of this strike costs the national economy dearly."',
                "b-gazette": "Daniel Okonkwo-Reyes, chief executive of the Marholm Port Authority, said the "
                'stoppage was costing the economy about €37 million a day. "Every day of this strike costs '
                'the national economy dearly," he told reporters.',
                "c-wire": '"Every day of this strike costs the national economy dearly," Daniel Okonkwo-Reyes said.',
            },
            "b-gazette",
            "direct",
            "same",
        ),
        (
            {  # other words; the outlet with the paraphrase is read last
                "a": '"Every week of these closures costs the hospital trust dearly," said Lene Vik.',
                "b": 'Lene Vik said: "Every week of these closures costs the hospital trust dearly."',
                "c": "Lene Vik, head of the hospital trust, said the closures were costing the trust about "
                '£2 million a week. "Every week of these closures costs the hospital trust dearly," she told '
                "the board.",
            },
            "c",
            "direct",
            "same",
        ),
        (
            {  # the outlet's own quote is a partial one, after its paraphrase
                "a": 'Chief executive Tor Berg said: "Each month of delay costs the terminal project dearly."',
                "b": "Tor Berg said the delay was costing the project about €9 million a month. He said each "
                'month of delay "costs the terminal project dearly".',
                "c": '"Each month of delay costs the terminal project dearly," Tor Berg said.',
            },
            "b",
            "partial",
            "altered",
        ),
    ],
)
def test_a_paraphrase_never_takes_the_place_of_its_outlets_quote(
    rec: Recognizer, articles: dict[str, str], outlet: str, kind: str, wording: str
) -> None:
    sts = _statements(rec, {**articles, "z-others": OTHERS})
    st = _holding(sts, outlet, kind)
    assert set(st.docs) == set(articles), [(s.wording, [(q.doc, q.kind) for q in s.members]) for s in sts]
    assert all(q.kind != "reported" for q in st.members)
    assert st.wording == wording
