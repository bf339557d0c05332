"""The matrix's and Quotes' column headers tell apart articles of one outlet whose ids share a long
start (t13an N19: three items of one feed were headed "feed…rns", "feed…mbs", "feed…nds" in the
matrix and "fee…rns" … in Quotes, at 120x40 and 60x20: the doc id cut in its middle kept the
"feeds/coastline#" they share and two letters of each end). A column too narrow for the outlet and
its tag is headed by the part of the id that tells it from its outlet's others, from its start
(display.distinct_tails: "ferry-o…", "toll-cl…"), as a diff tool heads two files of one folder by
their names; a doc id headed alone by its name without its folders ("yonhap…", not "intl/yo…").
The detail line names the cursor's column whole, as before. The reported feed, and variants of my
own: a wire story and its update ("…-0314-first", "…-0314-update"), and articles without outlet
in folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import settle

from waic_reader.index.analysis.facts.display import source_names
from waic_reader.index.corpus.reader import Article
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable

BODY = "Governor Ana Reyes said the Harbour Authority closed the port of Lucena on Monday.\n"


def article(doc: str, outlet: str | None) -> Article:
    return Article(
        doc,
        Path(f"/c/{doc}.txt"),
        BODY,
        "utf-8",
        title="Port",
        title_derived=False,
        outlet=outlet,
        outlet_derived=False,
    )


FEED = ["feeds/coastline#ferry-overturns", "feeds/coastline#toll-climbs", "feeds/coastline#marina-suspends"]
WIRE = ["wire/meridian-0314-first", "wire/meridian-0314-update"]
NO_OUTLET = ["intl/yonhap-style-ko", "intl/kyodo-style-ja"]


@pytest.mark.parametrize(
    ("docs", "outlet", "width", "want"),
    [
        (FEED, "Coastline Dispatch", 8, ["ferry-o…", "toll-cl…", "marina-…"]),  # reported: the matrix
        (FEED, "Coastline Dispatch", 7, ["ferry-…", "toll-c…", "marina…"]),  # reported: Quotes
        (WIRE, "Meridian Wire", 8, ["first", "update"]),
        (NO_OUTLET, None, 8, ["yonhap-…", "kyodo-s…"]),
    ],
)
def test_narrow_headers_keep_what_tells_them_apart(
    docs: list[str], outlet: str | None, width: int, want: list[str]
) -> None:
    names = source_names([article(d, outlet) for d in docs], width=width, cells=cell_len, cut_ids=True)
    assert [names[d] for d in docs] == want
    # whole, as the detail line names them: the outlet and the whole id
    if outlet is not None:
        whole = source_names([article(d, outlet) for d in docs], cells=cell_len, cut_ids=True)
        assert all(whole[d].startswith(outlet) for d in docs)


def test_tails_alike_once_cut_keep_their_ends() -> None:
    docs = ["feeds/coastline#ferry-overturns", "web/bayside-ledger-ferry-saved", "web/bayside-ledger-ferry"]
    arts = [article(docs[0], "Coastline"), article(docs[1], "Ledger"), article(docs[2], "Ledger")]
    names = source_names(arts, width=7, cells=cell_len, cut_ids=True)
    assert len(set(names.values())) == 3, names
    assert all(cell_len(n) <= 7 for n in names.values())


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastline Dispatch</title><link>https://coastline.example/</link>
<description>News</description>
{items}
</channel></rss>
"""
ITEM = """<item><title>{title}</title><link>https://coastline.example/2026/03/14/{slug}</link>
<pubDate>Sat, 14 Mar 2026 07:30:00 +0800</pubDate>
<description><![CDATA[<p>{body}</p>]]></description></item>"""


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_matrix_heads_three_feed_items_apart(tmp_path: Path, size: tuple[int, int]) -> None:
    root = tmp_path / "corpus"
    (root / "feeds").mkdir(parents=True)
    slugs = ["ferry-overturns", "toll-climbs", "marina-suspends"]
    items = "\n".join(ITEM.format(title=f"Port story {s}", slug=s, body=BODY.strip()) for s in slugs)
    (root / "feeds" / "coastline.rss").write_text(RSS.format(items=items), "utf-8")
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await app.push_screen(EntityMatrixScreen())
        await settle(pilot)
        table = app.screen.query_one(MatrixTable)
        headers = {
            str(k.value): str(c.label).strip()
            for k, c in table.columns.items()
            if str(k.value) not in ("name", "label", "total")
        }
        assert len(headers) == 3, headers
        for doc, header in headers.items():
            slug = doc.rsplit("#", 1)[1]
            # the outlet cut beside it where the column holds both ("Coast… (toll-climbs)",
            # "Coa… ferry-overturns": round s53-t, t13az N13), else the part alone
            part = header.split("… ", 1)[1].strip("()") if header.startswith("Coa") else header
            assert part.rstrip("…") and slug.startswith(part.rstrip("…")), (doc, header)
