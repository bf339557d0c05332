"""Two different remarks of one person are two statements, never one "altered" statement because
they share two words (acceptance t13ad N11, repro/v9: Britt Solheim's "a gesture, not an answer"
and "Nordair has a lot of questions to answer." shared "Nordair" and "answer"). One speaker's two
quotes are one statement only when, besides scoring as similar, they share at least three content
terms (``group.MIN_SHARED_TERMS``) or runs of two words or more make up half the shorter one's words
(``group.MIN_SAME_RUNS``); the same remark trimmed or reworded by another outlet still is one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# t13ad repro/v9 (analysis.md, tabloid.txt), cut to the paragraphs with quotes
ANALYSIS = (
    "# Why Nordair's engine fire matters\n\nThe emergency landing of flight NR418 raises questions.\n\n"
    'According to the Civil Aviation Authority, the engine had been inspected in January. "We will look at '
    'every maintenance record," Halvard Moen, head of investigations, told reporters.\n\n'
    'Nordair\'s compensation of €600 a passenger is "a gesture, not an answer", said consumer advocate '
    "Britt Solheim.\n"
)
TABLOID = (
    "HERO PILOT SAVES 190 IN JET FIRE HORROR\n\nHero pilot Marit Eskeland brought a blazing jet down.\n\n"
    '"I thought we were all going to die. I said goodbye to my kids," sobbed mum-of-two Lena Fosse, 34.\n\n'
    '"Nordair has a lot of questions to answer."\n-- Britt Solheim, Passenger Rights Forum\n'
)
# other speakers' quotes in a third article: the word weights of a corpus of more than two quotes
OTHERS = (
    "Storm\n\nThe storm hit the coast on Sunday.\n\n"
    '"The roads will stay closed until the water goes down," said police chief Jonas Berg.\n\n'
    '"We have never seen a flood like this," said farmer Lise Aune.\n\n'
    '"Every school in the county will open again on Monday," said Mayor Kari Holt.\n'
)
# variants of my own: another person, other shared words; a minister's
A2 = (
    "Timetable row\n\nThe new timetable started on Monday.\n\n"
    'The new timetable is "a mess, not a plan", said commuter spokesman Erik Dahlberg.\n'
)
B2 = (
    "Trains late again\n\nTrains were late across the region.\n\n"
    '"Brennfeld Rail still owes us a plan for the timetable," Erik Dahlberg told the Courier.\n'
)
A3 = (
    "Budget day\n\nThe budget was presented on Tuesday.\n\n"
    'The budget is "a promise, not a payment", said Finance Minister Hanne Rud.\n'
)
B3 = (
    "Teachers strike\n\nTeachers walked out on Wednesday.\n\n"
    '"Every school will get its own heating budget next winter, and that is a promise," Hanne Rud told the '
    "Herald.\n"
)
# the same remark, trimmed by one outlet: still one statement
C1 = (
    "Ferry\n\nThe ferry was cancelled on Friday.\n\n"
    '"The ferry will not sail again until the harbour wall is repaired," said harbour master Ola Brekke.\n'
)
C2 = (
    "Harbour\n\nThe harbour is closed.\n\n"
    '"The ferry will not sail until the harbour wall is repaired," Ola Brekke said.\n'
)


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("files", "speaker"),
    [
        ({"analysis": ANALYSIS, "tabloid": TABLOID}, "Britt Solheim"),
        ({"a": A2, "b": B2, "c": OTHERS}, "Erik Dahlberg"),
        ({"a": A3, "b": B3, "c": OTHERS}, "Hanne Rud"),
    ],
)
def test_two_remarks_sharing_two_words_are_two_statements(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], speaker: str
) -> None:
    data = quotes(tmp_path, capsys, files)
    # both remarks are found and credited to the speaker …
    (found,) = [s for s in data["speakers"] if s["name"] == speaker]
    assert len(found["quotes"]) == 2
    # … and are no statement of two members
    assert [st for st in data["statements"] if speaker in st["speakers"]] == []


def test_one_remark_trimmed_is_still_one_statement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (st,) = quotes(tmp_path, capsys, {"a": C1, "b": C2, "c": OTHERS})["statements"]
    assert st["speakers"] == ["Ola Brekke"]
    assert st["wording"] == "altered"
    assert sorted(m["doc"] for m in st["members"]) == ["a", "b"]
