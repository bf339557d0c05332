"""Results whose heads read alike name the part of their doc ids that tells them apart, using the
line's free width first (t13an-r's variant of N17: "web/bayside-ledger-ferry-saved" and "…-saved2"
both read "web/bayside-ledger-ferry-sa…" with ~25 cells of the line unused). Reported: that pair
at 120 columns (ids whole); variants: two outlet-less results whose long ids share their first 24
characters (headed by the id, cut at its end before), and two titles alike only as far as shown."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import SIZE, make_app, settle, then
from textual.widgets import Input, OptionList

from waic_reader.tui.screens.search import SearchScreen, id_keeping

BODY = "Volunteers carried sandbags along the levee through the night as the river rose.\n"


def page(title: str, outlet: str | None) -> str:
    site = f"<meta property='og:site_name' content='{outlet}'>" if outlet else ""
    return f"<html><head><title>{title}</title>{site}</head><body><article><h1>{title}</h1><p>{BODY}</p></article></body></html>"


async def heads(root: Path, width: int = 120) -> dict[str, str]:
    app = make_app(corpus=root)
    async with app.run_test(size=(width, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.query_one("#query", Input).insert_text_at_cursor("sandbags")
        await settle(pilot)
        options = screen.query_one(OptionList)
        return {
            str(options.get_option_at_index(i).id): str(options.get_option_at_index(i).prompt).split("\n")[0]
            for i in range(options.option_count)
        }


async def test_reported_twins_show_whole_ids(tmp_path: Path) -> None:
    root = tmp_path / "c"
    (root / "web").mkdir(parents=True)
    title = "Ferry capsizes off Marinduque; 12 dead, dozens missing"
    for name in ("bayside-ledger-ferry-saved", "bayside-ledger-ferry-saved2"):
        (root / "web" / f"{name}.html").write_text(page(title, "The Bayside Ledger"), "utf-8")
    got = await heads(root)
    for doc in ("web/bayside-ledger-ferry-saved", "web/bayside-ledger-ferry-saved2"):
        assert got[doc].rstrip().endswith(doc), got[doc]


async def test_outlet_less_twins_keep_their_ends(tmp_path: Path) -> None:
    root = tmp_path / "c"
    (root / "notes").mkdir(parents=True)
    title = "Levee holds overnight"
    for name in ("river-authority-briefing-morning-edition", "river-authority-briefing-evening-edition"):
        (root / "notes" / f"{name}.html").write_text(page(title, None), "utf-8")
    got = await heads(root)
    assert len(got) == 2 and len({h.split("  ")[0] for h in got.values()}) == 2, got


async def test_titles_alike_as_shown_get_ids(tmp_path: Path) -> None:
    root = tmp_path / "c"
    (root / "wire").mkdir(parents=True)
    start = "River crests below the levee top at Santa Ines as volunteers keep filling sandbags through the night"
    (root / "wire" / "delta-0601-a.html").write_text(page(start + " in the east", "Delta Wire"), "utf-8")
    (root / "wire" / "delta-0601-b.html").write_text(page(start + " in the west", "Delta Wire"), "utf-8")
    got = await heads(root, 100)
    assert len(set(got.values())) == 2, got
    assert all(doc in head for doc, head in got.items()), got


def test_id_keeping() -> None:
    assert id_keeping("web/a-b", 20, "b") == "web/a-b"
    assert id_keeping("web/bayside-ledger-ferry-saved2", 20, "saved2") == "web/bayside-l…saved2"


def test_snapshot_twins(snap_compare) -> None:
    """120x40, / "girders": the Kestrel Gazette's page saved twice ("web/kestrel-gazette-bridge-closed"
    and "…closed2", one outlet, one title) names both ids whole after the title; the other results
    as before."""
    fixture = Path(__file__).parents[1] / "fixtures" / "library_times_t13an"
    assert snap_compare(make_app(corpus=fixture), terminal_size=SIZE, run_before=then("slash", *"girders"))
