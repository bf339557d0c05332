"""A date stamp's line straight under the fields of a front matter never closed ("Posted: Mar 15,
2025", no blank line between) is no field: it dates the article as it does after a blank line
(acceptance #17 after s13, fault 7). In lower case, "published: …" is still a field."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

FIELDS = "---\ntitle: Ferry plan\noutlet: Halvik Post\n"
BODY = "The council approved the ferry plan on Friday after a long debate.\n"


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Posted: Mar 15, 2025", "2025-03-15"),  # reported
        ("Updated: 14 March 2025 10:00 GMT", "2025-03-14T10:00+00:00"),
        ("posted: march 15, 2025", "2025-03-15"),
    ],
)
@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_stamp_under_unclosed_fields_dates_the_article(tmp_path: Path, stamp: str, iso: str, gap: str) -> None:
    text = f"{FIELDS}{gap}{stamp}\n\n{BODY}"
    (tmp_path / "a.md").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert (article.date, article.date_source) == (iso, "text")
    assert article.text == text
    assert any("front matter not closed" in note for note in article.notes)


def test_a_lower_case_published_field_under_them_dates_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"{FIELDS}published: March 14, 2025\n\n{BODY}", "utf-8")
    assert Corpus.scan(tmp_path).article("a").date is None
