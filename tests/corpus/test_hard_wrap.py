"""Hard-wrapped text is joined into paragraphs for the common layouts; lists and web copy are not."""

from __future__ import annotations

import textwrap

import pytest
from headline_lists import LISTS, NAMES_WRAPPED, PROSE, RELATED, VALDMARK

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


# Issue #14 (items 1 and 2): a headline over hard-wrapped paragraphs without a blank line under it
# made the chunk read as a list of teasers, and a list in the chunk kept every line apart.

WRAP72_NOBLANK = (  # the reported input, c3/wrap72_noblank.txt
    "Ferry operator to sell two oldest vessels\n"
    "Nordbank Lines said on Thursday it would sell its two oldest ferries\n"
    "and lease newer vessels while it waits for two ships on order from a\n"
    "Polish shipyard, in a move to restore confidence after the disaster.\n"
    "The company said the sale would cost it about 15 million euros in lost\n"
    "value but that passengers needed to feel safe on board its ships.\n"
    '"We have heard the message," the chief executive, Hans Olsen, said.\n'
)

WRAP_TAB = (  # the reported input, c3/wrap_tab.txt
    "Storm damage estimate rises\n"
    "\tThe cost of the damage caused by last week's storm has risen to\n"
    "more than 80 million euros, the regional government said on Friday,\n"
    "as insurers reported a record number of claims from homeowners.\n"
    "\tMost of the claims came from the coastal villages north of Halvik,\n"
    "where the sea broke through dykes in several places.\n"
)

WRAP80_LIST = (  # the reported input, c2/wrap80_list.txt
    "What the ferry inquiry will examine\n"
    "The inquiry into the Nordlys disaster, which opens on Monday, will examine the\n"
    "decision to sail, the state of the ferry's ballast system and the work of the\n"
    "inspectors who passed the vessel as seaworthy last year, the ministry said.\n"
    "Its terms of reference list five questions:\n"
    "1. Why did the ferry sail despite the gale warning?\n"
    "2. Was the ballast pump faulty, and was the fault reported?\n"
    "3. Did the inspectors follow the rules?\n"
    "The inquiry is due to report by the end of the year.\n"
)


def test_reported_headline_over_wrapped_lines_without_blank_lines() -> None:
    got = paragraphs(WRAP72_NOBLANK)
    assert got[0] == "Ferry operator to sell two oldest vessels"
    assert got[1].startswith("Nordbank Lines said") and got[1].endswith("on board its ships.")
    assert got[2].startswith('"We have heard')
    assert len(got) == 3
    assert split_blocks(WRAP72_NOBLANK)[0].kind == "title"


def test_reported_tab_indented_wire_copy_under_a_headline() -> None:
    got = paragraphs(WRAP_TAB)
    assert len(got) == 3
    assert got[0] == "Storm damage estimate rises"
    assert got[1].endswith("record number of claims from homeowners.")
    assert got[2].startswith("Most of the claims") and got[2].endswith("in several places.")


def test_reported_wrapped_text_with_a_numbered_list() -> None:
    blocks = split_blocks(WRAP80_LIST)
    got = [" ".join(b.text.split()) for b in blocks]
    assert got[0] == "What the ferry inquiry will examine"
    assert got[1].startswith("The inquiry into") and got[1].endswith("the ministry said.")
    assert got[2] == "Its terms of reference list five questions:"
    assert [b.kind for b in blocks[3:6]] == ["list-item"] * 3
    assert got[6] == "The inquiry is due to report by the end of the year."
    assert len(got) == 7


@pytest.mark.parametrize("width", [60, 66, 72, 80])
@pytest.mark.parametrize("indent", ["", "\t", "   "])
def test_headline_over_wrapped_paragraphs_without_blank_lines(width: int, indent: str) -> None:
    # A variant: the fixture's paragraphs at every usual width, a headline straight over them.
    body = "\n".join(textwrap.fill(p, width, initial_indent=indent) for p in PARAS)
    text = "Ferry to run all winter\n" + body + "\n"
    got = paragraphs(text)
    assert got[0] == "Ferry to run all winter"
    if indent or width < 80:
        # Without an indent, a paragraph ending near the column cannot be told from a wrap.
        assert got[1:] == PARAS
    for b in split_blocks(text):
        assert text[b.start : b.end] == b.text


def test_wrapped_lead_in_and_list_under_a_headline_variant() -> None:
    # A variant: bulleted, at 64 columns, the lead-in ending a paragraph rather than standing alone.
    text = (
        "Council sets out its winter plan\n"
        + textwrap.fill(PARAS[0], 64)
        + "\nThe plan has three parts:\n- more crossings on weekdays\n- a night boat\n- lower fares\n"
    )
    got = paragraphs(text)
    assert got[:3] == ["Council sets out its winter plan", PARAS[0], "The plan has three parts:"]
    assert len(got) == 6


