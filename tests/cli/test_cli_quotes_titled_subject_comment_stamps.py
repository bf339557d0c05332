"""``quotes``: a role and its holder's name in commas opening a sentence ("The company's chief
executive, Pieter Vandermolen, said Norvane would pay …") is the name's statement, lined up with
what other outlets report him saying; a comment's header in a page's comments ("Annika says: 9
March 2026 at 12:02") is no speaker (t13x F6, repro/v5/times.txt and data/web/daily-beacon-page)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

NORVANE_WIRE = (
    "KELLBY, March 9 (Nordwire) - Norvane's chief executive Pieter Vandermolen said in a statement that the "
    "company would pay €40 million into a relief fund for the victims."
)
NORVANE_TIMES = "Norvane Hydro Holdings, the operator, said it had planned works for 2027."
PAGE = (
    "Skip to content\nThe Daily Beacon\nHome\nNews\nWorld\nSport\n\n"
    "Seven killed as Velmora dam bursts above Kellby\n\n"
    "By Hanna Ostrova · The Daily Beacon · 9 March 2026 11:30\n\n"
    "Seven people were killed when the Velmora dam burst early on Monday, flooding the centre of Kellby, "
    "the regional crisis office said at a late-morning briefing.\n\n"
    '"We are doing everything we can to reach those still trapped," said Governor Ilsa Brannock, who flew '
    "over the valley by helicopter shortly after dawn.\n\n"
    "Roads into the valley were closed, and the regional rail operator suspended trains to Kellby.\n\n"
    "The army sent 200 soldiers and six helicopters to help with the search.\n\n"
    "Most read\nFerry operator fined after engine failure\nKellby bakery wins national prize\n"
    "Parliament votes on new budget rules\n\n"
    "{comments}\n"
    "Your email address will not be published.\n\n"
    "© 2026 The Daily Beacon Ltd. All rights reserved.\n"
)


def _quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, Any]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


@pytest.mark.parametrize(
    ("wire", "times", "speaker", "words"),
    [
        # the reported sentence (t13x repro/v5/times.txt, data/wire/nordwire-1930)
        (
            NORVANE_WIRE,
            NORVANE_TIMES + " The company's chief executive, Pieter Vandermolen, said Norvane would pay $43 million "
            "into a relief fund.",
            "Pieter Vandermolen",
            "Norvane would pay $43 million into a relief fund",
        ),
        # variants of my own: a role "for" a body, a firm's possessive role, other names
        (
            "OSLO, March 9 (Nordwire) - Ministry spokesman Jan Berg said Norway would send two hundred soldiers "
            "to the valley.",
            "A spokesman for the ministry, Jan Berg, said Norway would send two hundred soldiers to the valley.",
            "Jan Berg",
            "Norway would send two hundred soldiers to the valley",
        ),
        (
            "OSTRAVA, March 9 (Nordwire) - Ostrava Mining finance director Tomasz Wójcik said the company would "
            "cover the cost of the repairs.",
            "Ostrava Mining said it regretted the accident. The firm's finance director, Tomasz Wójcik, said "
            "Ostrava Mining would cover the cost of the repairs.",
            "Tomasz Wójcik",
            "Ostrava Mining would cover the cost of the repairs",
        ),
    ],
)
def test_role_then_name_speaks_and_lines_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], wire: str, times: str, speaker: str, words: str
) -> None:
    files = {"wire.txt": f"Dam report\n\n{wire}\n", "times.txt": f"Eleven dead after dam collapse\n\n{times}\n"}
    data = _quotes(tmp_path, capsys, files)
    said = {(s["name"], q["doc"], q["text"]) for s in data["speakers"] for q in s["quotes"]}
    assert (speaker, "times", words) in said, said
    assert not any(speaker in text for _, _, text in said), said  # the name is nobody's words
    # the statement in the Valley Times is lined up with the wire's report of it
    lined = [st for st in data["statements"] if {m["doc"] for m in st["members"]} == {"wire", "times"}]
    assert [st["speakers"] for st in lined] == [[speaker]], data["statements"]


@pytest.mark.parametrize(
    ("comments", "names"),
    [
        # the reported comments (t13x data/web/daily-beacon-page)
        (
            "Comments (14 posted)\nAnnika says: 9 March 2026 at 12:02\nThoughts with everyone in Kellby.\nReply\n"
            "Per_O says: 9 March 2026 at 12:15\nWho signed off on that spillway?\nReply\n",
            {"Annika", "O", "Per_O"},
        ),
        # variants of my own: other names, date forms and verbs
        (
            "Comments (2 posted)\nMarit Holm says: March 9, 2026 at 9:14 pm\nPraying for Greta and her family.\n"
            "Reply\nLars H. wrote: 10/03/2026 at 08:40\nThe spillway report was public for two years.\nReply\n",
            {"Marit Holm", "Lars H", "Lars H."},
        ),
        (
            "3 comments\nKari Nordmann replied: 2026-03-09 13:01\nAgreed, the council knew.\nReply\n"
            "Nguyễn Văn An says: 9 March 2026 at 22:47\nThe council knew about the spillway.\nReply\n",
            {"Kari Nordmann", "Nguyễn Văn An"},
        ),
    ],
)
def test_comment_stamps_are_no_speakers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], comments: str, names: set[str]
) -> None:
    data = _quotes(tmp_path, capsys, {"page.txt": PAGE.format(comments=comments)})
    speakers = {s["name"] for s in data["speakers"]}
    assert "Ilsa Brannock" in speakers, speakers
    assert not speakers & names, data["speakers"]
    texts = [q["text"] for s in data["speakers"] for q in s["quotes"]] + [q["text"] for q in data["unattributed"]]
    assert not any(t.lstrip(": ").startswith(("9 March", "March 9", "10/03", "2026-")) for t in texts), texts
