"""Round s35-m (issue 15, t13z H9): a query of ``NOT`` clauses alone stays exact after an
article's stored document is replaced while its words stay the same.

Reported (tests/fixtures/t13z_h9, a fresh index): ``NOT velmont`` found nothing (both articles
say "Velmont"); after ``outlet: Nordwire`` became ``outlet: Reuters`` in corpus.yaml it found
``wire/nordwire-0312``, shown with its old outlet: the index replaces an article's document by
deleting it and adding it anew, and whoosh's inverse matcher (what a query of negations alone
is matched by) returned the deleted copy when it came straight after the last match of the
excluded word in its segment. Only ``index --rebuild`` cured it.

Variants of our own, each with other names and layouts: a date edited in corpus.yaml (German
articles), a title edited there and a file touched (its text unchanged), a file removed and one
added, a file renamed. Each is checked against what the positive searches find, for ``NOT w``,
``NOT a NOT b``, ``-w``, ``a OR NOT b``, ``outlet:X NOT w`` and ``who:X NOT w``, with the hits'
outlets and titles as ``list`` gives them now.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "t13z_h9"

# German coverage of a flood: three outlets, the dated wire first in folder order.
FLOOD = {
    "agentur/dpa-0907.txt": (
        "Hochwasser in Lindenau: Hunderte Menschen evakuiert\n\n"
        "LINDENAU, 9. Juli 2025 (Nordpresse) - Nach tagelangem Regen ist die Mulde in Lindenau über die "
        "Ufer getreten. Rund 400 Menschen mussten ihre Häuser verlassen, teilte die Stadtverwaltung mit.\n\n"
        "Bürgermeisterin Petra Hallwachs sagte, die Feuerwehr sei seit der Nacht im Einsatz.\n"
    ),
    "lokal/anzeiger-0907.txt": (
        "Mulde tritt über die Ufer\n\n"
        "Lindenauer Anzeiger · 9. Juli 2025\n\n"
        "In der Altstadt von Lindenau stehen mehrere Straßen unter Wasser. Die Feuerwehr pumpt Keller aus, "
        "Sandsäcke werden am Marktplatz verteilt.\n\n"
        "Petra Hallwachs rief die Bewohner auf, die Uferwege zu meiden.\n"
    ),
    "lokal/zeitung-0908.txt": (
        "Nach der Flut: Aufräumen in Lindenau\n\n"
        "Lindenauer Zeitung · 10. Juli 2025\n\n"
        "Der Pegel der Mulde sinkt wieder. Helfer räumen Schlamm aus den Häusern der Altstadt.\n\n"
        "Die Stadt schätzt den Schaden auf mehrere Millionen Euro.\n"
    ),
}
FLOOD_META = (
    "articles:\n"
    "  agentur/dpa-0907.txt:\n"
    "    outlet: Nordpresse\n"
    "    date: 2025-07-09T08:00:00\n"
    "  lokal/zeitung-0908.txt:\n"
    "    title: Aufräumen nach der Flut\n"
    "    date: 2025-07-10T07:30:00\n"
)

# English coverage of a bridge closure: four files in two folders.
BRIDGE = {
    "a/harbour-post.txt": (
        "Harrowgate bridge shut after crack found\n\n"
        "HARROWGATE, May 4 (Harbour Post) - Engineers closed the Harrowgate swing bridge on Sunday after a "
        "crack was found in one of its main girders, the county council said.\n\n"
        "Council leader Idris Penhallow said the bridge would stay closed until inspectors had finished.\n"
    ),
    "a/tidewater.txt": (
        "Ferries added as Harrowgate bridge closes\n\n"
        "Tidewater News, 4 May 2025\n\n"
        "Two extra ferries will cross the estuary while the bridge is shut, the operator said. "
        "Idris Penhallow thanked the crews.\n"
    ),
    "b/coast-radio.txt": (
        "Commuters face long detours\n\n"
        "Coast Radio, 5 May 2025\n\n"
        "Drivers faced detours of forty minutes on Monday. Traders on the quay said trade had halved.\n"
    ),
    "b/quay-herald.txt": (
        "Traders count the cost of the closure\n\n"
        "Quay Herald, 6 May 2025\n\n"
        "Shops on the quay reported half their usual trade. The council promised a decision on the "
        "girder repair within a week.\n"
    ),
}
BRIDGE_META = (
    "articles:\n"
    "  a/harbour-post.txt:\n"
    "    outlet: Harbour Post\n"
    "  b/coast-radio.txt:\n"
    "    title: Commuters face long detours\n"
)


def write(root: Path, files: dict[str, str], meta: str) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    (root / "corpus.yaml").write_text(meta, "utf-8")
    return root


def cli(capsys: pytest.CaptureFixture[str], root: Path, index: Path, *args: str) -> Any:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(index), *args]) == 0
    return json.loads(capsys.readouterr().out)


def found(capsys: pytest.CaptureFixture[str], root: Path, index: Path, query: str) -> set[str]:
    """The docs ``query`` finds, checked exact: the count is the hits', and each hit shows the
    outlet and title ``list`` gives its article now (not a replaced copy's)."""
    # (after "--": a query starting with "-" is no option)
    got = cli(capsys, root, index, "search", "--limit", "100", "--json", "--", query)
    rows = {r["doc"]: r for r in cli(capsys, root, index, "list", "--json")["articles"]}
    docs = [h["doc"] for h in got["hits"]]
    assert len(docs) == len(set(docs)) == got["total"], (query, got["total"], docs)
    for hit in got["hits"]:
        row = rows.get(hit["doc"])
        assert row is not None, (query, hit["doc"], "not in the corpus")
        assert (hit["outlet"], hit["title"]) == (row["outlet"], row["title"]), (query, hit["doc"])
    return set(docs)


def check_negations(
    capsys: pytest.CaptureFixture[str], root: Path, index: Path, words: list[str], outlet: str, who: str
) -> None:
    """Every query with a ``NOT`` finds what the positive searches say it must."""
    every = {r["doc"] for r in cli(capsys, root, index, "list", "--json")["articles"]}
    has = {w: found(capsys, root, index, w) for w in words}
    by_outlet = found(capsys, root, index, f'outlet:"{outlet}"')
    by_who = found(capsys, root, index, f'who:"{who}"')
    assert by_outlet and by_who
    for w in words:
        assert found(capsys, root, index, f"NOT {w}") == every - has[w], w
        assert found(capsys, root, index, f"-{w}") == every - has[w], w
        assert found(capsys, root, index, f'outlet:"{outlet}" NOT {w}') == by_outlet - has[w], w
        assert found(capsys, root, index, f'who:"{who}" NOT {w}') == by_who - has[w], w
    for a, b in zip(words, words[1:], strict=False):
        assert found(capsys, root, index, f"NOT {a} NOT {b}") == every - has[a] - has[b], (a, b)
        assert found(capsys, root, index, f"{a} OR NOT {b}") == has[a] | (every - has[b]), (a, b)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def test_reported_outlet_edited_in_corpus_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, index = tmp_path / "v12", tmp_path / "index"
    shutil.copytree(FIXTURE, root)
    assert found(capsys, root, index, "NOT velmont") == set()
    edit(root / "corpus.yaml", "outlet: Nordwire", "outlet: Reuters")
    assert found(capsys, root, index, "NOT velmont") == set()  # reported: wire/nordwire-0312 (as Nordwire)
    assert found(capsys, root, index, "velmont") == {"pages/kesterbridge-echo", "wire/nordwire-0312"}
    check_negations(capsys, root, index, ["velmont", "ransom", "bitcoin", "pellworth"], "Reuters", "Miriam Okafor")


def test_date_edited_in_corpus_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, index = write(tmp_path / "flut", FLOOD, FLOOD_META), tmp_path / "index"
    words = ["lindenau", "feuerwehr", "hallwachs", "schlamm", "sandsäcke"]
    check_negations(capsys, root, index, words, "Nordpresse", "Petra Hallwachs")
    edit(root / "corpus.yaml", "date: 2025-07-09T08:00:00", "date: 2025-07-09T06:15:00")
    edit(root / "corpus.yaml", "date: 2025-07-10T07:30:00", "date: 2025-07-11T09:00:00")
    check_negations(capsys, root, index, words, "Nordpresse", "Petra Hallwachs")


def test_title_edited_in_corpus_yaml_and_a_file_touched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, index = write(tmp_path / "bridge", BRIDGE, BRIDGE_META), tmp_path / "index"
    words = ["bridge", "ferries", "quay", "girder", "penhallow"]
    check_negations(capsys, root, index, words, "Harbour Post", "Idris Penhallow")
    edit(root / "corpus.yaml", "title: Commuters face long detours", "title: Detours of forty minutes")
    touched = root / "a" / "tidewater.txt"
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # same text, new time
    check_negations(capsys, root, index, words, "Harbour Post", "Idris Penhallow")
    assert "Detours of forty minutes" in {r["title"] for r in cli(capsys, root, index, "list", "--json")["articles"]}


def test_a_file_removed_and_one_added(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, index = write(tmp_path / "bridge", BRIDGE, BRIDGE_META), tmp_path / "index"
    words = ["bridge", "ferries", "quay", "girder", "penhallow"]
    check_negations(capsys, root, index, words, "Harbour Post", "Idris Penhallow")
    (root / "b" / "quay-herald.txt").unlink()
    (root / "b" / "estuary-gazette.txt").write_text(
        "Bridge repair to take a month\n\nEstuary Gazette, 7 May 2025\n\n"
        "Idris Penhallow said the girder would be replaced by June.\n",
        "utf-8",
    )
    check_negations(capsys, root, index, words, "Harbour Post", "Idris Penhallow")
    assert "b/quay-herald" not in found(capsys, root, index, "NOT zzzqqq")


def test_a_file_renamed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root, index = write(tmp_path / "flut", FLOOD, FLOOD_META), tmp_path / "index"
    words = ["lindenau", "feuerwehr", "hallwachs", "schlamm", "sandsäcke"]
    check_negations(capsys, root, index, words, "Nordpresse", "Petra Hallwachs")
    (root / "lokal" / "zeitung-0908.txt").rename(root / "lokal" / "zeitung-0910.txt")
    check_negations(capsys, root, index, words, "Nordpresse", "Petra Hallwachs")
