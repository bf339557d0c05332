"""One rule for a metadata value in corpus.yaml, front matter and a record's fields (issue 17,
acceptance s9: `date: ["2025-03-14", "2025-03-15"]` gave a made-up 2025-03-14T20:25 with no
note, `outlet: [Reuters, AP]` became the outlet "Reuters, AP", a record's `"date": true` and
MongoDB `{"$date": …}` were dropped silently): text, or a number as written; a list, mapping or
true/false is a note naming its place and is ignored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.date_parse import parse
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate about fares."


def _one(tmp_path: Path, name: str, content: str, doc: str) -> tuple[Corpus, Article]:
    (tmp_path / "c").mkdir(exist_ok=True)
    (tmp_path / "c" / name).write_text(content, "utf-8")
    corpus = Corpus.scan(tmp_path / "c")
    return corpus, corpus.article(doc)


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("date", '["2025-03-14", "2025-03-15"]', "a list"),  # the reported front matter (c13/dl1.md)
        ("date", "[2025-03-14]", "a list"),  # one date in a list is still a list
        ("date", "{published: 2025-03-14}", "a mapping"),
        ("date", "true", "true"),
    ],
)
def test_front_matter_date_that_is_not_text_is_a_note_not_a_date(
    tmp_path: Path, field: str, value: str, said: str
) -> None:
    _, article = _one(tmp_path, "dl.md", f"---\ntitle: T\n{field}: {value}\n---\n\n{BODY}\n", "dl")
    assert article.date is None
    assert article.notes == [f"dl.md:3:7: front matter 'date' must be text, not {said} (ignored)"]


def test_front_matter_fields_follow_corpus_yaml(tmp_path: Path) -> None:
    # c1/notes/fm-types.md: numbers are text, as corpus.yaml reads them; a list or mapping is not.
    fm = "---\ntitle: 12345\noutlet: [Reuters, AP]\nauthor: {name: Bob}\nurl: 42\ntags: 5\n---\n\n"
    _, article = _one(tmp_path, "fm.md", fm + BODY + "\n", "fm")
    a = article
    assert (a.title, a.url, a.tags, a.author) == ("12345", "42", ("5",), None)
    assert a.outlet != "Reuters, AP" and a.outlet_derived
    assert a.notes == [
        "fm.md:3:9: front matter 'outlet' must be text, not a list (ignored)",
        "fm.md:4:9: front matter 'author' must be text, not a mapping (ignored)",
    ]
    # corpus.yaml says the same of the same list.
    (tmp_path / "c" / "corpus.yaml").write_text("articles:\n  fm.md:\n    outlet: [Reuters, AP]\n", "utf-8")
    errors = Corpus.scan(tmp_path / "c").meta_errors
    assert len(errors) == 1 and errors[0].endswith("corpus.yaml:3:13: 'outlet' must be text, not a list (ignored)")


def test_a_list_of_authors_and_of_tags_is_read(tmp_path: Path) -> None:
    fm = "---\ntitle: T\nauthors: [Jane Roe, John Doe]\ntags: ferry, harbour\n---\n\n"
    _, article = _one(tmp_path, "a.md", fm + BODY + "\n", "a")
    assert (article.author, article.tags, article.notes) == ("Jane Roe, John Doe", ("ferry", "harbour"), [])


@pytest.mark.parametrize(
    ("record", "note"),
    [
        # c13/recs.jsonl line 1, as reported
        ({"date": ["2025-03-14", "2025-03-15"]}, "'date' must be text, not a list"),
        ({"date": True}, "'date' must be text, not true"),  # c1/exports/api.jsonl line 8
        ({"publishedAt": {"day": 14}}, "'publishedAt' must be text, not a mapping"),
        (
            {"date": {"$date": {"$numberDecimal": "1"}}},
            '\'date\' {"$date": {"$numberDecimal": "1"}} is not a MongoDB date',
        ),
        ({"source": ["Reuters", "AP"]}, "'source' must be text, not a list"),
    ],
)
def test_a_record_field_that_is_not_text_is_a_note_naming_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: dict[str, object], note: str
) -> None:
    line = json.dumps({"title": "T", "text": BODY, **record})
    _, article = _one(tmp_path, "r.jsonl", json.dumps({"text": BODY}) + "\n" + line + "\n", "r#2")
    said = f"r.jsonl (line 2): metadata {note} (ignored)"
    assert (article.date, article.outlet_derived, article.notes) == (None, True, [said])
    assert main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix"), "index", "--json"]) == 0
    assert said in json.loads(capsys.readouterr().out)["metadata_errors"]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ({"$date": "2025-03-15T10:00:00Z"}, "2025-03-15T10:00:00+00:00"),  # relaxed (c11/variants.jsonl)
        ({"$date": {"$numberLong": "1742032800000"}}, "2025-03-15T10:00:00+00:00"),  # canonical
        ({"$date": 1742032800000}, "2025-03-15T10:00:00+00:00"),  # legacy: milliseconds, always
        ({"$date": {"$numberLong": "86400000"}}, "1970-01-02T00:00:00+00:00"),  # ms, not seconds
    ],
)
def test_mongodb_extended_json_dates(tmp_path: Path, value: object, iso: str) -> None:
    line = json.dumps({"_id": {"$oid": "65f2"}, "text": BODY, "date": value})
    _, article = _one(tmp_path, "m.jsonl", line + "\n", "m#65f2")
    assert (article.date, article.notes) == (iso, [])


def test_record_numbers_are_text_and_a_text_list_is_skipped_with_its_reason(tmp_path: Path) -> None:
    records = [
        {"title": 5, "text": BODY, "outlet": 7, "url": 42},
        {"title": "x", "text": ["a", "list"]},  # c1/exports/api.jsonl line 8
        {"title": "y", "body": {"html": "<p>x</p>"}},
    ]
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    a = corpus.article("r#42")  # its url, the key a record without an id gets
    assert (a.title, a.outlet, a.url, a.notes) == ("5", "7", "42", [])
    assert [(s.path, s.reason) for s in corpus.skipped] == [
        ("r.jsonl (line 2)", "'text' must be text, not a list: no text read"),
        ("r.jsonl (line 3)", "'body' must be text, not a mapping: no text read"),
    ]


@pytest.mark.parametrize("value", ["2025-03-14, 2025-03-15", "2025-03-14 2025-03-15", "2025-03-14/2025-03-15"])
def test_two_dates_in_one_text_are_no_date_and_no_made_up_time(tmp_path: Path, value: str) -> None:
    # The list's made-up 20:25 was dateutil reading the second date's "2025" as a clock time.
    assert parse(value) is None
    _, article = _one(tmp_path, "r.jsonl", json.dumps({"text": BODY, "date": value}) + "\n", "r#1")
    assert article.date is None
    assert article.notes == [f"r.jsonl (line 1): metadata date {value!r} is not a date this app understands"]
    (tmp_path / "c" / "y.txt").write_text(BODY, "utf-8")
    (tmp_path / "c" / "corpus.yaml").write_text(f'articles:\n  y.txt:\n    date: "{value}"\n', "utf-8")
    errors = Corpus.scan(tmp_path / "c").meta_errors
    assert len(errors) == 1 and errors[0].endswith(f"'date' {value!r} is not a date this app understands (ignored)")
