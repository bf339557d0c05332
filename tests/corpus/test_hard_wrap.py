"""Hard-wrapped text is joined into paragraphs for the common layouts; lists and web copy are not."""

from __future__ import annotations

import textwrap

import pytest

from waic_reader.index.corpus.blocks import split_blocks

PARAS = [
    "The city council voted on Tuesday to extend the harbour ferry service through the winter months, after a "
    "year in which ridership rose by a third and complaints about the old timetable fell sharply.",
    "Council members said the decision followed a consultation in which residents of the outer islands described "
    "the ferry as their only reliable link to the mainland, especially in storms.",
    '"We listened," the mayor said. "This is what people asked for, and it is affordable within the transport '
    'budget as it stands today."',
]


def paragraphs(text: str) -> list[str]:
    return [" ".join(b.text.split()) for b in split_blocks(text)]


@pytest.mark.parametrize("width", [60, 66, 72, 76, 80])
@pytest.mark.parametrize("indent", ["", "    ", "\t"])
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_wrapped_paragraphs_are_joined(width: int, indent: str, sep: str) -> None:
    body = sep.join(textwrap.fill(p, width, initial_indent=indent) for p in PARAS)
    text = "Ferry to run all winter\n\n" + body + "\n"
    assert paragraphs(text) == ["Ferry to run all winter", *PARAS]
    for b in split_blocks(text):
        assert text[b.start : b.end] == b.text


def test_old_wire_copy_with_indented_paragraphs() -> None:
    # The reported layout: a dateline paragraph, then paragraphs marked only by indentation,
    # some of them ending at the wrap column.
    text = (
        "   HARBOUR CITY (AP) -- The city council voted Tuesday to extend the\n"
        "harbour ferry service through the winter, after a year in which ridership\n"
        "rose by a third.\n"
        "   Council members said residents of the outer islands described the ferry\n"
        "as their only reliable link to the mainland, especially during storms that\n"
        "close the causeway for days at a time in January and February each year.\n"
        "   The extension will cost about $2.4 million, to be paid from the transport\n"
        "budget.\n"
    )
    got = paragraphs(text)
    assert len(got) == 3
    assert got[1].startswith("Council members") and got[1].endswith("February each year.")


def test_teaser_titles_and_date_lines_are_not_glued() -> None:
    text = (
        "Storm closes the coastal road for a second day as crews clear debris\n"
        "March 3, 2025 | World\n"
        "Fishing quotas cut again as stocks fall for the third year in a row\n"
        "March 2, 2025 | Business\n"
        "New library opens in the old post office after a four-year campaign\n"
        "March 1, 2025 | Local\n"
    )
    assert len(split_blocks(text)) == 6


def test_web_copy_of_similar_line_lengths_stays_one_paragraph_a_line() -> None:
    text = (
        "The city council approved a new budget on Tuesday after a long debate about spending on roads.\n"
        "Council members said the plan would raise spending on maintenance by a fifth, keeping taxes flat.\n"
        "Opponents argued that the figures relied on optimistic forecasts of property tax revenue.\n"
    )
    assert len(split_blocks(text)) == 3
