"""``who:``, ``entities`` and ``quotes`` agree on a person named after a job phrase (t13i F2, round
s24-b): "Boiler Operator Tor Grimstad told reporters ..." gave no entity, ``who:"Tor Grimstad"`` 0
and the Quotes speaker "Operator Tor Grimstad"; "Guard Will Berge said" and "Storeman Per Voll
said" made the persons "Guard Will Berge" and "Storeman Per Voll" (``who:Guard`` found them); and
the "Stokke" of "Night Porter Even Stokke" was a mention of another person, Kai Stokke. Each
reported sentence with two invented variants, each beside an article naming the person without
the job phrase. The quotes take their speakers from the entity recogniser (one rule)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits

from waic_reader.tui.cli.main import main

_OTHER = "Volunteers thanked\n\nThe mayor thanked {person} and other volunteers on Sunday.\n"


@pytest.mark.parametrize(
    ("sentence", "person", "job"),
    [
        # reported (t13i F2), then two invented variants of each shape
        ("Boiler Operator Tor Grimstad told reporters the alarm sounded twice.", "Tor Grimstad", "Operator"),
        ("Kiln Stoker Kai Lunde told reporters the line was shut.", "Kai Lunde", "Stoker"),
        ("Bus Controller Rose Aasen told us the doors jammed.", "Rose Aasen", "Controller"),
        ('"It was chaos," said Crane Operator Per Rød on Tuesday.', "Per Rød", "Operator"),
        ('"We ran," said Gantry Operator Even Holm on Friday.', "Even Holm", "Operator"),
        ('"Nobody warned us," said Machine Operator May Lind.', "May Lind", "Operator"),
        ("Security Guard Will Hansen called the fire service.", "Will Hansen", "Guard"),
        ("Security Guard Linn Dahle called the fire service.", "Linn Dahle", "Guard"),
        ("The first on the scene was Security Guard Will Berge, who called the fire service.", "Will Berge", "Guard"),
        ("Night Guard Hope Vik locked the gate at midnight.", "Hope Vik", "Guard"),
        ("On Monday, Car Park Attendant Grant Moe closed the barrier.", "Grant Moe", "Attendant"),
        ("Icelandic Geochemist Per Hallsson arrived on Monday to take samples.", "Per Hallsson", "Geochemist"),
        ("Swedish Metallurgist Per Lindqvist said the steel had fatigued.", "Per Lindqvist", "Metallurgist"),
        ("Danish Biochemist Even Krogh arrived to test the water.", "Even Krogh", "Biochemist"),
        (
            "- Night Porter Even Stokke saw the first flames at 2:10 and called the fire service.",
            "Even Stokke",
            "Porter",
        ),
        ("- Hotel Porter Even Vang carried the guests out.", "Even Vang", "Porter"),
        ("- Ship Steward Even Moen served coffee to the crew.", "Even Moen", "Steward"),
        ("Guard Will Berge said the gate was open.", "Will Berge", "Guard"),
        ("Storeman Per Voll said the drums were stacked too high.", "Per Voll", "Storeman"),
        ("Lineman Will Aune said the cables fell.", "Will Aune", "Lineman"),
        ('- Boiler Operator Hanne Lie: "It was loud."', "Hanne Lie", "Operator"),
        ('- Harbour Guard Per Tjelta: "I saw the smoke first."', "Per Tjelta", "Guard"),
        ('- Fish Farmer Hope Lyngstad: "The pens are empty."', "Hope Lyngstad", "Farmer"),
    ],
)
def test_who_finds_the_person_after_a_job_phrase(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str, job: str
) -> None:
    root = tmp_path / "c"
    files = {
        "a.txt": f"Plant fire\n\n{sentence}\n\nThe tanks burned all night.\n",
        "b.txt": _OTHER.format(person=person),
    }
    found = run(capsys, root, files)
    assert found["PERSON"][person] == ["a", "b"], found["PERSON"]
    assert not any(job in name.split() for name in found["PERSON"]), found["PERSON"]
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a", "b"], got
    assert got["a"] == [person], got["a"]  # the job words not lit
    assert hits(capsys, root, f"who:{job}") == {}  # no entity named with the job word


def _speakers(capsys: pytest.CaptureFixture[str], root: Path, text: str) -> dict[str, list[str]]:
    """Each speaker's name → the texts of their quotes, for one article of ``text``."""
    root.mkdir(exist_ok=True)
    (root / "a.txt").write_text(f"Plant fire\n\n{text}\n", encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {s["name"]: [q["text"] for q in s["quotes"]] for s in json.loads(out)["speakers"]}


@pytest.mark.parametrize(
    ("sentence", "person", "words"),
    [
        # reported (t13i F2: speakers 'Operator Tor Grimstad', 'Crane Operator Per Rød', 'Guard Will
        # Eik', 'Guard Will Berge', 'Storeman Per Voll'), then invented
        (
            "Boiler Operator Tor Grimstad told reporters the alarm sounded twice.",
            "Tor Grimstad",
            "the alarm sounded twice",
        ),
        ('"It was chaos," said Crane Operator Per Rød on Tuesday.', "Per Rød", "It was chaos"),
        ("Security Guard Will Eik said nobody had entered.", "Will Eik", "nobody had entered"),
        ("Guard Will Berge said the gate was open.", "Will Berge", "the gate was open"),
        ("Storeman Per Voll said the drums were stacked too high.", "Per Voll", "the drums were stacked too high"),
        ("Kiln Stoker Kai Lunde told reporters the line was shut.", "Kai Lunde", "the line was shut"),
        ('"We ran," said Gantry Operator Even Holm on Friday.', "Even Holm", "We ran"),
        ("Lineman Will Aune said the cables fell.", "Will Aune", "the cables fell"),
        ("Night Guard Hope Vik said the fence was cut.", "Hope Vik", "the fence was cut"),
    ],
)
def test_quotes_credit_the_person_without_the_job_phrase(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str, words: str
) -> None:
    got = _speakers(capsys, tmp_path / "c", sentence)
    assert words in got.get(person, []), got
    assert list(got) == [person], got  # no speaker with the job words


@pytest.mark.parametrize(
    ("lines", "first", "other"),
    [
        # reported (t13i F2, s13/b.md): who:"Kai Stokke" lit the "Stokke" of Even Stokke
        (
            "- Night Porter Even Stokke saw the first flames at 2:10 and called the fire service.\n"
            "- Night Porter Kai Stokke saw the first flames.",
            "Even Stokke",
            "Kai Stokke",
        ),
        # invented: the first person after a job word no rule knows
        (
            "Kai Moen ran the pumps.\n\nLater they thanked Coxswain Olav Moen for the boat.",
            "Olav Moen",
            "Kai Moen",
        ),
        (
            "Night Porter Kai Lie saw the flames.\n\nLater they thanked Coxswain Knut Lie for the boat.",
            "Knut Lie",
            "Kai Lie",
        ),
    ],
)
def test_who_never_lights_the_surname_of_a_person_of_another_given_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lines: str, first: str, other: str
) -> None:
    root = tmp_path / "c"
    files = {"a.txt": f"Night shift\n\n{lines}\n", "b.txt": _OTHER.format(person=other)}
    run(capsys, root, files)
    got = hits(capsys, root, f'who:"{other}"')
    assert sorted(got) == ["a", "b"], got
    assert got["a"] == [other], got["a"]  # one mention: the first person's surname not lit
