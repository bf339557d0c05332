"""Quotes of tester t13an (round s46-s): N4, N5, N13, N14. Each test: the tester's input first,
then two variants of my own.

* N4: "Governor Ma. Lourdes Cataquiz said: …" credited "Lourdes Cataquiz" (the recogniser's
  sentence start read "Ma." as a sentence's end), a second speaker beside the entity.
* N5: the same words credited to another person inside a longer quotation ("Our hearts are with
  the families. The vessel was seaworthy and cleared to sail, and we will cooperate …" of the
  chief executive, "The vessel was seaworthy and cleared to sail" of the commodore) were two
  statements: only identical words were joined.
* N13: one person's quote lengthened by a clause with a negation ("…, and we will not stop
  searching") was another claim, its own statement, not the shorter wording's "altered" one.
* N14: one sentence an article repeats 120 times was 120 statements of one speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.group import Statement, quotes_json, statements
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _quotes(rec: Recognizer, articles: dict[str, str]) -> dict[str, list[Quote]]:
    """The quotes of ``articles`` (doc -> text of paragraphs), their speakers merged."""
    found: dict[str, list[Quote]] = {}
    for doc, body in articles.items():
        text = f"Ferry capsizes off the coast\n\nA ferry capsized before dawn on Saturday.\n\n{body}\n"
        article = Article(doc, Path(f"/x/{doc}.txt"), text, "utf-8", "", True, None, True)
        found[doc] = find_quotes(article, rec.recognize(article))
    return merge_speakers(found)


def _statements(rec: Recognizer, articles: dict[str, str]) -> list[Statement]:
    return statements(q for qs in _quotes(rec, articles).values() for q in qs)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the tester's (feeds/coastline.rss)
            "The number of dead rose to 15, the provincial government said. Governor Ma. Lourdes Cataquiz "
            'said: "Every family will be taken care of."',
            "Ma. Lourdes Cataquiz",
        ),
        (
            'The mayor spoke at noon. Mayor Ma. Teresa Villanueva told reporters: "The pier will stay '
            'closed until Monday."',
            "Ma. Teresa Villanueva",
        ),
        (
            'Relatives waited at the port. Board member Wm. Henry Okafor said: "We owe these families the truth."',
            "Wm. Henry Okafor",
        ),
    ],
)
def test_a_given_name_written_short_stays_in_the_speakers_name(rec: Recognizer, text: str, speaker: str) -> None:
    (q,) = [q for q in _quotes(rec, {"a": text})["a"] if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("articles", "speakers"),
    [
        (
            {  # the tester's: the release's longer quotation, the broadcaster's commodore
                "release": '"Our hearts are with the families. The vessel was seaworthy and cleared to sail, and '
                'we will cooperate fully with every investigation," said Ignatius Ng-Buenaventura, President '
                "and Chief Executive Officer.",
                "dzrb": "Commodore Rejie Tamayo-Dizon said the weather bureau had issued a gale warning. "
                '"The vessel was seaworthy and cleared to sail," he said, adding that the coast guard had '
                "inspected it.",
            },
            {"Ignatius Ng-Buenaventura", "Rejie Tamayo-Dizon"},
        ),
        (
            {  # the shorter words read first, the longer quotation a single sentence
                "a": 'Port captain Selma Arvidsen said: "All the lifeboats were checked the night before."',
                "b": '"All the lifeboats were checked the night before and nothing was missing," said Tomas '
                "Lindqvist, the operator's safety director.",
            },
            {"Selma Arvidsen", "Tomas Lindqvist"},
        ),
        (
            {  # the words inside the second sentence of a quotation split by its cue
                "a": '"Nobody was drunk on the bridge," said the owner, Kofi Mensah. "The captain had slept '
                'eight hours and was fit to sail, whatever the families say."',
                "b": 'Port doctor Ruth Abara told the inquiry: "The captain had slept eight hours and was fit '
                'to sail."',
            },
            {"Kofi Mensah", "Ruth Abara"},
        ),
    ],
)
def test_the_same_words_inside_another_persons_quotation_are_one_statement(
    rec: Recognizer, articles: dict[str, str], speakers: set[str]
) -> None:
    shared = [st for st in _statements(rec, articles) if len(st.members) > 1]
    assert len(shared) == 1, [(st.docs, [sp.name for sp in st.speakers]) for st in _statements(rec, articles)]
    (st,) = shared
    assert {sp.name for sp in st.speakers} == speakers
    assert st.credited_apart
    assert set(st.docs) == set(articles)


@pytest.mark.parametrize(
    "articles",
    [
        {  # the tester's: three outlets' shorter wording, the live blog's lengthened one
            "bayside": 'Governor Lourdes Cataquiz visited the pier. "Every family will be taken care of," she said.',
            "coastline": 'Governor Lourdes Cataquiz said: "Every family will be taken care of."',
            "liveblog": 'Governor Lourdes Cataquiz tells reporters: "Every family will be taken care of, and we '
            'will not stop searching."',
        },
        {  # the lengthened wording read first
            "a": '"We will rebuild the school before the rains come, but we cannot do it alone," said Mayor '
            "Imani Wekesa.",
            "b": '"We will rebuild the school before the rains come," Mayor Imani Wekesa said.',
        },
        {  # the added words before the shorter wording
            "a": 'Minister Paulo Sefa said: "No one saw it coming, yet every passenger will be compensated in full."',
            "b": 'Minister Paulo Sefa said: "Every passenger will be compensated in full."',
            "c": '"Every passenger will be compensated in full," said Paulo Sefa.',
        },
    ],
)
def test_a_lengthened_quote_is_the_shorter_wordings_altered_statement(
    rec: Recognizer, articles: dict[str, str]
) -> None:
    sts = _statements(rec, articles)
    shared = [st for st in sts if len(st.members) > 1]
    assert len(shared) == 1, [(st.wording, st.docs) for st in sts]
    (st,) = shared
    assert set(st.docs) == set(articles)
    assert st.wording == "altered"
    assert not st.credited_apart


@pytest.mark.parametrize(
    ("articles", "times"),
    [
        ({"hostile": "The café owner Señora Ibáñez said the pier was chaos. " * 120}, 120),
        ({"a": '"We heard the horn twice," said fisherman Dante Ocampo. ' * 5}, 5),
        (
            {
                "a": '"The lights went out first," said Nora Lim, a passenger. ' * 3,
                "b": '"The lights went out first," Nora Lim said.',
            },
            3,
        ),
    ],
)
def test_one_persons_repeated_words_in_one_article_are_one_statement(
    rec: Recognizer, articles: dict[str, str], times: int
) -> None:
    found = _quotes(rec, articles)
    first = next(iter(articles))
    assert len([q for q in found[first] if q.speaker is not None]) == times  # each place is still a quote
    sts = [st for st in statements(q for qs in found.values() for q in qs) if st.speakers]
    assert len(sts) == 1, [(st.wording, st.docs) for st in sts]
    assert sorted(sts[0].docs) == sorted(articles)
    data = quotes_json(found)
    assert data["speakers"][0]["name"] == sts[0].speakers[0].name
