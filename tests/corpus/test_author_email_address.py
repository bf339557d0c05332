"""An author field that gives an e-mail address shows the person's name, never the address
(acceptance t13af N15: RSS 2.0's ``<author>news@maritimedaily.example (Tom Reid)</author>``
was shown whole as the author). RSS writes the address and the name in brackets, feedparser
joins an Atom author's name and address the other way round, mail headers write
"Name <address>"; an address alone is no name. The same rule for every metadata source: a feed,
a record of a JSON export, front matter and ``corpus.yaml``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.formats.fields import author_name
from waic_reader.index.corpus.reader import Corpus


def rss(author: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Maritime Daily</title>'
        f"<item><title>Insurers brace</title><guid>a</guid><author>{author}</author>"
        "<description>Insurers expect claims of up to $60 million after the collision.</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    ("author", "shown"),
    [
        ("news@maritimedaily.example (Tom Reid)", "Tom Reid"),  # the reported feed
        ("desk@kustposten.se (Åsa Lindqvist-Berg)", "Åsa Lindqvist-Berg"),
        ("redaktion@nordsee-kurier.de", None),  # an address alone
        ("Tom Reid", "Tom Reid"),  # a name is kept as it is
    ],
)
def test_a_feed_author_is_the_name_not_the_address(tmp_path: Path, author: str, shown: str | None) -> None:
    (tmp_path / "feed.rss").write_text(rss(author), "utf-8")
    corpus = Corpus.scan(tmp_path)
    (doc,) = corpus.docs
    assert corpus.article(doc).author == shown


def test_an_atom_author_with_an_address_is_the_name(tmp_path: Path) -> None:
    (tmp_path / "f.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
        "<id>urn:f</id><entry><title>Slick grows</title><id>urn:1</id>"
        "<author><name>Mirela Oancea</name><email>m.oancea@deltaveste.ro</email></author>"
        "<summary>The slick now covers 22 square kilometres.</summary></entry></feed>",
        "utf-8",
    )
    corpus = Corpus.scan(tmp_path)
    (doc,) = corpus.docs
    assert corpus.article(doc).author == "Mirela Oancea"


def test_a_record_author_in_mail_header_form_is_the_name(tmp_path: Path) -> None:
    record = {
        "title": "Strike widens",
        "text": "Rail workers walked out on Monday.",
        "author": "Kofi Mensah <kofi@x.com>",
    }
    (tmp_path / "recs.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    (doc,) = corpus.docs
    assert corpus.article(doc).author == "Kofi Mensah"


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("news@x.example (Tom Reid)", "Tom Reid"),
        ("Ann Lee (ann@example.org)", "Ann Lee"),
        ("Ann Lee <ann@example.org>", "Ann Lee"),
        ("<ann@example.org>", None),
        ("mailto:ann@example.org", None),
        ("Ann Lee (Reuters)", "Ann Lee (Reuters)"),  # brackets with no address are the author's own words
        ("Reporting by @annlee", "Reporting by @annlee"),
    ],
)
def test_author_name(value: str, name: str | None) -> None:
    assert author_name(value) == name
