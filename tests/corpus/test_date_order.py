"""An all-numeric date either way round (03/04/2025: 3 April or March 4) in corpus.yaml, front
matter or a record is never read month first silently: it is a warning with its place and is
left unread, unless corpus.yaml's ``date_order: dmy | mdy`` says how to read it. Unambiguous
ones (ISO, a number over 12, equal numbers, dotted day first) read as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_parse import AmbiguousDate, day_month, parse
from waic_reader.index.corpus.reader import Corpus

BODY = "Officials said the ferry plan was approved after a long debate in the city council.\n"
AMBIGUOUS = ["03/04/2025", "05-06-2024", "11/12/2025 09:30"]


@pytest.mark.parametrize("value", AMBIGUOUS)
def test_either_way_round_is_not_read_without_an_order(value: str) -> None:
    with pytest.raises(AmbiguousDate):
        parse(value)


@pytest.mark.parametrize(
    ("value", "dmy", "mdy"),
    [
        ("03/04/2025", "2025-04-03", "2025-03-04"),
        ("05-06-2024", "2024-06-05", "2024-05-06"),
        ("11/12/2025 09:30", "2025-12-11T09:30", "2025-11-12T09:30"),
    ],
)
def test_an_order_reads_it(value: str, dmy: str, mdy: str) -> None:
    assert parse(value, "dmy") == dmy and parse(value, "mdy") == mdy


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-03-04", "2025-03-04"),  # ISO
        ("14/03/2025", "2025-03-14"),  # a number over 12 is the day
        ("03/14/2025", "2025-03-14"),
        ("04/04/2025", "2025-04-04"),  # the same either way
        ("03.04.2025", "2025-04-03"),  # dotted: day first, as in the text
        # dotted with a space after each dot, as Czech and German pages write it: day first too
        # (dateutil had read the spaced form month first: 5 March 2025 became May 3)
        ("5. 3. 2025 9:30", "2025-03-05T09:30"),
        ("05. 04. 2025", "2025-04-05"),
        ("23. 12. 2024 13:31", "2024-12-23T13:31"),
    ],
)
def test_unambiguous_dates_read_as_written_whatever_the_order(value: str, iso: str) -> None:
    assert parse(value) == parse(value, "dmy") == parse(value, "mdy") == iso


def test_one_rule_for_metadata_and_text() -> None:
    # The text's labelled numeric dates use the same day/month rule (not read when ambiguous).
    from waic_reader.index.corpus.dates import date_in_text

    assert day_month(3, 4, "/") is None and day_month(14, 3, "/") == (14, 3) and day_month(3, 4, ".") == (3, 4)
    assert date_in_text("Posted: 03/04/2025\n\n" + BODY) is None
    found = date_in_text("Posted: 14/03/2025\n\n" + BODY)
    assert found is not None and found.iso == "2025-03-14"


def _corpus(tmp_path: Path, yaml: str) -> Corpus:
    root = tmp_path / "c"
    root.mkdir(exist_ok=True)
    (root / "a.txt").write_text(BODY, "utf-8")
    (root / "corpus.yaml").write_text(yaml, "utf-8")
    return Corpus.scan(root)


@pytest.mark.parametrize("value", AMBIGUOUS)
def test_corpus_yaml_warns_with_its_line_and_column(tmp_path: Path, value: str) -> None:
    corpus = _corpus(tmp_path, f"articles:\n  a.txt:\n    outlet: Gazette\n    date: {value}\n")
    errors = corpus.meta_errors
    assert len(errors) == 1 and "corpus.yaml:4:11:" in errors[0] and "date_order" in errors[0], errors
    article = corpus.article("a")
    assert article.date is None and article.outlet == "Gazette"  # the rest of the entry applies


@pytest.mark.parametrize(("order", "iso"), [("dmy", "2025-04-03"), ("mdy", "2025-03-04")])
def test_date_order_in_corpus_yaml(tmp_path: Path, order: str, iso: str) -> None:
    corpus = _corpus(tmp_path, f"date_order: {order}\narticles:\n  a.txt:\n    date: 03/04/2025\n")
    assert corpus.meta_errors == []
    article = corpus.article("a")
    assert (article.date, article.date_source) == (iso, "metadata")


def test_an_unknown_date_order_is_a_warning(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, "date_order: ymd\narticles:\n  a.txt:\n    date: 03/04/2025\n")
    assert any("corpus.yaml:1:13:" in e and "date_order" in e for e in corpus.meta_errors), corpus.meta_errors
    assert corpus.article("a").date is None


def _markdown(tmp_path: Path, date: str, yaml: str | None = None) -> Corpus:
    root = tmp_path / "m"
    (root / "notes").mkdir(parents=True)
    (root / "notes" / "quake.md").write_text(f"---\ntitle: Quake\ndate: {date}\n---\n\n{BODY}", "utf-8")
    if yaml is not None:
        (root / "corpus.yaml").write_text(yaml, "utf-8")
    return Corpus.scan(root)


@pytest.mark.parametrize("value", AMBIGUOUS)
def test_front_matter_notes_the_file_line_and_column(tmp_path: Path, value: str) -> None:
    article = _markdown(tmp_path, value).article("notes/quake")
    assert article.date is None
    assert any(n.startswith("notes/quake.md:3:7: front-matter date") and value in n for n in article.notes), (
        article.notes
    )


def test_front_matter_follows_date_order(tmp_path: Path) -> None:
    corpus = _markdown(tmp_path, "03/04/2025", "date_order: dmy\n")
    article = corpus.article("notes/quake")
    assert (article.date, article.date_source) == ("2025-04-03", "front-matter")
    assert not any("date" in n for n in article.notes)


def test_changing_date_order_changes_the_stamp(tmp_path: Path) -> None:
    # The index and listing re-read a file whose date_order changed, as for an edited entry.
    plain = _markdown(tmp_path, "03/04/2025")
    before = plain.meta_stamp("notes/quake")
    (plain.root / "corpus.yaml").write_text("date_order: mdy\n", "utf-8")
    assert before != Corpus.scan(plain.root).meta_stamp("notes/quake")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Posted: 5. 3. 2025 9:30", "2025-03-05T09:30"),  # reported: a space after each dot
        ("Updated: 15. 3. 2025", "2025-03-15"),  # variant: a two-digit day, no time
        ("Date: 05. 03. 2025 09:30", "2025-03-05T09:30"),  # variant: zero-padded, spaced
    ],
)
def test_a_labelled_dotted_date_with_spaces_is_read_day_first(tmp_path: Path, line: str, iso: str) -> None:
    (tmp_path / "a.txt").write_text(f"Landslide hits the coast road\n\n{line}\n\n{BODY}", "utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    assert article.date == iso
