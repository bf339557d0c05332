"""``entities --json`` and ``who:`` on the acceptance re-test t13j's entity-name faults (issues
#13/#16, round s24-k): each reported corpus shape with two invented variants, each failing before.

- F13: "Head of Security Per Skaar said ..." gave a PERSON "Security Per Skaar" (or none) and a
  PERSON "Head"; the lone surname of a lost person was filed under another person of that surname
  ("Stene" of Even Stene under Kai Stene).
- F17: "Even HUSBY", "Will TANGEN", "May STRAND" gave Organisations "HUSBY", "TANGEN", "STRAND";
  "POLARIS FISK AS WILL CUT 80 JOBS, THE COMPANY SAID" gave Organisations WILL, CUT, FISK, AS and
  no firm, and "Polaris Fisk said" a PERSON.
- F15: a footer "Copyright © Nordlys Kringkasting AS 2025" gave an Organisation "AS", not the firm.
- F18: "Baltic Rail SE owns the tracks." gave a Place "Baltic Sea" and an Organisation "SE", so
  ``who:"Baltic Rail"`` missed the article.
- F19: "Even Husby said ..." opening a sentence gave a PERSON "Husby" (``who:"Even Husby"`` missed
  it), "May Torp told the court ..." nobody.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits

from waic_reader.tui.cli.main import main


@pytest.mark.parametrize(
    ("sentence", "person", "later", "other"),
    [
        # reported (t13j F13, /tmp/h13j/s11 and s16)
        ("Head of Security Per Skaar said the fence was cut.", "Per Skaar", "Skaar said the fence was new.", ""),
        (
            "Head of Security Even Stene said the gate was locked.",
            "Even Stene",
            "Stene said he checked it twice.",
            "Kai Stene runs the bakery.",
        ),
        (
            "Deputy Head of Safety Tor Nesse said the audit was late.",
            "Tor Nesse",
            "Nesse said the report was ready.",
            "Kari Nesse teaches at the school.",
        ),
        # invented
        (
            "Chief of Staff Will Berge said the memo was old.",
            "Will Berge",
            "Berge said he wrote it.",
            "Kai Berge runs the kiosk.",
        ),
        (
            "Head of Maintenance Hope Lunde told reporters the rails were worn.",
            "Hope Lunde",
            "Lunde said she had warned them.",
            "",
        ),
    ],
)
def test_who_finds_the_person_after_a_head_of_title(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str, later: str, other: str
) -> None:
    root = tmp_path / "c"
    files = {"a.txt": f"Depot\n\n{sentence}\n\n{later}\n"}
    if other:
        files["b.txt"] = f"Town\n\n{other}\n"
    found = run(capsys, root, files)
    assert found["PERSON"].get(person) == ["a"], found["PERSON"]
    assert "Head" not in found["PERSON"], found["PERSON"]
    assert not any(w in name.split() for name in found["PERSON"] for w in ("Head", "Chief", "Security", "Safety"))
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a"], got
    surname = person.split()[-1]
    assert sorted(got["a"]) == sorted([person, surname]), got["a"]
    if other:
        other_name = other.split(" runs")[0].split(" teaches")[0]
        assert sorted(hits(capsys, root, f'who:"{other_name}"')) == ["b"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # reported (t13j F19)
        ("Even Husby said the brakes held.", "Even Husby"),
        ("May Torp told the court she was tired.", "May Torp"),
        # invented
        ("May Lindqvist wrote to the board on Friday.", "May Lindqvist"),
        ("Even Brekke, the driver, said the brakes held.", "Even Brekke"),
    ],
)
def test_who_finds_a_word_given_name_opening_a_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str
) -> None:
    root = tmp_path / "c"
    files = {"a.txt": f"Start\n\n{sentence}\n", "b.txt": f"Later\n\nThe mayor thanked {person} on Sunday.\n"}
    found = run(capsys, root, files)
    assert found["PERSON"].get(person) == ["a", "b"], found["PERSON"]
    assert person.split()[-1] not in found["PERSON"], found["PERSON"]
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a", "b"], got
    assert got["a"] == [person], got["a"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # reported (t13j F17)
        ("Train Driver Even HUSBY said the brakes failed.", "Even Husby"),
        ("The mayor, Will TANGEN, visited the site.", "Will Tangen"),
        ("May STRAND said the school would open.", "May Strand"),
        # invented
        ("The visit of Hope LUNDE was short.", "Hope Lunde"),
        ("The chair, Even BRATLI, opened the meeting.", "Even Bratli"),
    ],
)
def test_who_finds_a_word_given_name_before_a_surname_in_capitals(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, person: str
) -> None:
    root = tmp_path / "c"
    files = {"a.txt": f"Caps\n\n{sentence}\n", "b.txt": f"Later\n\nThe mayor thanked {person} on Sunday.\n"}
    found = run(capsys, root, files)
    assert found["PERSON"].get(person) == ["a", "b"], found
    assert "ORG" not in found, found
    assert sorted(hits(capsys, root, f'who:"{person}"')) == ["a", "b"]


@pytest.mark.parametrize(
    ("lede", "prose", "firm"),
    [
        # reported (t13j F17, /tmp/h13j/s19/c.txt)
        (
            "HAMMERFEST, May 2 - POLARIS FISK AS WILL CUT 80 JOBS, THE COMPANY SAID IN A STATEMENT.",
            "Polaris Fisk said the cuts were needed.",
            "Polaris Fisk AS",
        ),
        # invented
        (
            "BERGEN, May 2 - HALDEN MARINE AS WILL CUT 80 JOBS, THE COMPANY SAID.",
            "Halden Marine said it had no choice.",
            "Halden Marine AS",
        ),
        (
            "TROMSØ (Fjordwire) - NORDLAKS HAV AS TO SHED 120 WORKERS BY MAY, IT SAID ON FRIDAY.",
            "Nordlaks Hav said the market had turned.",
            "Nordlaks Hav AS",
        ),
    ],
)
def test_lede_in_capitals_with_a_number_is_the_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, lede: str, prose: str, firm: str
) -> None:
    root = tmp_path / "c"
    files = {"a.txt": f"Cuts\n\n{lede}\n\n{prose}\n"}
    found = run(capsys, root, files)
    assert found["ORG"].get(firm) == ["a"], found
    assert set(found["ORG"]) <= {firm, "Fjordwire"}, found
    assert "PERSON" not in found, found
    bare = " ".join(firm.split()[:-1])
    got = hits(capsys, root, f'who:"{bare}"')
    assert sorted(got["a"]) == sorted([firm.upper(), bare]), got


def _all_mentions(capsys: pytest.CaptureFixture[str], root: Path) -> dict[str, dict[str, list[str]]]:
    """Each entity's type → name → the docs naming it anywhere (content or boilerplate)."""
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    found: dict[str, dict[str, list[str]]] = {}
    for e in json.loads(out)["entities"]:
        found.setdefault(e["type"], {})[e["name"]] = sorted({m["doc"] for m in e["mentions"]})
    return found


