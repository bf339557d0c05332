"""Article formats: Markdown front matter, feeds, record exports, subfolders and doc ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus, CorpusError, to_show_json
from waic_reader.index.export import EXPORT_MARK
from waic_reader.tui.cli.main import main

BODY = (
    "The harbour council approved the ferry terminal plan on Tuesday after a debate that lasted "
    "most of the afternoon, and the mayor said work would start in spring."
)


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# -- Markdown front matter -------------------------------------------------------------------


def test_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    write(
        tmp_path,
        "note.md",
        "---\ntitle: Ferry plan approved\ndate: 2025-03-14\nsource: Harbour Gazette\nauthor: Jane Roe\n"
        "url: https://example.org/ferry\ntags: [ferry, council]\nlayout: post\n---\n\n" + BODY + "\n",
    )
    article = Corpus.scan(tmp_path).article("note")
    assert article.text.startswith("The harbour council")
    assert "---" not in article.text and "layout" not in article.text
    assert (article.title, article.title_derived) == ("Ferry plan approved", False)
    assert (article.outlet, article.outlet_derived) == ("Harbour Gazette", False)
    assert article.author == "Jane Roe" and article.url == "https://example.org/ferry"
    assert article.tags == ("ferry", "council")
    assert article.date is not None and article.date.startswith("2025-03-14")
    assert article.date_source == "front-matter"
    data = to_show_json(article)
    assert data["format"] == "markdown"
    # Offsets refer to the text shown: every block is a slice of it.
    assert all(data["text"][b["start"] : b["end"]] == b["text"] for b in data["blocks"])


@pytest.mark.parametrize(
    "block",
    ["title: [unclosed\n", "!!python/object:os.system x\n"],
    ids=["syntax", "unsafe-tag"],
)
def test_invalid_front_matter_is_reported_and_still_hidden(tmp_path: Path, block: str) -> None:
    write(tmp_path, "bad.md", f"---\n{block}---\n{BODY}\n")
    article = Corpus.scan(tmp_path).article("bad")
    assert article.text.startswith("The harbour council")
    assert any("front matter ignored" in n for n in article.notes)
    assert article.title_derived


@pytest.mark.parametrize(
    ("block", "lines", "title", "outlet"),
    [
        ("title: a\ntitle: b\n", [3], "a", None),
        # "Outlet" is the field "outlet" too (keys are read without case)
        (
            "outlet: Harbour Gazette\ntitle: Ferry plan\nOutlet: x\noutlet: Other\n",
            [4, 5],
            "Ferry plan",
            "Harbour Gazette",
        ),
        ("title: First\ndate: 2025-03-14\ntitle: Second\n", [4], "First", None),
    ],
    ids=["reported", "among-others", "after-a-date"],
)
def test_a_repeated_front_matter_field_keeps_the_first_and_the_rest(
    tmp_path: Path, block: str, lines: list[int], title: str, outlet: str | None
) -> None:
    """A field written twice costs only the second value (said, with its line), not the whole
    front matter, as one bad value in corpus.yaml costs only that value."""
    write(tmp_path, "dup.md", f"---\n{block}---\n{BODY}\n")
    article = Corpus.scan(tmp_path).article("dup")
    assert article.text.startswith("The harbour council")
    assert (article.title, article.title_derived) == (title, False)
    if outlet:
        assert article.outlet == outlet
    repeated = [n for n in article.notes if "duplicate key" in n]
    assert sorted(int(n.split(":")[1]) for n in repeated) == lines
    assert all(": front matter duplicate key " in n and "first value is kept" in n for n in repeated)
    assert not any("front matter ignored" in n for n in article.notes)


def test_a_thematic_break_is_not_front_matter(tmp_path: Path) -> None:
    write(tmp_path, "hr.md", f"---\n{BODY}\n")  # never closed: a horizontal rule
    assert Corpus.scan(tmp_path).article("hr").text.startswith("---")


# -- Feeds -----------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Wire</title><link>https://wire.example</link>
<item><title>Ferry plan approved</title><link>https://wire.example/ferry-plan</link>
<guid>https://wire.example/2025/03/14/ferry-plan-approved/</guid>
<pubDate>Fri, 14 Mar 2025 07:52:00 +0900</pubDate><author>desk@wire.example (Desk)</author>
<category>transport</category>
<description>Short teaser</description>
<content:encoded><![CDATA[<p>The harbour council <b>approved</b> the plan.</p><p>Work starts in spring &amp; ends in 2027.</p><script>alert(1)</script>]]></content:encoded>
</item>
<item><title>Second item</title><description>&lt;p&gt;Only a summary, in HTML.&lt;/p&gt;</description></item>
<item><title>Empty item</title></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2025-03-15T06:00:00Z</updated>
<entry><title>Atom story</title><id>tag:atom.example,2025:story-7</id><updated>2025-03-15T06:00:00Z</updated>
<published>2025-03-15T05:30:00+01:00</published>
<link href="https://atom.example/story-7"/><content type="text">Plain text content of the Atom story.</content></entry>
</feed>
"""


