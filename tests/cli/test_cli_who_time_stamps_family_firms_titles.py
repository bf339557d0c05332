"""``entities --json`` and ``who:`` on the acceptance re-test t13j's entity-name faults (issues
#13/#16, round s24-k): each reported corpus shape with two invented variants, each failing before.

- F1: one live-blog entry "**11:20** Morvik said the warranty still applied." made the bare
  "Morvik" a PERSON in every article of the corpus; and a firm's name in a shouted title
  ("TORVIK WAGONS AS: statement ...") left the blog's "Torvik said the warranty ..." nobody's.
- F2: "Lyngdal said she had warned ..." beside "Lyngdal Bygg said ..." was filed under the firm;
  "Falkum Entreprenør said it ..." was a PERSON that took Ingrid Falkum's lone surname.
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
    surname = person.rsplit(maxsplit=1)[-1]
    assert sorted(got["a"]) == sorted([person, surname]), got["a"]
    if other:
        other_name = other.split(" runs", maxsplit=1)[0].split(" teaches", maxsplit=1)[0]
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
    assert person.rsplit(maxsplit=1)[-1] not in found["PERSON"], found["PERSON"]
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
def test_copyright_footer_names_the_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, firm: str
) -> None:
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


def _who_docs(capsys: pytest.CaptureFixture[str], root: Path, name: str) -> list[str]:
    """The docs ``who:"name"`` finds (any file kind)."""
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "search", f'who:"{name}"', "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return sorted(h["doc"] for h in json.loads(out)["hits"])


_FIRMS = "Firms\n\nMorvik Kabel AS made the cables.\n\nTorvik Wagons AS builds wagons.\n\nIngrid Falkum inspected the site.\n\nAstrid Lyngdal led the evacuation.\n"


@pytest.mark.parametrize(
    ("name", "text", "firm"),
    [
        # reported (t13j F1, /tmp/h13j/s24 and s5)
        ("x.md", "X\n\n**11:20** Morvik said the warranty still applied.\n", "Morvik Kabel AS"),
        ("x.txt", "X\n\n11:20 Morvik said the warranty still applied.\n", "Morvik Kabel AS"),
        ("f.md", "F\n\n**14:00** Torvik said the wagons were inspected.\n", "Torvik Wagons AS"),
        # invented
        ("y.txt", "Y\n\n[14.05] Torvik said the wagons were sound.\n\nThe line reopened.\n", "Torvik Wagons AS"),
        ("z.md", "Z\n\n- 9.41pm - Morvik said the cables were new.\n", "Morvik Kabel AS"),
    ],
)
def test_time_stamp_before_a_firm_word_keeps_the_firm_everywhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, text: str, firm: str
) -> None:
    root = tmp_path / "c"
    bare = firm.split(maxsplit=1)[0]
    files = {
        "a.txt": _FIRMS,
        "c1.txt": f"C one\n\n{bare} said the warranty on the cables still applied.\n",
        name: text,
    }
    found = run(capsys, root, files)
    stem = name.split(".", maxsplit=1)[0]
    assert found["ORG"].get(firm) == sorted(["a", "c1", stem]), found
    assert bare not in found.get("PERSON", {}), found
    assert _who_docs(capsys, root, " ".join(firm.split()[:2])) == sorted(["a", "c1", stem])


@pytest.mark.parametrize(
    ("title", "firm"),
    [
        # reported (t13j F1: the main corpus's press release)
        ("TORVIK WAGONS AS: statement on the Stavnes derailment", "Torvik Wagons AS"),
        # invented
        ("MORVIK KABEL AS: statement on the cables", "Morvik Kabel AS"),
        ("BRATTLI FREIGHT AS: our response", "Brattli Freight AS"),
    ],
)
def test_shouted_title_and_prose_name_one_firm_for_its_bare_word(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, title: str, firm: str
) -> None:
    root = tmp_path / "c"
    bare = firm.split(maxsplit=1)[0]
    files = {
        "press.txt": f"{title}\n\n{firm} builds freight wagons at its plant.\n",
        "union.txt": f"Union\n\n{firm} plans to shed 240 staff.\n",
        "blog.md": f"Live\n\n**11:20** {bare} said the warranty on the wagons still applied.\n",
    }
    found = run(capsys, root, files)
    assert found["ORG"].get(firm) == ["blog", "press", "union"], found
    assert bare not in found.get("PERSON", {}), found


@pytest.mark.parametrize(
    ("other", "lines", "person", "firm"),
    [
        # reported (t13j F2: main corpus notes/hearing, /tmp/h13j/s5/d.txt)
        (
            "Astrid Lyngdal led the evacuation.",
            "Lyngdal said she had warned the council in writing.\n\nLyngdal Bygg said it was not involved in the track work.",
            "Astrid Lyngdal",
            "Lyngdal Bygg",
        ),
        (
            "Ingrid Falkum inspected the site.",
            "Falkum said she had warned the council in writing.\n\nFalkum Entreprenør said it was not involved.",
            "Ingrid Falkum",
            "Falkum Entreprenør",
        ),
        # invented
        (
            "Tone Brekkan chairs the board.",
            "Brekkan Anlegg said it had done the work.\n\nBrekkan said she was never asked.",
            "Tone Brekkan",
            "Brekkan Anlegg",
        ),
        (
            "Rune Solvik runs the yard.",
            "Solvik said he had seen the cracks.\n\nSolvik Maskin told reporters it would pay.",
            "Rune Solvik",
            "Solvik Maskin",
        ),
    ],
)
def test_lone_surname_beside_a_family_firm_is_the_person(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, other: str, lines: str, person: str, firm: str
) -> None:
    root = tmp_path / "c"
    files = {"a.txt": f"Town\n\n{other}\n", "d.txt": f"Hearing\n\n{lines}\n"}
    found = run(capsys, root, files)
    assert found["PERSON"].get(person) == ["a", "d"], found
    assert found["ORG"].get(firm) == ["d"], found
    assert firm not in found["PERSON"], found
    got = hits(capsys, root, f'who:"{person}"')
    assert sorted(got) == ["a", "d"], got
    assert got["d"] == [person.rsplit(maxsplit=1)[-1]], got
    assert sorted(hits(capsys, root, f'who:"{firm}"')) == ["d"]
