"""Doc ids (issue 17): feed items keyed by their guid made safe, folders read recursively
without hidden folders or the app's own exports, and a file's extension kept in its id only
where two files of a folder share a stem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus, CorpusError
from waic_reader.index.export import EXPORT_MARK
from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate."


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def rss(*guids: str) -> str:
    items = "".join(
        f"<item><title>Item {n}</title><guid>{g}</guid><description>{BODY}</description></item>"
        for n, g in enumerate(guids, 1)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


@pytest.mark.parametrize(
    ("guid", "key"),
    [
        ("https://wire.example/2025/03/14/ferry-plan-approved/", "ferry-plan-approved"),  # the usual form
        ("https://wire.example/2025/03/14/ferry-plan.html?utm_source=rss&amp;utm_medium=feed", "ferry-plan"),
        ("https://wire.example/article.php?id=4711", "4711"),  # a script's name says nothing
        ("https://wire.example/news/#ferry", "news"),  # the fragment is no part of the story's name
        ("tag:wire.example,2025:story-7", "story-7"),
        ("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66", "6e8bc430-9c3a-11d9-9669-0800200c9a66"),
        ("../../etc/passwd", "passwd"),  # never a path out of the feed
        ("Ferry plan: vote / Friday", "Friday"),
        ("café au lait", "caf-au-lait"),  # ASCII letters, digits, . _ - only
        ("x" * 80, "x" * 48),
        ("::://", "1"),  # nothing left: the item's position
    ],
)
def test_a_guid_is_made_safe(tmp_path: Path, guid: str, key: str) -> None:
    write(tmp_path, "wire.rss", rss(guid))
    corpus = Corpus.scan(tmp_path)
    assert corpus.docs == [f"wire#{key}"]
    assert corpus.article(f"wire#{key}").text == BODY


def test_repeated_guids_get_their_occurrence_and_stay_unique(tmp_path: Path) -> None:
    write(
        tmp_path,
        "wire.rss",
        rss("https://a.example/story?utm_source=x", "https://b.example/story", "https://a.example/2"),
    )
    # the second repeats "story": its second occurrence; the third keeps its own key, 2
    assert Corpus.scan(tmp_path).docs == ["wire#story", "wire#story-2", "wire#2"]


def test_hidden_folders_and_exports_are_passed_over_in_every_subfolder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    write(corpus, "wires/reuters.txt", BODY)
    write(corpus, "wires/.drafts/unfinished.txt", BODY)  # hidden, below a subfolder
    write(corpus, ".obsidian/notes.md", BODY)
    write(corpus, "wires/.reuters.txt.swp.txt", BODY)  # a hidden file
    write(corpus, "exports/waic-facts-2025.md", EXPORT_MARK + "\n\n| figure | value |\n")  # as the app names them
    write(corpus, "notes/WAIC-COMPARE-a-b.md", "\ufeff" + EXPORT_MARK + "\n\n# Comparison\n")
    write(corpus, "notes/renamed.md", EXPORT_MARK + "\n\n# Fact sheet\n")  # an export, renamed
    rows = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"])
    assert rows == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["doc"] for r in data["articles"]] == ["wires/reuters"]
    reason = "an export written by waic-reader, not an article"
    assert data["skipped"] == [
        {"path": "exports/waic-facts-2025.md", "reason": reason},
        {"path": "notes/WAIC-COMPARE-a-b.md", "reason": reason},
        {"path": "notes/renamed.md", "reason": reason},
    ]


def test_an_extension_is_kept_only_where_two_files_of_a_folder_share_a_stem(tmp_path: Path) -> None:
    write(tmp_path, "a/story.txt", BODY)
    write(tmp_path, "b/story.md", BODY)  # same stem, other folder: no clash
    write(tmp_path, "c/story.txt", BODY)
    write(tmp_path, "c/story.md", BODY)
    write(tmp_path, "c/story.html", f"<html><body><p>{BODY}</p></body></html>")
    write(tmp_path, "c/other.rss", rss("https://x.example/one"))
    corpus = Corpus.scan(tmp_path)
    assert corpus.docs == ["a/story", "b/story", "c/other#one", "c/story.html", "c/story.md", "c/story.txt"]
    assert corpus.resolve("c/story.m") == "c/story.md"  # a unique prefix still addresses it
    assert corpus.resolve("a/st") == "a/story"
    with pytest.raises(CorpusError, match="ambiguous"):
        corpus.resolve("c/story")
