"""A page's ``<br>`` lines as the HTML reader builds them (round s33-a, issue 14 "HTML in"): a
``<br>`` is a line break and ``<br><br>`` a paragraph break; lines hard-wrapped by ``<br>``s are one
paragraph, as a plain text's wrapped lines are; the extractor's ``<lb/>`` ends a main line.

The CLI's view of the reported pages is tests/cli/test_cli_html_br_breaks.py; these are the
reader's own rules around it: a data table's cell holding ``<br>`` lines is read with its lines
apart, not glued; a footer's rows of links are no wrapped paragraph; a sticky header's copy of
the headline over the page's own ``<h1>`` is no second title; a feed's HTML fragment reads its
``<br>`` lines as a page does.
"""

from __future__ import annotations

from waic_reader.index.corpus.html import html_text, read_html


def _lines(page: str) -> list[tuple[str, str, str | None]]:
    read = read_html(page)
    return [(b.kind, b.text, (read.discarded.get(i) or (None, ""))[0]) for i, b in enumerate(read.blocks)]


_PROSE = (
    "<p>The harbour board met on Monday evening to decide whether the ferry should sail again before the "
    "inquiry into last month's capsizing has reported, and voted to keep it in port.</p>"
    "<p>Its chairman said the decision had been hard, but that nobody on the board wanted to take the risk "
    "of another accident before the inquiry had found what went wrong on the night.</p>"
)


def test_a_data_cell_of_br_lines_is_read_with_its_lines_apart() -> None:
    rows = "".join(
        f"<tr><td>{name}<br>{town}</td><td>{age}</td></tr>"
        for name, town, age in (("Monique Arnaud", "Lyon", 71), ("Paul Girard", "Annecy", 64), ("Léa Morel", "Gap", 58))
    )
    page = (
        "<html><head><title>Ferry inquiry</title></head><body><article><h1>Ferry inquiry</h1>"
        f"{_PROSE}<table><tr><th>Name and town</th><th>Age</th></tr>{rows}</table>{_PROSE}</article></body></html>"
    )
    texts = [text for _kind, text, _hint in _lines(page)]
    assert not [t for t in texts if "ArnaudLyon" in t or "GirardAnnecy" in t], texts
    assert any("Monique Arnaud Lyon" in t for t in texts), texts


def test_a_footers_rows_of_links_are_no_wrapped_paragraph() -> None:
    footer = (
        "<footer>about the newspaper and its long history | contact the newsroom | our ethics code<br>"
        "subscribe to the printed edition | advertise with us | site map and archive</footer>"
    )
    page = (
        "<html><head><title>Ferry kept in port</title></head><body><article><h1>Ferry kept in port</h1>"
        f"{_PROSE}</article>{footer}</body></html>"
    )
    texts = [text for _kind, text, _hint in _lines(page)]
    assert "about the newspaper and its long history | contact the newsroom | our ethics code" in texts, texts
    assert "subscribe to the printed edition | advertise with us | site map and archive" in texts, texts


_SECTIONS = ("Home", "House Tours", "Design", "Renovation", "Cleaning", "Organizing", "Shopping", "Videos", "Guides")


def test_a_sticky_headline_over_the_pages_h1_is_no_second_title() -> None:
    # (The page's own <h1> is the headline's place: the main lines after it are near it, the sticky
    # header's copy is a menu away from them; html._placed_copies.)
    name = "<p>Name: Ashley<br>Location: Downtown, Los Angeles</p>"
    page = (
        "<html><head><title>A Light Filled LA Loft</title></head><body>"
        '<div class="sticky-headline">A Light Filled LA Loft</div><nav><ul>'
        + "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in _SECTIONS)
        + f"</ul></nav><article><h1>A Light Filled LA Loft</h1>{name}{_PROSE}</article></body></html>"
    )
    read = read_html(page)
    kept = [b.kind for i, b in enumerate(read.blocks) if b.text == "A Light Filled LA Loft" and i not in read.discarded]
    assert kept == ["title"], read.blocks


def test_a_fragments_br_lines_read_as_a_pages() -> None:
    fragment = (
        '"We are still hoping to find people alive," said Sheriff<br>'
        "Tom Delaney, who has led the search since the weekend.<br><br>"
        "Those missing are:<br>71 Monique Arnaud<br>64 Paul Girard<br>58 Henri Lefevre"
    )
    assert html_text(fragment).split("\n") == [
        '"We are still hoping to find people alive," said Sheriff Tom Delaney, who has led the search since the weekend.',
        "Those missing are:",
        "71 Monique Arnaud",
        "64 Paul Girard",
        "58 Henri Lefevre",
    ]


def test_a_headline_broken_by_a_br_is_one_headline() -> None:
    for h1, headline in (
        ("<h1>Ferry kept in port<br>until the inquiry reports</h1>", "Ferry kept in port until the inquiry reports"),
        (
            "<h1>Le ferry reste à quai<br/>jusqu'au rapport d'enquête</h1>",
            "Le ferry reste à quai jusqu'au rapport d'enquête",
        ),
    ):
        page = (
            f"<html><head><title>{headline}</title></head><body><div class='menu'><a href='/'>Home</a></div>"
            f"<article>{h1}{_PROSE}</article></body></html>"
        )
        read = read_html(page)
        kept = [(b.kind, b.text) for i, b in enumerate(read.blocks) if i not in read.discarded]
        assert kept[0] == ("title", headline), kept
        assert not [text for _kind, text in kept[1:] if text in headline], kept
