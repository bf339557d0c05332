"""Review s46-rv findings 2, 3 and 7 (round s46-fx2): each the review's reproduction first, then
two variants of our own (names invented).

2. The attribution's head kept a dotted title ("Speaking after Hochul, Lt. Gov. Antonio Delgado
   said" gave "Gov. Antonio Delgado", "said Gov. Kathy Hochul, a Democrat," gave "Gov. Kathy
   Hochul"): titles are cut off the head.
3. "The regulator said" was credited to any body named "… Authority" or "… Commission" (the Port
   Authority the regulator is asked to look into): a bare regulator is a body only when its name
   says so (Regulator, Regulatory, Ombudsman, Inspectorate) or the article calls it the regulator.
7. Two people's quotes were one statement when the shorter was a 7-word run of the longer. Kept: seven
   words or more alike credited to two people are one remark the outlets credit differently (t13aj
   N11's rule for identical quotes, t13an N5's planted misattribution); the review's input is such a
   remark, shown credited to both, as identical words would be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.group import statements
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _quotes(rec: Recognizer, articles: dict[str, str]) -> dict[str, list[Quote]]:
    found: dict[str, list[Quote]] = {}
    for doc, body in articles.items():
        article = Article(doc, Path(f"/x/{doc}.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)
        found[doc] = find_quotes(article, rec.recognize(article))
    return merge_speakers(found)


def _speaker_of(rec: Recognizer, body: str, words: str) -> str | None:
    [q] = [q for q in _quotes(rec, {"t": body})["t"] if q.text.startswith(words)]
    return q.speaker.name if q.speaker is not None else None


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        # the review's (c5)
        ('Speaking after Hochul, Lt. Gov. Antonio Delgado said: "We are all frustrated."', "We are", "Antonio Delgado"),
        (
            '"We owe commuters an answer," said Gov. Kathy Hochul, a Democrat, at a news conference.',
            "We owe",
            "Kathy Hochul",
        ),
        ('Following Ortiz, Lt. Gov. Maria Okafor said: "The bridge is safe."', "The bridge", "Maria Okafor"),
        ('"The dam held overnight," said Sgt. Maj. Tomas Brekke, a veteran, on Friday.', "The dam", "Tomas Brekke"),
    ],
)
def test_a_dotted_title_is_no_part_of_the_heads_name(rec: Recognizer, body: str, words: str, speaker: str) -> None:
    assert _speaker_of(rec, body, words) == speaker


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (  # the review's (c6): the regulated body is no regulator
            "The Port Authority of Valley Harbour said on Tuesday that ferry fares would rise by 8% from April. "
            "Passenger groups have asked the industry's regulator to look into the rise. The regulator said it "
            "would decide within a month whether to open an inquiry.",
            "it would decide",
            None,
        ),
        (
            "The Lakeport Transit Commission said bus fares would double next year. Riders want the state "
            "regulator to step in. The regulator said it had received 400 complaints.",
            "it had received",
            None,
        ),
        (
            "The Housing Authority of Brenton said rents would rise in May. Tenants wrote to the watchdog. "
            "The watchdog said it would review the rise.",
            "it would review",
            None,
        ),
        # the article links them: an apposition, or the name says regulator
        (
            "The Financial Conduct Authority, the City regulator, fined Harlow Bank. The bank misled savers, "
            "the regulator said.",
            "The bank misled",
            "Financial Conduct Authority",
        ),
        (
            "The Water Regulatory Authority fined Selby Water on Monday. The firm had overcharged homes, "
            "the regulator said.",
            "The firm had",
            "Water Regulatory Authority",
        ),
    ],
)
def test_the_regulator_is_a_body_the_article_calls_one(
    rec: Recognizer, body: str, words: str, speaker: str | None
) -> None:
    assert _speaker_of(rec, body, words) == speaker


@pytest.mark.parametrize(
    "articles",
    [
        {  # the review's (c7)
            "a": '"The passengers are safe and we are helping the investigation," said Luis Garcia, chief '
            "executive of Starlite Ferries.",
            "b": '"The passengers are safe and we are helping the investigation, but the captain will face '
            'charges," said Commodore Ana Reyes of the Philippine Coast Guard.',
        },
        {
            "a": 'Mayor Lena Voss said: "The water is clean and the boil notice will end soon."',
            "b": '"The water is clean and the boil notice will end soon, though the pipes are old and the '
            'budget is small," said Karl Dietz, head of the water board.',
        },
        {
            "a": '"Every runway was inspected twice before the storm," airport director Omar Haddad said.',
            "b": 'Union leader Grace Mwangi said: "Every runway was inspected twice before the storm, yet the '
            'staff had no rest for thirty hours."',
        },
    ],
)
def test_a_run_of_another_persons_quote_is_one_remark_credited_to_both(
    rec: Recognizer, articles: dict[str, str]
) -> None:
    found = statements(q for qs in _quotes(rec, articles).values() for q in qs)
    shared = [st for st in found if len(st.members) > 1]
    assert len(shared) == 1, [(st.docs, [sp.name for sp in st.speakers]) for st in found]
    assert len({sp.name for sp in shared[0].speakers}) == 2


def test_most_of_another_persons_quote_is_one_statement(rec: Recognizer) -> None:
    articles = {
        "a": '"The ferry left port with twice the passengers it was licensed to carry on that night," said '
        "Ruth Abara, the port doctor.",
        "b": '"The ferry left port with twice the passengers it was licensed to carry on that night, sadly," '
        "said Kofi Mensah, the owner.",
    }
    found = statements(q for qs in _quotes(rec, articles).values() for q in qs)
    shared = [st for st in found if len(st.members) > 1]
    assert len(shared) == 1
    assert {sp.name for sp in shared[0].speakers} == {"Ruth Abara", "Kofi Mensah"}
