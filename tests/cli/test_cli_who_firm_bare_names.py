"""One firm, one entity, found by every ``who:`` form, as tester report t13h found it was not
(round s23-h):

- F5: an article writing a firm two ways ("Halsa Pumps AS" and "Halsa Pumps"; "Brennor
  Corporation" and "Brennor Corp.") made ``who:`` with the bare name miss the other article the
  entity list gives the firm, and ``entities DOC`` of an article naming it bare list nothing
  (the search's grouping counted the two keys as two entities, the entity list as one);
- F3: a bare name that is exactly one firm's name without its legal form ("Ranvik Drilling" of
  "Ranvik Drilling AS") was filed under a longer sister firm it opens ("Ranvik Drilling
  Services Ltd") or left a person ("Moen Kjemi" beside "Moen Kjemi Logistikk AS").

Each first case holds the reported input; the others are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import cli, hits


def _own(capsys: pytest.CaptureFixture[str], root: Path, doc: str) -> dict[tuple[str, str], list[str]]:
    """``entities DOC --json``: (type, name) → the mentions' text in ``doc``."""
    data = cli(capsys, root, "entities", doc)
    return {
        (e["type"], e["name"]): [m["text"] for m in e["mentions"]]
        for e in data["entities"]
        if e["type"] in ("ORG", "PERSON")
    }


# F5a: one article writes the firm with and without its legal form, another with another form
TWO_WAYS = [
    ("Halsa Pumps AS made the pumps.\n\nHalsa Pumps sold them.\n", "Halsa Pumps Ltd said the pumps were fine.\n",
     "Halsa Pumps AS", "Halsa Pumps", "Halsa Pumps Ltd"),
    ("Vetlefjord Kabel ASA laid the cable.\n\nVetlefjord Kabel fixed it twice.\n",
     "Engineers at Vetlefjord Kabel Limited said the cable held.\n",
     "Vetlefjord Kabel ASA", "Vetlefjord Kabel", "Vetlefjord Kabel Limited"),
    ("Tromsdal Frakt AB moved the ore.\n\nTromsdal Frakt lost a barge.\n",
     "Tromsdal Frakt GmbH said the barge was found.\n",
     "Tromsdal Frakt AB", "Tromsdal Frakt", "Tromsdal Frakt GmbH"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "two", "home", "bare", "other"), TWO_WAYS)
def test_bare_name_written_in_one_article_finds_the_firm_in_the_other(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, one: str, two: str, home: str, bare: str, other: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, {"a.txt": f"One\n\n{one}", "b.txt": f"Two\n\n{two}"})
    assert found["ORG"][home] == ["a", "b"], found
    for query in (f'who:"{bare}"', f'who:"{home}"', f'who:"{other}"', f"who:{bare.split(maxsplit=1)[0]}"):
        got = hits(capsys, root, query)
        assert sorted(got) == ["a", "b"], (query, got)
        assert got["b"] == [other], (query, got)  # the span: b's mention of the firm
    assert _own(capsys, root, "b") == {("ORG", home): [other]}


# F5b: one article writes two legal forms, another the one-word bare name at a sentence's start
ONE_WORD = [
    ("Brennor Corporation made the pumps.\n\nBrennor Corp. sold them.\n", "Brennor said the pumps were fine.\n",
     "Brennor Corp.", "Brennor"),
    ("Skarvik Co. built the dam.\n\nSkarvik Company repaired it.\n", "Skarvik put the cost at 40 million crowns.\n",
     "Skarvik Co.", "Skarvik"),
    ("Lyngmo Inc. sold the turbines.\n\nLyngmo Incorporated serviced them.\n",
     "Lyngmo said the turbines were sound.\n", "Lyngmo Inc.", "Lyngmo"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "two", "home", "bare"), ONE_WORD)
def test_one_word_bare_name_joins_a_firm_written_two_ways_everywhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, one: str, two: str, home: str, bare: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, {"a.txt": f"One\n\n{one}", "b.txt": f"Two\n\n{two}"})
    assert found["ORG"][home] == ["a", "b"], found
    # entities DOC (and the entity panel, which reads the same grouping) agrees with the list
    assert _own(capsys, root, "b") == {("ORG", home): [bare]}
    for query in (f"who:{bare}", f'who:"{home}"'):
        got = hits(capsys, root, query)
        assert sorted(got) == ["a", "b"], (query, got)
        assert got["b"] == [bare], (query, got)


# F3: a sister firm whose name opens with the bare name's words
SISTERS = [
    # reported (t13h F3, /tmp/h13h/s6 and V6)
    ("Ranvik Drilling AS bored the tunnel.\n\nRanvik Drilling Services Ltd maintained the pumps.\n",
     "Ranvik Drilling said its tunnel was sound.\n\nRanvik Drilling Services said the pumps were serviced.\n",
     "Ranvik Drilling AS", "Ranvik Drilling", "Ranvik Drilling Services Ltd", "Ranvik Drilling Services"),
    ("Moen Kjemi AS stored the chemicals.\n\nMoen Kjemi Logistikk AS moved the drums.\n",
     "Moen Kjemi said no chemicals leaked.\n\nMoen Kjemi Logistikk said the drums were safe.\n",
     "Moen Kjemi AS", "Moen Kjemi", "Moen Kjemi Logistikk AS", "Moen Kjemi Logistikk"),
    # invented
    ("Kolbein Drilling AS dug the shaft.\n\nKolbein Drilling Services Ltd pumped it dry.\n",
     "Kolbein Drilling said its shaft was sound.\n",
     "Kolbein Drilling AS", "Kolbein Drilling", "Kolbein Drilling Services Ltd", None),
    ("Lindvik Bygg AS built the spillway.\n\nLindvik Bygg Eiendom AS owns the site.\n",
     "Lindvik Bygg said the spillway was sound.\n\nLindvik Bygg Eiendom said the site was sold.\n",
     "Lindvik Bygg AS", "Lindvik Bygg", "Lindvik Bygg Eiendom AS", "Lindvik Bygg Eiendom"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "two", "home", "bare", "sister", "sister_bare"), SISTERS)
def test_bare_name_joins_the_firm_it_is_the_core_of_not_a_sister(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    one: str,
    two: str,
    home: str,
    bare: str,
    sister: str,
    sister_bare: str | None,
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, {"a.txt": f"One\n\n{one}", "b.txt": f"Two\n\n{two}"})
    assert found["ORG"][home] == ["a", "b"], found
    assert found["ORG"][sister] == (["a", "b"] if sister_bare else ["a"]), found
    assert bare not in found.get("PERSON", {}), found
    own = _own(capsys, root, "b")
    assert own[("ORG", home)] == [bare], own
    for query in (f'who:"{bare}"', f'who:"{home}"'):
        got = hits(capsys, root, query)
        assert sorted(got) == ["a", "b"], (query, got)
        assert got["b"] == [bare], (query, got)
    # the sister firm's search lights only its own mentions, never the bare name
    got = hits(capsys, root, f'who:"{sister}"')
    assert got.get("b", []) == ([sister_bare] if sister_bare else []), got
