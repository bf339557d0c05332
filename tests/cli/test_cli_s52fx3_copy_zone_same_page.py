"""Two files of one stem share a zone only when they are one article (review s52-rv finding 15,
round s52-fx3): "story.txt" (The Halvik Courier, 16:30) was read at UTC+09:00 because
"story.html" beside it is a Japanese paper's page of another story. A copy's zone is taken only
from a file of the same stem in the same folder with the same title (``date_zones.page_of``); t13aw N13's copies (tests/cli/test_cli_s52d_text_copy_outlet_zone.py)
still take their page's zone. The reported pair and a variant of my own (other suffixes, one
outlet's two stories)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _page(site: str, title: str, published: str, body: str, author: str = "") -> str:
    meta = f"<meta name='author' content='{author}'>" if author else ""
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='{site}'>{meta}"
        f"<meta property='article:published_time' content='{published}'>"
        f"<title>{title} | {site}</title></head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )


QUAKE = "A strong earthquake struck off the Tokoro coast early on Saturday, the weather agency said, and no tsunami warning was issued."
FERRY = "Ferry workers in Halvik voted to end their strike on Saturday after the operator agreed to a new pay deal, the union said."
STORM = "A storm closed the harbour at Vessby on Sunday, and the coastguard told fishing boats to stay in port until the wind eased."

CASES = [
    (  # reported (s52-rv dz/): two stories of one stem
        "story.html",
        _page("Tokoro Shimbun", "Quake hits Tokoro coast", "2026-03-14T10:00:00+09:00", QUAKE),
        "story.txt",
        f"Ferry strike ends in Halvik\n\nThe Halvik Courier\n\n14 March 2026 16:30\n\n{FERRY}\n",
        "story",
        "2026-03-14T16:30",
    ),
    (  # variant: an .htm page and a Markdown file of one outlet, two stories of one day
        "harbour.htm",
        _page("Vessby Post", "Storm closes harbour", "2026-05-03T07:00:00+02:00", STORM, "Mira Olsen"),
        "harbour.md",
        f"---\ntitle: Fishing fleet stays in port\nauthor: Jonas Berg\ndate: 2026-05-03 09:15\n---\n\n{STORM}\n",
        "harbour.md",
        "2026-05-03T09:15",
    ),
]


@pytest.mark.parametrize(("page_name", "page", "copy_name", "copy", "doc", "date"), CASES)
def test_two_articles_of_one_stem_share_no_zone(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    page_name: str,
    page: str,
    copy_name: str,
    copy: str,
    doc: str,
    date: str,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / page_name).write_text(page, "utf-8")
    (corpus / copy_name).write_text(copy, "utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = {r["doc"]: r for r in json.loads(out)["articles"]}
    row = rows.get(copy_name, rows.get(doc))
    assert row is not None, sorted(rows)
    assert row["date"] == date, row
