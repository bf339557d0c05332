"""The proposed export path is never one the export then refuses (issue 13, helper s15-k #2).

Reported: HOME=/tmp/x, corpus /tmp/x/Documents; ``x`` proposed
/tmp/x/Documents/waic-reader/… and then refused it as inside the corpus. A Documents folder
inside the corpus (or the corpus's own folder) is passed over for the data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.export import proposed_export_path, write_export


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "x"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return home


@pytest.mark.parametrize(
    "corpus",
    [
        "Documents",  # the reported case: the corpus is ~/Documents
        ".",  # the corpus is the home folder, Documents inside it
        "Documents/waic-reader",  # the corpus is the export folder itself
    ],
)
def test_a_documents_folder_in_the_corpus_is_passed_over(home: Path, tmp_path: Path, corpus: str) -> None:
    root = (home / corpus).resolve()
    root.mkdir(parents=True, exist_ok=True)
    proposed = proposed_export_path("waic-facts", root)
    assert not proposed.resolve().is_relative_to(root)
    assert proposed.parent == tmp_path / "data" / "waic-reader" / "exports"
    assert write_export(proposed, "text", corpus_root=root, make_folder=proposed.parent).is_file()


def test_a_corpus_elsewhere_keeps_documents(home: Path, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    assert proposed_export_path("waic-facts", root) == home / "Documents" / "waic-reader" / "waic-facts.md"
    # a corpus inside the export folder's folder but not holding it: exports are not scanned there
    inner = home / "Documents" / "news"
    inner.mkdir()
    assert proposed_export_path("waic-facts", inner).parent == home / "Documents" / "waic-reader"
