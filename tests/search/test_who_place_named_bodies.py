"""``who:`` a town's body finds and lights that body's mentions alone, never the town's name written
alone nor another body of the town (issue #16, tester t13aj N8: ``who:"Marholm Port Authority"``
lit the headline's "Marholm" and the Chamber of Commerce's, ``who:"Marholm Chamber of Commerce"``
found nothing). The reported article, shortened from t13aj's corpus."""

from __future__ import annotations

from pathlib import Path

from waic_reader.index.workspace import Workspace

TEXT = (
    "# The Marholm strike in numbers\n\n"
    "The dockworkers' strike at the Port of Marholm is the longest stoppage at the port since 1999.\n\n"
    "The daily cost estimate comes from the Marholm Port Authority.\n\n"
    '> "This is the worst disruption we have seen in a generation," said Lars Ekdahl,\n'
    "> head of the Marholm Chamber of Commerce.\n"
)


def test_who_a_body_lights_only_its_own_mentions(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "trade-weekly.md").write_text(TEXT, "utf-8")
    w = Workspace(corpus, tmp_path / "ix", tmp_path / "data")
    w.ensure_index()
    for body in ("Marholm Port Authority", "Marholm Chamber of Commerce"):
        query = f'who:"{body}"'
        (hit,) = w.search(query, limit=None).hits
        article = w.corpus.article(hit.doc)
        assert [article.text[s:e] for s, e in hit.spans] == [body]
        # the reader lights the same spans (n / N step through them)
        assert w.article_matches(w.analyser.analyse(article), query) == hit.spans
