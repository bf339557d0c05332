"""A picture's caption under a paragraph that introduces the picture with ":" (issue #14, unseen42
ilikebigbits-1, round s48-a2).

The article says "This is what we actually get:" and shows a graph; the extractor leaves the graph's
caption out ("The blue line is O(√N).", in Squarespace's "image-caption" element or a <figcaption>),
and the noise split took that caption for an item of a list the paragraph introduced, kept as the
article's. A line the page sets in a caption's element is page furniture as a phrase rule's line is:
no item of the article's list. Inputs: the reported page's kind and two variants (a <figcaption>, a
WordPress caption; other fields); a list the paragraph introduces, left out of the main text, is still
the article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Corpus

FILLER = (
    "<p>{0} The measurements were repeated on three machines, and each run took about an hour to finish, so "
    "the numbers below are the median of the three runs rather than a single lucky one.</p>"
)


def _html(title: str, body: str) -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer><p>Copyright 2024 Example Blog</p></footer></body></html>"
    )


SQUARESPACE = _html(
    "The Myth of RAM",
    FILLER.format("Accessing memory is not a constant-time operation, whatever the textbooks say.")
    + "<p>Here is a program that walks a linked list of length N and times each step. This is what we "
    "actually get:</p>"
    "<div class='image-block-outer-wrapper layout-caption-below'><div class='image-block-wrapper'>"
    "<img src='/graph.png' alt='graph'></div><div class='image-caption-wrapper'><div class='image-caption'>"
    "<p>The blue line is the cost of one step in nanoseconds.</p></div></div></div>"
    + FILLER.format("The steps in the graph match the sizes of the caches, one after the other.")
    + FILLER.format("Once the list no longer fits in memory at all, each step costs far more again."),
)
FIGCAPTION = _html(
    "How Fast Is Your Disk, Really?",
    FILLER.format("Disk benchmarks vary wildly with block size, queue depth and the file system used.")
    + "<p>We wrote the same file with block sizes from 4 kB to 4 MB on each drive. The results look like "
    "this:</p>"
    "<figure><img src='/disk.png' alt='chart'><figcaption>Write speed of each drive by block size, in "
    "megabytes a second.</figcaption></figure>"
    + FILLER.format("Small blocks cost the spinning drive most, as each one waits for the platter.")
    + FILLER.format("The solid-state drives level off once the blocks pass 128 kB in size."),
)
WORDPRESS = _html(
    "Tracking the Spring Migration",
    FILLER.format("Every April the swallows come back to the valley within a week of each other.")
    + "<p>We counted the birds on the wire by the barn each morning for a month. Here is the count plotted "
    "against the date:</p>"
    "<div class='wp-caption aligncenter'><img src='/birds.jpg' alt='count'>"
    "<p class='wp-caption-text'>Swallows on the barn wire each morning, counted at seven o'clock.</p></div>"
    + FILLER.format("The count rose sharply in the second week, after the first warm night.")
    + FILLER.format("By the end of the month the numbers had levelled off at about forty birds."),
)
CASES = {
    "squarespace": (SQUARESPACE, "The blue line is the cost"),
    "figcaption": (FIGCAPTION, "Write speed of each drive"),
    "wordpress": (WORDPRESS, "Swallows on the barn wire"),
}


def _split(tmp_path: Path, html: str) -> NoiseSplit:
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return split_noise(art)


@pytest.mark.parametrize("name", list(CASES))
def test_the_caption_under_an_introduced_picture_is_a_caption(tmp_path: Path, name: str) -> None:
    html, caption = CASES[name]
    split = _split(tmp_path, html)
    assert [s.kind for s in split.noise if caption in s.text] == ["caption"]
    content = split.content_text()
    assert "This is what we" in content or "look like" in content or "against the date" in content
    assert "median of the three runs" in content


def test_a_list_the_paragraph_introduces_is_still_the_articles(tmp_path: Path) -> None:
    html = _html(
        "Packing for a Week in the Hills",
        FILLER.format("A week of walking needs less than most people think.")
        + "<p>After many trips we pack the same few things every time, and nothing more:</p>"
        "<div class='packing'><p>a waterproof jacket</p><p>two pairs of wool socks</p><p>a head torch</p></div>"
        + FILLER.format("Everything else can be bought in the villages along the way."),
    )
    content = _split(tmp_path, html).content_text()
    assert "two pairs of wool socks" in content
