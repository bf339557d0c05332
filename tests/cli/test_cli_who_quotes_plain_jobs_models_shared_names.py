"""``entities --json``, ``who:`` and ``quotes --json`` on round s25-a's shapes (issues #13/#16, the
known misses of re-test t13j), each with a reported input and invented variants, each failing
before the round:

- a job word of no job word's shape ("Boatswain", "Stevedore", "Coxswain"; "Chief Steward") or a
  title with a headline's capital "Of" ("Head Of Security") before a given name and a surname:
  the person was glued to the job ("Steward Liv Aasen") or lost, and ``who:`` missed it;
- a model's suffix ("iPhone SE", "Galaxy S24 FE") was an Organisation "SE"/"FE";
- a lone given name shared by two persons went to the first named;
- an all-caps "THE COMPANY SAID IT WOULD APPEAL." gave no statement.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits

from waic_reader.tui.cli.main import main


def _quotes(capsys: pytest.CaptureFixture[str], root: Path, doc: str) -> dict[str, Any]:
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "quotes", doc, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def _said(data: dict[str, Any]) -> dict[str, list[str]]:
    """Each speaker's name (or "" for unattributed) → the texts of the statements credited to it."""
    out: dict[str, list[str]] = {}
    for sp in data["speakers"]:
        out.setdefault(sp["name"], []).extend(q["text"] for q in sp["quotes"])
    for q in data.get("unattributed", []):
        out.setdefault("", []).append(q["text"])
    return out


@pytest.mark.parametrize(
    ("sentence", "person", "later", "statement"),
    [
        # reported
        (
            "Chief Steward Liv Aasen said the cabins were clean.",
            "Liv Aasen",
            "Aasen said he was tired.",
            "the cabins were clean",
        ),
        (
            "Head Of Security Per Skaar said the fence was cut.",
            "Per Skaar",
            "Skaar said the fence was new.",
            "the fence was cut",
        ),
        # invented
        (
            "Boatswain Even Kvam told reporters the rope had snapped.",
            "Even Kvam",
            "Kvam said he had warned them.",
            "the rope had snapped",
        ),
        (
            "The boat was sound, Norwegian Coxswain Knut Hauge said.",
            "Knut Hauge",
            "Hauge said she was sure.",
            "The boat was sound",
        ),
        (
            "Chief Of Staff Will Berge said the memo was old.",
            "Will Berge",
            "Berge said he wrote it.",
            "the memo was old",
        ),
    ],
)
def test_person_after_a_plain_job_word_or_a_headline_title(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str, later: str, statement: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, {"a.txt": f"Ship\n\n{sentence}\n\n{later}\n"})
    assert found["PERSON"].get(person) == ["a"], found["PERSON"]
    assert list(found["PERSON"]) == [person], found["PERSON"]
    got = hits(capsys, root, f'who:"{person}"')
    surname = person.rsplit(maxsplit=1)[-1]
    assert sorted(got["a"]) == sorted([person, surname]), got
    assert statement in _said(_quotes(capsys, root, "a")).get(person, []), _said(_quotes(capsys, root, "a"))


@pytest.mark.parametrize(
    ("line", "product", "suffix"),
    [
        # reported
        ("Apple launched the iPhone SE on Tuesday.", "iPhone SE", "SE"),
        ("Samsung sells the Galaxy S24 FE in Norway.", "Galaxy S24 FE", "FE"),
        # invented
        ("Sony unveiled the Xperia 10 VI on Monday.", "Xperia 10 VI", "VI"),
    ],
)
def test_model_suffix_is_no_organisation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, product: str, suffix: str
) -> None:
    root = tmp_path / "c"
    files = {
        "a.txt": f"Phones\n\n{line}\n",
        "b.txt": "Rail\n\nBaltic Rail SE owns the tracks.\n\nBaltic Rail said the tracks were inspected.\n",
    }
    found = run(capsys, root, files)
    assert suffix not in found.get("ORG", {}), found
    assert found["PRODUCT"].get(product) == ["a"], found
    assert found["ORG"].get("Baltic Rail SE") == ["b"], found
    assert sorted(hits(capsys, root, 'who:"Baltic Rail"')) == ["b"]


@pytest.mark.parametrize(
    ("lines", "word", "person", "other"),
    [
        # reported
        (
            "Anna Berg runs the depot.\n\nAnna Lunde drives the train.\n\nAnna said the line was safe.",
            "Anna",
            "Anna Lunde",
            "Anna Berg",
        ),
        # invented: a shared surname after the statement, the nearest before when the other follows
        (
            "Ola Berg runs the yard.\n\nKari Berg drives the crane.\n\nThe line was safe, Berg said.",
            "Berg",
            "Kari Berg",
            "Ola Berg",
        ),
        (
            "Anna Berg runs the depot.\n\nAnna said the line was safe.\n\nAnna Lunde drives the train.",
            "Anna",
            "Anna Berg",
            "Anna Lunde",
        ),
    ],
)
def test_shared_lone_name_is_the_person_named_last_before_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lines: str, word: str, person: str, other: str
) -> None:
    root = tmp_path / "c"
    run(capsys, root, {"a.txt": f"Depot\n\n{lines}\n"})
    assert sorted(hits(capsys, root, f'who:"{person}"')["a"]) == sorted([person, word])
    assert hits(capsys, root, f'who:"{other}"')["a"] == [other]
    said = _said(_quotes(capsys, root, "a"))
    assert any("the line was safe" in t.lower() for t in said.get(person, [])), said


def test_shared_lone_name_after_both_in_one_sentence_is_no_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "c"
    run(capsys, root, {"a.txt": "Meet\n\nTone Vik and Tone Aas met on Monday. Tone said the line was safe.\n"})
    assert hits(capsys, root, 'who:"Tone Vik"')["a"] == ["Tone Vik"]
    assert hits(capsys, root, 'who:"Tone Aas"')["a"] == ["Tone Aas"]
    said = _said(_quotes(capsys, root, "a"))
    assert not any("the line was safe" in t for name in ("Tone Vik", "Tone Aas") for t in said.get(name, [])), said


@pytest.mark.parametrize(
    ("title", "lede", "statement", "who"),
    [
        # reported
        ("Ruling", "THE COMPANY SAID IT WOULD APPEAL.", "IT WOULD APPEAL", ""),
        # invented: another noun; a firm named before (the title)
        ("Fine", "THE FIRM SAID WORKERS WOULD BE PAID.", "WORKERS WOULD BE PAID", ""),
        (
            "Nordhavn Shipping AS loses its case",
            "THE COMPANY SAID IT WOULD APPEAL.",
            "IT WOULD APPEAL",
            "Nordhavn Shipping AS",
        ),
    ],
)
def test_all_caps_lede_of_the_company(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, title: str, lede: str, statement: str, who: str
) -> None:
    root = tmp_path / "c"
    run(capsys, root, {"a.txt": f"{title}\n\n{lede}\n\nThe ruling came on Friday.\n"})
    said = _said(_quotes(capsys, root, "a"))
    assert said.get(who) == [statement], said
    assert not any(name.isupper() for name in said), said  # no speaker "THE COMPANY"
