"""A text-mode browser's dump (``lynx -dump``) numbers each link before its words ("[10]Share on
Facebook", "By [9]Tom Hale") and lists the links' addresses under "References" ("9.
https://…/authors/tom-hale"). A line is read by its words with the link markers left out, and a
numbered line that is one bare address is link furniture (navigation). s30-m, t13q F13: the share
row was a "headline-list" teaser, the skip link a teaser, the byline navigation, one address line a
teaser. The first case is the tester's probe6/lynx-dump.txt; the others are invented (other names,
outlets, link wording and share buttons)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30m"


def verdicts(tmp_path: Path, name: str) -> dict[str, str]:
    (tmp_path / name).write_text((FIXTURES / name).read_text("utf-8"), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert isinstance(art, Article)
    split = split_noise(art)
    out = {seg.text.strip(): "content" for seg in split.content}
    out.update({seg.text.strip(): seg.kind for seg in split.noise})
    return out


CASES = [
    (
        "lynx-dump.txt",  # reported
        {
            "[10]Share on Facebook [11]Share on X [12]Email": "call-to-action",
            "[2]Skip to main content": "navigation",
            "By [9]Tom Hale": "byline",
            "9. https://alpinecourier.example/authors/tom-hale": "navigation",
            "1. https://alpinecourier.example/rss": "navigation",
        },
        "The cabin that fell on Wednesday, killing seven people, hung from one\n   of the clamps that were not replaced.",
    ),
    (
        "lynx-harbour.txt",  # invented: other outlet, names and buttons
        {
            "[10]Share this article [11]Tweet [12]Print": "call-to-action",
            "[2]Skip to content": "navigation",
            "By [9]Ingrid Solberg": "byline",
            "9. https://gazette.example/staff/ingrid-solberg": "navigation",
            "13. https://gazette.example/quay": "navigation",
        },
        "The ferry carries about 900 people a day in winter, most of them\n   commuters who work at the fish plant on the mainland.",
    ),
    (
        "lynx-school.txt",  # invented: a shorter dump, no "Most read", other link words
        {
            "[8]Share on WhatsApp [9]Share on Facebook [10]Copy link": "call-to-action",
            "[1]Jump to navigation": "navigation",
            "By [7]Marta Okafor": "byline",
            "7. https://courier.example/people/marta-okafor": "navigation",
        },
        "Parents had taken their children to a school in the next village while\n"
        "   the classrooms dried out, a journey of about twenty minutes by bus.",
    ),
]


@pytest.mark.parametrize(("name", "kinds", "kept"), CASES, ids=[c[0] for c in CASES])
def test_lynx_lines_are_read_without_their_link_markers(
    tmp_path: Path, name: str, kinds: dict[str, str], kept: str
) -> None:
    got = verdicts(tmp_path, name)
    assert {text: got.get(text) for text in kinds} == kinds
    assert got[kept] == "content"


def test_a_footnote_mark_after_a_word_is_no_link_marker(tmp_path: Path) -> None:
    """A footnote's "[1]" closing a sentence is not a dump's link marker: the paragraph stays."""
    text = (
        "Ferry crossings resume after inspection\n\n"
        "The operator of the Nordby ferry resumed all crossings on Monday after inspectors cleared the "
        "vessel, the company said.[1] The harbour master said the engines had been replaced.[2]\n"
    )
    (tmp_path / "foot.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    assert any("the company said.[1]" in seg.text for seg in split.content)
