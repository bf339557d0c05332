"""Two corpora that share doc ids never see, move or take each other's noise marks.

Every corpus's marks live in one ``marks.json``. A mark follows its article's exact text into
any folder (tests/analysis/test_marks.py), but the looser matches, by doc id for an article
edited since, or marked without its text, hold only inside the corpus the mark was made in."""

from __future__ import annotations

import json
from pathlib import Path

from waic_reader.index.analysis.overrides import Overrides, block_key, marks_path
from waic_reader.index.paths import corpus_key
from waic_reader.index.workspace import Workspace

RELATED = "Related: more stories from our newsroom"


def article(folder: Path, name: str, title: str, paras: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"# {title}\n\n" + "\n\n".join(paras) + "\n", "utf-8")
    return path


def marked(ws: Workspace, doc: str) -> list[str]:
    return [s.text for s in ws.analyser.doc(doc).split.noise if s.marked]


def two_corpora(tmp_path: Path) -> tuple[Path, Path]:
    """``A/001.txt`` and ``B/001.txt``: two short, unrelated articles with one doc id."""
    a = tmp_path / "A"
    b = tmp_path / "B"
    article(a, "001.txt", "Ferry terminal to be rebuilt", ["The council voted to rebuild the pier.", RELATED])
    article(
        b, "001.txt", "Budget passes", ["The budget passed by two votes on Monday.", "Subscribe to our newsletter."]
    )
    return a, b


def test_a_mark_in_one_corpus_is_not_an_orphan_of_another_and_is_not_taken(tmp_path: Path) -> None:
    """The reported case: a mark on A/001 was listed as an orphan of B/001, and marking a block
    of B/001 folded A's mark into B's entry, so A lost it."""
    a, b = two_corpora(tmp_path)
    assert Workspace(a, tmp_path / "ixa").mark_block("001", RELATED, "noise") is None
    ws_b = Workspace(b, tmp_path / "ixb")
    assert ws_b.orphan_marks() == []
    assert marked(ws_b, "001") == []
    assert ws_b.mark_block("001", "Subscribe to our newsletter.", "noise") is None
    assert marked(ws_b, "001") == ["Subscribe to our newsletter."]
    ws_a = Workspace(a, tmp_path / "ixa")
    assert marked(ws_a, "001") == [RELATED]
    assert ws_a.orphan_marks() == []
    assert len(Overrides.load(a).entries) == 2  # one entry per article, neither folded into the other


def test_marks_made_without_the_text_stay_in_their_corpus(tmp_path: Path) -> None:
    """A mark made by doc id alone (a script; no fingerprint) applies to that doc id in its own
    corpus only, and clearing them there leaves the other corpus's alone."""
    a, b = two_corpora(tmp_path)
    script = Overrides.load(a)
    script.mark("001", "The council voted to rebuild the pier.", "content")
    script.mark("001", "Subscribe to our newsletter.", "noise")  # not even a block of A/001
    script.save()
    ws_b = Workspace(b, tmp_path / "ixb")
    assert marked(ws_b, "001") == []
    assert ws_b.orphan_marks() == []
    assert Overrides.load(b).get("001", "Subscribe to our newsletter.") is None
    assert Overrides.load(a).get("001", "Subscribe to our newsletter.") == "noise"
    other = Overrides.load(b)
    other.clear("001")
    other.save()
    assert len(Overrides.load(a)) == 2
    (orphan,) = Workspace(a, tmp_path / "ixa").orphan_marks()  # in A it is an orphan, as it should be
    assert orphan.block == block_key("Subscribe to our newsletter.")


def test_a_short_article_keeps_its_marks_only_while_half_its_blocks_remain(tmp_path: Path) -> None:
    """The "three blocks or fewer" rule is gone: a short article rewritten in the same corpus is
    another article, and a short article of another corpus never matched by its size."""
    a, b = two_corpora(tmp_path)
    path = article(a, "002.txt", "Bridge closed", ["The bridge closed for repairs.", RELATED])
    article(b, "002.txt", "Bridge closed", ["A different first paragraph.", RELATED + "!"])
    assert Workspace(a, tmp_path / "ixa").mark_block("002", RELATED, "noise") is None
    ws_b = Workspace(b, tmp_path / "ixb")
    assert marked(ws_b, "002") == [] and ws_b.orphan_marks() == []
    # edited in A with one of its three blocks kept: the fingerprint says it is another article,
    # the mark is not applied to it, and it is said (t13c fault 5: a mark no block matches any
    # more is an orphan, not lost silently)
    article(a, "002.txt", "Roads reopened", ["All roads reopened this morning.", RELATED + "?"])
    assert marked(Workspace(a, tmp_path / "ixa"), "002") == []
    assert [o.text for o in Workspace(a, tmp_path / "ixa").orphan_marks()] == [RELATED]
    # two of three kept (the title and the marked block): still the article, the mark applies
    path.write_text("# Bridge closed\n\nThe bridge reopened after repairs.\n\n" + RELATED + "\n", "utf-8")
    assert marked(Workspace(a, tmp_path / "ixa"), "002") == [RELATED]


def test_an_edited_article_keeps_its_marks_in_its_own_corpus(tmp_path: Path) -> None:
    a, b = two_corpora(tmp_path)
    paras = [f"Paragraph {k} of the ferry story, with its own words." for k in range(5)] + [RELATED]
    path = article(a, "003.txt", "Ferry", paras)
    article(b, "003.txt", "Ferry", paras[:3] + [RELATED])  # most of A's blocks, but another corpus
    assert Workspace(a, tmp_path / "ixa").mark_block("003", RELATED, "noise") is None
    path.write_text(path.read_text("utf-8").replace("Paragraph 0", "First paragraph"), "utf-8")
    assert marked(Workspace(a, tmp_path / "ixa"), "003") == [RELATED]
    assert marked(Workspace(b, tmp_path / "ixb"), "003") == []


def test_marks_written_before_corpora_were_recorded_follow_the_text_only(tmp_path: Path) -> None:
    a, b = two_corpora(tmp_path)
    ws = Workspace(a, tmp_path / "ixa")
    assert ws.mark_block("001", RELATED, "noise") is None
    path = marks_path()
    data = json.loads(path.read_text("utf-8"))
    for entry in data["articles"].values():
        del entry["corpora"]  # as the previous version wrote it
    data["articles"]["doc:001"] = {  # and a mark made by doc id alone
        "doc": "001",
        "sha": "",
        "blocks": [],
        "marks": {block_key("Subscribe to our newsletter."): {"mark": "noise", "text": "Subscribe"}},
    }
    path.write_text(json.dumps(data), "utf-8")
    loaded = Overrides.load(a)
    assert loaded.error is None and len(loaded) == 2
    assert marked(Workspace(a, tmp_path / "ixa"), "001") == [RELATED]  # same text: still marked
    assert marked(Workspace(b, tmp_path / "ixb"), "001") == []  # the doc id alone says nothing
    # a new mark in A/001 records A's corpus on its entry
    assert Workspace(a, tmp_path / "ixa").mark_block("001", "The council voted to rebuild the pier.", "noise") is None
    saved = json.loads(path.read_text("utf-8"))["articles"]
    assert [e["corpora"] for e in saved.values() if e["sha"]] == [[corpus_key(a)]]