def test_rss_items_are_articles(tmp_path: Path) -> None:
    write(tmp_path, "wire.rss", RSS)
    corpus = Corpus.scan(tmp_path)
    assert corpus.docs == ["wire#ferry-plan-approved", "wire#2"]
    first = corpus.article("wire#ferry-plan-approved")
    assert first.text == "The harbour council approved the plan.\n\nWork starts in spring & ends in 2027."
    assert (first.title, first.outlet, first.url) == (
        "Ferry plan approved",
        "Harbour Wire",
        "https://wire.example/ferry-plan",
    )
    assert first.tags == ("transport",) and first.format == "feed"
    assert first.date_source == "feed" and first.date is not None and first.date.startswith("2025-03-14T07:52")
    assert corpus.article("wire#2").text == "Only a summary, in HTML."
    skipped = {s.path: s.reason for s in corpus.skipped}
    assert "no content" in skipped["wire.rss (item 3)"]
    assert corpus.resolve("wire#f") == "wire#ferry-plan-approved"


def test_atom_and_xml_feeds(tmp_path: Path) -> None:
    write(tmp_path, "news.atom", ATOM)
    write(tmp_path, "export.xml", ATOM.replace("story-7", "story-8"))
    write(tmp_path, "sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://x</loc></url></urlset>')
    corpus = Corpus.scan(tmp_path)
    assert set(corpus.docs) == {"news#story-7", "export#story-8"}
    article = corpus.article("news#story-7")
    assert article.text == "Plain text content of the Atom story." and article.outlet == "Atom News"
    assert to_show_json(article)["format"] == "feed"
    assert "not an RSS or Atom feed" in {s.path: s.reason for s in corpus.skipped}["sitemap.xml"]


# -- Record exports --------------------------------------------------------------------------


def test_json_lines_with_a_record_without_text(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a1",
            "headline": "Ferry plan approved",
            "body": BODY,
            "publisher": "Harbour Gazette",
            "publishedAt": "2025-03-14T10:00:00Z",
        },
        {"id": "a2", "title": "No text here", "url": "https://x"},
        "not an object",
        {
            "title": "Third",
            "content": "<p>Council <i>votes</i> again.</p><p>Second paragraph.</p>",
            "source": {"id": "w", "name": "Wire"},
        },
    ]
    text = "\n".join(json.dumps(r) for r in lines) + "\n{broken\n"
    write(tmp_path, "dump.jsonl", text)
    corpus = Corpus.scan(tmp_path)
    assert corpus.docs == ["dump#a1", "dump#4"]  # numbered by position in the file
    a1 = corpus.article("dump#a1")
    assert (a1.title, a1.outlet, a1.text, a1.format) == ("Ferry plan approved", "Harbour Gazette", BODY, "record")
    assert a1.date_source == "metadata"
    third = corpus.article("dump#4")
    assert third.text == "Council votes again.\n\nSecond paragraph." and third.outlet == "Wire"
    skipped = {s.path: s.reason for s in corpus.skipped}
    assert "no text" in skipped["dump.jsonl (line 2)"]
    assert "not an object" in skipped["dump.jsonl (line 3)"]
    assert "not JSON" in skipped["dump.jsonl (line 5)"]


