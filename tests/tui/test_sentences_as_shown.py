"""The fact sheet's detail line (and the mentions list) show a Markdown article's sentence as
the reader renders it, not its raw syntax (issue 13).

Reported: the fact sheet's detail for a value from a .md article read
"**Twelve people** … [Hoster](https://…)"; the reader shows "Twelve people … Hoster".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import DataTable, OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.fact_sheet import VALUE_STYLE, FactSheetScreen
from waic_reader.tui.screens.mentions import MentionsScreen, in_sentence

FILLER = "\n\n".join(f"Paragraph {i} of the harbour report." for i in range(5))


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "nhk.md").write_text(
        "---\ntitle: Ferry hits freighter\noutlet: NHK World\n---\n\n"
        "**Twelve people** were killed in the collision, according to [Hoster](https://example.com/hoster).\n\n"
        f"{FILLER}\n\n"
        "- Rescuers pulled 40 people from the water, said minister **Hiroshi Ueda** of [the ministry](https://example.com/m).\n",
        "utf-8",
    )
    (corpus / "wire.txt").write_text(
        f"Ferry toll rises\n\nTwelve people were killed, officials said.\n\n{FILLER}\n\n"
        "Rescuers pulled 40 people from the water, minister Hiroshi Ueda said.\n",
        "utf-8",
    )
    return corpus


@pytest.mark.parametrize(
    ("figure", "want"),
    [
        ("Twelve people", "Twelve people were killed in the collision, according to Hoster."),  # reported
        (
            "40 people",
            "Rescuers pulled 40 people from the water, said minister Hiroshi Ueda of the ministry.",
        ),  # a list item
    ],
)
async def test_fact_sheet_detail_shows_the_sentence_as_rendered(tmp_path: Path, figure: str, want: str) -> None:
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
        row = next(i for i, f in enumerate(sheet.rows) if any(v.doc == "nhk" and figure in v.text for v in f.values))
        sheet.query_one(DataTable).move_cursor(row=row)
        await pilot.pause()
        for _ in range(len(sheet.rows[row].values)):
            value = sheet.current()[1]
            if value is not None and value.doc == "nhk":
                break
            await pilot.press("right")
        await settle(pilot)
        detail = " ".join(str(sheet.query_one("#coverage-detail").render()).split())
        assert want in detail, detail
        assert "**" not in detail and "](" not in detail and "https://" not in detail


def test_the_figure_is_styled_where_it_is_shown(tmp_path: Path) -> None:
    """The styled span is the figure in the shown text, whatever syntax went before it."""
    article = Workspace(write_corpus(tmp_path), tmp_path / "ix").corpus.article("nhk")
    for figure in ("Twelve people", "40 people", "Hiroshi Ueda"):
        start = article.text.index(figure)
        content = in_sentence(article, start, start + len(figure), VALUE_STYLE)
        styled = [content.plain[s.start : s.end] for s in content.spans]
        assert styled == [figure], (figure, content.plain, styled)


async def test_mentions_list_shows_the_sentence_as_rendered(tmp_path: Path) -> None:
    """Variant: the entity matrix's mentions list (E, enter) is the same kind of line."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        matrix = app.screen
        row = next(i for i, r in enumerate(matrix.shown) if r.entity.name == "Hiroshi Ueda")  # type: ignore[attr-defined]
        matrix.query_one(DataTable).move_cursor(row=row, column=0)
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        options = modal.query_one(OptionList)
        lines = [" ".join(str(options.get_option_at_index(i).prompt).split()) for i in range(options.option_count)]
        assert any("said minister Hiroshi Ueda of the ministry." in x for x in lines), lines
        assert not any("**" in x or "](" in x for x in lines), lines
