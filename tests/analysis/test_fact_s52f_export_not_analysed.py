"""``facts_markdown`` lists the articles not analysed after the grounds and counts them apart in
its first line (t13av N19, round s52-f), for an article in a script the analyses do not read and
for one in another Latin-script language; a sheet with none says nothing of them."""

from __future__ import annotations

from dataclasses import dataclass

from fact_helpers import Art

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.language import not_analysed_note
from waic_reader.index.export import facts_markdown


@dataclass
class _Source:
    """What the sheet names a source by (:class:`~waic_reader.index.analysis.facts.Named`)."""

    doc: str
    label: str


def _md(notes: list[tuple[str, str]]) -> str:
    arts = [
        Art("a", "Story\n\nTwelve people were killed in the fire on Monday."),
        Art("b", "Story\n\nFourteen people were killed in the fire on Monday."),
    ]
    arts += [Art(doc, "Story\n\n(text not read)") for doc, _ in notes]
    facts = fact_sheet([(a, []) for a in arts if a.doc in {"a", "b"}])
    return facts_markdown(
        facts, [_Source(a.doc, a.doc) for a in arts], [not_analysed_note(doc, language) for doc, language in notes]
    )


def test_export_names_each_article_not_analysed() -> None:
    # a script not read (Japanese) and a Latin-script language (Spanish), as in t13av
    md = _md([("intl/asahi", "Japanese"), ("intl/lavoz", "Spanish")])
    first = next(line for line in md.splitlines() if " facts from " in line)
    assert " from 2 articles (2 not analysed, listed at the end);" in first, first
    assert "in disagreement" in first
    tail = md.split("## Grounds", 1)[1]
    assert "## Not analysed" in tail, md
    listed = [line for line in tail.split("## Not analysed", 1)[1].splitlines() if line.startswith("- ")]
    assert len(listed) == 2 and "written in Japanese" in listed[0] and "written in Spanish" in listed[1], listed
    assert "asahi" in listed[0] and "lavoz" in listed[1], listed


def test_export_without_unread_articles_says_nothing_of_them() -> None:
    md = _md([])
    assert "not analysed" not in md.lower()
    assert " facts from 2 articles;" in md