def test_json_array_and_wrapped_json(tmp_path: Path) -> None:
    write(tmp_path, "array.json", json.dumps([{"title": "One", "text": BODY}, {"title": "Two", "content": BODY}]))
    write(tmp_path, "newsapi.ndjson", json.dumps({"title": "Nd", "text": BODY}) + "\n")
    write(
        tmp_path,
        "api.json",
        json.dumps({"status": "ok", "articles": [{"title": "Api", "content": BODY, "url": "https://a"}]}),
    )
    write(tmp_path, "config.json", json.dumps({"theme": "dark"}))
    corpus = Corpus.scan(tmp_path)
    assert set(corpus.docs) == {"array#1", "array#2", "newsapi#1", "api#a"}  # no id: the URL's last segment
    assert corpus.article("api#a").url == "https://a"
    assert "not an article" in {s.path: s.reason for s in corpus.skipped}["config.json"]


def test_csv_with_common_column_names(tmp_path: Path) -> None:
    rows = (
        'ID;Headline;Content;Source;Date;Link\n7;Ferry plan;"'
        + BODY
        + '\nSecond line.";Gazette;14/03/2025;https://g\n8;Empty;;X;;\n'
    )
    write(tmp_path, "export.csv", rows)
    corpus = Corpus.scan(tmp_path)
    assert corpus.docs == ["export#7"]
    article = corpus.article("export#7")
    assert (article.title, article.outlet, article.url) == ("Ferry plan", "Gazette", "https://g")
    assert article.text == BODY + "\nSecond line."
    assert "no text" in {s.path: s.reason for s in corpus.skipped}["export.csv (line 4)"]


@pytest.mark.parametrize(
    ("name", "data", "want"),
    [
        # acceptance s11 c11/q.csv: tab-separated, a quoted field with "" and a line break (the
        # sniffer gave up, and the file was read as commas: no text field)
        (
            "q.csv",
            'title\ttext\nA\t"Body with ""quotes"" and\nnewline"\n',
            {"q#2": ("A", 'Body with "quotes" and\nnewline')},
        ),
        # with a BOM, five columns, a quoted title over two lines and a record without quotes
        (
            "tabs.csv",
            "\ufeffheadline\tbody\tpublisher\n"
            "Tab one\tTab separated, ferry body text.\tTab Times\n"
            '"Quoted\nnewline"\t"Body with ""quotes"", a comma; and\nnewline"\tTab Times\n',
            {
                "tabs#2": ("Tab one", "Tab separated, ferry body text."),
                "tabs#3": ("Quoted newline", 'Body with "quotes", a comma; and\nnewline'),
            },
        ),
        # semicolons, two columns, the text's commas outnumbering them (the sniffer gave up too)
        ("semi.csv", 'title;text\nB;"Said ""a, b"" and\nleft, c"\n', {"semi#2": ("B", 'Said "a, b" and\nleft, c')}),
    ],
)
def test_csv_delimiter_is_the_one_that_splits_the_header(
    tmp_path: Path, name: str, data: str, want: dict[str, tuple[str, str]]
) -> None:
    write(tmp_path, name, data)
    corpus = Corpus.scan(tmp_path)
    assert corpus.skipped == []
    assert {doc: (corpus.article(doc).title, corpus.article(doc).text) for doc in corpus.docs} == want


def test_index_json_lists_records_without_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        tmp_path / "c",
        "dump.jsonl",
        json.dumps({"title": "t", "text": BODY}) + "\n" + json.dumps({"title": "x"}) + "\n",
    )
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix"), "index", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["indexed"] == 1
    assert {"path": "dump.jsonl (line 2)", "reason": "no text field (text, content, body, …)"} in data["skipped"]


