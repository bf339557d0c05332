"""``quotes --json`` on the articles of acceptance report t13aa K6-K8 (issue #16, round s35-qa).

K6: 'Varnholt: "There will be a full public inquiry."' between long paragraphs was read as a
section heading and its quote lost; "the union demanded €50,000 for each family" made the clause
before it an unattributed statement. K7: 'VARNHOLT: "…"' and a '-- Dariusz Kowal' signature were
unattributed. K8: "she said"/"they said" after an unnamed subject went to the minister named later
in the sentence, to the possessor of "Varnholt's spokeswoman", and to an outlet told the words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def by_speaker(data: dict) -> dict[str | None, list[str]]:
    said: dict[str | None, list[str]] = {sp["name"]: [q["text"] for q in sp["quotes"]] for sp in data["speakers"]}
    said[None] = [q["text"] for q in data["unattributed"]]
    return said


@pytest.mark.parametrize(
    ("lead", "money", "words", "speaker"),
    [
        # the reported article (t13aa repro/v7/echo.txt)
        (
            'Varnholt: "There will be a full public inquiry."',
            "The Ministry pledged €6 million to the families, while the union demanded €50,000 for each family.",
            "There will be a full public inquiry",
            "Elsa Varnholt",
        ),
        # variants of my own: a dollar sum demanded "at least"; a sum claimed, curly marks
        (
            'Varnholt: "Nobody will be forgotten!"',
            "The state offered $1 million, while the victims' lawyers demanded at least $9 million in damages.",
            "Nobody will be forgotten!",
            "Elsa Varnholt",
        ),
        (
            "Minister Varnholt: “The bridge will be rebuilt within two years.”",
            "The insurers paid £2 million, and the owners claimed £300,000 for their lost boats.",
            "The bridge will be rebuilt within two years",
            "Elsa Varnholt",
        ),
    ],
)
def test_colon_quote_kept_and_sum_no_speech(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lead: str, money: str, words: str, speaker: str
) -> None:
    text = (
        "Bridge falls\n\nBy Sam Ferrow | Lindmark Echo | 15 July 2026\n\n"
        "Eleven people lost their lives when the Corvenna Bridge plunged into the Aske.\n\n"
        f"{lead}\n\nThe Ministry of Transport said the bridge was 1,250 feet long. {money}\n\n"
        "Transport Minister Elsa Varnholt said she had crossed the bridge as a child.\n"
    )
    said = by_speaker(quotes(tmp_path, capsys, text))
    assert words in said.get(speaker, []), said
    assert said[None] == [], said


def test_capitals_lead_and_double_hyphen_signature(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # t13aa repro/v6/b.txt
    text = (
        "Bridge falls\n\nLINDMARK, July 14 (Nordline) - Transport Minister Elsa Varnholt visited the site. "
        'Chief Fire Officer Dariusz Kowal was there too.\n\nKowal: "Nobody will be left behind."\n\n'
        'VARNHOLT: "There will be a full public inquiry."\n\n'
        "Reporters were told by Kowal that the search would go on through the night.\n\n"
        '"Our divers will work until dark."\n-- Dariusz Kowal\n\n'
        '"We owe the families answers."\n– Elsa Varnholt, transport minister\n'
    )
    said = by_speaker(quotes(tmp_path, capsys, text))
    assert said["Elsa Varnholt"] == ["There will be a full public inquiry", "We owe the families answers"], said
    assert said["Dariusz Kowal"] == [
        "Nobody will be left behind",
        "the search would go on through the night",
        "Our divers will work until dark",
    ], said
    assert said[None] == [], said


def test_pronouns_after_unnamed_subjects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # t13aa repro/v8/a.txt
    text = (
        "Bridge falls\n\n"
        "Transport Minister Elsa Varnholt met Chief Fire Officer Dariusz Kowal at the barrier on Wednesday.\n"
        "A woman who lost her son stood outside St Aldric's Hospital, where Varnholt had spoken earlier. "
        '"Nobody helped us," she said.\n'
        'Kowal\'s wife waited at the fire station. "He has not slept for two days," she told the Echo.\n'
        'Survivors gathered at the river. "We want answers," they said.\n'
        'Varnholt\'s spokeswoman did not comment. "It is too early," she said.\n'
        'Asked about the cost, the minister said: "We will pay whatever it takes."\n'
        'The fire chief was more careful. "The divers are exhausted," he said.\n'
        'Kowal\'s deputy, Anna Brink, was less sure. "We may not find everyone," she said.\n'
    )
    said = by_speaker(quotes(tmp_path, capsys, text))
    assert said["Elsa Varnholt"] == ["We will pay whatever it takes"], said
    assert said["Dariusz Kowal"] == ["The divers are exhausted"], said
    assert said["Anna Brink"] == ["We may not find everyone"], said
    assert "Echo" not in said, said
    assert said[None] == ["Nobody helped us", "He has not slept for two days", "We want answers", "It is too early"], (
        said
    )
