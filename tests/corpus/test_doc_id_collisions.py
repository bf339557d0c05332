"""Doc ids never collide (acceptance, session 8): ids made file by file can meet (``fm.md.txt``
without its extension is ``fm.md``, the id ``fm.md`` keeps where ``fm.txt`` shares its stem; a
file ``x#1.txt`` is ``x#1``, the first item of ``x.rss``), and one of the two articles vanished
from the index without a word. Every article now gets an id of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate."


def write(folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")


def texts(folder: Path) -> dict[str, str]:
    corpus = Corpus.scan(folder)
    return {doc: corpus.article(doc).text for doc in corpus.docs}


def indexed(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["--corpus", str(folder), "--index-dir", str(tmp_path / "ix"), "index", "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_the_reported_three_files_of_one_stem_are_all_indexed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "c"
    for name in ("fm.md", "fm.txt", "fm.md.txt"):
        write(folder, name, f"{BODY} ({name})")
    assert texts(folder) == {
        "fm.md": f"{BODY} (fm.md)",
        "fm.md.txt": f"{BODY} (fm.md.txt)",  # 'fm.md' is taken by fm.md: its whole path
        "fm.txt": f"{BODY} (fm.txt)",
    }
    data = indexed(folder, tmp_path, capsys)
    assert data["indexed"] == 3 and data["skipped"] == []


def test_a_text_file_named_like_a_feed_item_keeps_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "c"
    write(
        folder,
        "x.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>One</title><description>{BODY} (item)</description></item></channel></rss>",
    )
    write(folder, "x#1.txt", f"{BODY} (file)")
    # the item keeps the id its feed gives it; the file takes its whole path
    assert texts(folder) == {"x#1.txt": f"{BODY} (file)", "x#1": f"{BODY} (item)"}
    data = indexed(folder, tmp_path, capsys)
    assert data["indexed"] == 2 and data["skipped"] == []


def test_a_record_id_meets_a_file_in_a_subfolder(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    write(folder, "dumps/api.jsonl", json.dumps({"id": "ferry", "text": f"{BODY} (record)"}) + "\n")
    write(folder, "dumps/api#ferry.md", f"{BODY} (file)")
    assert texts(folder) == {"dumps/api#ferry.md": f"{BODY} (file)", "dumps/api#ferry": f"{BODY} (record)"}


def test_a_fallback_taken_too_is_numbered(tmp_path: Path) -> None:
    # fm.md.txt falls back to its path, 'fm.md.txt', which is fm.md.txt.txt's id
    for name in ("fm.md", "fm.txt", "fm.md.txt", "fm.md.txt.txt"):
        write(tmp_path, name, f"{BODY} ({name})")
    found = texts(tmp_path)
    assert len(found) == 4
    assert found["fm.md.txt"] == f"{BODY} (fm.md.txt.txt)"
    assert found["fm.md.txt~2"] == f"{BODY} (fm.md.txt)"
