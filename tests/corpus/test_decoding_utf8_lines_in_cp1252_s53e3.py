"""A Windows-1252 file holding a line written in UTF-8 reads that line as UTF-8 (t13az N10, round
s53-e3).

Reported (/work/s53/t13az/corpus hostile/weird.txt): the file is Windows-1252 (its "Núñez" a
single byte each) with one line pasted in UTF-8, "Café owner Renée Beaulieu-Trân said …"; the
whole file was decoded as Windows-1252, the line shown "CafÃ© owner RenÃ©e Beaulieu-TrÃ¢n", the
entity list gave a PERSON "RenÃ" and the quotes a speaker "RenÃ". Variants (invented): other
languages' letters, a UTF-8 line first, lines ending in CRLF."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.decoding import decode
from waic_reader.index.corpus.reader import Corpus

CASES = [
    # reported: a cp1252 byline, then the UTF-8 line
    (
        "By Núñez-Östrøm staff\n\n".encode("cp1252")
        + "Café owner Renée Beaulieu-Trân said nobody told us about the 2 km zone.\n".encode(),
        "Café owner Renée Beaulieu-Trân said",
        "Renée Beaulieu-Trân",
    ),
    # variants: the UTF-8 line first, German and Polish letters, CRLF (the file's own
    # Windows-1252 letters outnumber the line's, as in the reported file: else it is UTF-8 with
    # stray bytes, README "Encodings")
    (
        "Bürgermeisterin Jürgen Größe-Weiß sagte, das Wasser sei sauber.\r\n".encode()
        + "Preis: 12 € für Café-Gäste; Straßen in Köln, Düsseldorf, Münster, Göttingen gesperrt.\r\n".encode("cp1252"),
        "Jürgen Größe-Weiß",
        "Jürgen Größe-Weiß",
    ),
    (
        "Café notes: Zoë, Chloé, André, Hélène, José, Inés, Renée and Zoé wrote.\n\n".encode("cp1252")
        + "Fisherman Michał Wójcik-Łęcki said the river smelled of styrene.\n".encode()
        + "– The end –\n".encode("cp1252"),
        "Michał Wójcik-Łęcki said",
        "Michał Wójcik-Łęcki",
    ),
]


@pytest.mark.parametrize(("raw", "shown", "_name"), CASES)
def test_the_utf8_line_reads_as_written(raw: bytes, shown: str, _name: str) -> None:
    text, encoding, notes = decode(raw)
    assert encoding == "cp1252"
    assert shown in text
    assert "Ã" not in text and "Å" not in text
    assert any("read as UTF-8" in n for n in notes), notes


def test_a_cp1252_file_stays_cp1252() -> None:
    """The file's own Windows-1252 lines are still read so (a line of it is no valid UTF-8)."""
    raw = "Núñez said “nobody” came.\nCafé prices rose 5 €.\n".encode("cp1252")
    text, encoding, notes = decode(raw)
    assert (text, encoding) == ("Núñez said “nobody” came.\nCafé prices rose 5 €.\n", "cp1252")
    assert not any("read as UTF-8" in n for n in notes)


@pytest.mark.parametrize(("raw", "_shown", "name"), CASES)
def test_no_name_cut_at_mojibake(tmp_path: Path, raw: bytes, _shown: str, name: str) -> None:
    (tmp_path / "weird.txt").write_bytes(b"Spill report\n\n" + raw)
    article = Corpus.scan(tmp_path).article("weird")
    persons = [
        article.text[m.start : m.end] for m in Recognizer(use_user=False).recognize(article) if m.label == "PERSON"
    ]
    assert name in persons, persons
