"""A blog post's category and tag line names no place by its category ("Posted in News Tagged
Grauhorn, cable car", t13q, round s30-k: a WordPress footer gave a place "News Tagged Grauhorn"):
"Tagged" ends a name, and the categories after "Posted in" or "Filed under" are the blog's
sections. The reported input and two invented variants; a sentence opening "Posted in" keeps its
names."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (  # reported (t13q data/wp-lauterbrueck-blog.html, its entry footer)
        "Those of us at the Grauhorn middle station heard the cabin fall.\n\nPosted in News Tagged Grauhorn, cable car\n",
        "Grauhorn",
    ),
    ("The bridge in Ghent closed on Friday.\n\nPosted in Updates Tagged Ghent, bridges\n", "Ghent"),
    ("Rescuers reached Tromsø before dawn.\n\nPosted in Arctic Diary Tagged Tromsø, storms\n", "Tromsø"),
    ("Rescuers reached Lauterbrück at noon.\n\nFiled under Village Life Tagged Lauterbrück, rescue\n", "Lauterbrück"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("text", "tag"), CASES)
def test_a_category_line_names_only_its_tags(rec: Recognizer, text: str, tag: str) -> None:
    line = text.rstrip("\n").rsplit("\n", 1)[-1]
    start = text.index(line)
    found = {text[m.start : m.end] for m in rec.recognize(Art("x", text)) if m.start >= start}
    assert found <= {tag}, found  # (the tag is a name only where the article types it)


def test_a_sentence_opening_posted_in_keeps_its_names(rec: Recognizer) -> None:
    text = "Posted in Geneva on Monday, the letter was signed by Anna Berg.\n"
    found = {(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))}
    assert {("Geneva", "GPE"), ("Anna Berg", "PERSON")} <= found, found
