"""``quotes --json``: every quoted sentence is a speaker's or unattributed (t13x F11, repro/v19 and
v18): a quotation a colon introduces after a lead-in with no speech verb ('X, the governor, was
blunter: "…"', 'The mayor's message was simple: "…"', 'Her verdict: "…"') was in neither; a
quotation signed after a dash ('"…" — Mariusz Zielinski, rescue chief') credits the name; a speech
verb's object alone ("had warned Norvane twice") is no statement."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

# t13x repro/v19/a.txt, copied
V19 = (
    "Kellby governor speaks\n\nKELLBY, March 10 (Nordwire) - Ilsa Brannock, the governor, was blunter: "
    '"Somebody will answer for this."\n\nThe mayor\'s message was simple: "Stay away from the river."\n\n'
    'Her verdict: "A disgrace."\n\n"We are working around the clock." — Mariusz Zielinski, rescue chief\n'
)
# t13x repro/v18/a.txt, copied
V18 = (
    "Kellby mayor speaks\n\nKELLBY, March 10 (Nordwire) - Mayor Ana Ferreira visited the shelters on Tuesday. "
    '"People have lost everything," she said. "But they have not lost each other."\n\n'
    'Ilsa Brannock, the governor, was blunter: "Somebody will answer for this."\n\n'
    '"The spillway was never big enough," added engineer Elin Aas.\n\n'
    "Pieter Vandermolen told Nordwire that the company had asked for an inspection in 2024.\n\n"
    "The Daily Beacon reported that Brannock had warned Norvane twice.\n\n"
    '"We are working around the clock." — Mariusz Zielinski, rescue chief\n\n'
    '"Nobody is to blame yet," a Norvane spokeswoman said.\n'
)
# variants of my own: other names, lead-ins, dashes and objects
VARIANT = (
    "Floods hit Tarnow\n\nTARNOW, April 2 (Vistula Wire) - Fire chief Tomas Lindqvist was adamant: "
    '"Nobody goes back into the valley tonight."\n\n'
    'Maria Kowalska, a hydrologist at the university, put it more bluntly: "The dam was a time bomb."\n\n'
    'The council\'s answer was short: "No comment."\n\n'
    '"The water came up in minutes." – Anna Kovács, resident of Tarnow\n\n'
    "Engineer Elin Aas cautioned the contractors on Monday.\n"
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


def _said(data: dict[str, Any]) -> set[tuple[str | None, str]]:
    return {(s["name"], q["text"]) for s in data["speakers"] for q in s["quotes"]} | {
        (None, q["text"]) for q in data["unattributed"]
    }


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [
        (
            V19,
            {
                ("Ilsa Brannock", "Somebody will answer for this"),
                ("Mariusz Zielinski", "We are working around the clock"),
                (None, "Stay away from the river"),
            },
            {"A disgrace"},
        ),
        (
            V18,
            {
                ("Ilsa Brannock", "Somebody will answer for this"),
                ("Mariusz Zielinski", "We are working around the clock"),
            },
            set(),
        ),
        (
            VARIANT,
            {
                ("Tomas Lindqvist", "Nobody goes back into the valley tonight"),
                ("Maria Kowalska", "The dam was a time bomb"),
                ("Anna Kovács", "The water came up in minutes"),
            },
            {"No comment"},
        ),
    ],
)
def test_every_quoted_sentence_is_listed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    expected: set[tuple[str | None, str]],
    listed: set[str],
) -> None:
    said = _said(_quotes(tmp_path, capsys, {"a.txt": text}))
    assert expected <= said, said
    assert listed <= {words for _, words in said}, said


@pytest.mark.parametrize(
    ("text", "object_alone"),
    [
        (V18, "Norvane twice"),
        (VARIANT, "the contractors on Monday"),
        (
            "Bridge closed\n\nMayor Ana Ferreira warned the company repeatedly last year. The bridge was closed.\n",
            "the company repeatedly last year",
        ),
    ],
)
def test_speech_verb_object_alone_is_no_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, object_alone: str
) -> None:
    said = _said(_quotes(tmp_path, capsys, {"a.txt": text}))
    assert all(words != object_alone for _, words in said), said


def test_the_papers_report_is_the_papers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # with Brannock's 'warned' no statement, "The Daily Beacon reported that …" is the newspaper's
    # report, and a name after "the" is no person's (was 'Daily Beacon (Person)')
    data = _quotes(tmp_path, capsys, {"a.txt": V18})
    said = {(s["name"], s["type"], q["text"]) for s in data["speakers"] for q in s["quotes"]}
    assert ("Daily Beacon", "ORG", "Brannock had warned Norvane twice") in said, said
