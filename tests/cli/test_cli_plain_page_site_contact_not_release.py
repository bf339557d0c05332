"""A news page's own "About <site>", "Contact", "Press office", telephone and e-mail lines after the
article, on a page no press release's mark stands on (no "FOR IMMEDIATE RELEASE", no release's name
or end mark, no press contact's header, no release wire's dateline), are the site's about and
contact lines (legal, the footer under them navigation), never press-release furniture (issue #14,
round s34-d: ak-kurier-1's "Über den Verlag", euronews-1's "Press Office", radiokielce-1's "tel. …",
venturebeat-1's "About VentureBeat" were press-release). A release keeps its furniture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_MENU = "Home|News|Region|Politics|Business|Sport|Culture|Weather|Jobs|Archive".split("|")
_EN = [
    "Ferry strikes harbour wall in Halvik",
    "By Anna Lind",
    "March 12, 2026",
    "A ferry struck the harbour wall in Halvik on Tuesday evening, injuring three passengers, police said on "
    "Wednesday morning.",
    "The cause of the collision is not yet known, and the harbour master has opened an inquiry into the crew's "
    "actions.",
    "The ferry service will resume on Friday, its operator said in a statement.",
]
_DE = [
    "Fähre rammt Kaimauer im Hafen von Sassnitz",
    "Von Anna Lind",
    "12.03.2026",
    "Eine Fähre hat am Dienstagabend im Hafen von Sassnitz die Kaimauer gerammt, dabei wurden drei Menschen "
    "leicht verletzt, teilte die Polizei mit.",
    "Die Ursache des Unfalls ist noch unklar, die Wasserschutzpolizei hat die Ermittlungen aufgenommen.",
    "Der Fährverkehr soll am Freitag wieder aufgenommen werden, teilte die Reederei mit.",
]
# (a whole page: its footer's links run on)
_FOOT = "Sitemap|Newsletter|Advertise|Careers|RSS|Accessibility|Archive|Help".split("|")
# doc → (the page's lines, the site's about or contact lines)
PAGES = {
    "about-site-de": (
        [
            *_MENU,
            *_DE,
            "Über den Verlag",
            "Auf unserer Verlagsseite finden Sie mehr Informationen über den Verlag.",
            "Mediadaten",
            "Kontakt",
            "eMail: redaktion@ostsee-bote.example",
            "Impressum",
            "Datenschutz",
        ],
        ["Über den Verlag"],
    ),
    "press-office-en": (
        [*_MENU, *_EN, "About Halvik Post", "Press Office", "Work at Halvik Post", "Privacy", "Terms", "Cookies"],
        ["Press Office"],
    ),
    "tel-pl": (
        [
            *_MENU,
            *_EN,
            "Radio Halvik",
            "tel. 41 368 12 00",
            "fax. 41 344 65 44",
            "radio@halvik.example",
            "Follow us:",
            "Privacy",
            "Cookies",
        ],
        ["tel. 41 368 12 00"],
    ),
}
RELEASE = [
    "FOR IMMEDIATE RELEASE",
    "Nordøy Seafood to open processing plant in Halvik",
    "HALVIK, Norway, March 14, 2026 /PRNewswire/ -- Nordøy Seafood ASA, the Norwegian salmon producer, today "
    "announced that it will open a new processing plant in Halvik, creating 120 jobs by the end of 2027.",
    '"Halvik has the workforce and the harbour we need," said chief executive Kari Berg.',
    "About Nordøy Seafood ASA",
    "Nordøy Seafood ASA is a salmon producer based in Halvik, Norway.",
    "Media contact",
    "Tel: +47 22 00 00 00",
    *_MENU,
    *"Privacy|Terms|Cookies|Careers|Investors|Newsroom|Sitemap".split("|"),
]


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (lines, _) in PAGES.items():
        (folder / f"{doc}.txt").write_text("\n".join([*lines, *_FOOT]) + "\n", encoding="utf-8")
    (folder / "release.txt").write_text("\n".join(RELEASE) + "\n", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


def _kinds(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> dict[str, str]:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    return {" ".join(b["text"].split()): b["kind"] for b in out["noise"]}


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_sites_lines_are_no_release_furniture(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    _, site = PAGES[doc]
    kinds = _kinds(capsys, corpus, doc)
    assert {line: kinds.get(line) for line in site} == dict.fromkeys(site, "legal")
    assert "press-release" not in kinds.values()


def test_a_release_keeps_its_furniture(capsys: pytest.CaptureFixture[str], corpus: list[str]) -> None:
    kinds = _kinds(capsys, corpus, "release")
    lines = ["FOR IMMEDIATE RELEASE", "About Nordøy Seafood ASA", "Media contact", "Tel: +47 22 00 00 00"]
    assert {line: kinds.get(line) for line in lines} == dict.fromkeys(lines, "press-release")
