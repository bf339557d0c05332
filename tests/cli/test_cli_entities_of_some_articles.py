"""``entities DOC --json`` gives an article the entities the whole corpus's grouping gives it, as
the matrix's column and ``who:`` search do (issue 13, t13c faults 1-2: ``entities
northern-post-03 --json`` had no Ingrid Sorvaag though the article says "Sorvaag told
reporters…" and ``who:Sorvaag`` finds it there; ``entities daily-ledger-02 --json`` had no
Portmere, typed a place only in other articles). The corpora: :mod:`grouped_corpora`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from grouped_corpora import FIRM, PLACE, REPORTED, write

from waic_reader.tui.cli.main import main


def entities(capsys: pytest.CaptureFixture[str], root: Path, files: dict[str, str], *docs: str) -> dict:
    write(root, files)
    code = main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "entities", *docs, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def named(data: dict) -> dict[tuple[str, str], list[str]]:
    """(type, name) → the mentions' words in the article text, in order."""
    return {
        (e["type"], e["name"]): [m["text"] for m in e["mentions"] if m["in"] == "content"] for e in data["entities"]
    }


@pytest.mark.parametrize(
    ("files", "doc", "entity", "words"),
    [
        (REPORTED, "northern-post-03", ("PERSON", "Ingrid Sorvaag"), ["Sorvaag"]),  # the reported case
        (REPORTED, "daily-ledger-02", ("GPE", "Portmere"), ["Portmere", "Portmere"]),  # the heading's too
        (REPORTED, "daily-ledger-02", ("ORG", "Kestrel Hydro Holdings"), ["Kestrel Hydro", "Kestrel Hydro"]),
        (PLACE, "b-post", ("GPE", "Brisholm"), ["Brisholm"]),
        (FIRM, "b-daily", ("ORG", "Lindqvist Marine Holdings"), ["Lindqvist Marine", "Lindqvist Marine"]),
    ],
)
def test_an_article_has_the_entities_the_corpus_gives_it(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    files: dict[str, str],
    doc: str,
    entity: tuple[str, str],
    words: list[str],
) -> None:
    one = named(entities(capsys, tmp_path / "corpus", files, doc))
    assert one.get(entity) == words, sorted(one)
    # The same as the whole corpus's entity list (the matrix) gives that article.
    every = entities(capsys, tmp_path / "corpus", files)
    column = {
        (e["type"], e["name"]): [m["text"] for m in e["mentions"] if m["doc"] == doc and m["in"] == "content"]
        for e in every["entities"]
    }
    assert {k: v for k, v in column.items() if v} == {k: v for k, v in one.items() if v}
