"""Front matter opened and never closed (issue 17, acceptance tester: the title was "---" and
nothing was said). The file is read as text, whole (offsets are into the file as written), the
title derived as for any Markdown file (never a "---" line), and a note names file and line;
`index --json` reports it with the metadata problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long and close debate."

UNCLOSED = {
    # The reported file.
    "unterminated.md": "---\ntitle: Never closed\ndate: 2025-03-18\n\nBody that never closes the front matter. Ferry.\n",
    # Other keys static-site generators write; a CRLF file; a long body.
    "layout.md": "---\r\nlayout: post\r\nauthor: Jane Roe\r\n\r\n" + BODY + "\r\n",
    "outlet.md": "---\noutlet: Harbour Wire\n\n# Ferry plan approved\n\n" + BODY + "\n",
}


@pytest.mark.parametrize("name", sorted(UNCLOSED))
def test_an_unclosed_block_is_read_as_text_with_a_note(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(UNCLOSED[name].encode())
    article = Corpus.scan(tmp_path).article(name.removesuffix(".md"))
    assert article.text == UNCLOSED[name].replace("\r\n", "\n")  # whole, nothing hidden
    assert article.title != "---" and article.title_derived
    assert article.notes == [
        f"{name}:1: front matter not closed (no '---' line after the fields): its fields are not read, "
        "the file is read as text"
    ]
    assert article.outlet is None or article.outlet_derived  # its fields are not read


def test_titles_of_unclosed_blocks(tmp_path: Path) -> None:
    for name, text in UNCLOSED.items():
        (tmp_path / name).write_text(text, "utf-8")
    corpus = Corpus.scan(tmp_path)
    # A field line ("title: Never closed") is never the title, read or not: the first sentence is.
    assert corpus.article("unterminated").title == "Body that never closes the front matter."
    assert corpus.article("layout").title == BODY  # the first sentence of prose, as in any Markdown


@pytest.mark.parametrize(
    "text",
    [
        f"---\n{BODY}\n",  # a thematic break before prose: no front matter, nothing to say
        f"---\n\nNote: short.\n\n{BODY}\n",
        "---\n\nShort words.\n",
    ],
)
def test_a_thematic_break_is_neither_front_matter_nor_the_title(tmp_path: Path, text: str) -> None:
    (tmp_path / "hr.md").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("hr")
    assert article.text == text and article.notes == []
    assert article.title not in ("---", "hr")


def test_index_json_reports_front_matter_problems_with_their_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "notes").mkdir()
    (corpus / "notes" / "unterminated.md").write_text(UNCLOSED["unterminated.md"], "utf-8")
    (corpus / "bad.md").write_text("---\ntitle: Broken: [yaml\n---\n" + BODY + "\n", "utf-8")
    (corpus / "fine.md").write_text("---\ntitle: Fine\n---\n" + BODY + "\n", "utf-8")
    (corpus / "corpus.yaml").write_text("articles:\n  fine.md:\n    colour: red\n", "utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "index"]
    for _ in range(2):  # built, then up to date: the same warnings
        assert main([*args, "--json"]) == 0
        errors = json.loads(capsys.readouterr().out)["metadata_errors"]
        assert len(errors) == 3, errors
        assert errors[0].startswith("corpus.yaml:3:13: unknown field 'colour'")  # named as the corpus names it
        # The YAML error's line is the file's (the block's first line is the file's second).
        assert errors[1] == "bad.md:2:14: front matter ignored: mapping values are not allowed here"
        assert errors[2].startswith("notes/unterminated.md:1: front matter not closed")
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "warning: notes/unterminated.md:1: front matter not closed" in out


# The fields of a block never closed are body text, but no date stamp: "date: 2025-03-18" there is
# a field, and the article is not dated from it (acceptance #17-4).
UNCLOSED_DATES = {
    "unterminated.md": UNCLOSED["unterminated.md"],
    "published.md": "---\ntitle: Bridge plan\npublished: March 14, 2025\n\n" + BODY + "\n",
    "listed.md": "---\ntags:\n  - ferry\n- port\nupdated: 14 March 2025 10:00 GMT\n\n" + BODY + "\n",
}


@pytest.mark.parametrize("name", sorted(UNCLOSED_DATES))
def test_an_unclosed_blocks_date_field_dates_nothing(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(UNCLOSED_DATES[name], "utf-8")
    article = Corpus.scan(tmp_path).article(name.removesuffix(".md"))
    assert article.text == UNCLOSED_DATES[name]
    assert (article.date, article.date_source) == (None, None)


def test_a_stamp_after_an_unclosed_block_still_dates_it(tmp_path: Path) -> None:
    text = "---\ntitle: Rail plan\ndate: 2025-03-14\n\nPosted: March 20, 2025\n\n" + BODY + "\n"
    (tmp_path / "rail.md").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("rail")
    assert (article.date, article.date_source) == ("2025-03-20", "text")


def test_list_json_dates_no_unclosed_field_and_warns_of_a_bad_closed_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in UNCLOSED_DATES.items():
        (corpus / name).write_text(text, "utf-8")
    # Closed, with a date that is no date: warned with its place, and not read from the text either.
    (corpus / "closed.md").write_text("---\ntitle: Road plan\ndate: 2025-02-30\n---\n\n" + BODY + "\n", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    rows = {row["doc"]: row for row in json.loads(capsys.readouterr().out)["articles"]}
    assert set(rows) == {"unterminated", "published", "listed", "closed"}
    for row in rows.values():
        assert (row["date"], row["date_source"]) == (None, None), row
    assert rows["closed"]["notes"] == [
        "closed.md:3:7: front-matter date '2025-02-30' is not a date this app understands (February 2025 has 28 days)"
    ]
