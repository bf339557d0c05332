"""One speaker's quotes in two articles are one statement only when they make the same claim: the
same amounts stated (or none) and the same polarity, unless nearly all their content words are
shared (round s43-y1, the kind the review s42-y3 left: a paraphrase of a different claim joined
another statement on shared words). The tester's inputs first (t13aj corpus: the CEO's cost
figure beside his "costs the economy dearly"; the union's 14,000 strikers beside its members
staying out until a better offer), then a variant of my own; and the true paraphrase joins kept."""

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


# Other people's remarks: a story's quotes are many, so a word's weight is a corpus's.
OTHERS = (
    "Harbour master Kari Nes said the queue of ships had grown overnight. Nes said the pilots had "
    "stopped work. Lars Ekdahl said shops were running short of goods. Ekdahl said the talks should "
    "resume on Monday."
)


def _joined(sts: list[Statement]) -> list[list[str]]:
    """The articles of each statement of two or more, but those of :data:`OTHERS`' speakers."""
    others = {"Kari Nes", "Lars Ekdahl"}
    return sorted(sorted(st.docs) for st in sts if len(st.members) > 1 and not {s.name for s in st.speakers} & others)


@pytest.mark.parametrize(
    "articles",
    [
        {  # the tester's: the cost in euros beside the cost "dearly"
            "a": "Chief executive Daniel Okonkwo-Reyes said the stoppage was costing the economy about "
            "€37 million a day.",
            "b": "Daniel Okonkwo-Reyes said every day of the strike costs the national economy dearly. " + OTHERS,
        },
        {  # after the tester's (the release's own sentence names the offer too, and joins): how many
            # strike beside how long they stay out
            "a": "The General Dockworkers Union said more than 14,000 of its members at the Port of Marholm "
            "remain on strike.",
            "b": "The General Dockworkers Union said its members would remain on strike at the Port of Marholm "
            "until the employers improved their offer of 4.5 percent. " + OTHERS,
        },
        {  # mine: the same words, the claim denied
            "a": "Mayor Hanne Lie said the bridge over the Nid would reopen to traffic this spring.",
            "b": "Mayor Hanne Lie said the bridge over the Nid would not reopen to traffic before the autumn. "
            + OTHERS,
        },
    ],
)
def test_a_different_claim_is_another_statement(rec: Recognizer, articles: dict[str, str]) -> None:
    assert _joined(_statements(rec, articles)) == []


def test_a_paraphrase_of_the_same_claim_still_joins(rec: Recognizer) -> None:
    articles = {
        "a": "Minister Helena Brask said the government would not intervene in the strike for now.",
        "b": "Helena Brask said she would not intervene in the strike. " + OTHERS,
        "c": "Helena Brask said the strike had cost the port 40 million dollars. " + OTHERS,
        "d": "Brask said the strike had cost the port $40 million so far. " + OTHERS,
    }
    assert _joined(_statements(rec, articles)) == [["a", "b"], ["c", "d"]]
