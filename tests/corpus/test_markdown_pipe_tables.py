"""A Markdown pipe table as the reader shows it (t13y G13: "| Figure | Value |", "|---|---|" and
"| Depth of the refuge chamber | 420 m |" were shown with their pipes in the reader, ``show`` and
search snippets): each row without its Markdown syntax, a two-column row as a fact box's line
("Depth of the refuge chamber: 420 m"), a wider row's cells joined with " · ", the separator row
shown as nothing, the header row over it marked strong (heading-like); an escaped ``\\|`` in a
cell is a bar. The article text (every offset) stays as written."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.markdown import shown_article, shown_block


@pytest.mark.parametrize(
    ("row", "shown"),
    [
        ("| Depth of the refuge chamber | 420 m |", "Depth of the refuge chamber: 420 m"),
        ("| Rescue shaft width | 60 cm |", "Rescue shaft width: 60 cm"),
        # no outer pipes: a row under its table's separator row (alone, a line with a spaced bar is no
        # row: test_markdown_markers_before_table_cells.py, review s35-rv finding 9)
        ("Höhe des Damms | 48 m", "Höhe des Damms: 48 m"),
        # three columns
        ("| Depth | 420 m | 1,380 ft |", "Depth · 420 m · 1,380 ft"),
        # an escaped bar inside a cell
        ("| Route A \\| B | 12 km |", "Route A | B: 12 km"),
        # inline syntax inside a cell
        ("| **Dead** | [7](https://example.org/toll) |", "Dead: 7"),
    ],
)
def test_a_row_is_shown_without_its_syntax(row: str, shown: str) -> None:
    got = shown_block(row, above="--- | ---")
    assert got is not None
    assert got.text == shown
    assert len(got.positions) == len(row) + 1


@pytest.mark.parametrize("separator", ["|---|---|", "|:--|--:|", "--- | ---", "| :---: | ---: | --- |"])
def test_the_separator_row_is_shown_as_nothing(separator: str) -> None:
    got = shown_block(separator)
    assert got is not None and got.text == ""


@pytest.mark.parametrize(
    ("header", "separator", "shown"),
    [
        ("| Figure | Value |", "|---|---|", "Figure · Value"),
        ("Figur | Wert", ":-- | --:", "Figur · Wert"),
        ("| Measure | Wire | TV |", "|---|:-:|---|", "Measure · Wire · TV"),
    ],
)
def test_the_header_row_is_a_strong_row(header: str, separator: str, shown: str) -> None:
    got = shown_block(header, below=separator)
    assert got is not None
    assert got.text == shown
    assert (0, len(shown), "strong") in got.marks


def test_the_article_shows_the_table_as_rows() -> None:
    text = (
        "The collapse trapped **17 miners**.\n\n| Figure | Value |\n|:--|--:|\n"
        "| Depth of the refuge chamber | 420 m |\n| Rescue shaft width | 60 cm |\n"
    )
    lines = text.split("\n")
    blocks, at = [], 0
    for line in lines:
        if line:
            blocks.append((at, at + len(line)))
        at += len(line) + 1
    shown = shown_article(text, blocks)
    assert "|" not in shown.text and "---" not in shown.text
    assert "Figure · Value" in shown.text
    assert "Depth of the refuge chamber: 420 m" in shown.text
    # offsets still point into the article text
    at = shown.text.index("420 m")
    assert text[shown.origin(at) : shown.origin(at) + 5] == "420 m"
