"""Article bytes to text: byte-order marks, UTF-8 (with a few stray bytes kept as escapes), the
charset a page declares (``<meta charset>``, WHATWG labels), then Windows-1252; binary data is
refused. Every file format's bytes go through :func:`decode` (issue #13/#14: one decoding path).
Moved out of :mod:`.reader` (session 21); the caller now says whether a read was cut
(``truncated``) instead of this module comparing with the reader's read limit."""

from __future__ import annotations

import re

from waic_reader.index.corpus.text import nfc

_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
_STRAY = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as surrogateescape decodes it
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a character UTF-8 spells in 2+ bytes


def decode(raw: bytes, declared: str | None = None, *, truncated: bool = False) -> tuple[str, str, list[str]]:
    """Decode article bytes. Returns (text, encoding, notes); raises ValueError for binary data.
    ``truncated``: ``raw`` is the head of a longer file (a multi-byte character its last bytes
    cut in half is dropped, not taken for another encoding).

    A byte-order mark wins; then UTF-8 (also with a few stray bytes); then ``declared``, the
    charset the file itself names (an HTML page's ``<meta charset>``: :func:`declared_charset`);
    then Windows-1252. Each choice other than plain UTF-8 is said in a note.

    The text is in Unicode NFC (:func:`~waic_reader.index.corpus.text.nfc`): a file written
    in decomposed form ("Zu\u0308rich") reads as the composed one, so every offset, word
    count, entity and search term is of the composed text ``show --json`` gives.
    """
    text, encoding, notes = _decode(raw, declared, truncated)
    return nfc(text), encoding, notes


