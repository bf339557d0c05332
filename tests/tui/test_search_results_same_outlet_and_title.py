"""Two search results of one outlet under one title are told apart by their doc ids (t13an N17: a page saved as
HTML and as plain text both read "The Bayside Ledger  Ferry capsizes off Marinduque; 12 dead, dozens missing",
nothing to choose between them): here the page saved twice in two folders. Variants: a wire story filed twice, at
120 and 60 columns; a result of the same title whose outlet differs keeps its head as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input, OptionList

from waic_reader.tui.screens.search import SearchScreen

TITLE = "Ferry capsizes off Marinduque; 12 dead"
BODY = "Rescuers pulled survivors from the water after the ferry capsized in heavy swell.\n"


def corpus(root: Path) -> Path:
    (root / "web" / "archive").mkdir(parents=True)
    (root / "wire" / "copy").mkdir(parents=True)
    page = f"<html><head><title>{TITLE}</title><meta property='og:site_name' content='The Bayside Ledger'></head>"
    page += f"<body><article><h1>{TITLE}</h1><p>{BODY}</p></article></body></html>"
    (root / "web" / "bayside-ferry.html").write_text(page, "utf-8")
    (root / "web" / "archive" / "bayside-ferry.html").write_text(page, "utf-8")
    # ids longer than the 28 cells shown, alike but for their ends (t13an-r's variant of N17)
    (root / "web" / "bayside-ledger-ferry-capsizes-saved.html").write_text(page, "utf-8")
    (root / "web" / "bayside-ledger-ferry-capsizes-saved2.html").write_text(page, "utf-8")
    wire = f"UPDATE 1-Ferry toll rises\n\nMANILA, March 14 (Meridian Wire) - {BODY}"
    (root / "wire" / "meridian-1.txt").write_text(wire, "utf-8")
    (root / "wire" / "copy" / "meridian-1.txt").write_text(wire, "utf-8")
    other = page.replace("The Bayside Ledger", "Harbour Watch")
    (root / "other.html").write_text(other, "utf-8")
    return root


@pytest.mark.parametrize("width", [120, 60])
async def test_results_of_one_outlet_and_title_name_their_doc_ids(tmp_path: Path, width: int) -> None:
    app = make_app(corpus=corpus(tmp_path / "c"))
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.query_one("#query", Input).insert_text_at_cursor("survivors")
        await settle(pilot)
        assert screen.results is not None
        hits = {hit.doc: hit for hit in screen.results.hits}
        options = screen.query_one(OptionList)
        heads = {
            options.get_option_at_index(i).id: str(options.get_option_at_index(i).prompt).split("\n")[0]
            for i in range(options.option_count)
        }
    assert hits["other"].title == hits["web/bayside-ferry"].title and hits["other"].outlet == "Harbour Watch"
    twins = [
        doc
        for doc in hits
        if hits[doc].outlet
        and sum((h.outlet, h.title) == (hits[doc].outlet, hits[doc].title) for h in hits.values()) > 1
    ]
    assert {"web/bayside-ferry", "web/archive/bayside-ferry", "wire/meridian-1", "wire/copy/meridian-1"} <= set(twins)
    for doc in twins:
        assert heads[doc].rstrip().endswith(doc) or doc[:10] in heads[doc], heads[doc]
    # each head tells its article from its twin's
    assert len({heads[doc] for doc in twins}) == len(twins)
    # a result no other shares its outlet and title with is drawn as before: no doc id
    assert "other" not in heads["other"].split("  ")[-1]
