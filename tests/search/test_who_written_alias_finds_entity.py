"""``who:`` by a name the recogniser merged into an entity of another name finds every article of
that entity, as the entity list gives them (tester t13ai N10): the entity list merged "CWA" into
the Central Weather Administration (forms ['CWA', 'Central Weather Administration'], 7 articles)
while ``who:CWA`` found 2, the articles writing "CWA", and ``who:"Central Weather Administration"``
7. Inputs: two of the tester's articles (the press release defining "CWA", the AP story writing
the whole name only; copied from its corpus), and two corpora of our own: an acronym defined in
brackets, and one defined by "or" between commas."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ai"

COASTAL = {
    "a.txt": (
        "Tanker grounded off Halsnøy\n\n"
        "The Norwegian Coastal Administration (NCA) said on Monday that a tanker had run aground off "
        "Halsnøy. The NCA sent two tugs to the scene.\n"
    ),
    "b.txt": (
        "Tugs reach grounded tanker\n\n"
        "Two tugs reached the tanker on Tuesday, the Norwegian Coastal Administration said, and began "
        "pumping fuel from its damaged tanks.\n"
    ),
    "c.txt": (
        "Fishing fleet stays in port\n\nThe fishing fleet of Bømlo stayed in port on Tuesday as a storm passed.\n"
    ),
}
RESCUE = {
    "a.txt": (
        "Hikers rescued on Trollheimen\n\n"
        "The Mountain Rescue Service, or MRS, brought four hikers down from Trollheimen on Sunday. "
        "MRS teams worked through the night.\n"
    ),
    "b.txt": (
        "Four hikers safe after night on mountain\n\n"
        "Four hikers were brought down from Trollheimen by the Mountain Rescue Service on Sunday "
        "after a night in the snow.\n"
    ),
    "c.txt": ("Snow closes pass\n\nHeavy snow closed the Trollheimen pass to traffic on Sunday night.\n"),
}


def _workspace(root: Path, files: dict[str, str] | None) -> Workspace:
    corpus = root / "corpus"
    corpus.mkdir()
    if files is None:
        for name in ("cwa-press-release.txt", "ap-haruka.txt"):
            shutil.copy(FIXTURES / name, corpus / name)
    else:
        for name, text in files.items():
            (corpus / name).write_text(text, "utf-8")
    ws = Workspace(corpus, root / "index")
    ws.ensure_index()
    return ws


CASES = {
    "reported": (None, "CWA", "Central Weather Administration", {"cwa-press-release", "ap-haruka"}),
    "brackets": (COASTAL, "NCA", "Norwegian Coastal Administration", {"a", "b"}),
    "or": (RESCUE, "MRS", "Mountain Rescue Service", {"a", "b"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_who_by_a_merged_short_form_finds_every_article_of_the_entity(tmp_path: Path, case: str) -> None:
    files, short, whole, docs = CASES[case]
    ws = _workspace(tmp_path, files)
    entity = next(e for e in ws.entities().entities if e.name == whole)
    listed = {doc for doc, _m in entity.mentions}
    assert listed == docs and short in {m.text for _d, m in entity.mentions}  # the list merges them
    by_short = ws.search(f"who:{short}", limit=None)
    assert {h.doc for h in by_short.hits} == listed == {h.doc for h in ws.search(f'who:"{whole}"', limit=None).hits}
    assert by_short.total == len(listed)
    assert all(h.spans for h in by_short.hits)  # the entity's mentions are the matches