@pytest.mark.parametrize(
    ("line", "firm"),
    [
        # reported (t13j F15)
        ("Copyright © Nordlys Kringkasting AS 2025", "Nordlys Kringkasting AS"),
        # invented
        ("Copyright Brekke Forlag AS 2023", "Brekke Forlag AS"),
        ("Copyright © Lyse Trykk AS", "Lyse Trykk AS"),
    ],
)
def test_copyright_footer_names_the_firm(capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, firm: str) -> None:
    root = tmp_path / "c"
    files = {
        "a.txt": f"Union\n\nThe union met on Tuesday.\n\n{line}\n",
        "b.txt": f"Later\n\n{firm} said the plan was sound.\n",
    }
    run(capsys, root, files)
    found = _all_mentions(capsys, root)
    assert found["ORG"] == {firm: ["a", "b"]}, found  # no Organisation "AS"


@pytest.mark.parametrize(
    ("line", "firm", "bare"),
    [
        # reported (t13j F18)
        ("Baltic Rail SE owns the tracks.", "Baltic Rail SE", "Baltic Rail"),
        # invented
        ("Arctic Ferries SE said it would appeal.", "Arctic Ferries SE", "Arctic Ferries"),
        ("The wagons belong to Baltic Freight SE, the board said.", "Baltic Freight SE", "Baltic Freight"),
    ],
)
def test_who_finds_the_firm_of_an_se_form_after_a_place_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, firm: str, bare: str
) -> None:
    root = tmp_path / "c"
    files = {"a.txt": f"Rail\n\n{line}\n", "b.txt": f"Later\n\n{bare} said the tracks were inspected.\n"}
    found = run(capsys, root, files)
    assert found["ORG"] == {firm: ["a", "b"]}, found
    assert "LOC" not in found, found
    got = hits(capsys, root, f'who:"{bare}"')
    assert sorted(got) == ["a", "b"], got