@pytest.mark.parametrize(
    "text",
    [
        # a menu over a short article: one line a block
        "Home\nNews\nSport\nWeather\nThe council voted on Tuesday to keep the ferry running all winter long.\n"
        "Residents said the service was their only reliable link to the mainland.\n",
        # a headline over teasers: titles and "date | section" lines
        "Latest news\n"
        "Storm closes the coastal road for a second day as crews clear debris\n"
        "March 3, 2025 | World\n"
        "Fishing quotas cut again as stocks fall for the third year in a row\n"
        "March 2, 2025 | Business\n",
        # a headline over web copy, one paragraph a line
        "Budget approved\n"
        "The city council approved a new budget on Tuesday after a long debate about spending on roads.\n"
        "Council members said the plan would raise spending on maintenance by a fifth, keeping taxes flat.\n"
        "Opponents argued that the figures relied on optimistic forecasts of property tax revenue.\n",
    ],
)
def test_short_first_lines_over_unwrapped_lines_are_not_glued(text: str) -> None:
    assert len(split_blocks(text)) == text.count("\n")


def test_a_headline_over_a_list_header_and_items_stays_apart() -> None:
    # Beside a list, two lines are never joined, nor a short header line straight over the items.
    text = "City unveils ten-year plan to cut traffic deaths\nKey points\n- Speed limits cut\n- More crossings\n"
    assert paragraphs(text) == [
        "City unveils ten-year plan to cut traffic deaths",
        "Key points",
        "- Speed limits cut",
        "- More crossings",
    ]
    text = (
        "Council sets out its winter plan\n"
        + textwrap.fill(PARAS[1], 70)
        + "\nWhat changes\n- more crossings on weekdays\n- a night boat\n"
    )
    assert paragraphs(text) == [
        "Council sets out its winter plan",
        PARAS[1],
        "What changes",
        *paragraphs("- more crossings on weekdays\n- a night boat\n"),
    ]


@pytest.mark.parametrize("last", ["toggle main navigation", "harbourgal | 3 March 2025 at 1:05 pm", "read more"])
def test_web_copy_under_a_headline_stays_one_paragraph_a_line(last: str) -> None:
    # Web copy (each line a sentence) under a headline, a lower-case line after it: not wrapped.
    text = (
        "Council passes budget after long debate\n"
        "The city council approved a new budget on Tuesday after a long debate about spending on roads.\n"
        "Council members said the plan would raise spending on maintenance by a fifth, keeping taxes flat.\n"
        "Opponents argued that the figures relied on optimistic forecasts of property tax revenue.\n"
        f"{last}\n"
    )
    assert len(split_blocks(text)) == 5


# Issue #14 (t13 fault 5): a list of headlines of nearly equal length, no blank lines between them,
# has the shape of text wrapped at a fixed column; the joiner made the whole list one paragraph, so
# the list rules never saw its items. A run of lines each a headline (a capital or a digit first, no
# sentence end, nothing running on) is a list; wrapped prose holds a sentence end.


@pytest.mark.parametrize(("header", "items"), LISTS)
def test_equal_length_headline_list_is_a_line_a_block(header: str, items: list[str]) -> None:
    text = PROSE + header + "\n" + "\n".join(items) + "\n"
    assert paragraphs(text) == [
        "Portmere inquiry opens",
        "The Maritime Safety Board opened its inquiry into the Calder Rose on Tuesday in Portmere.",
        "Elena Varga gave evidence for two hours.",
        header,
        *items,
    ]


@pytest.mark.parametrize(
    ("para", "width", "header", "items"),
    [(PARAS[0] + " " + PARAS[1], 72, "More from the Valdmark Courier", VALDMARK), (PARAS[2], 70, "", RELATED)],
    ids=["header", "no-header"],
)
def test_headline_list_after_wrapped_prose_without_a_blank_line(
    para: str, width: int, header: str, items: list[str]
) -> None:
    # Variants: prose hard-wrapped, a list straight under it, with a header or none (then the
    # prose's last line, ending a sentence, is the list's first line's only border): the prose is
    # joined, the list stays a line a block.
    text = (
        "Ferry to run all winter\n\n"
        + textwrap.fill(para, width)
        + "\n"
        + "".join(f"{line}\n" for line in [header, *items] if line)
    )
    assert paragraphs(text) == ["Ferry to run all winter", para, *[line for line in [header, *items] if line]]


# The guard: prose wrapped at 72 columns whose every line opens with a capital (a name, a place)
# is still one paragraph: it ends a sentence.
@pytest.mark.parametrize("head", ["", "Inquiry hears from the crew\n\n", "Inquiry hears from the crew\n"])
def test_wrapped_prose_whose_lines_open_with_names_is_joined(head: str) -> None:
    got = paragraphs(head + NAMES_WRAPPED)
    assert got[-1] == " ".join(NAMES_WRAPPED.split())
    assert len(got) == (2 if head else 1)
