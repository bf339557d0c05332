"""One firm whatever its legal form, as tester report t13g found it was not (round s22-f):

- F2a: ``who:`` with a firm's bare name found no article when every article writes a legal form
  ("Gravdal Mining Ltd", "Gravdal Mining Limited");
- F2b: a legal form written short and spelled out ("Corp."/"Corporation", "Co."/"Company",
  "Inc."/"Incorporated") made two entities (the spelled "Incorporated" one a person);
- F2c: "A/S" was no legal form ("Lindeberg Kran A/S" a person "S", "Istra A/S" nothing).

Each first corpus holds the reported inputs in the tester's sentences; the others are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits

BARE = [
    # reported: both articles write a legal form, neither the bare name
    ({"one.txt": "Ore\n\nGravdal Mining Ltd dug the ore.\n",
      "two.txt": "Clean\n\nGravdal Mining Limited said the ore was clean.\n"},
     "Gravdal Mining Ltd", ('who:"Gravdal Mining"', 'who:"gravdal mining"')),
    ({"one.txt": "Freight\n\nKvande Freight PLC shipped the ore.\n",
      "two.txt": "Quiet\n\nKvande Freight plc said nothing.\n"},
     "Kvande Freight PLC", ('who:"Kvande Freight"',)),
    ({"one.txt": "Paper\n\nSolvik Papir ASA cut its output.\n",
      "two.txt": "Mill\n\nWorkers at Solvik Papir AS were told the mill would close.\n"},
     "Solvik Papir AS", ('who:"Solvik Papir"', 'who:"Solvik Papir GmbH"')),
]  # fmt: skip


@pytest.mark.parametrize(("files", "home", "queries"), BARE)
def test_bare_core_finds_the_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], home: str, queries: tuple[str, ...]
) -> None:
    root = tmp_path / "c"
    assert run(capsys, root, files)["ORG"][home] == ["one", "two"]
    for query in queries:
        assert sorted(hits(capsys, root, query)) == ["one", "two"], query


def test_bare_core_is_no_person_and_leading_words_find_the_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # only an organisation's core exactly, not a person's name; a longer firm's leading words, written
    # bare by no article, find that firm by its whole words (t13ak N14), never the person
    files = {
        "one.txt": "Ore\n\nGravdal Mining Holdings Ltd dug the ore.\n",
        "two.txt": "Talk\n\nMarta Gravdal said the ore was clean.\n",
    }
    root = tmp_path / "c"
    run(capsys, root, files)
    assert sorted(hits(capsys, root, 'who:"Gravdal Mining"')) == ["one"]
    assert sorted(hits(capsys, root, 'who:"Gravdal Mining Holdings"')) == ["one"]


SPELLED = [
    ("Fjellstad Corp. made the cables.", "Fjellstad Corporation said its cables met the standard.",
     "Fjellstad Corp.", "Fjellstad Corporation"),
    ("Myrvoll Steel Co. made the steel.", "Myrvoll Steel Company said the steel was fine.",
     "Myrvoll Steel Co.", "Myrvoll Steel Company"),
    ("Hjelle Instruments Inc. made the gauges.", "Hjelle Instruments Incorporated said the gauges worked.",
     "Hjelle Instruments Inc.", "Hjelle Instruments Incorporated"),
    ("Lindeberg Kran AS supplied the cranes.", "Lindeberg Kran A/S said the cranes were checked.",
     "Lindeberg Kran AS", "Lindeberg Kran A/S"),
    # invented
    ("Torsvik Shipping Corporation ran the ferries.", "Torsvik Shipping Corp said the ferries ran late.",
     "Torsvik Shipping Corp", "Torsvik Shipping Corporation"),
    ("Orlik Pumper A/S made the pumps.", "Orlik Pumper said the pumps were tested in Aarhus.",
     "Orlik Pumper A/S", "Orlik Pumper"),
    ("Istra A/S supplied pumps.", "Istra put the bill at 5 million crowns.", "Istra A/S", "Istra"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "two", "home", "other"), SPELLED)
def test_one_firm_whatever_its_spelled_legal_form(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, one: str, two: str, home: str, other: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, {"one.txt": f"One\n\n{one}\n", "two.txt": f"Two\n\n{two}\n"})
    assert found["ORG"][home] == ["one", "two"], found
    assert other not in found.get("ORG", {}) and other not in found.get("PERSON", {}), found
    assert "S" not in found.get("PERSON", {}), found
    core = " ".join(w for w in home.split() if w.rstrip(".") not in ("Corp", "Co", "Inc", "AS", "A/S"))
    for query in (f'who:"{home}"', f'who:"{other}"', f'who:"{core}"'):
        assert sorted(hits(capsys, root, query)) == ["one", "two"], query


# F3: a firm's one-word short form in an article that never writes its long form
LEADING = [
    ("Orvane Minerals AS said the mine was safe.",
     '"We followed every rule," said Orvane chief executive Lars Hegge on Sunday.',
     "Orvane Minerals AS", "Orvane"),
    ("Brennvik Shipping Ltd ordered two ferries.", "Brennvik chairman Ola Dahl resigned on Friday.",
     "Brennvik Shipping Ltd", "Brennvik"),
    ("Talvera Foods Inc. recalled its soup.", "Shares in Talvera fell on Monday after the recall.",
     "Talvera Foods Inc.", "Talvera"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "two", "home", "short"), LEADING)
def test_one_word_short_form_joins_the_one_firm_it_opens(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, one: str, two: str, home: str, short: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, {"one.txt": f"One\n\n{one}\n", "two.txt": f"Two\n\n{two}\n"})
    assert found["ORG"][home] == ["one", "two"], found
    assert short not in found["ORG"], found
    core = home.rsplit(" ", 1)[0]
    for query in (f'who:"{home}"', f'who:"{core}"'):
        got = hits(capsys, root, query)
        assert sorted(got) == ["one", "two"], query
        assert short in got["two"], (query, got)


def test_one_word_short_form_of_two_firms_stays_apart(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # two organisations open with "Orvane": which one the lone word means is not known
    files = {
        "one.txt": "One\n\nOrvane Minerals AS said the mine was safe. Orvane Logistics Ltd moved the ore.\n",
        "two.txt": '"We followed every rule," said Orvane chief executive Lars Hegge on Sunday.\n',
    }
    root = tmp_path / "c"
    found = run(capsys, root, files)
    assert found["ORG"]["Orvane Minerals AS"] == ["one"], found
    assert sorted(hits(capsys, root, 'who:"Orvane Minerals AS"')) == ["one"]
