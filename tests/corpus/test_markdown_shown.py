"""A Markdown block shown with its syntax hidden, and the one map from article offsets to the
characters shown (index/corpus/markdown.py)."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.markdown import BULLET, shown_block

CASES = [
    # (block as written, shown, marks as (shown text, kind))
    ("# Ferry plan approved", "Ferry plan approved", []),
    ("## Costs ##", "Costs", []),
    (
        'The **city council** approved the _ferry_ plan, said [Reuters](https://reuters.com/a_(b) "t").',
        "The city council approved the ferry plan, said Reuters.",
        [("city council", "strong"), ("ferry", "emphasis"), ("Reuters", "link")],
    ),
    ("- The plan costs **$3 million**", f"{BULLET} The plan costs $3 million", [("$3 million", "strong")]),
    ("* It starts in *May*", f"{BULLET} It starts in May", [("May", "emphasis")]),
    ("1. First, `pip install`", "1. First, pip install", [("pip install", "code")]),
    ("> quoted *text*", "quoted text", [("text", "emphasis")]),
    (r"Escaped \*star\* &amp; co", "Escaped *star* & co", []),
    (
        "See ![the chart](c.png) and <https://a.example/x>",
        "See the chart and https://a.example/x",
        [("the chart", "link"), ("https://a.example/x", "link")],
    ),
    # A reference link's definition is elsewhere in the article (blocks are read one by one):
    # shown as written.
    ("A [ref link][1] and ~~old~~ new", "A [ref link][1] and old new", [("old", "strike")]),
    ("Two ***both*** marks", "Two both marks", [("both", "emphasis"), ("both", "strong")]),
]


@pytest.mark.parametrize("written, shown, marks", CASES, ids=[c[0][:30] for c in CASES])
def test_syntax_is_hidden_and_marked(written: str, shown: str, marks: list[tuple[str, str]]) -> None:
    result = shown_block(written)
    assert result is not None
    assert result.text == shown
    assert sorted((result.text[s:e], kind) for s, e, kind in result.marks) == sorted(marks)


@pytest.mark.parametrize("written", [*(c[0] for c in CASES), "line *one*\nline two  \nthree\\\nfour"])
def test_every_shown_character_is_the_written_one_at_its_offset(written: str) -> None:
    """The single offset map: each shown character is the block's character whose offset maps
    to it (a bullet and an entity excepted, replaced one for one), and the map never goes back."""
    result = shown_block(written)
    assert result is not None
    positions = result.positions
    assert len(positions) == len(written) + 1 and positions[-1] == len(result.text)
    assert all(a <= b for a, b in zip(positions, positions[1:], strict=False))
    for i, ch in enumerate(written):
        if positions[i + 1] > positions[i]:  # shown
            shown = result.text[positions[i]]
            replaced = {("-", BULLET), ("*", BULLET), ("+", BULLET), ("\n", " ")}
            assert shown == ch or (ch, shown) in replaced or ch == "&", (i, ch, shown)


def test_wrapped_lines_of_a_paragraph_are_joined_and_hard_breaks_kept() -> None:
    result = shown_block("line *one*\nline two  \nthree\\\nfour")
    assert result is not None and result.text == "line one line two  \nthree\nfour"


def test_a_word_inside_bold_or_a_link_maps_to_its_shown_characters() -> None:
    written = "Officials of the **Zephyrine ferry** cited [the Quillon report](https://q.example/r)."
    result = shown_block(written)
    assert result is not None
    for word in ("Zephyrine", "Quillon"):
        start = written.index(word)
        s, e = result.span(start, start + len(word))
        assert result.text[s:e] == word


@pytest.mark.parametrize(
    "written",
    ["plain prose, no syntax", "a * b * c", "Unclosed **bold", "price_cap_rule in 2025", "[]"],
)
def test_text_without_followable_syntax_is_shown_as_written(written: str) -> None:
    result = shown_block(written)
    assert result is None or result.text == written


@pytest.mark.parametrize(
    "text",
    [
        "Shares in **Halvorsen** fell at its [Portmere plant](https://example.com/plant) killed.\n",
        "# A *heading* #\n\n- one `code`\n- two &amp; three\n\nA wrapped\nline and <https://x.example> too.\n",
        "Plain text with no syntax at all.\n\nAnd a second block.\n",
    ],
)
def test_every_shown_word_maps_back_to_itself(text: str) -> None:
    """shown_article: each word of the article as shown is, mapped back, that word as written."""
    import re

    from waic_reader.index.corpus.blocks import split_blocks
    from waic_reader.index.corpus.markdown import shown_article

    shown = shown_article(text, [(b.start, b.end) for b in split_blocks(text)])
    assert "https" not in shown.text.replace("https://x.example", "")  # only the autolink's own text
    for m in re.finditer(r"\w+", shown.text):
        ((a, b),) = shown.back([(m.start(), m.end())])
        assert text[a:b] == m.group()
