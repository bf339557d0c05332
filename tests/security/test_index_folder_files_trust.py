"""Every file the app reads from the index folder is trusted only when it is the user's own and
writable by no one else (issue 13, t13z H20): a world-writable ``listing.json`` holding a forged
row was shown by ``list`` while the same ``chmod o+w`` on a generation's file made the index
rebuilt. Each kind of file is checked here, with the reported mode (o+w) and two variants (g+w,
another owner): the file is read as if missing (made again and rewritten private), and
``CURRENT`` naming the live generation makes the index rebuilt."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hostile import plain_corpus

from waic_reader.index.analysis.kept_entries import KeptEntries
from waic_reader.index.corpus.item_index import ItemIndex
from waic_reader.index.corpus.listing import read_listing
from waic_reader.index.search.whoosh import names_files
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

# (what is done to the file, the words the reason gives)
UNTRUSTED = [
    pytest.param(lambda p: os.chmod(p, 0o602), "writable by others", id="o+w"),  # reported
    pytest.param(lambda p: os.chmod(p, 0o620), "writable by group", id="g+w"),
    pytest.param(lambda p: os.chown(p, 65534, 65534), "belongs to another user", id="other-owner"),
]


def _forge_title(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    mode = stat.S_IMODE(path.stat().st_mode)
    path.write_text(text.replace(old, new), "utf-8")
    os.chmod(path, mode)


@pytest.mark.parametrize(("spoil", "_why"), UNTRUSTED)
def test_a_forged_listing_others_can_write_is_not_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spoil: object, _why: str
) -> None:
    corpus = plain_corpus(tmp_path / "corpus", 2)
    ix = tmp_path / "ix"
    assert main(["--corpus", str(corpus), "--index-dir", str(ix), "index", "--json"]) == 0
    assert main(["--corpus", str(corpus), "--index-dir", str(ix), "list", "--json"]) == 0
    listing = ix / "listing.json"
    _forge_title(listing, "Plain story 0", "FORGED TITLE")
    spoil(listing)  # type: ignore[operator]
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(ix), "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert "FORGED TITLE" not in out
    assert "Plain story 0" in out
    # made again and rewritten: the user's own, private
    st = listing.stat()
    assert st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) == 0o600
    assert "FORGED TITLE" not in listing.read_text("utf-8")


@pytest.mark.parametrize(("spoil", "_why"), UNTRUSTED)
def test_the_last_listing_painted_first_is_not_read_when_others_can_write_it(
    tmp_path: Path, spoil: object, _why: str
) -> None:
    path = tmp_path / "listing.json"
    path.write_text(json.dumps({"version": "x", "rows": {}}), "utf-8")
    os.chmod(path, 0o600)
    assert read_listing(tmp_path) is not None  # the user's own file is read
    spoil(path)  # type: ignore[operator]
    assert read_listing(tmp_path) is None


@pytest.mark.parametrize(("spoil", "_why"), UNTRUSTED)
@pytest.mark.parametrize("name", ["figures.json", "timeline.json"])
def test_kept_entries_others_can_write_are_not_read(tmp_path: Path, spoil: object, _why: str, name: str) -> None:
    path = tmp_path / name
    path.write_text(json.dumps({"version": "v1", "docs": {"a": {"forged": True}}}), "utf-8")
    os.chmod(path, 0o600)
    assert KeptEntries(path, "v1").entries == {"a": {"forged": True}}
    spoil(path)  # type: ignore[operator]
    assert KeptEntries(path, "v1").entries == {}


@pytest.mark.parametrize(("spoil", "_why"), UNTRUSTED)
def test_an_item_index_others_can_write_is_not_read(tmp_path: Path, spoil: object, _why: str) -> None:
    path = tmp_path / "items.json"
    kept = ItemIndex(path, 1)
    kept.put("feed.xml", 5, 10, ["k1"], [], [7])
    kept.save()
    assert ItemIndex(path, 1).get("feed.xml", 5, 10) is not None
    spoil(path)  # type: ignore[operator]
    assert ItemIndex(path, 1).get("feed.xml", 5, 10) is None


@pytest.mark.parametrize(("spoil", "_why"), UNTRUSTED)
def test_a_names_file_others_can_write_is_not_read(tmp_path: Path, spoil: object, _why: str) -> None:
    for name in (names_files.VIEW_FILE, names_files.STATE_FILE):
        (tmp_path / name).write_text("{}", "utf-8")
        os.chmod(tmp_path / name, 0o600)
    seen: list[str] = []
    real = names_files.view_from_json, names_files.state_from_json
    names_files.view_from_json = lambda text, key: seen.append("view")  # type: ignore[assignment,func-returns-value]
    names_files.state_from_json = lambda text, v: seen.append("state")  # type: ignore[assignment,func-returns-value]
    try:
        names_files.read_view(tmp_path, "k")
        names_files.read_state(tmp_path)
        assert seen == ["view", "state"]  # the user's own files are read
        seen.clear()
        for name in (names_files.VIEW_FILE, names_files.STATE_FILE):
            spoil(tmp_path / name)  # type: ignore[operator]
        assert names_files.read_view(tmp_path, "k") is None
        assert names_files.read_state(tmp_path) is None
        assert seen == []
    finally:
        names_files.view_from_json, names_files.state_from_json = real


@pytest.mark.parametrize(("spoil", "why"), UNTRUSTED)
def test_a_current_file_others_can_write_makes_the_index_rebuilt(tmp_path: Path, spoil: object, why: str) -> None:
    corpus = plain_corpus(tmp_path / "corpus", 2)
    ws = Workspace(corpus, index_dir=tmp_path / "ix")
    ws.ensure_index()
    ws.index.close()
    spoil(tmp_path / "ix" / "CURRENT")  # type: ignore[operator]
    report = Workspace(corpus, index_dir=tmp_path / "ix").ensure_index()
    assert report.rebuilt and "index refused" in report.reason and why in report.reason
    st = (tmp_path / "ix" / "CURRENT").stat()
    assert st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) == 0o600
