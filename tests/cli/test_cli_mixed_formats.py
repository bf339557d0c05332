"""``list --json`` and ``show --json`` over a folder mixing every format the reader takes
(``tests/fixtures/coverage_mix``: text, Markdown with front matter, an HTML page, an RSS feed, a
JSON API dump and a CSV export, in subfolders)."""

from __future__ import annotations

import json

import pytest
from snapshot_app import COVERAGE_MIX

from waic_reader.tui.cli.main import main

# doc id → (format, date, date_source): what each file's metadata or text gives.
EXPECTED = {
    "api/editorials#op-17": ("record", "2025-09-04", "metadata"),
    "api/newsapi#bridge": ("record", "2025-09-02T16:05:00+00:00", "metadata"),
    "byline": ("text", "2025-09-06T06:00+01:00", "text"),
    "feeds/portugal-news#bridge-closed": ("feed", "2025-09-02T21:15:00+01:00", "feed"),
    "feeds/portugal-news#more-families": ("feed", "2025-09-03T07:40:00+01:00", "feed"),
    "notes/analysis": ("markdown", "2025-09-03T18:30:00+01:00", "front-matter"),
    "opinion": ("text", None, None),
    "pages/tagus-times-bridge": ("html", "2025-09-03T11:20:00+01:00", "html"),
    "wires/ap-bridge": ("text", "2025-09-02", "text"),
    "wires/reuters-bridge": ("text", "2025-09-02", "text"),
}


def _json(capsys: pytest.CaptureFixture[str], tmp_path, *argv: str) -> dict:
    code = main(["--corpus", str(COVERAGE_MIX), "--index-dir", str(tmp_path / "ix"), *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_list_reads_every_format_with_its_date_and_source(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    data = _json(capsys, tmp_path, "list")
    got = {r["doc"]: (r["format"], r["date"], r["date_source"]) for r in data["articles"]}
    assert got == EXPECTED
    assert {r["format"] for r in data["articles"]} == {"text", "markdown", "html", "feed", "record"}
    # the API dump's record without text is skipped with a reason, not listed
    assert data["skipped"] == [
        {"path": "api/newsapi.json (record 2)", "reason": "no text field (text, content, body, …)"}
    ]


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_show_says_the_same_as_list(capsys: pytest.CaptureFixture[str], tmp_path, doc: str) -> None:
    shown = _json(capsys, tmp_path, "show", doc)
    assert (shown["format"], shown["date"], shown["date_source"]) == EXPECTED[doc]
    assert shown["doc"] == doc and shown["text"]
