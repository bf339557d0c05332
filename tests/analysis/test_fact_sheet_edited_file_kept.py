"""After an article is edited, the first fact sheet that reads it keeps what it read, so the next
one (a new process, as the ``facts`` command is) reads no file, until ``index`` or ``search`` brings
the index up to date, and gives the same sheet: the sources' outlet, date and title included.

Reported (tester t13air S5): ``sed -i 's/48 shelters/47 shelters/'`` on one article (the same
size, a new modification time), then every ``facts`` took ~1.7 s CPU against 0.64 s before the
edit: each read and analysed the edited file again. Variants: a line appended (a new size) and
the article's ``corpus.yaml`` entry edited. The articles are written for this test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import facts_to_json
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ap": "Typhoon floods Pingtung\n\nPINGTUNG, Taiwan (AP) - Volunteers were sent to 48 shelters after the "
    "typhoon killed nine people, officials said.\n",
    "wire": "Typhoon kills nine\n\nTAIPEI, Oct 14 (Reuters) - The typhoon killed nine people and 48 shelters "
    "were opened in Pingtung county.\n",
}


def same_size(corpus: Path) -> None:  # the reported edit
    path = corpus / "ap.txt"
    path.write_text(path.read_text("utf-8").replace("48 shelters", "47 shelters"), "utf-8")


def appended(corpus: Path) -> None:
    path = corpus / "ap.txt"
    path.write_text(path.read_text("utf-8") + "\nRescuers pulled 23 people from the water.\n", "utf-8")


def meta(corpus: Path) -> None:
    (corpus / "corpus.yaml").write_text("articles:\n  ap.txt:\n    outlet: Pingtung Post\n", "utf-8")


@pytest.mark.parametrize("change", [same_size, appended, meta], ids=["same size", "appended", "corpus.yaml"])
def test_the_sheet_after_an_edit_reads_the_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    Workspace(corpus, tmp_path / "index").ensure_index()
    change(corpus)
    seen: list[str] = []
    real = Corpus.article

    def counting(self: Corpus, doc: str, **kw):  # type: ignore[no-untyped-def]
        seen.append(doc)
        return real(self, doc, **kw)

    monkeypatch.setattr(Corpus, "article", counting)
    sheets = []
    for _ in range(2):  # two new processes, one after the other
        sheet = Workspace(corpus, tmp_path / "index").fact_sheet()
        sheets.append((facts_to_json(sheet.facts), sorted(sheet.articles, key=lambda s: s.doc)))
    assert seen == ["ap"]  # the first reads the edited file; the second reads nothing
    assert sheets[0] == sheets[1]
