"""A one-letter particle of a name (Irish "Ó", "Ó") inside a quoted phrase matches there and is
lit with the rest of the name (tester t13ar N13: ``"Ó Fearghail"``). A one-letter word alone is
not indexed as a word (analyzer.token_forms: kept at its position as its stop form, which a
phrase checks), so ``Ó`` typed alone still finds nothing; this pins the phrase. The tester's name
and two of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

CASES = [
    ("Detective Superintendent Ruairí Ó Fearghail said the inquiry was open.", '"Ó Fearghail"', "Ó Fearghail"),
    ("The poet Seán Ó Ríordáin wrote of it.", '"Seán Ó Ríordáin"', "Seán Ó Ríordáin"),
    ("Councillor Aoife Ó Briain said it was closed.", '"Aoife Ó Briain"', "Aoife Ó Briain"),
]


@pytest.mark.parametrize(("text", "query", "lit"), CASES)
def test_a_phrase_holding_a_one_letter_particle_matches_and_lights_it(
    tmp_path: Path, text: str, query: str, lit: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Inquiry\n\n{text}\n", "utf-8")
    (corpus / "b.txt").write_text("Other\n\nThe Fearghail and Ríordáin and Briain families met O'Neill.\n", "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    hits = ws.search(query, limit=None).hits
    assert [h.doc for h in hits] == ["a"]
    body = (corpus / "a.txt").read_text("utf-8")
    assert [body[a:b] for a, b in hits[0].spans] == [lit]
