"""A Markdown paragraph's lines are one block (CommonMark: a single line break never ends a
paragraph), whatever their layout: a line ending a sentence over a capitalised one, a line
breaking before a link, an item's lazy continuation (t13ag N13). A heading, a list item, a table
row or a fence right under a paragraph's line still opens a block of its own."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.blocks import split_blocks
from waic_reader.index.corpus.markdown import shown_text


def texts(markdown: str) -> list[str]:
    return [b.text for b in split_blocks(markdown, markdown=True)]


@pytest.mark.parametrize(
    ("written", "paragraph"),
    [
        # the reported input: two sentences, one a line, one paragraph in the source
        (
            "## Locked exits\n\nFire official Anwar Kabir said stairwell doors on two floors were locked.\n"
            'Factory owner Rezaul Haque denied this, saying "no door was locked".\n',
            "Fire official Anwar Kabir said stairwell doors on two floors were locked. "
            'Factory owner Rezaul Haque denied this, saying "no door was locked".',
        ),
        # a line breaking before a link: the link's text in the flow of the sentence
        (
            "A fire has killed at least 21 workers, according to the\n"
            "[Fire Service and Civil Defence](https://fscd.example). Here is what the\nmain sources report.\n",
            "A fire has killed at least 21 workers, according to the Fire Service and Civil Defence. "
            "Here is what the main sources report.",
        ),
        # short lines, each a sentence (one paragraph a line in a plain text file)
        (
            "The ferry sank at dawn.\nNobody was hurt.\nThe port reopened at noon.\n\nSecond paragraph.\n",
            "The ferry sank at dawn. Nobody was hurt. The port reopened at noon.",
        ),
    ],
)
def test_lines_of_one_paragraph_are_one_block_shown_as_one_line(written: str, paragraph: str) -> None:
    blocks = split_blocks(written, markdown=True)
    joined = [shown_text(b.text) for b in blocks if "\n" in b.text]
    assert joined == [paragraph]


def test_a_block_construct_under_a_paragraph_line_stays_a_block_of_its_own() -> None:
    written = (
        "The plan was approved.\n# Costs\nIt costs $3 million.\n- first item\n  goes on here\n- second item\n"
        "Figures below.\n| Item | Cost |\n|---|---|\n| Ferry | $3 million |\nIn the year\n2024. The plan began.\n"
    )
    assert texts(written) == [
        "The plan was approved.",
        "# Costs",
        "It costs $3 million.",
        "- first item\n  goes on here",
        "- second item\nFigures below.",  # a lazy continuation line, as CommonMark reads it
        "| Item | Cost |",
        "|---|---|",
        "| Ferry | $3 million |",
        "In the year\n2024. The plan began.",
    ]


def test_lines_inside_a_code_fence_are_never_joined() -> None:
    written = "Run this:\n\n```\nmake all\nmake test\n\nmake clean\n```\n\nDone.\n"
    assert texts(written) == ["Run this:", "```", "make all", "make test", "make clean", "```", "Done."]


def test_a_plain_text_file_keeps_its_layout_rules() -> None:
    # The same lines in a .txt file: one sentence a line is one paragraph a line there.
    written = "The ferry sank at dawn.\nNobody was hurt.\nThe port reopened at noon.\n"
    assert len(split_blocks(written)) == 3
