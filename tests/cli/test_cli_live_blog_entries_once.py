"""A live blog written as HTML (each entry an ``<article>`` with its ``<time>`` stamp) shows each
entry's stamp and text once, through ``show DOC --json`` (t13m F14).

Reproduced with pages of my own: the extractor (trafilatura) gives the first entry's text
ahead of the headline, and the page's own line of it was shown again as a left-out line in its
place (the entry twice). The reader now holds a main line the extractor gave before a heading
back to its page place when it is a few lines below (html._HEADLINE_SWAP_GAP), and otherwise
does not show the page's line of a text shown ahead again (html.read_html's shown_ahead). The
report's shape (a nav bar, headline, standfirst, entries "<article><time>…</time><p>…</p>"),
a variant with the stamp in an entry header and the text in a body <div>, other words, and a
third with no separate heading in the extractor's lines (headline first, an "Updated" line).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ENTRIES_A = [
    (
        "10:41",
        "The harbour barrier at Hallvik was closed this morning as the storm surge rose along the coast, "
        "officials said. Water reached the quay wall by nine and the ferry to Sørås was cancelled for the day.",
    ),
    (
        "11:05",
        "Emergency crews evacuated 120 homes in the lower town, the mayor told reporters at the harbour "
        "office. Residents were taken to the sports hall on the hill, where the Red Cross set up beds.",
    ),
    (
        "11:32",
        "The coastguard said two fishing boats were towed back to port before the wind reached its peak. "
        "Gusts of 38 metres a second were measured at the lighthouse, the weather service said.",
    ),
]
ENTRIES_B = [
    (
        "07:15",
        "Rail services between Brekkvik and Ostrand were suspended at dawn after a landslide covered the "
        "tracks near Lunde tunnel, the operator Nordbane said in a statement to passengers.",
    ),
    (
        "08:02",
        "Engineers from the roads agency reached the slide shortly after eight and said clearing the line "
        "could take two days, with buses replacing trains on the whole route meanwhile.",
    ),
    (
        "08:47",
        "Police closed the coast road at Lunde as a precaution and asked drivers to use the inland route "
        "through Stavnes, adding that no one had been hurt by the slide.",
    ),
]
ENTRIES_C = [
    (
        "14:10",
        "Firefighters in Varmdal said the forest fire north of the town had crossed the river overnight "
        "and was now burning on both banks, with smoke reaching the school and the hospital.",
    ),
    (
        "14:36",
        "About 300 residents of Nordli and Sandvoll were told to leave their homes before dark, the county "
        "governor said, as the wind turned towards the villages in the afternoon.",
    ),
    (
        "15:02",
        "Two water-bombing planes arrived from the south and began dropping water on the eastern edge of "
        "the fire, where crews were trying to protect the power line to the coast.",
    ),
]


def page_a() -> str:
    arts = "".join(
        f'<article><time datetime="2025-03-14T{t}:00Z">{t} GMT</time><p>{p}</p></article>' for t, p in ENTRIES_A
    )
    return (
        "<!DOCTYPE html><html><head><title>Storm live: Hallvik barrier updates | Nordwire</title>"
        '<meta property="article:published_time" content="2025-03-14T10:30:00Z"></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main>'
        "<h1>Storm live: Hallvik barrier updates</h1>"
        '<p class="standfirst">Follow the latest as the storm reaches the west coast.</p>'
        f"{arts}</main><footer>© Nordwire 2025</footer></body></html>"
    )


def page_b() -> str:
    arts = "".join(
        f'<article class="live-entry"><header><time datetime="2025-09-02T{t}:00+02:00">{t} CEST</time></header>'
        f'<div class="entry-body"><p>{p}</p></div></article>'
        for t, p in ENTRIES_B
    )
    return (
        "<!DOCTYPE html><html><head><title>Landslide closes coast railway - live | Fjord Courier</title></head>"
        '<body><header><nav><a href="/">Front page</a> <a href="/travel">Travel</a></nav></header><main>'
        "<h1>Landslide closes coast railway - live</h1>"
        '<p class="standfirst">Trains between Brekkvik and Ostrand are cancelled after a slide near Lunde.</p>'
        f"{arts}</main><footer>© Fjord Courier</footer></body></html>"
    )


def page_c() -> str:
    arts = "".join(
        f'<article><time datetime="2025-07-21T{t}:00Z">{t} GMT</time><p>{p}</p></article>' for t, p in ENTRIES_C
    )
    return (
        '<html><head><title>Varmdal fire live</title></head><body><div class="live">'
        "<h1>Varmdal forest fire: villages told to leave</h1>"
        "<p>Follow the latest as crews fight the fire north of Varmdal, with reports from Nordli and Sandvoll.</p>"
        f"<p>Updated 15:10 GMT</p>{arts}</div></body></html>"
    )


PAGES = {
    "a": (page_a, ENTRIES_A, " GMT", True),
    "b": (page_b, ENTRIES_B, " CEST", True),
    "c": (page_c, ENTRIES_C, " GMT", False),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_each_stamp_and_entry_shown_once(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, entries, zone, in_order = PAGES[name]
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "live.html").write_text(make(), "utf-8")
    argv = ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix"), "show", "live", "--json"]
    assert main(argv) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    lines = text.splitlines()
    for stamp, entry in entries:
        assert text.count(f"{stamp}{zone}") == 1, (stamp, text)
        assert text.count(entry[:60]) == 1, (entry[:40], text)
        if in_order:  # the stamp straight over its entry, as the page has them
            assert lines[lines.index(f"{stamp}{zone}") + 1] == entry, text
