"""A saved page in a legacy encoding is read in the charset it declares (issue 17, acceptance:
a page declaring its charset was read as Windows-1252 and the note did not say why). UTF-8 is
still tried first (a page re-saved as UTF-8 keeps a stale declaration); labels are widened as
the HTML standard does (ISO-8859-1 → Windows-1252, GB2312 → GB18030, Shift_JIS → Windows-31J),
and the note names the encoding used and that the page declared it."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.decoding import declared_charset
from waic_reader.index.corpus.reader import Corpus

JA = "上海で世界人工知能会議が開かれ、多くの企業が新しいロボットを発表した。"
ZH = "世界人工智能大会在上海开幕，众多企业发布了新的机器人产品。"
FR = "Le café a ouvert lundi à Zürich, ont déclaré ses propriétaires \u2019 après une longue attente."


def page(head: str, text: str) -> str:
    return f"<html><head>{head}<title>Page</title></head><body><article><p>{text}</p></article></body></html>"


def read(tmp_path: Path, raw: bytes) -> tuple[str, str, list[str]]:
    (tmp_path / "p.html").write_bytes(raw)
    article = Corpus.scan(tmp_path).article("p")
    return article.text, article.encoding, article.notes


@pytest.mark.parametrize(
    ("head", "text", "codec", "shown"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', JA, "shift_jis", "Shift_JIS"),
        ('<meta charset="gb2312">', ZH, "gb18030", "GB18030"),
        ("<meta charset='iso-8859-1'>", FR, "cp1252", "Windows-1252"),  # the ’ is Windows-1252's
        ('<meta charset="EUC-JP">', JA, "euc_jp", "EUC-JP"),
    ],
)
def test_a_declared_charset_is_used_and_named(tmp_path: Path, head: str, text: str, codec: str, shown: str) -> None:
    got, _encoding, notes = read(tmp_path, page(head, text).encode(codec))
    assert text in got
    assert any(shown in n and "declaration" in n for n in notes), notes


def test_utf8_wins_over_a_stale_declaration(tmp_path: Path) -> None:
    got, encoding, notes = read(tmp_path, page('<meta charset="iso-8859-1">', FR).encode("utf-8"))
    assert FR in got and encoding == "utf-8" and notes == []


def test_a_false_utf8_declaration_is_said(tmp_path: Path) -> None:
    got, encoding, notes = read(tmp_path, page('<meta charset="utf-8">', FR).encode("cp1252"))
    assert FR in got and encoding == "cp1252"
    assert any("declares UTF-8" in n for n in notes), notes


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<?xml version="1.0" encoding="windows-1251"?><html>', "cp1251"),
        (b"<meta charset=koi8-r>", "koi8_r"),
        (b'<meta charset="no-such-charset">', None),
        (b"<p>charset=utf-8 in the text</p>", None),
    ],
)
def test_declared_charset(head: bytes, codec: str | None) -> None:
    assert declared_charset(head) == codec
