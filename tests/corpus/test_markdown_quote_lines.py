"""A Markdown block quote's paragraph written over several lines, each marked ``>``, is one block,
shown as one line without its markers (t13aj N16, issue #13; CommonMark, markdown-it-py as the
one reader). Before, each marked line opened a block of its own: "said Lars Ekdahl," and "head of
the Marholm Chamber of Commerce." were shown as two paragraphs. A bare ``>`` still ends the
quote's paragraph, and a list item inside a quote still opens a block."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.blocks import split_blocks
from waic_reader.index.corpus.markdown import shown_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "strike_t13aj" / "analysis" / "trade-weekly.md"


def shown(markdown: str) -> list[str]:
    return [shown_text(b.text) for b in split_blocks(markdown, markdown=True)]


@pytest.mark.parametrize(
    ("written", "paragraph"),
    [
        (
            FIXTURE.read_text("utf-8").split("---\n", 2)[2],  # (after its front matter)
            '"This is the worst disruption we have seen in a generation," said Lars Ekdahl, '
            "head of the Marholm Chamber of Commerce.",
        ),
        (
            "Intro line.\n\n> The ferry sank at dawn.\n>Nobody was hurt.\n>  The port reopened at noon.\n\nAfter.\n",
            "The ferry sank at dawn. Nobody was hurt. The port reopened at noon.",
        ),
        (
            "> > A quote in a quote\n> > over **two** lines.\n",
            "A quote in a quote over two lines.",
        ),
    ],
    ids=["reported", "three-lines", "nested"],
)
def test_a_quote_paragraph_over_marked_lines_is_one_block(written: str, paragraph: str) -> None:
    blocks = shown(written)
    assert paragraph in blocks, blocks
    assert not any(b.startswith(("head of", "Nobody", "over")) for b in blocks)


def test_a_bare_marker_or_a_list_item_still_opens_a_block() -> None:
    written = "> First paragraph\n> goes on.\n>\n> Second paragraph.\n> - an item\n"
    blocks = [b.text for b in split_blocks(written, markdown=True)]
    assert blocks[0] == "> First paragraph\n> goes on." and "> Second paragraph." in blocks
    assert "> - an item" in blocks
