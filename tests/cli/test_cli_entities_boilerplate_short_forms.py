"""A name a page writes only in its boilerplate defines no short form of the article's text:
``entities --json`` gives it no content mention there, and ``search 'who:"NAME"' --json`` finds the
page in its boilerplate only (issue #16, round s36-e).

Reported (acceptance test t13aa K20, repro v21): the club "Lindmark Rovers", named only in a
"Most watched" box of channel9.html, claimed the headline's "Lindmark" ("Bridge disaster: nine
killed in Lindmark") as its short form: the matrix counted the club in the story's text and
``who:"Lindmark Rovers"`` lit the headline's "Lindmark". The headline's "Lindmark" is the town
another article types. Variants: a plain-text page's "Most read" list naming another club, and a
firm named only in a "Related stories" list, its first word alone in the article's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_WIRE = (
    "Heat closes schools in {town}\n\n"
    "{caps}, July 14 (Nordline) - Schools in {town} closed early on Tuesday as the city sweltered.\n\n"
    "Most read\n{club} win again\nHeatwave: how to keep cool\n"
)

_HTML = """<!DOCTYPE html>
<html><head><title>Bridge disaster: nine killed in {town} | Channel 9 News</title>
<meta property="og:site_name" content="Channel 9 News">
<meta property="article:published_time" content="2026-07-14T20:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Bridge disaster: nine killed in {town}</h1>
<p class="byline">By Marta Quell, Channel 9 News</p>
<p>A span of the Corvenna Bridge gave way on Tuesday, killing nine people. Twenty-seven people were
hurt, and three remain unaccounted for.</p>
<p>The Vestrian Rail Safety Board said trains to the Port of {town} would be diverted.</p>
</article>
<aside><h3>Most watched</h3><ul><li>Heatwave: how to keep cool</li><li>{club} win again</li></ul></aside>
<footer>© 2026 Channel 9 News. All rights reserved.</footer>
</body></html>
"""

_TEXT_PAGE = (
    "Floods cut off {town}\n\n"
    "By Ann Reyes\n\n"
    "Rising water closed the only road into {town} on Monday, and the army flew in supplies for "
    "the 4,000 people who live there.\n\n"
    "Officials said the road would stay shut until Thursday.\n\n"
    "Most read\n"
    "{club} sign new striker\n"
    "Five walks to do this summer\n"
    "Storm warning for the weekend\n"
)

_FIRM_PAGE = (
    "Ferry sinks at quay\n\n"
    "By Ann Reyes\n\n"
    "A ferry sank at its quay on Monday night. {town} was quiet on Tuesday as divers checked "
    "the wreck, and the harbour stayed closed to traffic.\n\n"
    "Officials said the quay would reopen on Thursday.\n\n"
    "Related stories\n"
    "{club} posts record profit\n"
    "Harbour fees to rise next year\n"
    "Five walks to do this summer\n"
)

CASES = {
    # (page file, page text, town, club or firm named only in the page's boilerplate)
    "reported": ("channel9.html", _HTML, "Lindmark", "Lindmark Rovers"),
    "text-page-club": ("page.txt", _TEXT_PAGE, "Tarnholm", "Tarnholm United"),
    "firm-in-related": ("page.txt", _FIRM_PAGE, "Brenvik", "Brenvik Shipping Ltd"),
}


def corpus(tmp_path: Path, case: str) -> tuple[Path, str]:
    name, page, town, club = CASES[case]
    root = tmp_path / "c"
    root.mkdir()
    (root / "b.txt").write_text(_WIRE.format(town=town, caps=town.upper(), club=club), "utf-8")
    (root / name).write_text(page.format(town=town, club=club), "utf-8")
    return root, Path(name).stem


def run(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, *args: str) -> dict:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("case", list(CASES))
def test_name_only_in_boilerplate_claims_no_short_form_in_the_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str
) -> None:
    club = CASES[case][3]
    root, doc = corpus(tmp_path, case)
    ix = tmp_path / "ix"
    ents = run(capsys, root, ix, "entities")["entities"]
    in_noise = [
        [m["start"], m["end"]]
        for e in ents
        if e["name"] == club
        for m in e["mentions"]
        if m["doc"] == doc and m["in"] == "noise"
    ]
    claimed = [
        (m["text"], m["in"])
        for e in ents
        if e["name"] == club
        for m in e["mentions"]
        if m["doc"] == doc and m["in"] == "content"
    ]
    assert claimed == [], claimed
    hits = {h["doc"]: h for h in run(capsys, root, ix, "search", f'who:"{club}"')["hits"]}
    page = hits.get(doc)
    if page is not None:  # found in its boilerplate, never in the article's text
        assert page["in"] == ["noise"], page
        assert page["spans"] == in_noise, (page["spans"], in_noise)


def test_headline_town_is_the_place(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root, doc = corpus(tmp_path, "reported")
    ents = run(capsys, root, tmp_path / "ix", "entities")["entities"]
    town = [e for e in ents if e["name"] == "Lindmark"]
    assert town and town[0]["type"] == "GPE"
    assert any(m["doc"] == doc and m["in"] == "content" for m in town[0]["mentions"]), town