def test_items_stay_addressable_when_the_file_changes(tmp_path: Path) -> None:
    path = write(tmp_path, "wire.rss", RSS)
    corpus = Corpus.scan(tmp_path)
    path.write_text(RSS.replace("Ferry plan approved", "Ferry plan approved (updated)"), "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert corpus.article("wire#ferry-plan-approved").title == "Ferry plan approved (updated)"


# -- Subfolders and doc ids ------------------------------------------------------------------


def test_subfolders_are_read_with_relative_doc_ids(tmp_path: Path) -> None:
    write(tmp_path, "top.txt", BODY)
    write(tmp_path, "reuters/0314-ferry.txt", BODY)
    write(tmp_path, "reuters/2025/deep.md", "# Deep\n\n" + BODY)
    write(tmp_path, "same/story.txt", BODY)
    write(tmp_path, "same/story.md", BODY)
    write(tmp_path, ".git/objects/x.txt", BODY)  # hidden folders are never read
    write(tmp_path, ".hidden.txt", BODY)
    write(tmp_path, "waic-facts.md", EXPORT_MARK + "\n\n| figure | value |\n")  # the app's own exports
    write(tmp_path, "out/waic-compare-003-004.md", EXPORT_MARK + "\n\n# Comparison\n")
    write(tmp_path, "notes.docx", b"PK\x03\x04")  # not an article format: passed over
    corpus = Corpus.scan(tmp_path)
    assert corpus.docs == ["reuters/0314-ferry", "reuters/2025/deep", "same/story.md", "same/story.txt", "top"]
    assert corpus.resolve("reuters/03") == "reuters/0314-ferry"
    assert corpus.resolve("0314") == "reuters/0314-ferry"  # a prefix of the file's own name
    assert corpus.resolve("deep.md") == "reuters/2025/deep"
    assert corpus.resolve("reuters/2025/deep.md") == "reuters/2025/deep"
    with pytest.raises(CorpusError, match="ambiguous"):
        corpus.resolve("same/story")
    reason = "an export written by waic-reader, not an article"
    assert [(s.path, s.reason) for s in corpus.skipped] == [
        ("out/waic-compare-003-004.md", reason),
        ("waic-facts.md", reason),
    ]


def test_corpus_yaml_keys_by_relative_path(tmp_path: Path) -> None:
    write(tmp_path, "a/one.txt", BODY)
    write(tmp_path, "corpus.yaml", "articles:\n  a/one.txt:\n    title: Given\n    date: 2025-03-14\n")
    article = Corpus.scan(tmp_path).article("a/one")
    assert article.title == "Given" and article.date_source == "metadata"


# -- HTML in items: the HTML reader's conversion ---------------------------------------------

FRAGMENTS = [
    # (HTML fragment, the article text it becomes)
    ("<p>Breaking.</p>", "Breaking."),  # a one-word summary is content, not boilerplate to drop
    (
        "<div><p>Ferries <em>resume</em> at dawn.</p><ul><li>Route A</li><li>Route B</li></ul>"
        '<p style="display:none">tracking pixel text</p><style>p{}</style></div>',
        "Ferries resume at dawn.\n\nRoute A\n\nRoute B",
    ),
    ("<h2>Update</h2>Council &amp; port<br>agree &#8212; again", "Update\n\nCouncil & port\n\nagree \u2014 again"),
]


@pytest.mark.parametrize(("fragment", "expected"), FRAGMENTS)
def test_html_in_feed_items_and_records_reads_as_the_html_reader_reads_it(
    tmp_path: Path, fragment: str, expected: str
) -> None:
    from waic_reader.index.corpus.html import html_text

    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        f"<item><title>T</title><guid>g1</guid><description><![CDATA[{fragment}]]></description></item>"
        "</channel></rss>"
    )
    write(tmp_path, "feed.rss", rss)
    write(tmp_path, "dump.jsonl", json.dumps({"id": "r1", "title": "T", "content": fragment}) + "\n")
    corpus = Corpus.scan(tmp_path)
    assert html_text(fragment, paragraphs=True) == expected
    for doc in ("feed#g1", "dump#r1"):
        article = corpus.article(doc)
        shown = to_show_json(article)
        assert article.text == expected and shown["text"] == expected
        for block in article.blocks:  # offsets are offsets into the text shown
            assert expected[block.start : block.end] == block.text


