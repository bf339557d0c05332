"""x in the comparison and the fact sheet: asks where, proposes a path outside the corpus,
never writes into the corpus, over a file, or through a symbolic link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import Input

from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.export import EXPORT_MARK, write_export
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.export_prompt import ExportPromptScreen


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a Documents folder: exports are proposed there."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home


def compare_app(corpus: Path, tmp_path: Path) -> WaicReaderApp:
    ws = Workspace(corpus, tmp_path / "ix")
    options = StartOptions(compare=(ws.corpus.resolve("003"), ws.corpus.resolve("004")))
    return WaicReaderApp(ws, options, save_settings=False)


async def open_prompt(pilot) -> ExportPromptScreen:  # type: ignore[no-untyped-def]
    await pilot.press("x")
    await settle(pilot)
    prompt = pilot.app.screen
    assert isinstance(prompt, ExportPromptScreen)
    return prompt


def error_of(prompt: ExportPromptScreen) -> str:
    return str(prompt.query_one("#export-error").render())


@pytest.mark.parametrize("start", ["compare", "facts"])
async def test_x_asks_where_and_never_writes_into_the_corpus(
    start: str, home: Path, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(seeds_copy)  # started from inside the corpus: `cd corpus && waic-reader --corpus .`
    before = sorted(p.name for p in seeds_copy.iterdir())
    app = compare_app(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if start == "facts":
            await pilot.press("f")
            await settle(pilot)
        prompt = await open_prompt(pilot)
        box = prompt.query_one(Input)
        proposed = Path(box.value)
        assert proposed.parent == home / "Documents" / "waic-reader"
        assert str(proposed) in str(prompt.query_one("#export-default").render())
        # Inside the corpus: refused, the dialog stays.
        box.value = str(seeds_copy / "export.md")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is prompt and "corpus" in error_of(prompt)
        # A symbolic link: refused, the file it points to untouched.
        victim = tmp_path / "victim.txt"
        victim.write_text("keep", "utf-8")
        link = tmp_path / "link.md"
        link.symlink_to(victim)
        box.value = str(link)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is prompt and "symbolic link" in error_of(prompt)
        assert victim.read_text("utf-8") == "keep"
        # The proposed path: written.
        box.value = str(proposed)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ExportPromptScreen)
        text = proposed.read_text("utf-8")
        assert text.startswith(EXPORT_MARK) and ("| " in text)
        # Again: a new name is proposed; the first file is never overwritten.
        prompt = await open_prompt(pilot)
        second = Path(prompt.query_one(Input).value)
        assert second != proposed and second.parent == proposed.parent
        prompt.query_one(Input).value = str(proposed)
        await pilot.press("enter")
        await settle(pilot)
        assert "exists" in error_of(prompt)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ExportPromptScreen)
    assert sorted(p.name for p in seeds_copy.iterdir()) == before
    assert proposed.read_text("utf-8") == text


def test_the_corpus_scan_ignores_exports(seeds_copy: Path) -> None:
    write_export(seeds_copy / "facts.md", "# Fact sheet\n\nSome exported text.\n")
    corpus = Corpus.scan(seeds_copy)
    docs = [a.doc for a in corpus.articles()]
    assert "facts" not in docs and len(docs) == 5
    assert any(s.path.startswith("facts") and "export" in s.reason for s in corpus.skipped)


def test_no_export_path_is_created_inside_the_corpus(seeds_copy: Path) -> None:
    with pytest.raises(PermissionError):
        write_export(seeds_copy / "new" / "dir" / "x.md", "text", corpus_root=seeds_copy, make_folder=seeds_copy)
    assert not (seeds_copy / "new").exists()
    # Also through a link to the corpus from elsewhere.
    link = seeds_copy.parent / "alias"
    os.symlink(seeds_copy, link)
    with pytest.raises(PermissionError):
        write_export(link / "x.md", "text", corpus_root=seeds_copy)


@pytest.mark.parametrize(
    ("typed", "made"),
    [
        # Reported (issue 13, fresh tester, F9): typed from `cd kb`, the export made the missing
        # folders t13s17/kb/notes; the CLI refuses a missing folder. Now both refuse.
        ("../t13s17/kb/notes/z.md", False),
        ("{tmp}/elsewhere/z.md", False),  # one missing folder outside the export folder
        ("{proposed}/2026/december/z.md", True),  # under the proposed export folder: made
    ],
)
async def test_missing_folders_are_made_only_under_the_export_folder(
    home: Path, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, made: bool
) -> None:
    monkeypatch.chdir(seeds_copy)
    app = compare_app(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        prompt = await open_prompt(pilot)
        box = prompt.query_one(Input)
        folder = Path(box.value).parent
        box.value = typed.format(tmp=tmp_path, proposed=folder)
        target = seeds_copy / box.value  # a relative path is read from the working folder
        top = target.parent
        while not top.parent.exists():
            top = top.parent  # the first folder that would be made
        await pilot.press("enter")
        await settle(pilot)
        if made:
            assert not isinstance(app.screen, ExportPromptScreen)
            assert target.read_text("utf-8").startswith(EXPORT_MARK)
        else:
            assert app.screen is prompt
            assert "does not exist" in error_of(prompt), error_of(prompt)
            assert not top.exists() and not target.exists()  # no folder made


def test_the_proposed_folder_itself_is_made_when_missing(home: Path, tmp_path: Path) -> None:
    """The export folder may not exist yet (a first export): it, and only under it, is made."""
    folder = tmp_path / "data" / "waic-reader" / "exports"
    assert write_export(folder / "x.md", "text", make_folder=folder).is_file()
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_export(tmp_path / "data" / "other" / "x.md", "text", make_folder=folder)
    assert not (tmp_path / "data" / "other").exists()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("001_wire", "003_broadcaster"),  # reported: proposed "…-001_wire-003_broadcas.md"
        ("valdoria-dam-collapse-wire", "valdoria-dam-collapse-radio"),
        ("notes/long story", "x"),
    ],
)
async def test_compare_export_proposes_the_doc_ids_whole(home: Path, tmp_path: Path, a: str, b: str) -> None:
    # The proposed name says which two articles it compares: ids are never cut at 12 characters
    # (s18 #13 re-test), a folder's slash and a space read as "-".
    corpus = tmp_path / "c"
    for doc in (a, b):
        (corpus / doc).parent.mkdir(parents=True, exist_ok=True)
        (corpus / f"{doc}.txt").write_text(
            "Dam gives way above Valdoria\n\nThe dam gave way on Tuesday night, officials said on Wednesday.\n"
        )
    ws = Workspace(corpus, tmp_path / "ix")
    app = WaicReaderApp(ws, StartOptions(compare=(ws.corpus.resolve(a), ws.corpus.resolve(b))), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        prompt = await open_prompt(pilot)
        name = Path(prompt.query_one(Input).value).name
        want = f"waic-compare-{a}-{b}.md".replace("/", "-").replace(" ", "-")
        assert name == want, name
