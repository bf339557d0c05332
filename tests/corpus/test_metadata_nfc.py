"""Metadata strings (corpus.yaml, feed items, record fields, front matter tags) are read in
Unicode NFC as article text is: a title written decomposed ("Zu\u0308rich") is the composed
"Zürich" in ``show --json``, the listing and ``title:``/``outlet:`` searches. Reported: a
decomposed title in corpus.yaml was not found by ``title:Zürich`` and shown differently."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import to_show_json
from waic_reader.index.workspace import Workspace

ZURICH_NFD = "Zu\u0308rich"
# "Hà Nội" and "한국" (Hangul syllables written as conjoining jamo) decomposed.
HANOI_NFD = "Ha\u0300 No\u0323\u0302i"
KOREA_NFD = "\u1112\u1161\u11ab\u1100\u116e\u11a8"


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("meta_nfc")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "yaml.txt").write_text("Council vote\n\nThe council voted on the new budget on Monday.\n", "utf-8")
    # corpus.yaml with YAML escapes: the reported input.
    (corpus / "corpus.yaml").write_text(
        f'articles:\n  yaml.txt:\n    title: "{ZURICH_NFD} budget talks"\n    outlet: "Neue {ZURICH_NFD}er Post"\n'.replace(
            "\u0308", "\\u0308"
        ),
        "utf-8",
    )
    # A feed whose item title and source name are decomposed (feedparser decodes the feed itself).
    (corpus / "wire.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Tin {HANOI_NFD}</title><item><title>{HANOI_NFD} opens a metro line</title>"
        "<guid>m1</guid><category>Giao tho\u0302ng</category>"
        "<description>The city opened its first metro line on Sunday.</description></item></channel></rss>",
        "utf-8",
    )
    # A JSON export: its escapes decode to decomposed jamo after the file itself was read as NFC.
    record = {"id": "k1", "title": f"{KOREA_NFD} summit", "source": "Seoul Daily", "text": "Leaders met in Seoul."}
    (corpus / "export.json").write_text(json.dumps([record], ensure_ascii=True), "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def docs(ws: Workspace, query: str) -> set[str]:
    return {h.doc for h in ws.search(query, limit=None).hits}


@pytest.mark.parametrize(
    ("doc", "title", "outlet"),
    [
        ("yaml", "Zürich budget talks", "Neue Züricher Post"),
        ("wire#m1", "Hà Nội opens a metro line", "Tin Hà Nội"),
        ("export#k1", "한국 summit", "Seoul Daily"),
    ],
)
def test_metadata_is_composed_everywhere(ws: Workspace, doc: str, title: str, outlet: str) -> None:
    data = to_show_json(ws.corpus.article(doc))
    assert (data["title"], data["outlet"]) == (title, outlet)
    assert all(unicodedata.is_normalized("NFC", t) for t in data["tags"])
    row = next(r for r in ws.list_rows() if r["doc"] == doc)
    assert (row["title"], row["outlet"]) == (title, outlet)  # the library's row
    hit = next(h for h in ws.search(f'title:"{title}"', limit=None).hits if h.doc == doc)
    assert (hit.title, hit.outlet) == (title, outlet)


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("title:Zürich", {"yaml"}),  # reported
        (f"title:{ZURICH_NFD}", {"yaml"}),
        ('outlet:"Neue Züricher"', {"yaml"}),
        ('title:"Hà Nội"', {"wire#m1"}),
        ("outlet:Noi", {"wire#m1"}),
        ("title:한국", {"export#k1"}),  # CJK bigrams of jamo would never equal the syllables'
        ("title:한국*", {"export#k1"}),
    ],
)
def test_decomposed_titles_and_outlets_are_found_composed(ws: Workspace, query: str, want: set[str]) -> None:
    assert docs(ws, query) == want


def test_feed_tags_are_composed(ws: Workspace) -> None:
    assert ws.corpus.article("wire#m1").tags == ("Giao thông",)


def test_show_json_title_is_composed(ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from waic_reader.tui.cli.main import main

    argv = ["--corpus", str(ws.corpus.root), "--index-dir", str(tmp_path / "ix"), "show", "--json", "yaml"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Zürich budget talks"
