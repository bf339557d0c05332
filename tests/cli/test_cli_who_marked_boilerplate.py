"""``search 'who:NAME' --json`` treats a block the user marked as boilerplate as plain search does
and as the reader shows it (issue 13, acceptance test t13f F2).

Reported: after ``m`` on the Reuters block "The Skarvik Dawn, operated by Brightwater Ferries Ltd,
…", ``who:Brightwater`` gave ``in: ["content"]`` with a span inside that hidden block, while the
reader (opened on the hit) lit only the visible mention and plain ``Eklund`` said ``in: ["noise"]``.
A hit in the article itself has its spans where the reader lights them (``Workspace.open_article``'s
``matches``), and ``in`` says ``noise`` when a mention is in the boilerplate too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

MARKED = (
    "The Skarvik Dawn, operated by Brightwater Ferries Ltd, was carrying 312 passengers when it struck "
    "rocks near Tollen Point, said harbour master Tomas Eklund."
)
PARAS = [
    "HALVERN, March 14 (Reuters) - A passenger ferry ran aground off the port of Halvern early on Friday.",
    MARKED,
    "Captain Lena Marsh was questioned by police, a spokesperson for Brightwater Ferries said.",
    "Several passengers described a loud scraping noise followed by a sudden list to the starboard side.",
    "Tomas Eklund told reporters that the tide had been unusually low that morning, Eklund added.",
]


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "ferry"
    root.mkdir()
    (root / "reuters.txt").write_text("\n\n".join(PARAS) + "\n", "utf-8")
    (root / "ap.txt").write_text(
        "Ferry aground near Halvern\n\nBrightwater Ferries said all 312 passengers were safe after the "
        "Skarvik Dawn grounding near Halvern.\n",
        "utf-8",
    )
    return root


def hit(capsys: pytest.CaptureFixture[str], root: Path, ix: Path, query: str, doc: str = "reuters") -> dict | None:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "search", query, "--json"]) == 0
    return next((h for h in json.loads(capsys.readouterr().out)["hits"] if h["doc"] == doc), None)


def spans_of(text: str, word: str) -> list[tuple[int, int]]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + 1)
    return out


def outside(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    start = text.index(MARKED)
    return [s for s in spans if not start <= s[0] < start + len(MARKED)]


def test_who_firm_in_a_marked_block_spans_only_what_is_shown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The reported input: ``who:Brightwater``, its full name in the marked block and its short
    name in a shown one."""
    root, ix = corpus(tmp_path), tmp_path / "ix"
    ws = Workspace(root, ix)
    assert ws.mark_block("reuters", MARKED, "noise") is None
    text = (root / "reuters.txt").read_text("utf-8")
    got = hit(capsys, root, ix, "who:Brightwater")
    assert got is not None
    shown = outside(spans_of(text, "Brightwater Ferries"), text)
    assert len(shown) == 1  # the visible "Brightwater Ferries", not "Brightwater Ferries Ltd" in the block
    assert [tuple(s) for s in got["spans"]] == shown
    assert got["in"] == ["content", "noise"]
    # The reader opened on the hit lights the same spans, and plain search says the same of the block.
    assert [tuple(s) for s in got["spans"]] == ws.open_article("reuters", "who:Brightwater").matches
    plain = hit(capsys, root, ix, "Brightwater")
    assert plain is not None and plain["in"] == got["in"]
    assert [tuple(s) for s in plain["spans"]] == outside(spans_of(text, "Brightwater"), text)


