"""Speech broken off inside its quotation ("… wouldn't have–”") ends the writer's sentence as a full stop
does (issue #14, unseen17 theblaze-1): a paragraph of an interview ending so read as a fragment, not prose,
and with the short lines of dialogue around it cut the article's last lines off as text after it. Each
case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = [
    "Skip to content", "Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather",
    "Podcasts", "Newsletter", "Contact", "About", "Search",
]  # fmt: skip
# Under the article, as on the reported page: a share prompt, a link back to the site, and its comments.
_FOOTER = [
    "Share this article",
    "Back to Osland Daily »",
    "Comments (186)",
    "Privacy Policy",
    "Terms of Use",
    "Advertise",
    "Jobs",
    "© 2025 Osland Media",
]

# (headline, body, then the dialogue: a short line, the cut-off speech, a short question, the closing line)
_CASES: dict[str, tuple[str, list[str], list[str]]] = {
    # The reported shape: an en dash before a closing curly quote.
    "en-dash": (
        "Reporter asks ferry passengers who should pay for the new piers",
        [
            "A reporter spent Monday morning at the Osland ferry terminal asking passengers whether the harbour board or the town should pay for the two new piers, and most of them had no answer at all.",
            "“So, you don’t think the town should pay for the piers, correct?” he asked one woman waiting for the eight o'clock ferry to the mainland with her two children.",
            "“Oh no, not at all, not even close,” she replied, before walking on to the ticket office.",
        ],
        [
            "Another pause. “Because…”",
            "The man in the next clip at least had an answer to that, saying, “if the board had kept the old piers up then we wouldn’t have people paying twice, wouldn’t have–”",
            "“So new piers solve budget problems?” Roe asked.",
            "“Well I believe it has a big part in it, I really do,” the man said.",
        ],
    ),
    # Variant: an em dash before a straight quote.
    "em-dash": (
        "Reporter asks ferry passengers who should pay for the new piers",
        [
            "A reporter spent Monday morning at the Osland ferry terminal asking passengers whether the harbour board or the town should pay for the two new piers, and most of them had no answer at all.",
            "\"So, you don't think the town should pay for the piers, correct?\" he asked one woman waiting for the eight o'clock ferry to the mainland with her two children.",
            '"Oh no, not at all, not even close," she replied, before walking on to the ticket office.',
        ],
        [
            'Another pause. "Because..."',
            'The man in the next clip at least had an answer to that, saying, "if the board had kept the old piers up then we would not have people paying twice, would not have—"',
            '"So new piers solve budget problems?" Roe asked.',
            '"Well I believe it has a big part in it, I really do," the man said.',
        ],
    ),
    # Variant: German quotation marks, a spaced dash before the closing “.
    "de": (
        "Reporter fragt Fahrgäste, wer die neuen Anleger bezahlen soll",
        [
            "Ein Reporter hat am Montagmorgen am Fähranleger in Osland Fahrgäste gefragt, ob die Hafenverwaltung oder die Stadt die beiden neuen Anleger bezahlen soll, und die meisten hatten keine Antwort.",
            "„Sie finden also nicht, dass die Stadt die Anleger bezahlen sollte, richtig?“, fragte er eine Frau, die mit ihren zwei Kindern auf die Fähre um acht Uhr wartete.",
            "„Nein, überhaupt nicht, nicht einmal annähernd“, antwortete sie und ging weiter zum Schalter.",
        ],
        [
            "Wieder eine Pause. „Weil …“",
            "Der Mann im nächsten Ausschnitt hatte wenigstens eine Antwort darauf und sagte, „wenn die Verwaltung die alten Anleger gepflegt hätte, dann müssten die Leute jetzt nicht doppelt zahlen, müssten nicht –“",
            "„Also kosten neue Anleger weniger?“, fragte der Reporter.",
            "„Nun, ich glaube, das hat viel damit zu tun, wirklich“, sagte der Mann, bevor er an Bord der Fähre ging.",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("case", sorted(_CASES))
def test_speech_cut_off_by_a_dash_does_not_end_the_article(tmp_path: Path, case: str) -> None:
    headline, body, dialogue = _CASES[case]
    # (As on the reported page, a lead-in to a video closes the article; it is not asserted here.)
    lines = [*_MENU, headline, "By Jane Roe | March 14, 2025", *body, *dialogue, "Watch the video below:", *_FOOTER]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    content = {s.text for s in split.content}
    lost = [line for line in [*body, *dialogue[1:]] if line not in content]
    assert not lost, lost
    assert {*_MENU[1:], *_FOOTER} <= {s.text for s in split.noise}
