"""Snapshots: the reader, its highlights and its panels."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import SIZE, make_app, then

MARKDOWN = Path(__file__).parent.parent / "fixtures" / "markdown"


def test_reader(snap_compare) -> None:
    """--open 004: the Reuters headline as title, "Reuters · 004… · 494 words · 3 noise blocks
    hidden", the legend of entity labels, the body without the bare "Reuters" bylines or "Tags",
    entities tinted by label."""
    assert snap_compare(make_app(open_doc="004"), terminal_size=SIZE, run_before=then())


def test_reader_matches_highlighted(snap_compare) -> None:
    """/ Hinton enter: 003 opens scrolled to its last paragraph, Hinton in the current-match
    style, "match 1/1 for Hinton" in the status line."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("slash", *"Hinton", "enter"))


def test_reader_entities_off(snap_compare) -> None:
    """h turns entity highlighting off: plain text, no legend."""
    assert snap_compare(make_app(open_doc="002"), terminal_size=SIZE, run_before=then("h"))


def test_reader_noise_panel_open(snap_compare) -> None:
    """003 with b: the side panel lists "Boilerplate: 15 blocks", each headline-list with its
    reason; the article shows only its six paragraphs."""
    assert snap_compare(make_app(open_doc="003"), terminal_size=SIZE, run_before=then("b"))


def test_reader_noise_panel_closed(snap_compare) -> None:
    """003 with b pressed twice: panel closed again; none of the trailing headlines show."""
    assert snap_compare(make_app(open_doc="003"), terminal_size=SIZE, run_before=then("b", "b"))


def test_reader_entity_panel(snap_compare) -> None:
    """003 with e: the entity panel groups entities by label (PERSON: Li Qiang 2, …; ORG; GPE …)
    with counts, each label name in its colour."""
    assert snap_compare(make_app(open_doc="003"), terminal_size=SIZE, run_before=then("e"))


def test_reader_following_entity(snap_compare) -> None:
    """004, e, down, enter: the person chosen followed, its mention current and underlined, three
    lines from the top although it is in the article's last screenful (blank lines below the
    end: a jump scrolls past it), "mention 1/1 of Anne Bouverot" in the status line."""
    assert snap_compare(make_app(open_doc="004"), terminal_size=SIZE, run_before=then("e", "down", "enter"))


def test_reader_markdown_rendered(snap_compare) -> None:
    """A Markdown article (tests/fixtures/markdown) searched for Quillon: headings without #,
    bold and emphasis styled without ** or _, links as their underlined text, list items with
    bullets, the quote without >; the match inside the link text is the current match."""
    app = make_app(corpus=MARKDOWN)
    assert snap_compare(app, terminal_size=SIZE, run_before=then("slash", *"Quillon", "enter"))


def test_reader_markdown_table_end_and_item_lines(snap_compare) -> None:
    """A Markdown article (tests/fixtures/markdown_table): the list item going on to a second
    line reads "according to the institute" with one space (t13agr R4), and a blank line
    separates the table's last row from the paragraph under it (t13ah N16)."""
    app = make_app(open_doc="cyclone", corpus=MARKDOWN.parent / "markdown_table")
    assert snap_compare(app, terminal_size=SIZE, run_before=then())
