"""A zone in brackets after a time is the stamp's zone ("7:52 PM (GMT+9)"), and a weekday that
names another day than the date's is said in a note, the date as written read (acceptance #17
after s13-f2, fault d)."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus


def _article(tmp_path: Path, stamp: str):  # type: ignore[no-untyped-def]
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Ferry memorial opens\n\n{stamp}\n\nThe memorial opened in Halvik.\n", "utf-8")
    return Corpus.scan(root).article("a")


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        # reported
        ("March 14, 2025 7:52 PM (GMT+9)", "2025-03-14T19:52+09:00"),
        # variants: after a label, all-numeric with a zone's name; a time before the date
        ("Posted: 14/03/2025 19:52 (JST)", "2025-03-14T19:52+09:00"),
        ("Updated: 10:30 (GMT), March 14, 2025", "2025-03-14T10:30+00:00"),
    ],
)
def test_a_bracketed_zone_is_the_stamp_s_zone(tmp_path: Path, stamp: str, iso: str) -> None:
    assert _article(tmp_path, stamp).date == iso


@pytest.mark.parametrize(
    ("stamp", "iso", "said"),
    [
        # reported
        ("Tuesday, 14 March 2025", "2025-03-14", "14 March 2025 is a Friday, not a Tuesday"),
        # variants: an abbreviated weekday after a label with a time, a dateline-like line
        ("Posted: Mon., March 14, 2025 at 9:10 PM", "2025-03-14T21:10", "14 March 2025 is a Friday, not a Monday"),
        ("Sun 2 Mar 2025 06.00 GMT", "2025-03-02T06:00+00:00", None),  # right: no note
    ],
)
def test_a_wrong_weekday_is_said_and_the_date_read_as_written(
    tmp_path: Path, stamp: str, iso: str, said: str | None
) -> None:
    article = _article(tmp_path, stamp)
    assert article.date == iso
    notes = [n for n in article.notes if "is a " in n]
    if said is None:
        assert notes == []
    else:
        written = stamp.removeprefix("Posted: ")
        assert notes == [f"text date '{written}': {said}; read as the date written"]
