"""A "comments" hint from an element that holds the article's own main lines is no hint (issue #14,
unseen31 psychologytoday-1, round s36-a): Drupal writes a node's comment setting as a class of the
node's element ("node node-blog-entry comment-2"), and the article's body lies inside it. The two
section headings the extractor left out between the body's paragraphs ("So which of these two
narratives has more credence? …", "Interestingly, this declining optimism pattern doesn't occur for
everyone.") took the "comments" kind from it and were split off as readers' comments. The reported
page end to end, then the rule itself on pages of our own (another node class, another layout); a
real comments section beside the article keeps its hint."""

from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.html_hints import _kind_hint, comments_holding_main
from waic_reader.index.corpus.reader import Corpus

REPORTED = (
    Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen31" / "html" / "psychologytoday-1.html.gz"
)


def test_the_reported_headings_are_the_article(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(gzip.decompress(REPORTED.read_bytes()))
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = " ".join(s.text for s in split.content)
    for heading in (
        "So which of these two narratives has more credence?",
        "Interestingly, this declining optimism pattern doesn’t occur for everyone.",
    ):
        assert heading in content, [(s.kind, s.text[:60]) for s in split.noise if s.kind == "comments"]


PAGES = {
    # Drupal's node with comments closed (comment-1), a heading between the body's paragraphs.
    "drupal-closed": """<html><body><div class="node node-article comment-1"><div class="body">
<p id="m1">Der Stadtrat hat am Dienstag den neuen Fährplan für den Hafen von Tiefenbach beschlossen.</p>
<h3 id="out">Was ändert sich für die Pendler?</h3>
<p id="m2">Die erste Fähre legt künftig schon um fünf Uhr ab, die letzte kurz vor Mitternacht.</p>
</div></div>
<div class="comments" id="c"><p id="real">Endlich! Danke für den Bericht.</p></div></body></html>""",
    # A news site's article element that names its comment count in a class ("article has-comments").
    "article-has-comments": """<html><body><main><article class="story story--has-comments"><section>
<p id="m1">The council voted on Tuesday to keep the Halvik ferry running through the winter months.</p>
<h2 id="out">What changes for commuters?</h2>
<p id="m2">The first ferry will leave at five in the morning and the last shortly before midnight.</p>
</section></article>
<section class="comment-list" id="c"><p id="real">About time! Thanks for the report.</p></section></main></body></html>""",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_a_comment_class_holding_the_article_gives_no_hint(name: str) -> None:
    root = lxml.html.fromstring(PAGES[name])
    by_id = {el.get("id"): el for el in root.iter() if el.get("id")}
    out: list[tuple[str, str, tuple[str | None, str] | None]] = [
        ("paragraph", by_id["m1"].text_content(), None),
        ("paragraph", by_id["out"].text_content(), _kind_hint(by_id["out"])),
        ("paragraph", by_id["m2"].text_content(), None),
        ("paragraph", by_id["real"].text_content(), _kind_hint(by_id["real"])),
    ]
    assert out[1][2] is not None and out[1][2][0] == "comments"  # the class names comments
    comments_holding_main(out, {0: by_id["m1"], 2: by_id["m2"]}, {1: by_id["out"], 3: by_id["real"]})
    assert out[1][2] is not None and out[1][2][0] is None  # the article's heading: no kind named
    assert out[3][2] is not None and out[3][2][0] == "comments"  # the comments beside it: still comments
