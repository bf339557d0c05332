"""Digits of other scripts are digits (t13az N9, round s53-d): Arabic-Indic (U+0660-0669, with the
thousands separator U+066C), Extended Arabic-Indic (U+06F0-06F9), Devanagari (U+0966-096F) and
full-width digits are read as their values by the search tokeniser, the figure recogniser and the
date reader (one mapping, ``tokens.ascii_digits``), and Arabic's Gregorian month names ("نوفمبر")
are read in dates: "١٢٠٠" was found by no ``search 1200``, "١٧ نوفمبر ٢٠٢٦" dated nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.figures import find_figures
from waic_reader.index.corpus.date_parse import parse
from waic_reader.index.corpus.dates import scan_dates
from waic_reader.index.corpus.tokens import ascii_digits, search_tokens
from waic_reader.tui.cli.main import main

# The reported article's sentence (t13az corpus intl/alnahar-ar.txt) and variants in Persian
# (Extended Arabic-Indic digits), Hindi (Devanagari) and full-width digits.
_TEXTS = [
    "أجلت السلطات في بلدة هارلو بند الكندية نحو ١٬٢٠٠ من السكان فجر الثلاثاء.",
    "مقامات حدود ۱۲۰۰ نفر از ساکنان را تخلیه کردند.",
    "अधिकारियों ने लगभग १,२०० निवासियों को निकाला।",
    "当局は住民１２００人を避難させた。",
]


def test_ascii_digits_keeps_offsets() -> None:
    text = "نحو ١٬٢٠٠ من ۱۷ و १२ و ３"
    assert ascii_digits(text) == "نحو 1,200 من 17 و 12 و 3"
    assert len(ascii_digits(text)) == len(text)


@pytest.mark.parametrize("text", _TEXTS)
def test_search_token_is_the_value(text: str) -> None:
    assert any(tok.replace(",", "") == "1200" for tok, _, _ in search_tokens(text))


@pytest.mark.parametrize("text", _TEXTS[:3])
def test_figure_recogniser_reads_the_value(text: str) -> None:
    assert 1200.0 in [f.value for f in find_figures(text)]


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("١٧ نوفمبر ٢٠٢٦", "2026-11-17"),
        ("۳ مارس ۲۰۲۶", "2026-03-03"),
        ("٥ يناير 2026", "2026-01-05"),
        ("१७ November २०२६", "2026-11-17"),
    ],
)
def test_date_value_in_other_digits(value: str, iso: str) -> None:
    assert parse(value) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("١٧ نوفمبر ٢٠٢٦", "2026-11-17"),
        ("نشر: ٣ مارس ٢٠٢٦", "2026-03-03"),
        ("Published: ۱۷ November ۲۰۲۶", "2026-11-17"),
    ],
)
def test_date_line_in_other_digits(line: str, iso: str) -> None:
    found = scan_dates(f"خروج قطار شحن عن القضبان في كندا\n\n{line}\n\n{_TEXTS[0]}\n").found
    assert [f.iso for f in found] == [iso]


def test_search_finds_arabic_indic_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for k, text in enumerate(_TEXTS[:3]):
        (corpus / f"a{k}.txt").write_text(f"Harlow Bend\n\n{text}\n", encoding="utf-8")
    (corpus / "other.txt").write_text("Harlow Bend\n\nNo count here at all.\n", encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "search", "1200", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert sorted(h["doc"] for h in json.loads(out)["hits"]) == ["a0", "a1", "a2"]
