"""The first Quotes sheet of a session reads each article's language from the index without
decoding the figures kept beside it (issue 13, round s36-f).

The language is kept with an article's figures (``figure_cache.encode_figures``); the Quotes sheet
needs the language alone (an article not in English has no quote speakers read), yet it decoded
every kept figure of every article to get it: ~20% of the first `Q`'s analysis on 221 articles
(cProfile). Now the language is read from the kept value alone, under the same checks (the file,
its boilerplate, the figures' code version); the sheet is the same.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis import figure_cache
from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _indexed(tmp_path: Path, fixture: str) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    index = tmp_path / "ix"
    Workspace(root, index).ensure_index()
    return root, index


def _count_figure_decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    decoded: list[str] = []
    real = figure_cache._decode

    def counted(doc: str, row: object) -> object:
        decoded.append(doc)
        return real(doc, row)  # type: ignore[arg-type]

    monkeypatch.setattr(figure_cache, "_decode", counted)
    return decoded


# The reported corpus's kinds (wires, Markdown, a page, a Spanish article, corpus.yaml fields),
# plain English texts with quotes and figures, and articles in other languages with figures.
@pytest.mark.parametrize("fixture", ["quotes_t13t_first_open", "quake", "facts_t13r_not_analysed", "languages_t13p"])
def test_the_first_quotes_sheet_decodes_no_kept_figure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str
) -> None:
    root, index = _indexed(tmp_path, fixture)
    expected = Workspace(root, tmp_path / "other-ix").quotes().to_json()  # no index: all analysed
    ws = Workspace(root, index)
    assert ws._open_built_index()
    stored = ws.index.stored()
    kept = [json.loads(row.figures)["figures"] for row in stored.values() if row.figures]
    assert any(kept), "the index keeps figures to skip (else the test shows nothing)"
    decoded = _count_figure_decodes(monkeypatch)
    sheet = ws.quotes(open_built=True)
    assert decoded == []
    assert sheet.to_json() == expected


def test_a_language_kept_for_another_boilerplate_is_told_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The checks are those the figures had: a kept value for other boilerplate spans is not the
    language of the article as it is now (then it is told again)."""
    root, index = _indexed(tmp_path, "quotes_t13t_first_open")
    ws = Workspace(root, index)
    ws._open_built_index()
    stored = ws.index.stored()
    doc = next(d for d, row in stored.items() if row.figures and row.noise_spans is not None)
    row = stored[doc]
    entry = ws.corpus.entries[doc]
    spans = [tuple(s) for s in row.noise_spans or []]
    assert figure_cache.kept_language(doc, entry.size, entry.mtime_ns, spans, row) is not None
    other = [*spans, (0, 1)] if (0, 1) not in spans else spans[1:]
    assert figure_cache.kept_language(doc, entry.size, entry.mtime_ns, other, row) is None
    assert figure_cache.kept_language(doc, entry.size + 1, entry.mtime_ns, spans, row) is None
