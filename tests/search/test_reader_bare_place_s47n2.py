"""The reader's mentions of an article (``Workspace.article_mentions``, through the index's corpus
view: the entity panel, legend, tints and follow) give a public body's bare word before a noun
to the place, as the entity list and its matrix do (t13aor F4: vbc-news's headline "Velmora" was
the agency in the panel, the city in the matrix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

_BY = "By Jane Roe | The Daily Ledger | 14 March 2025\n\n"


def _keys(ws: Workspace, doc: str, refs: list[str] | None) -> dict[tuple[int, int], str]:
    """(start, end) → entity key of ``doc``'s mentions in the entities of ``refs`` (None: the matrix)."""
    table = ws.entities(refs)
    return {(m.start, m.end): e.key for e in table.entities for d, m in e.mentions if d == doc}


@pytest.mark.parametrize(
    ("city", "body", "headline"),
    [
        # reported (t13ao N7 / t13aor F4: vbc-news)
        ("Velmora", "Velmora Civil Protection Agency", "Velmora bridge collapse: What we know"),
        ("Ardenvik", "Ardenvik Fire and Rescue Service", "Ardenvik tunnel fire: the latest"),
        ("Brennholm", "Brennholm Water Board", "Brennholm flood warning: what happens next"),
    ],
)
def test_reader_mentions_equal_the_matrix(tmp_path: Path, city: str, body: str, headline: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(
        f"{headline}\n\n{_BY}Twenty people were rescued on Tuesday, according to the {body}. "
        "Divers would work through the night, officials said.\n",
        encoding="utf-8",
    )
    (corpus / "two.txt").write_text(
        f"Night of rescue\n\n{_BY}Rescuers in {city} worked through the night. "
        f"Shops in {city} stayed shut on Wednesday.\n",
        encoding="utf-8",
    )
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    doc = next(d for d in ws.docs if d.startswith("one"))
    matrix = _keys(ws, doc, None)
    reader = _keys(ws, doc, [doc])
    assert matrix[(0, len(city))].startswith(("GPE:", "LOC:"))  # the matrix's reading (s47-n)
    assert reader == matrix


def test_the_kept_view_keeps_its_bare_places() -> None:
    # A view read back in a new process applies the same rule (t13aor F4), and a damaged entry is
    # worked out again, never trusted.
    import json

    from waic_reader.index.analysis.entities.grouping import bare_places
    from waic_reader.index.search.whoosh.corpus_names import CorpusView, view_from_json, view_to_json

    view = CorpusView(bare=bare_places(["GPE:Velmora", "ORG:Velmora Civil Protection Agency", "LOC:Kestrel Bay"]))
    assert view.bare == {"velmora": ("GPE:Velmora", "GPE")}
    back = view_from_json(view_to_json(view, "k"), "k")
    assert back is not None and back.bare == view.bare
    damaged = json.loads(view_to_json(view, "k"))
    damaged["bare"] = {"velmora": "GPE:Velmora"}
    assert view_from_json(json.dumps(damaged), "k") is None
