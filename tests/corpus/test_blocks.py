"""Blocks and sentences: kinds, and offsets that point at the article text."""

from __future__ import annotations

from waic_reader.index.corpus.blocks import sentences_of, split_blocks, split_sentences
from waic_reader.index.corpus.reader import Corpus


def test_one_paragraph_per_line() -> None:
    text = "A headline that names the event\nFirst paragraph is here. It has two sentences.\nSecond one."
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == ["title", "paragraph", "paragraph"]
    for b in blocks:
        assert text[b.start : b.end] == b.text


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The minister said on Monday that the government would publish a\n"
        "detailed plan for the sector before the end of the year, and that\n"
        "talks with industry would continue.\n\n"
        "A second paragraph follows here, wrapped at the same column as the\n"
        "first one was wrapped by the author.\n"
    )
    blocks = split_blocks(text)
    assert len(blocks) == 2
    assert blocks[0].text.startswith("The minister") and blocks[0].text.endswith("continue.")


def test_headline_list_is_not_joined_as_wrapped_text() -> None:
    text = (
        "Body paragraph that ends properly with a full stop and is long enough to count.\n\n"
        "Markets Rally as Central Bank Holds Rates Steady Amid Inflation Fears\n"
        "Tech Giant Unveils New Phone at Annual Event\n"
        "Storm Forces Evacuations Along the Gulf Coast\n"
    )
    blocks = split_blocks(text)
    assert len(blocks) == 4


def test_markdown_headings_and_lists() -> None:
    text = "# Title here\n\nIntro paragraph that is long enough to be prose for the reader.\n\n## Section\n\n- one point\n- another point\n"
    kinds = [b.kind for b in split_blocks(text)]
    assert kinds == ["title", "paragraph", "heading", "list-item", "list-item"]


def test_question_headings() -> None:
    text = "What Happened?\nThe premier spoke at length about the plan and what it would mean for the region and its partners."
    assert split_blocks(text)[0].kind == "heading"


def test_sentences_respect_abbreviations() -> None:
    text = "Dr. Kao spoke first. The U.S. lifted a ban on chips. It was reported in the U.S. Then talks began."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "Dr. Kao spoke first.",
        "The U.S. lifted a ban on chips.",
        "It was reported in the U.S.",
        "Then talks began.",
    ]


def test_sentence_offsets_point_into_the_article(seeds) -> None:
    corpus = Corpus.scan(seeds)
    for article in corpus.articles():
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text
        for b in article.blocks:
            assert article.text[b.start : b.end] == b.text


def test_titles_and_headings_are_single_sentences() -> None:
    blocks = split_blocks("Big Headline Here Now\nSome prose follows. And more prose here.")
    sents = sentences_of(blocks)
    assert sents[0].text == "Big Headline Here Now"
    assert len(sents) == 3