def test_who_person_named_in_and_out_of_a_marked_block(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A person (full name and lone surname) mentioned in the marked block and in a shown one:
    only the shown mentions are spans, and ``in`` names both places."""
    root, ix = corpus(tmp_path), tmp_path / "ix"
    ws = Workspace(root, ix)
    assert ws.mark_block("reuters", MARKED, "noise") is None
    text = (root / "reuters.txt").read_text("utf-8")
    for query in ('who:"Tomas Eklund"', "who:Eklund", 'entity:"Tomas Eklund"'):
        got = hit(capsys, root, ix, query)
        assert got is not None, query
        spans = [tuple(s) for s in got["spans"]]
        assert spans == ws.open_article("reuters", query).matches, query
        assert spans and all(text.index(MARKED) + len(MARKED) < a for a, _b in spans), query
        assert got["in"] == ["content", "noise"], query


def test_a_mark_taken_back_lights_the_block_again(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Marked and then moved back to the article: the block's mention is a span of the article
    again and ``in`` says content alone (the marks as they are now, not as first indexed)."""
    root, ix = corpus(tmp_path), tmp_path / "ix"
    ws = Workspace(root, ix)
    text = (root / "reuters.txt").read_text("utf-8")
    assert ws.mark_block("reuters", MARKED, "noise") is None
    marked = hit(capsys, root, ix, "who:Brightwater")
    assert marked is not None and len(marked["spans"]) == 1
    assert ws.mark_block("reuters", MARKED, "content") is None
    got = hit(capsys, root, ix, "who:Brightwater")
    assert got is not None
    assert got["in"] == ["content"]
    start = text.index(MARKED)
    inside = [a for a, _b in got["spans"] if start <= a < start + len(MARKED)]
    assert len(got["spans"]) == 2 and inside == [text.index("Brightwater", start)]
    assert [tuple(s) for s in got["spans"]] == ws.open_article("reuters", "who:Brightwater").matches


ONLY_MARKED = [PARAS[0], MARKED, PARAS[3]]  # the harbour master and "Ltd" named in the marked block alone


def only_marked(tmp_path: Path) -> Path:
    root = corpus(tmp_path)
    (root / "reuters.txt").write_text("\n\n".join(ONLY_MARKED) + "\n", "utf-8")
    return root


@pytest.mark.parametrize("query", ["who:Eklund", 'who:"Tomas Eklund"', 'entity:"Brightwater Ferries Ltd"'])
def test_a_name_only_in_a_marked_block_is_a_boilerplate_hit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str
) -> None:
    """The reported input (``who:Eklund``, its only mention in the marked block: the article was
    dropped while plain ``Eklund`` found it ``in: ["noise"]``) and two variants: found as plain
    search finds the word, in the boilerplate alone, lit there."""
    root, ix = only_marked(tmp_path), tmp_path / "ix"
    ws = Workspace(root, ix)
    assert ws.mark_block("reuters", MARKED, "noise") is None
    text = (root / "reuters.txt").read_text("utf-8")
    got = hit(capsys, root, ix, query)
    assert got is not None, query
    assert got["in"] == ["noise"]
    word = query.split(":", 1)[1].strip('"')
    assert [text[a:b] for a, b in got["spans"]] in ([word], ["Tomas Eklund"])
    start = text.index(MARKED)
    assert all(start <= a < start + len(MARKED) for a, _b in got["spans"])
    assert word in got["snippet"]
    # As plain search treats the block, and as the reader opens the hit (its boilerplate matches).
    plain = hit(capsys, root, ix, word if " " not in word else f'"{word}"')
    assert plain is not None and plain["in"] == ["noise"]
    assert [tuple(s) for s in got["spans"]] == ws.open_article("reuters", query).noise_matches


def test_a_name_only_in_boilerplate_ranks_after_the_articles_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root, ix = only_marked(tmp_path), tmp_path / "ix"
    (root / "ap.txt").write_text("Ferry aground\n\nHarbour master Tomas Eklund said the channel was clear.\n", "utf-8")
    assert Workspace(root, ix).mark_block("reuters", MARKED, "noise") is None
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "search", "who:Eklund", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [(h["doc"], h["in"]) for h in hits] == [("ap", ["content"]), ("reuters", ["noise"])]


@pytest.mark.parametrize("query", ["who:Eklu*", 'who:"Tomas Ekl*"'])
def test_a_prefix_finds_a_name_only_in_boilerplate_as_the_whole_name_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str
) -> None:
    """What typing ``who:Eklu`` shows on the way (a prefix): the same hit as ``who:Eklund``."""
    root, ix = only_marked(tmp_path), tmp_path / "ix"
    assert Workspace(root, ix).mark_block("reuters", MARKED, "noise") is None
    whole = hit(capsys, root, ix, "who:Eklund")
    got = hit(capsys, root, ix, query)
    assert whole is not None and got is not None
    assert got["in"] == whole["in"] == ["noise"] and got["spans"] == whole["spans"]
