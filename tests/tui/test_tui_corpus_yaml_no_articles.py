"""The app says a corpus.yaml without ``articles:`` as a notice and counts it (issue 13, session 15
#3c; the CLI's side: tests/cli/test_corpus_yaml_without_articles.py)."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle
from test_tui_corpus_warnings_rescan import ARTICLE, make, status


async def test_a_corpus_yaml_without_articles_is_a_notice(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, "utf-8")
    (root / "corpus.yaml").write_text("a.txt:\n  outlet: Harbour Gazette\n", "utf-8")
    app, shown = make(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert len(shown) == 1 and "no 'articles' key" in shown[0] and "expected 'articles:'" in shown[0]
        assert "1 corpus.yaml warning" in status(app)
