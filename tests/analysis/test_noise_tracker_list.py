"""A release note's list of fixed bugs under the article's paragraph is the article's (issue #14,
unseen21): a header ending in ":" ("Bugs fixed in 9.4.2 RC1:") over entries each opening with the
tracker's reference ("qp#40213 Crash when ...", "CORE-1187 ...", "#5521 ..."), some as long as a
sentence or ending in "." or "!", and a second such header and list straight under it. The entries
had gone as another story's teasers and the page's furniture. Each case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = ["Home", "News", "Reviews", "Forum", "Downloads", "Video", "Podcasts", "Sign in", "Register"]
_FOOTER = ["Version", "9.4.2", "Licence", "Free", "Facebook Linkedin X Whatsapp", "Privacy", "Cookies"]
_PARAGRAPH = (
    "Version 9.5 of Quillpad came out recently, but the Tavel Foundation has now also released an update for the"
    " older 9.4 line. More than twenty bugs have been fixed, mostly in the word processor and in the export to"
    " PDF, and the developers advise every user to install it."
)

_ENTRIES = [
    "Crash when closing a document with tracked changes",
    "Export to PDF loses the bookmarks of the second and later chapters when the document uses linked sections",
    "Table styles: inserting a row changes the formatting of the whole table (see comment 4)",
    "Wrong font shown in the style dialog",
    "Pasting from the web hangs the editor.",
    "Spell checker ignores the last word of a paragraph in documents saved by older releases (needs review!)",
    "Page numbers do not restart after a section break",
    "Slow scrolling in documents with many comments",
]

_CASES: dict[str, list[str]] = {
    "hash": [f"qp#{40213 + 7 * k} {e}" for k, e in enumerate(_ENTRIES)],
    "key": [f"CORE-{1187 + 3 * k} {e}" for k, e in enumerate(_ENTRIES)],
    "bare": [f"#{5521 + 11 * k} {e}" for k, e in enumerate(_ENTRIES)],
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("style", sorted(_CASES))
def test_a_list_of_fixed_bugs_under_the_article_is_content(tmp_path: Path, style: str) -> None:
    entries = _CASES[style]
    listed = ["Bugs fixed in 9.4.2 RC1:", *entries[:5], "Bugs fixed in 9.4.2 RC2:", *entries[5:]]
    lines = [*_MENU, "Software update: Quillpad 9.4.2", _PARAGRAPH, *listed, *_FOOTER]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    content = {s.text for s in split.content}
    lost = [line for line in [_PARAGRAPH, *listed] if line not in content]
    assert not lost, lost
    # The page's menu over the article and its share row under the list are still the page's.
    noise = {s.text for s in split.noise}
    assert {*_MENU, "Facebook Linkedin X Whatsapp"} <= noise
