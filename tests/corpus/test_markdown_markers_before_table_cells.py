"""A Markdown heading, list item or quote with a spaced bar in it is no table row, and a line
without outer bars is a table's row only next to its table (review s35-rv finding 9: "# Mine rescue
| Nordwire News" was shown as "# Mine rescue: Nordwire News" and "- Depth | 420 m" as "- Depth:
420 m", its bullet lost; a menu line "Home | About | Contact" was a table row too). The block's
marker is read first, and a bar-less row needs a separator row or another row of the table beside
it; rows between outer bars are rows anywhere (tests/corpus/test_markdown_pipe_tables.py)."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.markdown import BULLET, shown_article, shown_block


@pytest.mark.parametrize(
    ("block", "shown"),
    [
        ("# Mine rescue | Nordwire News", "Mine rescue | Nordwire News"),
        ("## Grubenunglück | Kellby Echo ##", "Grubenunglück | Kellby Echo"),
        ("- Depth | 420 m", f"{BULLET} Depth | 420 m"),
        ("* Profundidad | 420 m", f"{BULLET} Profundidad | 420 m"),
        ("> Rescue | day four", "Rescue | day four"),
    ],
)
def test_a_marker_is_read_before_table_cells(block: str, shown: str) -> None:
    got = shown_block(block)
    assert got is not None
    assert got.text == shown
    assert len(got.positions) == len(block) + 1


def test_the_reviewers_article() -> None:
    text = (
        "# Mine rescue | Nordwire News\n\nPONTEGRÍS, 9 March 2026 - Rescuers reached the trapped miners on Monday.\n\n"
        "Home | About | Contact\n\n- Depth | 420 m\n\nThe shaft is 420 metres deep, officials said.\n\n"
        "| Depth of the refuge chamber | 420 m |\n|---|---|\n| Miners trapped | 17 |\n"
    )
    starts = [0]
    blocks = []
    for line in text.split("\n"):
        if line:
            blocks.append((starts[-1], starts[-1] + len(line)))
        starts.append(starts[-1] + len(line) + 1)
    shown = shown_article(text, blocks).text
    assert "Mine rescue | Nordwire News" in shown and "# Mine" not in shown
    assert f"{BULLET} Depth | 420 m" in shown
    assert "Home | About | Contact" in shown  # a menu line, no table beside it
    assert "Depth of the refuge chamber · 420 m" in shown and "Miners trapped: 17" in shown


@pytest.mark.parametrize(
    ("lines", "shown"),
    [
        # a bar-less table: header, separator, rows
        (
            ["Tiefe | 420 m", "--- | ---", "Eingeschlossen | 17", "Breite | 60 cm"],
            ["Eingeschlossen: 17", "Breite: 60 cm"],
        ),
        (["Profondeur | Valeur", ":-- | --:", "Puits | 420 m"], ["Profondeur · Valeur", "Puits: 420 m"]),
    ],
)
def test_a_bar_less_table_is_still_read(lines: list[str], shown: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    blocks = []
    at = 0
    for line in lines:
        blocks.append((at, at + len(line)))
        at += len(line) + 1
    got = shown_article(text, blocks).text
    for row in shown:
        assert row in got, (row, got)
    assert "|" not in got
