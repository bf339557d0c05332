"""The title is the headline (acceptance s9b #9): a two-word headline over the body ("Ferry
capsizes"), not the first sentence; never a date stamp ("PUBLISHED: 09:00 GMT, …"), a byline or
a field line; a headline under a "Most read" list of other stories is still found."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PROSE = "The Nordline Shipping ferry capsized off Halvik, the coast guard said. Rescuers searched the water."
FIRST = "The Nordline Shipping ferry capsized off Halvik, the coast guard said."
LONG = "The chief executive of Nordline Shipping faced lawmakers on Thursday over the Halvik ferry disaster."


def title(tmp_path: Path, text: str) -> str | None:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a").title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported files (d6/t01, d6/t07, d3/ambig.txt, d6/t09)
        (f"Ferry capsizes\n\nBy Jane Roe | March 14, 2025 | 7:52 PM EDT\n\n{PROSE}\n", "Ferry capsizes"),
        (
            f"Ferry capsizes\n\nPUBLISHED: 09:00 GMT, 14 March 2025 | UPDATED: 11:00 GMT, 14 March 2025\n\n{PROSE}\n",
            "Ferry capsizes",
        ),
        (
            "Memorial planned\n\nPosted: 03/04/2025\n\nA memorial for the victims of the Halvik ferry disaster is planned.\n",
            "Memorial planned",
        ),
        (f"Ferry capsizes\n\n14.03.2025 19:52\n\n{PROSE}\n", "Ferry capsizes"),
        # variants: a headline straight over the prose; one over a byline and the outlet's name
        (f"Bridge reopens\n{PROSE}\n", "Bridge reopens"),
        (f"Port strike ends\n\nBy Ana Ruiz\n\nThe Sun\n\n{PROSE}\n", "Port strike ends"),
    ],
)
def test_a_short_headline_over_the_body_is_the_title(tmp_path: Path, text: str, expected: str) -> None:
    assert title(tmp_path, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"PUBLISHED: 09:00 GMT, 14 March 2025 | UPDATED: 11:00 GMT, 14 March 2025 and later today again\n\n{PROSE}\n",
        f"By Jane Roe\n\n{PROSE}\n",
        f"author: Jane Roe\n\n{PROSE}\n",
        f"Halvik\n\n{PROSE}\n",  # one word: a place or section name, not a headline
    ],
)
def test_a_stamp_byline_field_or_single_word_is_never_the_title(tmp_path: Path, text: str) -> None:
    assert title(tmp_path, text) == FIRST


def test_an_outlet_line_alone_over_the_body_stays_the_outlet(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"The Sun\n\n{PROSE}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.outlet == "The Sun" and article.title == FIRST


MOST_READ = (
    # the reported pages: d2/v06-saved-page and d11/s4-top-most-read
    (
        "Skip to content\nHome | World | Business\nMost read\nElection results announced\nMarch 1, 2025 | Politics\n"
        "Storm warning for coast\nMarch 2, 2025 | Weather\n\nFerry chief faces lawmakers\n\nBy Anna Berg\n"
        f"Posted: March 20, 2025 10:15 AM CET\n\n{LONG}\n\nHe said the company followed every rule.\n",
        "Ferry chief faces lawmakers",
    ),
    (
        "Most popular\n1. Election results announced\nSat 1 Mar 2025 08.00 GMT\n2. Storm warning for coast\n"
        f"Sun 2 Mar 2025 09.00 GMT\n\nFerry chief faces lawmakers again\n\n{LONG}\n",
        "Ferry chief faces lawmakers again",
    ),
    # a variant: a "Trending" list of headlines alone, then a two-word headline and a stamp
    (
        f"Trending\n- Storm warning for coast\n- Election results announced\n\nInquiry opens\n\nUpdated 10:15 GMT\n\n{LONG}\n",
        "Inquiry opens",
    ),
)


@pytest.mark.parametrize(("text", "expected"), MOST_READ)
def test_a_headline_under_a_most_read_list_is_the_title(tmp_path: Path, text: str, expected: str) -> None:
    assert title(tmp_path, text) == expected


def test_a_two_word_section_heading_over_a_text_of_sections_is_not_the_title(tmp_path: Path) -> None:
    # a summary site's sections ("What's happened", "What's behind the headline?"), no headline
    text = (
        "What's happened\nAt the World AI Conference, Premier Li Qiang called for cooperation on AI safety and "
        "governance, warning against monopolies.\nWhat's behind the headline?\nThe initiative signals a strategic "
        "move to shape international AI governance and counter US influence in the field.\n"
    )
    assert (title(tmp_path, text) or "").startswith("At the World AI Conference, Premier Li Qiang")


@pytest.mark.parametrize(
    "text",
    [
        # acceptance s10 #11 (EDGE/text/published.txt): a byline and two stamps over one short sentence
        "By Jane Roe\nPublished 14 March 2025\nLast updated 15 March 2025 10:02 GMT\n\nA short note about the ferry.\n",
        "BY JANE ROE\n\nA short note about the ferry.\n",
        "Source: AFP\nPosted: 14 March 2025\n\nA short note about the ferry.\n",
    ],
)
def test_a_short_text_under_a_byline_is_named_by_its_sentence(tmp_path: Path, text: str) -> None:
    assert title(tmp_path, text) == "A short note about the ferry."
