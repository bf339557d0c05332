"""Two kinds of furniture inside an article page kept as its text (issue #14, the re-tester and
earlier halves of session 45):

- a sponsor box under its heading ("Our Learning Partner", the partner's name, its blurb): an
  advertisement (unseen40's csstricks-1 in plain text, where the heading alone was caught); the
  reported page, and a box set between two of an article's paragraphs in text and in HTML, the
  article going on under it;
- a chart's or a figure's label in a line of its own ("Chart: … Source: …", "Figure 2: …",
  "Graph: …"): a caption (cryptoslate's chart lines), in HTML and in text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

CSS_TRICKS = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen40" / "text" / "csstricks-1.txt"


def _split(tmp_path: Path, name: str, text: str) -> tuple[str, dict[str, str]]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    return " ".join(s.text for s in split.content), {s.text.strip(): s.kind for s in split.noise}


def test_reported_sponsor_box_lines_are_advertisement(tmp_path: Path) -> None:
    _content, noise = _split(tmp_path, "csstricks.txt", CSS_TRICKS.read_text(encoding="utf-8"))
    assert noise.get("Frontend Masters") == "advertisement"
    assert noise.get("Need front-end development training?") == "advertisement"
    blurb = [k for k in noise if k.startswith("Frontend Masters is the best place to get it.")]
    assert blurb and all(noise[k] == "advertisement" for k in blurb)


BOX_TEXT = """Styling scrollbars in 2026

By Jane Roe

Scrollbars can be styled with two properties now supported in every browser.

Our Learning Partner

CodeCraft Academy

Want to level up your CSS?

CodeCraft Academy runs hands-on courses on layout, animation and accessibility, taught by working developers.

The first property sets the width of the bar, and the second its colours, as the examples below show in turn.

That is all you need for most sites, and older browsers simply ignore both.
"""

BOX_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ten years of the river trust</title></head>
<body><main><article><h1>Ten years of the river trust</h1>
<p>The river trust was founded ten years ago by four anglers who were tired of seeing the banks crumble.</p>
<h3>Our Community Sponsors</h3>
<p>Hollin Outdoor</p>
<p>Hollin Outdoor has equipped walkers and anglers across the dales since 1987, with shops in Skipton and Settle.</p>
<p>Since then it has planted 12,000 trees and rebuilt two miles of bank, most of it by volunteers on Saturday mornings.</p>
<p>Its chair, Dev Patel, said the next decade would be about the river's upper reaches.</p>
</article></main></body></html>
"""


@pytest.mark.parametrize(
    ("name", "page", "box", "after"),
    [
        (
            "box.txt",
            BOX_TEXT,
            ["CodeCraft Academy", "Want to level up your CSS?", "CodeCraft Academy runs hands-on courses"],
            ["The first property sets the width", "That is all you need"],
        ),
        (
            "box.html",
            BOX_HTML,
            ["Hollin Outdoor", "Hollin Outdoor has equipped walkers"],
            ["Since then it has planted 12,000 trees", "Its chair, Dev Patel, said"],
        ),
    ],
    ids=["text-mid-article", "html-mid-article"],
)
def test_sponsor_box_between_paragraphs(tmp_path: Path, name: str, page: str, box: list[str], after: list[str]) -> None:
    content, noise = _split(tmp_path, name, page)
    for start in box:
        kinds = {noise[k] for k in noise if k.startswith(start)}
        assert kinds == {"advertisement"}, (start, noise)
    for start in after:
        assert start in content


CHART_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flood claims reach a record</title></head>
<body><main><article><h1>Flood claims reach a record</h1>
<p>Insurers paid out a record sum for flood damage last year, as three storms in a row hit the north of England.</p>
<p>{caption}</p>
<p>Claims rose by a third on the year before, the industry's figures show, with most from homes near rivers.</p>
<p>The government said its new flood defence scheme would protect 40,000 more homes by 2030.</p>
</article></main></body></html>
"""
CAPTIONS = {
    "reported": "Chart: Flood claims by year, 2015–2025. Source: Association of British Insurers",
    "figure": "Figure 2: Homes at risk of river flooding by region. Source: Environment Agency",
    "graph": "Graph: Homes flooded each winter since 2015 (thousands)",
}


@pytest.mark.parametrize("case", list(CAPTIONS))
@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_chart_label_is_a_caption(tmp_path: Path, case: str, fmt: str) -> None:
    caption = CAPTIONS[case]
    page = CHART_HTML.format(caption=caption)
    if fmt == "txt":
        page = "\n\n".join(
            line.replace("<p>", "").replace("</p>", "").replace("<h1>", "").replace("</h1>", "")
            for line in page.splitlines()
            if line.startswith(("<p>", "<h1>"))
        )
    content, noise = _split(tmp_path, f"page.{fmt}", page)
    assert noise.get(caption) == "caption", noise
    assert "Claims rose by a third" in content and "Insurers paid out a record sum" in content


def test_chart_word_inside_a_sentence_stays_text(tmp_path: Path) -> None:
    line = "The chart shows claims rising every year since 2015, with the sharpest rise in the north."
    content, _noise = _split(tmp_path, "page.html", CHART_HTML.format(caption=line))
    assert line in content
