"""``quotes`` on the review's repro corpora (issue #16, round s37-y3; review s37-rv 6, 7, 11, 12):
the real CLI, text and ``--json``.

* 11: two outlets' different unnamed sources saying different things are two unattributed rows,
  not one "Anonymous source" statement;
* 12: the same words credited to a named speaker in one outlet and an unnamed source in another
  are one statement under the speaker, not "credited to" both, nor listed again as unattributed;
* 6, 7: "Lind is alleged to have …" and '"…," according to court documents seen by Alpha News.'
  credit neither the accused nor the outlet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FRONT = "---\ntitle: {title}\noutlet: {outlet}\ndate: 2026-03-03\n---\n"
LEDE = "Varn United lost 4-0 to Oskby on Saturday, their sixth defeat in a row.\n\n"


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *extra: str) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for i, (outlet, body) in enumerate(files.items()):
        (corpus / f"{chr(97 + i)}.md").write_text(
            FRONT.format(title="Club crisis", outlet=outlet) + body + "\n", encoding="utf-8"
        )
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", *extra]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the reviewer's q4
        (
            "A source close to the club said the board would sack manager Olaf Lind on Monday.",
            "A police source said manager Olaf Lind had been questioned by the board on Monday about the assault.",
        ),
        # a variant of my own: other sources, a trailing tag
        (
            "Manager Olaf Lind will be sacked on Monday, an insider said.",
            "A person familiar with the board said manager Olaf Lind had asked for a new contract on Monday.",
        ),
    ],
)
def test_different_anonymous_claims_are_two_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str
) -> None:
    data = json.loads(run(tmp_path, capsys, {"Alpha News": LEDE + first, "Beta News": LEDE + second}, "--json"))
    assert [s for s in data["statements"] if "Anonymous source" in s["speakers"]] == [], data["statements"]
    text = run(tmp_path, capsys, {"Alpha News": LEDE + first, "Beta News": LEDE + second})
    assert "[paraphrase · Anonymous source]" not in text, text


@pytest.mark.parametrize(
    ("named", "anonymous"),
    [
        # the reviewer's q8
        (
            '"The board has lost patience and the manager will be sacked on Monday morning," club chairman Olaf Lind said.',
            '"The board has lost patience and the manager will be sacked on Monday morning," a source close to the club said.',
        ),
        # a variant of my own: another speaker and source
        (
            '"We cannot pay the players in March," club treasurer Ines Halloran told reporters.',
            '"We cannot pay the players in March," a person familiar with the accounts said.',
        ),
    ],
)
def test_anonymous_words_of_a_speaker_listed_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], named: str, anonymous: str
) -> None:
    text = run(tmp_path, capsys, {"Alpha News": LEDE + named, "Beta News": LEDE + anonymous})
    assert "credited to" not in text, text
    assert "Unattributed" not in text, text
    assert text.count("Beta News") == 1, text  # its member line in the speaker's statement, once


def test_accused_and_document_outlet_are_no_speakers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = (
        "The trial of former Varn mayor Olaf Lind opened on Tuesday.\n\n"
        "Lind is alleged to have taken bribes worth €40,000 from a builder.\n\n"
        '"The evidence is overwhelming," according to court documents seen by Alpha News.\n\n'
        "Rents rose by 12% in 2025, according to a report seen by Alpha News.\n\n"
        '"We will appeal," according to Lind\'s lawyer Maria Berg.'
    )
    data = json.loads(run(tmp_path, capsys, {"Alpha News": body}, "--json"))
    assert [s["name"] for s in data["speakers"]] == ["Maria Berg"], data["speakers"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the reviewer's q3
        ('The Varn harbour reopened on Tuesday.\n\n"We are ready for the season," Sofia said.', "Sofia"),
        # variants of my own: another capital that is a given name, a reported statement
        ('The Varn harbour reopened on Tuesday.\n\n"The boats are safe," Victoria said.', "Victoria"),
        ("The Varn harbour reopened on Tuesday.\n\nVictoria insisted that the ferry would run on Sunday.", "Victoria"),
    ],
)
def test_given_name_capital_speaks_as_a_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, name: str
) -> None:
    data = json.loads(run(tmp_path, capsys, {"Alpha News": body}, "--json"))
    assert [(s["name"], s["type"]) for s in data["speakers"]] == [(name, "PERSON")], data["speakers"]
