"""A short section beside a long one with a list under its paragraphs stays (review s35-rv2
finding 13, the fix of s35-rv finding 1 partial).

An article written as a list of sections: the first section a heading, three paragraphs and a
bullet list under them (a very common shape), a short section beside it ("2. Keep families
informed" / "Call them daily."). The long item was read as a page box for the list under its
paragraphs, and its short siblings, holding no paragraph of prose, were dropped as the layout's
other columns. The items beside a box are the page's layout only when they hold no heading and
no paragraph at all (links and teasers). The reviewer's page and two variants of our own
(another language and list tag, a section with no heading); s35-g's box pages stay in
test_noise_page_box_layouts.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def content_text(art: Article) -> str:
    return "\n".join(" ".join(seg.text.split()) for seg in split_noise(art).content)


_EN = "explains what rescuers did in the mine that day and why it mattered to the families."
_DE = "erklärt, was die Helfer an diesem Tag in der Grube taten und warum es den Familien wichtig war."

PAGES: dict[str, tuple[str, list[str]]] = {
    # The reviewer's page (rv2-tmp/h2/lessons.html), as written.
    "reviewer": (
        "<html><head><title>Ten lessons from the mine rescue</title></head><body><article>"
        "<h1>Ten lessons from the mine rescue</h1><p>Rescuers in Kellby spent nine days underground. "
        "Here is what they learned, in their own words, for other towns.</p><ol><li><h2>1. Section 1</h2>"
        + "".join(f"<p>Paragraph {i} of section 1 {_EN}</p>" for i in range(3))
        + "<ul><li>Keep a radio</li><li>Keep a map</li></ul></li>"
        "<li><h2>2. Keep families informed</h2><p>Call them daily.</p></li><li><h2>3. Section 3</h2>"
        + "".join(f"<p>Paragraph {i} of section 3 {_EN}</p>" for i in range(2))
        + "</li></ol><p>The mine reopened in April after the inquiry and the repairs.</p></article></body></html>",
        ["2. Keep families informed", "Call them daily.", "Paragraph 1 of section 3", "Paragraph 2 of section 1"],
    ),
    # German, a <ul> of sections, h3 headings, the short section last and an <ol> under the long one.
    "german": (
        "<html><head><meta charset='utf-8'><title>Was die Rettung lehrt</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/lokal'>Lokal</a></nav><article><h1>Was die Rettung lehrt</h1>"
        "<p>Die Helfer in Kellby waren neun Tage unter Tage. Hier ist, was sie daraus gelernt haben.</p><ul>"
        "<li><h3>Erste Lehre</h3>"
        + "".join(f"<p>Absatz {i} der ersten Lehre {_DE}</p>" for i in range(4))
        + "<ol><li>Funkgerät mitnehmen</li><li>Karte mitnehmen</li></ol></li>"
        "<li><h3>Zweite Lehre</h3>"
        + "".join(f"<p>Absatz {i} der zweiten Lehre {_DE}</p>" for i in range(2))
        + "</li><li><h3>Familien informieren</h3><p>Täglich anrufen.</p></li></ul>"
        "<p>Die Grube wurde im April nach der Untersuchung wieder geöffnet.</p></article>"
        "<footer>Copyright 2026 Kellby Bote</footer></body></html>",
        ["Familien informieren", "Täglich anrufen.", "Absatz 1 der zweiten Lehre", "Absatz 3 der ersten Lehre"],
    ),
    # English, the short sections a paragraph alone with no heading, the list under the long one.
    "no_heading": (
        "<html><head><title>What the rescue taught Kellby</title></head><body><article>"
        "<h1>What the rescue taught Kellby</h1><p>Rescuers in Kellby spent nine days underground, and "
        "the town has written down what they learned.</p><ol><li>"
        + "".join(f"<p>Lesson one, part {i}, {_EN}</p>" for i in range(3))
        + "<ul><li>Pack water</li><li>Pack lamps</li></ul></li>"
        "<li><p>Lesson two: rotate the crews.</p></li><li><p>Lesson three: log every shift.</p></li>"
        + "<li>"
        + "".join(f"<p>Lesson four, part {i}, {_EN}</p>" for i in range(2))
        + "</li></ol><p>The mine reopened in April after the inquiry and the repairs.</p></article></body></html>",
        [
            "Lesson two: rotate the crews.",
            "Lesson three: log every shift.",
            "Lesson four, part 1",
            "Lesson one, part 2",
        ],
    ),
    # The short section a heading of the long one's level and loose text, no paragraph.
    "heading_only": (
        "<html><head><title>Ten lessons from the mine rescue</title></head><body><article>"
        "<h1>Ten lessons from the mine rescue</h1><p>Rescuers in Kellby spent nine days underground. "
        "Here is what they learned, in their own words, for other towns.</p><ol><li><h2>1. Drill early</h2>"
        + "".join(f"<p>Paragraph {i} of the first lesson {_EN}</p>" for i in range(3))
        + "<ul><li>Keep a radio</li><li>Keep a map</li></ul></li>"
        "<li><h2>2. Rotate the crews</h2>Eight hours at most.</li><li><h2>3. Plan the air</h2>"
        + "".join(f"<p>Paragraph {i} of the third lesson {_EN}</p>" for i in range(2))
        + "</li></ol><p>The mine reopened in April after the inquiry and the repairs.</p></article></body></html>",
        ["2. Rotate the crews", "Eight hours at most.", "Paragraph 1 of the third lesson"],
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_short_sections_beside_a_long_one_with_a_list_stay(tmp_path: Path, name: str) -> None:
    html, lines = PAGES[name]
    kept = content_text(article(tmp_path, f"{name}.html", html))
    for line in lines:
        assert line in kept, (line, kept)
    assert "Copyright 2026" not in kept
