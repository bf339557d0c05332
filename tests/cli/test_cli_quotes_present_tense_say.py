"""``quotes --json`` and ``search said:``: a live blog's present-tense reports ("…, police say.",
"Police now say …") are credited as the past-tense ones are (t13ab L17: they were in no speaker's
row and ``said:police five`` found nothing); '"…," the spokesperson said.' after "A Westmarch Rail
spokesperson said …" is Westmarch Rail's (repro v20: unattributed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, *args: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("body", "body_name", "words"),
    [
        # the reported live blog (repro v21)
        ("Corrin Police", "police", ["The death toll has risen to five", "seven people were killed"]),
        # a variant: another body, its people named by a plural noun of their own
        ("Selby Fire Service", "firefighters", ["The blaze is under control", "two homes were lost"]),
    ],
)
def test_present_tense_reports_are_credited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, body_name: str, words: list[str]
) -> None:
    first, second = words
    text = (
        "Live: the incident\n\n08:20 GMT\n"
        f"{body} said three people had been hurt.\n\n11:45 GMT\n{first}, {body_name} say.\n\n"
        f"14:30 GMT\n{body_name.capitalize()} now say {second}.\n"
    )
    data = run(tmp_path, capsys, text, "quotes")
    said = {sp["name"]: [q["text"] for q in sp["quotes"]] for sp in data["speakers"]}
    if body_name == "police":
        assert said.get(body) == ["three people had been hurt", first, second]
    else:
        # "firefighters" is a group of its own (unattributed), not the service's name
        every = [t for texts in said.values() for t in texts] + [q["text"] for q in data["unattributed"]]
        assert first in every and second in every, data


def test_said_search_finds_a_present_tense_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Live\n\nCorrin Police said three people had died.\n\nThe death toll has risen to five, police say.\n"
    assert run(tmp_path, capsys, text, "search", "said:police five")["total"] == 1


@pytest.mark.parametrize(
    ("intro", "tag", "org"),
    [
        # round s50-q (issue #16): "a Westmarch Rail spokesperson" is the body's unnamed spokesperson
        # too, the body's name before the noun (this case had the body itself speak)
        (
            "A Westmarch Rail spokesperson said later that trains would run at reduced speed on the curve.",
            "the spokesperson said",
            "Spokesperson for Westmarch Rail",
        ),
        # round s39-x2 (issue #16): "a spokeswoman for" a named body is its unnamed spokesperson,
        # a speaker of its own linked to the body (this case had the body itself speak)
        (
            "A spokeswoman for Halden Water said supplies were safe to drink.",
            "the spokeswoman said",
            "Spokesperson for Halden Water",
        ),
    ],
)
def test_the_spokesperson_again_speaks_for_the_organisation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], intro: str, tag: str, org: str
) -> None:
    text = f'Inquiry begins\n\nFamilies met on Wednesday.\n\n{intro} "Safety comes first," {tag}.\n'
    data = run(tmp_path, capsys, text, "quotes")
    said = {sp["name"]: [q["text"] for q in sp["quotes"]] for sp in data["speakers"]}
    assert "Safety comes first" in said.get(org, []), data
    assert not any(q["text"] == "Safety comes first" for q in data["unattributed"])