# A page's own charset declaration: <meta charset="…">, <meta http-equiv="Content-Type"
# content="text/html; charset=…">, or an XML declaration's encoding="…". Looked for in the
# head of the file, as the HTML standard's prescan does (it reads 1,024 bytes; saved pages put
# long scripts and styles first, so this reads more).
_CHARSET_PRESCAN_BYTES = 8192
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Labels the HTML standard (WHATWG Encoding, "legacy single-byte and multi-byte encodings")
# decodes as a wider encoding than the name says: browsers read "iso-8859-1" pages as
# Windows-1252, "gb2312" as GB18030, "shift_jis" as Windows-31J, and so must we, or the
# characters those pages really contain (curly quotes, extended kanji) come out wrong.
_WHATWG_WIDER = {
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "iso8859_9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}


_CODEC_NAMES = {
    "cp1252": "Windows-1252",
    "cp1254": "Windows-1254",
    "cp932": "Shift_JIS (Windows-31J)",
    "gb18030": "GB18030",
    "cp949": "EUC-KR (Windows-949)",
    "big5hkscs": "Big5-HKSCS",
    "euc_jp": "EUC-JP",
    "koi8_r": "KOI8-R",
}


def declared_charset(raw: bytes) -> str | None:
    """The Python codec name for the charset ``raw`` (an HTML or XML page) declares in its first
    :data:`_CHARSET_PRESCAN_BYTES` bytes, widened as the HTML standard does
    (:data:`_WHATWG_WIDER`); None when it declares none, or a name Python does not know."""
    import codecs

    found = _DECLARED_CHARSET.search(raw[:_CHARSET_PRESCAN_BYTES])
    if found is None:
        return None
    label = (found.group(1) or found.group(2)).decode("ascii").strip().lower()
    try:
        name = codecs.lookup(label).name.replace("-", "_")
        "a".encode(name)  # a text encoding: rot13, base64 or zlib raise LookupError here
    except LookupError:
        return None
    if "escape" in name or name in _NOT_PAGE_CHARSETS or name.startswith(("utf_16", "utf_32")):
        # Escape and punycode codecs rewrite the text; UTF-7 is refused by browsers (it hides
        # markup); UTF-16 and UTF-32 without a byte-order mark are not what a prescan can find.
        return None
    return _WHATWG_WIDER.get(name, name)


_NOT_PAGE_CHARSETS = frozenset({"utf_7", "punycode", "idna", "undefined", "mbcs", "oem", "palmos"})


def _decode(raw: bytes, declared: str | None, truncated: bool) -> tuple[str, str, list[str]]:
    notes: list[str] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig", notes
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if raw.startswith(bom):
            text = raw[len(bom) :].decode(codec, errors="replace")
            if "\ufffd" in text:
                notes.append(f"some bytes were not valid {codec} and were replaced")
            return text, codec, notes
    head = raw[:8192]
    if b"\x00" in head:
        raise ValueError("binary file (contains NUL bytes)")
    # Counted with bytes.translate (C speed): this runs on every file read, snippets included.
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    # Valid UTF-8 made mostly of control bytes is binary too; ESC is left out of this count so
    # that text with (hostile or coloured) escape sequences is still read, and shown visibly.
    if head and (controls - head.count(0x1B)) / len(head) > 0.30:
        raise ValueError("binary file (mostly control bytes)")
    try:
        return raw.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3 and truncated:
            # Truncation cut a multi-byte character in half; that is not a bad encoding.
            return raw[: exc.start].decode("utf-8"), "utf-8", notes
    # UTF-8 with a few stray bytes (a bad copy, a truncated edit) is still UTF-8: decoding it
    # all as Windows-1252 would turn every other accent and quote into mojibake. Text in
    # Windows-1252 has (almost) no valid multi-byte UTF-8 sequences, so the two are told apart
    # by how many of those there are against the bytes that fail: one valid multi-byte character
    # per stray byte is enough (a lone apostrophe ’ beside one bad byte is still UTF-8).
    lenient = raw.decode("utf-8", errors="surrogateescape")
    bad = len(_STRAY.findall(lenient))
    if len(_MULTIBYTE.findall(lenient)) >= bad:
        notes.append(f"{bad} byte{'s' if bad > 1 else ''} not valid UTF-8 replaced with \ufffd")
        return _STRAY.sub("\ufffd", lenient), "utf-8", notes
    if head and controls / len(head) > 0.05:
        raise ValueError("binary file (mostly control bytes)")
    if declared and not declared.startswith("utf"):
        # The page says what it is written in, and it is not UTF-8 (tried above, also with stray bytes).
        text = raw.decode(declared, errors="replace")
        bad = text.count("\ufffd") - raw.decode(declared, errors="ignore").count("\ufffd")
        shown = _CODEC_NAMES.get(declared, declared.replace("_", "-").upper())
        notes.append(
            f"decoded as {shown}, from the page's charset declaration"
            + (f"; {bad} byte{'s' if bad > 1 else ''} not valid there replaced with \ufffd" if bad else "")
        )
        return text, declared, notes
    text, utf8_lines = _cp1252_by_line(raw)
    notes.append(
        "not valid UTF-8: decoded leniently as Windows-1252"
        + (" (the page declares UTF-8)" if declared in ("utf_8", "utf_8_sig") else "")
        + (f"; {utf8_lines} line{'s' if utf8_lines > 1 else ''} written in UTF-8 read as UTF-8" if utf8_lines else "")
    )
    return text, "cp1252", notes


def _cp1252_by_line(raw: bytes) -> tuple[str, int]:
    """``raw`` decoded as Windows-1252 line by line, except each line that is valid UTF-8 and
    holds a multi-byte character, decoded as UTF-8; and how many lines were. A line pasted from
    a UTF-8 source into a Windows-1252 file ("Café owner Renée Beaulieu-Trân said", t13az N10)
    read as Windows-1252 is mojibake ("CafÃ© owner RenÃ©e"), and names were cut at its "Ã©";
    a Windows-1252 line of accented letters is almost never valid UTF-8 (an accent's byte
    would have to be followed by the one or more continuation bytes UTF-8 needs)."""
    parts: list[str] = []
    utf8_lines = 0
    for line in raw.splitlines(keepends=True):
        if line.isascii():
            parts.append(line.decode("ascii"))
            continue
        try:
            parts.append(line.decode("utf-8"))
            utf8_lines += 1
        except UnicodeDecodeError:
            parts.append(line.decode("cp1252", errors="replace"))
    return "".join(parts), utf8_lines
