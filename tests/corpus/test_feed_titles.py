"""Feed titles are plain text (acceptance, session 8): a title feedparser reads as HTML
(``<title type="html">``, an RSS title with escaped markup, a CDATA title) was shown with its
tags ("Atom <i>entry</i> one"); now tags are dropped and entities decoded once, while a
plain-text title keeps what it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus


def atom(title: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
        f"<id>urn:f</id><entry>{title}<id>urn:1</id><summary>The ferry sank on Friday.</summary></entry></feed>"
    )


def rss(title: str, channel: str = "Wire") -> str:
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{channel}</title>'
        f"<item><title>{title}</title><guid>a</guid><description>The ferry sank on Friday.</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    ("name", "feed", "title"),
    [
        # the reported three
        ("a.atom", atom('<title type="html">Atom &lt;i&gt;entry&lt;/i&gt; one</title>'), "Atom entry one"),
        ("r.rss", rss("Ferry &lt;b&gt;capsizes&lt;/b&gt;"), "Ferry capsizes"),
        ("c.rss", rss("<![CDATA[CDATA <b>bold</b> title &amp; more]]>"), "CDATA bold title & more"),
        # entities decoded once: an escaped entity in an HTML title is the character
        ("e.rss", rss("Fish &amp;amp; chips &lt;em&gt;now&lt;/em&gt;"), "Fish & chips now"),
        # a plain-text Atom title keeps its angle brackets and ampersands as written
        ("p.atom", atom('<title type="text">Tags like &lt;i&gt; &amp;amp; more</title>'), "Tags like <i> &amp; more"),
    ],
)
def test_a_feed_title_is_plain_text(tmp_path: Path, name: str, feed: str, title: str) -> None:
    (tmp_path / name).write_text(feed, "utf-8")
    corpus = Corpus.scan(tmp_path)
    (doc,) = corpus.docs
    assert corpus.article(doc).title == title


def test_the_channel_title_as_outlet_is_plain_text_too(tmp_path: Path) -> None:
    (tmp_path / "w.rss").write_text(rss("Ferry sinks", channel="The &lt;b&gt;Harbour&lt;/b&gt; Times"), "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert corpus.article("w#a").outlet == "The Harbour Times"
