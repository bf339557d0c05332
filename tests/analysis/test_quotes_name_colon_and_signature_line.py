"""A name alone before a quotation's colon, and a dash signature on the line under a quotation,
credit the name (t13z H14).

'Superintendent Pellworth: "We are close to naming the gang."' (a title before a bare surname,
no verb) and '"We will rebuild trust …"' with '— Miriam Okafor, chief executive, Velmont Health
Trust' on the next line (a signature with two commas and an organisation, read as a block of its
own) were unattributed: the words before the colon are a name alone (title words before it), as a
transcript's label is, and a signature opening the block right after the quotation's is the
quotation's, as one on its own line is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    article = Article("t", Path("/x/t.txt"), "Hospital hit\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: q.speaker.name if q.speaker is not None else None for q in quotes}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the reported line (t13z repro/v16/b.txt)
        (
            'Superintendent Pellworth: "We are close to naming the gang."',
            "We are close to naming the gang",
            "Pellworth",
        ),
        # variants of my own: a title of two words and a full name, a rank written short
        (
            'Fire Chief Anna Lindqvist: "The roof could go at any moment."',
            "The roof could go at any moment",
            "Anna Lindqvist",
        ),
        (
            'The minister spoke after the visit.\n\nDr. Okonkwo: "Every ward is on paper now."',
            "Every ward is on paper now",
            "Okonkwo",
        ),
    ],
)
def test_name_alone_before_colon_speaks(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    found = said(rec, text)
    assert words in found, found
    assert (found[words] or "").endswith(speaker), found


@pytest.mark.parametrize(
    "text",
    [
        'Update: "The systems are back online for most wards."',
        'The sign on the door read: "No visitors until further notice."',
        'Monday 9 March: "All outpatient clinics are cancelled today."',
    ],
)
def test_no_name_before_colon_stays_unattributed(rec: Recognizer, text: str) -> None:
    found = said(rec, text)
    assert list(found.values()) == [None], found


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the reported lines (t13z repro/v16/b.txt)
        (
            '"We will rebuild trust in our systems and in our hospital."\n'
            "— Miriam Okafor, chief executive, Velmont Health Trust",
            "We will rebuild trust in our systems and in our hospital",
            "Miriam Okafor",
        ),
        # variants of my own: an en dash, a role of three words and a council; a title before the name
        (
            '"Nobody will lose their place on the waiting list."\n– Jonas Berg, head of IT, Kesterbridge Council',
            "Nobody will lose their place on the waiting list",
            "Jonas Berg",
        ),
        (
            '"We have asked the army for help."\n\n— Health Minister Aurelia Stanning, Velmont, 12 March',
            "We have asked the army for help",
            "Aurelia Stanning",
        ),
        # on the quotation's own line
        (
            '"We will rebuild trust." — Miriam Okafor, chief executive, Velmont Health Trust',
            "We will rebuild trust",
            "Miriam Okafor",
        ),
    ],
)
def test_signature_under_quote_speaks(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    found = said(rec, text)
    assert (found.get(words) or "").endswith(speaker), found  # the corpus drops a title before it


def test_clause_after_dash_on_next_line_is_no_signature(rec: Recognizer) -> None:
    text = '"We will rebuild trust in our hospital."\n\n— Miriam Okafor has run the trust since 2019.'
    assert said(rec, text) == {"We will rebuild trust in our hospital": None}
