"""An outlet's name where a reader sees it at the head of a text copy (t13ap N12, left undone in
s48-m): a live page's masthead, the outlet's name before a spaced dash or bar and a live or update
label ("KMRW News 7 — LIVE: Harlow Ridge Fire updates"); a press release's issuer, the line under
its release note or over its press contact ("Tamsin County Office of Emergency Services" under
"FOR IMMEDIATE RELEASE", over "Contact: …"); and a site header a story's genre opens ("ANALYSIS |
The Harbour Beacon", IPTC's genre names). Each was the title with no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

LEAD = (
    "The county ordered more than 23,000 residents to leave their homes on Monday as the fire spread "
    "east, officials said, and shelters opened at the fairgrounds and two schools."
)


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("head", "outlet", "headline"),
    [
        ("KMRW News 7 — LIVE: Harlow Ridge Fire updates", "KMRW News 7", "Harlow Ridge Fire updates"),  # reported
        ("Halvik Post | LIVE UPDATES: Ferry strike, day two", "Halvik Post", "Ferry strike, day two"),
        (
            "WKBN 27 First News - UPDATE: Bridge closed after barge strike",
            "WKBN 27 First News",
            "Bridge closed after barge strike",
        ),
    ],
)
def test_a_live_pages_masthead_names_the_outlet(tmp_path: Path, head: str, outlet: str, headline: str) -> None:
    article = _article(tmp_path, f"{head}\nPosted: Aug 19, 2026\n\n{LEAD}\n\n06:10 — Two deaths confirmed.\n")
    assert article.outlet == outlet
    assert headline in article.title and not article.title.startswith(outlet)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (  # reported
            "FOR IMMEDIATE RELEASE\n\nTamsin County Office of Emergency Services\nContact: Marguerite "
            "Oyelowo-Saint, Public Information Officer, (555) 014-2290\n\nAugust 18, 2026\n\nTAMSIN COUNTY "
            "ISSUES MANDATORY EVACUATION ORDERS\n\nMILLBROOK, Calif. — " + LEAD + "\n",
            "Tamsin County Office of Emergency Services",
        ),
        (  # the issuer under the release's note, no contact line
            "PRESS RELEASE\n\nNorvale Department of Transport\n\nMarch 3, 2026\n\nBridge closure extended "
            "to Friday\n\n" + LEAD + "\n",
            "Norvale Department of Transport",
        ),
        (  # the issuer over its press contact, no release note
            "Kellby Water Authority\nMedia Contact: Jo Smith, 555-0100\n\nBoil-water notice lifted for "
            "the east side\n\n" + LEAD + "\n",
            "Kellby Water Authority",
        ),
    ],
)
def test_a_press_releases_issuer_is_its_outlet(tmp_path: Path, text: str, outlet: str) -> None:
    assert _article(tmp_path, text).outlet == outlet


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("ANALYSIS | The Harbour Beacon", "The Harbour Beacon"),  # reported
        ("Review — Kellby Evening Post", "Kellby Evening Post"),
        ("INTERVIEW · The Valdmark Courier", "The Valdmark Courier"),
    ],
)
def test_a_genre_first_site_header_names_the_outlet(tmp_path: Path, head: str, outlet: str) -> None:
    headline = "Why the ferry plan keeps failing"
    article = _article(tmp_path, f"{head}\nMarch 3, 2026\n\n{headline}\n\nBy Jon Berg\n\n{LEAD}\n")
    assert (article.outlet, article.title) == (outlet, headline)
