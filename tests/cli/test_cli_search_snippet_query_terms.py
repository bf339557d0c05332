"""Round s30-h (t13q F11): a hit's snippet shows the match that made the article a hit: the
window holding the most of the query's terms, then the most matched whole (a prefix's words are
a looser match), then the rarest term, before the densest run of one term's matches.

Reported: with ``45 per`` typed, EFE's Spanish article is a hit through its "45 %" (the
percentage being typed), but its snippet was the opening with "personas" lit (the prefix ``per*``
matched there too) and the "45 %" not in it. The same while typing another percentage, and for a
submitted query: a word's one match is shown before a cluster of a prefix's matches elsewhere, and
the rarest of two words before the other's cluster."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "snippets_t13q"

FILLER = (
    "The evening went on with speeches by the mayor and the director, a short film about the "
    "building's history and a reception in the foyer, where guests lingered until well after "
    "midnight, talking about the season ahead and the works still to be finished next spring."
)
ARTICLES = {
    # typing "7.5 perc": "perc*" words lead the article, the percentage is at its end
    "concert": (
        "Concert hall reopens\n\n"
        "Percussion players and perceptive critics filled the hall on Friday; the percussion "
        f"section opened with a new piece, and perceptions of the acoustics were mixed. {FILLER}\n\n"
        "Ticket prices rose 7.5 per cent, the hall said."
    ),
    # submitted "ferry capt*": "captain" and "captured" lead, the one "ferry" is far below
    "harbour": (
        "Harbour night\n\n"
        "The captain and two captains of the pilot boats captured the storm on camera as the "
        f"captain's log recorded the gusts. {FILLER}\n\n"
        "Repairs to the old ferry landing are to start in May."
    ),
    # submitted "quay storm": "storm" five times at the start, the rarer "quay" once, far below
    "coast": (
        "Coast braces\n\n"
        "The storm came early; storm warnings, storm surges and storm damage followed the storm "
        f"front up the coast. {FILLER}\n\n"
        "The fishing quay was closed to the public until further notice."
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("query_terms")
    corpus = root / "c"
    corpus.mkdir()
    shutil.copy(FIXTURES / "elpais-es.txt", corpus / "elpais-es.txt")
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    return corpus, root / "index"


@pytest.mark.parametrize(
    ("typed", "doc", "shown"),
    [
        ("45 per", "elpais-es", "45 %"),  # reported: "personas" of the opening lit instead
        ("7.5 perc", "concert", "7.5 per cent"),  # variant: another percentage, other words
    ],
)
def test_a_typed_percentage_hit_shows_its_percentage(
    corpus: tuple[Path, Path], typed: str, doc: str, shown: str
) -> None:
    root, ix = corpus
    workspace = Workspace(root, ix)
    workspace.ensure_index()
    hits = {h.doc: h for h in workspace.search(typed, typing=True, limit=20).hits}
    hit = hits[doc]
    assert shown in [hit.snippet[a:b] for a, b in hit.matches], hit.snippet


@pytest.mark.parametrize(
    ("query", "doc", "shown"),
    [
        ("ferry capt*", "harbour", "ferry"),  # variant: a word's one match before a prefix's cluster
        ("quay storm", "coast", "quay"),  # variant: the rarer word before the other's cluster
    ],
)
def test_a_snippet_shows_the_query_terms_match_before_another_terms_cluster(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path], query: str, doc: str, shown: str
) -> None:
    root, ix = corpus
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "search", query, "--json"]) == 0
    hits = {h["doc"]: h for h in json.loads(capsys.readouterr().out)["hits"]}
    hit = hits[doc]
    assert shown in [hit["snippet"][a:b] for a, b in hit["matches"]], hit["snippet"]
