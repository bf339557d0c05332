"""Dates in record exports (issue 17, acceptance tester: `"timestamp": 1741946400000` was ignored
without a note): Unix times in seconds, milliseconds or microseconds (told by magnitude), the
`timestamp` field, and a note naming the record for a date that cannot be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.date_parse import epoch_iso
from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

TEXT = "The harbour council approved the ferry plan."


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("1741946400000", "2025-03-14T10:00:00+00:00"),  # milliseconds (the reported value)
        ("1741946400", "2025-03-14T10:00:00+00:00"),  # seconds
        ("1741946400000000", "2025-03-14T10:00:00+00:00"),  # microseconds
        ("1741946400.75", "2025-03-14T10:00:00+00:00"),  # a fraction of a second is dropped
        ("100000000000", "1973-03-03T09:46:40+00:00"),  # 10^11: milliseconds from here
        ("99999999999", None),  # just below: seconds, the year 5138, past 2100: no date
    ],
)
def test_epoch_values(value: str, iso: str | None) -> None:
    assert epoch_iso(value) == iso


@pytest.mark.parametrize("value", ["20250314", "2025-03-14", "12345678", "1741946400000000000", "", "17419464e5"])
def test_not_epoch_values(value: str) -> None:
    assert epoch_iso(value) is None


def test_unix_times_in_json_lines_json_and_csv(tmp_path: Path) -> None:
    records = [
        {"title": "ms", "text": TEXT, "timestamp": 1741946400000},  # the reported record
        {"title": "s", "text": TEXT, "date": 1741946400},
        {"title": "string ms", "text": TEXT, "publishedAt": "1741946400000"},
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    (tmp_path / "a.json").write_text(json.dumps([{"text": TEXT, "published": 1741946400123}]), "utf-8")
    (tmp_path / "c.csv").write_text(f"title,text,date\nx,{TEXT},1741946400000\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    for doc in ("r#1", "r#2", "r#3", "a#1", "c#2"):  # c.csv's row 2, below its header
        article = corpus.article(doc)
        assert (article.date, article.date_source, article.notes) == ("2025-03-14T10:00:00+00:00", "metadata", []), doc


@pytest.mark.parametrize(
    ("name", "content", "doc", "where", "value"),
    [
        (
            "r.jsonl",
            json.dumps({"text": "T."}) + "\n\n" + json.dumps({"text": TEXT, "date": "soon"}) + "\n",
            "r#3",  # its line, as the note says
            "r.jsonl (line 3)",
            "soon",
        ),
        ("a.json", json.dumps([{"text": TEXT, "date": "not 12"}]), "a#1", "a.json (record 1)", "not 12"),
        ("c.csv", f"text,timestamp\n{TEXT},12345\n", "c#2", "c.csv (line 2)", "12345"),
    ],
)
def test_a_date_that_cannot_be_read_names_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, doc: str, where: str, value: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / name).write_text(content, "utf-8")
    article = Corpus.scan(corpus).article(doc)
    note = f"{where}: metadata date {value!r} is not a date this app understands"
    assert article.date is None and article.notes == [note]
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "index", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["metadata_errors"] == [note]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ('"20250314"', "2025-03-14"),  # the reported cell: a date without separators, as the README says
        ("20250314", "2025-03-14"),  # a JSON number of eight digits alike
        ('"20250314103000"', "2025-03-14T10:30:00+00:00"),  # fourteen: YYYYMMDDHHMMSS in UTC
        ('"1741946400"', "2025-03-14T10:00:00+00:00"),  # nine or more otherwise: a Unix time
    ],
)
def test_a_cell_of_digits_as_the_readme_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str, iso: str
) -> None:
    # #17 after s15, fault 10: the README called every cell of digits a Unix time by magnitude.
    root = tmp_path / "c"
    root.mkdir()
    (root / "r.jsonl").write_text(f'{{"id": "a", "title": "A", "text": "{TEXT}", "date": {value}}}\n', "utf-8")
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    assert [a["date"] for a in json.loads(capsys.readouterr().out)["articles"]] == [iso]
