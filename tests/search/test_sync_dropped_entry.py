"""An index sync while another reader of the corpus (a screen's worker, here simulated) drops an
unreadable file from its entries: the file is reported skipped, and the sync does not fail
(acceptance: the timeline, opened at once, made the library's sync fail with "KeyError: 'bin'")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace


@pytest.mark.parametrize("name", ["bin.txt", "sub/blob.md", "zero.txt"])
def test_a_file_dropped_meanwhile_is_skipped_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "good.txt").write_text("Ferry news\n\nThe ferry sank off the coast, officials said on Monday.\n", "utf-8")
    (corpus / name).write_bytes(b"Ferry\x00\x00\x01 binary data " * 20)
    ws = Workspace(corpus, tmp_path / "index")
    original = Corpus.article
    dropped: list[str] = []

    def article(self: Corpus, doc: str, **kw):  # type: ignore[no-untyped-def]
        if doc != "good" and doc in self.entries:
            self.entries.pop(doc)  # as another thread reading the corpus would, first
            dropped.append(doc)
        return original(self, doc, **kw)

    monkeypatch.setattr(Corpus, "article", article)
    report = ws.ensure_index()
    assert dropped and report.indexed == 1
    assert any(Path(name).stem in s.path for s in report.skipped), report.skipped
