"""Find in one text (the reader's ctrl+f): the search's tokens and folding, words in sequence,
the last one a prefix; offsets into the text."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.find import find_spans, text_tokens

TEXT = "Der Zürich-Hafen: 3,000 Schiffe. In Zurich, the ferry terminal; 在上海市的 ferry  terminals. İstanbul"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("zurich", ["Zürich", "Zurich"]),
        ("ZÜRICH", ["Zürich", "Zurich"]),
        ("3000", ["3,000"]),
        ("3,000", ["3,000"]),
        ("ferry term", ["ferry terminal", "ferry  terminals"]),  # spacing between words is free
        ("ferry, terminals", ["ferry  terminals"]),  # so is punctuation typed between them
        ("the ferry", ["the ferry"]),  # stop words are found: nothing is dropped
        ("上海", ["上海"]),
        ("上海市", ["上海市"]),
        ("上", ["上"]),  # one CJK character: that character, not its bigram
        ("istanbul", ["İstanbul"]),
        ("", []),
        (",,", []),
        ("ferry terminals zeppelin", []),
        ("erry", []),  # words are matched from their start, as the search does
    ],
)
def test_find_spans(query: str, found: list[str]) -> None:
    assert [TEXT[a:b] for a, b in find_spans(text_tokens(TEXT), query)] == found


def test_a_markdown_article_is_found_in_as_shown() -> None:
    """The reader's find (ctrl+f) in a Markdown article: a link's text, never its URL, and no
    emphasis markers between words (issue 13, helper s15-k #3); offsets into the text as written."""
    from waic_reader.index.corpus.blocks import split_blocks
    from waic_reader.index.corpus.find import find_spans, text_tokens

    text = (
        "Shares in **Halvorsen Chemicals** fell after its [Portmere plant](https://example.com/plant) "
        "killed 13.\n\nAnalysts at [Nordbank](https://nordbank.example) spoke.\n"
    )
    tokens = text_tokens(text, [(b.start, b.end) for b in split_blocks(text)])
    found = lambda q: [text[a:b] for a, b in find_spans(tokens, q)]
    assert found("Portmere plant killed") == ["Portmere plant](https://example.com/plant) killed"]
    assert found("plant killed") == ["plant](https://example.com/plant) killed"]
    assert found("Halvorsen Chemicals fell") == ["Halvorsen Chemicals** fell"]
    assert found("example") == [] and found("nordbank.example") == [] and found("https") == []
    # as written (not Markdown) the URL is text
    assert [text[a:b] for a, b in find_spans(text_tokens(text), "nordbank.example")] == ["nordbank.example"]


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        # acceptance t13af N12: a one-digit last word is that number, never the start of "70"…"79"
        (
            "Crews cleaned beach section 7 near Varnholm. Later, section 70 and section 74 were closed.",
            "section 7",
            ["section 7"],
        ),
        # a one-letter last word is that word: "Gate B", never "Gate Bravo"
        ("Passengers waited at Gate B. The crew used Gate Bravo.", "gate b", ["Gate B"]),
        # one digit alone: only the number 7, as the search reads it
        ("The 7 vessels, 70 crew and 75 tonnes; 7 more.", "7", ["7", "7"]),
        # two characters are a prefix again, as before
        ("Beach section 70 and section 74.", "section 7", []),
        ("Beach section 70 and section 74.", "section 70", ["section 70"]),
    ],
)
def test_a_one_character_last_word_is_whole(text: str, query: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in find_spans(text_tokens(text), query)] == found


def test_one_cjk_character_is_still_the_start_of_its_bigram() -> None:
    text = "上海举办世界人工智能大会"
    assert [text[a:b] for a, b in find_spans(text_tokens(text), "上")] == ["上"]
