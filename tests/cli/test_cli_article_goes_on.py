"""Issue #14 (s16b re-test), through the CLI: ``noise DOC --json`` and ``show DOC --json`` on the
tester's inputs keep the article's list and verse (n1/quotes_end.txt, n2/poem.txt), a live blog's
entry headers and times (n2/live_ts.txt), the page's own headline under "Top Stories"
(c5/inline_noise.txt's head) and a live blog's headline as its title (n1/kxyz_live.txt). The
engine's rules and their variants are tested in tests/analysis/test_noise_article_goes_on.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FILES = {  # the tester's files as they were written
    "quotes_end": (
        "Fishermen demand compensation\n"
        "Fishermen who lost a week's catch to the storm are demanding compensation from the state.\n"
        "They listed their losses:\n"
        "Arne Vik\n12,000 euros\nTom Hansen\n8,500 euros\nKari Berg\n3,000 euros\n"
        '"We are not asking for charity," Vik said.\n'
    ),
    "poem": (
        "Ferry victims remembered at harbour service\n"
        "Hundreds gathered at Halvik harbour on Sunday to remember the twelve people who died when the ferry "
        "Nordlys capsized.\n"
        "The bishop read a poem written by a survivor:\n"
        "The sea was black\nThe wind was loud\nWe held each other\nAnd then the light\n"
        '"We will never forget them," the mayor said.\n'
    ),
    "live_ts": (
        "Ferry strike live: talks resume in Halvik\n"
        "10.41 GMT\nUnion leaders have arrived at the ministry for talks.\n"
        '10.15 GMT\nKey event\nThe minister says she is "cautiously optimistic".\n'
        "09.58 GMT\nQueues at the terminal are getting longer.\n"
        "09.30 GMT\nPinned post\nWelcome to our live coverage.\n"
    ),
    "inline_noise": (
        "Halvik Post\nTop Stories\nMinister resigns over bridge contract\nStorm warning extended to weekend\n"
        "Lottery winner comes forward\nDivers find ferry's black box\n"
        "The ferry's voyage data recorder was recovered from the wreck on Tuesday, giving investigators their "
        "first hard evidence of what happened on the bridge in the minutes before it capsized.\n"
        "Story continues below advertisement\n"
        "The recorder was found in the wheelhouse by navy divers and flown to the accident investigation board "
        "in the capital, a spokesman said.\n"
        "Investigators expect to have a first reading of the data within two weeks.\n"
    ),
    "kxyz_live": (
        "KXYZ News 7 | World\nSkip to content\nLive\nHarbour strike: all the latest as ferry crews walk out\n"
        "Key events\nShow key events only\nPlease turn on JavaScript to use this feature\nUpdated 14.05 GMT\n"
        "14.02 GMT\nThe union says 95% of crews on the northern routes have joined the strike, and no ferry has "
        "left Halvik since six this morning.\n"
        '12.30 GMT\nTransport minister Per Olsen has called the strike "irresponsible" and urged both sides to '
        "return to talks on Tuesday.\n"
        "10.41 GMT\nQueues of lorries now stretch two kilometres back from the terminal, police say.\n"
        "09.15 GMT\nGood morning and welcome to our live coverage of the ferry strike.\n"
        "Reporting by Ola Berg; Editing by Kari Lund\nOur Standards: The Thomson Reuters Trust Principles.\n"
        "Advertisement\n"
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, text in FILES.items():
        (folder / f"{doc}.txt").write_text(text, "utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("doc", "kept"),
    [
        ("quotes_end", ["Arne Vik", "12,000 euros", "Kari Berg", "3,000 euros"]),
        ("poem", ["The sea was black", "And then the light"]),
        # (s17-k: "Key event" and "Pinned post" are the live blog's labels, furniture; the times stay.)
        ("live_ts", ["10.15 GMT", "09.30 GMT"]),
        ("inline_noise", ["Divers find ferry's black box"]),
    ],
)
def test_noise_json_keeps_the_articles_lines(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str, kept: list[str]
) -> None:
    out = _json(capsys, *corpus, "noise", doc, "--json")
    noise = {b["text"] for d in out["docs"] for b in d["noise"]}
    content = {b["text"] for d in out["docs"] for b in d["content"]}
    assert not noise & set(kept)
    assert set(kept) <= content


@pytest.mark.parametrize(
    ("doc", "title"),
    [
        ("kxyz_live", "Harbour strike: all the latest as ferry crews walk out"),
        ("inline_noise", "Divers find ferry's black box"),
    ],
)
def test_show_json_titles_the_page_by_its_headline(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str, title: str
) -> None:
    assert _json(capsys, *corpus, "show", doc, "--json")["title"] == title