# A record file's bytes go through the same decoding as a text file's: its articles report the
# encoding and the note ("decoded leniently and flagged", README).
@pytest.mark.parametrize(
    ("name", "raw", "encoding", "note"),
    [
        (  # the acceptance tester's Latin-1 CSV
            "latin1.csv",
            b"title,text,source,date\nLatin1 csv,Caf\xe9 owners said the port reopened on Monday morning."
            b",Latin Post,2025-03-16\n",
            "cp1252",
            "not valid UTF-8: decoded leniently as Windows-1252",
        ),
        (
            "wide.jsonl",
            ('{"title": "Wide", "text": "Caf\u00e9 owners said the port reopened on Monday morning."}\n').encode(
                "utf-16"
            ),
            "utf-16-le",
            None,
        ),
        (
            "win.json",
            b'[{"title": "Win", "text": "The \x93harbour\x94 reopened, the caf\xe9 owners said on Monday."}]',
            "cp1252",
            "not valid UTF-8: decoded leniently as Windows-1252",
        ),
    ],
)
def test_record_files_report_their_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, raw: bytes, encoding: str, note: str | None
) -> None:
    (tmp_path / name).write_bytes(raw)
    (tmp_path / "plain.csv").write_text("title,text\nPlain,The port reopened on Monday morning as owners said.\n")
    stem = name.rsplit(".", 1)[0]
    assert main(["--corpus", str(tmp_path), "show", stem, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["encoding"] == encoding
    assert "af\u00e9 owners" in shown["text"]
    assert shown["notes"] == ([note] if note else [])
    assert main(["--corpus", str(tmp_path), "show", "plain", "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert (plain["encoding"], plain["notes"]) == ("utf-8", [])


def _rss(declared: str, title: str) -> str:
    return (
        f'<?xml version="1.0" encoding="{declared}"?>\n<rss version="2.0"><channel><title>Feed</title>'
        f"<item><guid>g1</guid><title>{title}</title>"
        f"<description>{title}: the harbour reopened on Monday, owners said.</description></item>"
        "</channel></rss>\n"
    )


# A feed reports the encoding feedparser read it with, not "utf-8" whatever it was (the acceptance
# tester's Latin-1 feed), under the codec names text files report; a document whose bytes are not
# what it declares says so in its notes.
@pytest.mark.parametrize(
    ("raw", "encoding", "notes"),
    [
        (_rss("ISO-8859-1", "Caf\u00e9 cr\u00e8me").encode("latin-1"), "iso8859-1", []),
        (_rss("windows-1252", "\u201cCaf\u00e9\u201d").encode("cp1252"), "cp1252", []),
        (_rss("UTF-16", "Z\u00fcrich caf\u00e9").encode("utf-16"), "utf-16-le", []),
        (_rss("KOI8-R", "\u041c\u043e\u0441\u043a\u0432\u0430").encode("koi8-r"), "koi8-r", []),
        (
            _rss("utf-8", "Caf\u00e9 owners").encode("latin-1"),
            "cp1252",
            ["document declared as utf-8, but parsed as windows-1252"],
        ),
        (_rss("utf-8", "Caf\u00e9 owners").encode("utf-8"), "utf-8", []),
    ],
)
def test_feeds_report_the_encoding_they_were_read_with(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], raw: bytes, encoding: str, notes: list[str]
) -> None:
    (tmp_path / "news.rss").write_bytes(raw)
    assert main(["--corpus", str(tmp_path), "show", "news#g1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["encoding"], shown["notes"]) == (encoding, notes)
    assert "harbour reopened" in shown["text"] and "\ufffd" not in shown["text"]
