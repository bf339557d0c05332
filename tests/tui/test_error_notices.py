"""A failed task's notice says what went wrong in words (#13 re-test, item 9: with the corpus
folder renamed while the app ran, the notice read "CorpusError: corpus folder not found: …").
Errors the user can act on show their message alone; any other exception keeps its class name
(a fault to report)."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle

from waic_reader.index.corpus.reader import CorpusError
from waic_reader.index.errors import IndexBusy, YamlError
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp, error_text


def test_errors_the_user_can_act_on_read_as_their_message() -> None:
    assert error_text(CorpusError("corpus folder not found: /tmp/x")) == "corpus folder not found: /tmp/x"
    assert error_text(YamlError("corpus.yaml", "bad", 3, 4)) == "corpus.yaml:3:4: bad"
    assert error_text(IndexBusy("another process is writing this index")) == "another process is writing this index"
    assert error_text(PermissionError(13, "Permission denied", "/tmp/i")) == "Permission denied: /tmp/i"
    assert error_text(FileNotFoundError(2, "No such file or directory")) == "No such file or directory"
    # A fault keeps its class: it is what a bug report needs.
    assert error_text(KeyError("doc")) == "KeyError: 'doc'"
    assert error_text(TypeError("'NoneType' object is not subscriptable")).startswith("TypeError: ")


async def test_a_corpus_folder_renamed_under_the_app_is_said_without_a_class_name(tmp_path: Path) -> None:
    corpus = tmp_path / "coverage"
    corpus.mkdir()
    for name in ("a", "b"):
        (corpus / f"{name}.txt").write_text(f"Ferry strike day {name}\n\nCrews walked out over pay.\n", "utf-8")
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    notices: list[str] = []
    notify = app.notify
    app.notify = lambda message, *a, **k: (notices.append(str(message)), notify(message, *a, **k))[1]  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        corpus.rename(tmp_path / "coverage-old")
        await pilot.press("ctrl+r")  # rescan: the folder is gone
        for _ in range(100):
            if any("not found" in n for n in notices):
                break
            await pilot.pause(0.05)
        said = [n for n in notices if "not found" in n]
        assert said, notices
        assert not any("CorpusError" in n for n in notices), notices
