"""'CONTENT, said police.' and '…, says one official.' (round s37-q; t13ac v27's sixth outlet).

A trailing tag whose subject follows the verb and is no name ("…, said police.", "…, said a
spokesman.", '"…", says one official.') gave no statement at all: the speaker's words ran to the
sentence's full stop, and "police." was no group. Such a statement is listed, unattributed (the
anonymous one grouped with the other outlets' as the other unnamed sources' are); a name after
the verb is read as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Evacuation criticised\n\n"
TAIL = "\n\nThe volcano erupted on Sarnholm on Thursday.\n"
MISSING = ("missing", "")


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: (q.speaker.name if q.speaker is not None else None, q.kind) for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        # the reported outlet (t13ac repro v27/f.txt)
        (
            'The evacuation order "came far too late", says one official.',
            'The evacuation order "came far too late"',
            "partial",
        ),
        # variants of my own: a group, a determiner, plural officials, no quotation marks
        ("The bridge over the Varn was unsafe, said police.", "The bridge over the Varn was unsafe", "reported"),
        (
            "The ferry will not sail before Monday, said a spokesman.",
            "The ferry will not sail before Monday",
            "reported",
        ),
        (
            "The evacuation order came far too late, said two officials.",
            "The evacuation order came far too late",
            "reported",
        ),
    ],
)
def test_trailing_unnamed_subject_is_listed(rec: Recognizer, sentence: str, words: str, kind: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words, MISSING) == (None, kind), quotes


def test_trailing_name_unchanged(rec: Recognizer) -> None:
    quotes = said(rec, HEAD + "The bridge over the Varn was unsafe, said Tomas Arvid." + TAIL)
    assert quotes.get("The bridge over the Varn was unsafe") == ("Tomas Arvid", "reported"), quotes
