"""Review s35-rv item 3: round s35-d (t13y G9) widened ``said:<Full Name>`` to any word of the name
in the articles the grouping gives that name, so an article that only mentions John Smith matched
``said:"John Smith"`` (ranked first) and ``said:john`` when another Smith, Anna Smith, spoke there.
A word of the name now widens the search only in an article naming no other person with that word.
The reported corpus (rv-tmp/s1) and variants of our own (the name typed a firm's in the article that
mentions it, "X, a builder", as the reported one): a shared given name ("Anna"), a surname shared
in "told reporters that" with accents; and G9's own case stays found
(tests/search/test_said_surname_told_that.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# name: (files, {query: the articles it finds})
CORPORA: dict[str, tuple[dict[str, str], dict[str, set[str]]]] = {
    # reported (review s35-rv, rv-tmp/s1)
    "reported": (
        {
            "a.txt": (
                "Kellby bridge reopens\n\nKELLBY, 9 March 2026 (Nordwire) - The bridge reopened on Monday "
                "after repairs paid for by John Smith, a local builder. Engineer Anna Smith told reporters "
                "that the bridge was safe.\n"
            ),
            "b.txt": (
                "Bridge open again\n\nKELLBY, 9 March 2026 (Eastwire) - The bridge reopened on Monday. "
                '"It is safe," John Smith said.\n'
            ),
        },
        {'said:"John Smith"': {"b"}, "said:john": {"b"}, 'said:"Anna Smith"': {"a"}, "said:anna": {"a"}},
    ),
    # variant: the surname is another's, "told reporters that", accents
    "surname-accents": (
        {
            "plaza.txt": (
                "Plaza reopens\n\nVALDORA, 4 May 2026 (Westwire) - The plaza reopened on Sunday beside a fountain "
                "built by Tomás Herrera, a stone builder from Arcos. Mayor Lucía Herrera told reporters that the "
                "fountain would run all summer.\n"
            ),
            "radio.txt": (
                "Fountain back\n\nVALDORA, 4 May 2026 (Southwire) - The fountain runs again. "
                '"It was worth the wait," Tomás Herrera said.\n'
            ),
        },
        {
            'said:"Tomás Herrera"': {"radio"},
            'said:"Tomas Herrera"': {"radio"},
            "said:tomas": {"radio"},
            'said:"Lucía Herrera"': {"plaza"},
        },
    ),
    # variant: the given name is another's
    "given-name": (
        {
            "port.txt": (
                "Port upgrade\n\nHALVIK, 2 June 2026 (Nordwire) - The new crane shed was put up by Anna Berg, "
                "a boat builder. Harbour master Anna Kowalski said the crane would arrive in July.\n"
            ),
            "quay.txt": (
                "Crane on the way\n\nHALVIK, 2 June 2026 (Eastwire) - The crane is ordered. "
                '"It will change the quay," Anna Berg said.\n'
            ),
        },
        {'said:"Anna Berg"': {"quay"}, "said:berg": {"quay"}, 'said:"Anna Kowalski"': {"port"}},
    ),
}


def run(capsys: pytest.CaptureFixture[str], folder: Path, ix: Path, *args: str) -> dict:
    capsys.readouterr()
    assert main(["--corpus", str(folder), "--index-dir", str(ix), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, Path]:
    root = tmp_path_factory.mktemp(f"said_other_{request.param}")
    folder = root / "c"
    folder.mkdir()
    for name, text in CORPORA[request.param][0].items():
        (folder / name).write_text(text, "utf-8")
    return request.param, folder, root / "ix"


def test_said_finds_only_the_articles_where_that_person_speaks(
    capsys: pytest.CaptureFixture[str], corpus: tuple[str, Path, Path]
) -> None:
    case, folder, ix = corpus
    for query, expected in CORPORA[case][1].items():
        found = run(capsys, folder, ix, "search", query)
        assert {h["doc"] for h in found["hits"]} == expected, (query, found)


def test_quotes_credit_the_speaker_the_search_finds(
    capsys: pytest.CaptureFixture[str], corpus: tuple[str, Path, Path]
) -> None:
    # the Quotes screen's credits are what said: finds by the speaker's whole name
    case, folder, ix = corpus
    sheet = run(capsys, folder, ix, "quotes")
    for query, expected in CORPORA[case][1].items():
        name = query.removeprefix("said:").strip('"')
        speaker = next((s for s in sheet["speakers"] if s["name"] == name), None)
        if speaker is not None:
            assert {q["doc"] for q in speaker["quotes"]} == expected, (name, sheet)
