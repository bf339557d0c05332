"""A saved page's list of the site's staff in a sidebar or footer, under "Meet the … staff",
"Our team", "Unser Team" (names alone with their roles under them, or "Name, Role"), is navigation,
its header and lines one entry, never the article's lines nor a mix of a menu's lines, bylines and
other stories' headlines (issue #14, round s34-d)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_HEAD_EN = "Home|News|Sport|Business|Culture|Opinion|Weather|Jobs|Contact|Subscribe".split("|")
_HEAD_DE = "Startseite|Nachrichten|Sport|Wirtschaft|Kultur|Meinung|Wetter|Jobs|Kontakt|Abo".split("|")
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
_FOOT_EN = ["Privacy", "Terms", "Advertise", "Careers"]
_FOOT_DE = ["Impressum", "Datenschutz", "Mediadaten", "Karriere"]
# doc → (lines over the list, the list with its header, lines under it, the article's lines)
PAGES = {
    "meet-staff": (
        _HEAD_EN + _EN,
        [
            "Meet the Halvik Post staff",
            "Mara Quist",
            "Editor-in-chief",
            "Tom Hale",
            "News editor",
            "Jon Berg",
            "Photographer",
        ],
        _FOOT_EN,
        _EN[0:1] + _EN[3:],
    ),
    "our-team": (
        _HEAD_EN + _EN,
        ["Our team", "Mara Quist, Editor-in-chief", "Tom Hale, News editor", "Jon Berg – Photographer"],
        _FOOT_EN,
        _EN[0:1] + _EN[3:],
    ),
    "unser-team": (
        _HEAD_DE + _DE,
        ["Unser Team", "Mara Quist", "Chefredakteurin", "Tom Hale", "Redakteur", "Jon Berg", "Fotograf"],
        _FOOT_DE,
        _DE[0:1] + _DE[3:],
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (over, staff, under, _) in PAGES.items():
        (folder / f"{doc}.txt").write_text("\n".join([*over, *staff, *under]) + "\n", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_staff_list_is_navigation(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    _, staff, _, article = PAGES[doc]
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    got = {" ".join(b["text"].split()): (b["kind"], b["reason"]) for b in out["noise"]}
    assert {line: got.get(line, (None, ""))[0] for line in staff} == dict.fromkeys(staff, "navigation")
    assert len({got[line][1] for line in staff}) == 1  # one entry, one reason
    assert [line for line in article if line in got] == []
