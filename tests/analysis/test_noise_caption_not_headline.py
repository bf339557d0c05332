"""A photo caption over its credit is no headline (issue #14, unseen18): on a saved page whose
headline stands over share rows and a player, a caption straight over its credit ("Foto: X / dpa")
shared more of the body's words than the headline, so it was taken for the headline and the real
headline and its standfirst went as another story's teaser. Each case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = ["Audio", "Konto", "Menü", "Startseite", "Panorama", "Sport", "Wetter", "Kultur", "Reise", "Video"]
_SHARE = ["Zur Merkliste hinzufügen", "Facebook", "E-Mail", "Messenger", "WhatsApp", "Link kopieren", "Bild vergrößern"]
_RELATED = [
    "Mehr zum Thema",
    "Fähre nach Osland fällt wieder aus",
    "Neue Brücke spaltet den Stadtrat von Halvik",
    "Sturm schließt den Nordhafen für zwei Tage",
]
_FOOTER = ["Impressum", "Datenschutz", "Kontakt", "Jobs", "Werbung", "Hilfe", "Newsletter", "Abo"]

_CASES = {
    "de": (
        "Hafen von Osland: Taucher suchen wieder nach vermisstem Boot",
        "Noch immer fehlt jede Spur von dem Fischerboot aus Osland. Vor zwei Wochen verschwand es bei Sturm, nun beginnt eine neue Suche.",
        "14.03.2025, 09.12 Uhr",
        "Taucher der Polizei am Montag im Hafen von Osland: »Wir suchen jeden Meter des Hafenbeckens ab«",
        "Foto: Jana Roe / dpa",
        [
            "Zwei Wochen nach dem Verschwinden des Fischerboots wollen die Taucher der Polizei den Hafen von Osland erneut absuchen, sagte ein Sprecher am Montag.",
            "In dieser Woche sei wieder eine Suche im Hafenbecken geplant. Die Taucher würden dabei auch ein Sonargerät einsetzen, um den Grund abzusuchen.",
            "Das Boot wird seit dem 28. Februar vermisst. Die Polizei geht davon aus, dass es bei dem Sturm im Hafen gesunken ist, und bittet um Hinweise.",
        ],
    ),
    "en": (
        "Osland harbour: divers search again for missing boat",
        "There is still no trace of the fishing boat from Osland. It vanished in a storm two weeks ago, and a new search begins.",
        "",
        "Police divers search the harbour basin of Osland on Monday, two weeks after the fishing boat vanished in the storm",
        "Photograph: Jane Roe/Halvik Press",
        [
            "Two weeks after the fishing boat vanished, police divers will search the harbour of Osland again, a spokesman said on Monday.",
            "A new search of the harbour basin is planned for this week. The divers will also use a sonar to search the bottom of the basin.",
            "The boat has been missing since 28 February. The police believe it sank in the harbour during the storm and are asking for information.",
        ],
    ),
    "pl": (
        "Port w Osland: nurkowie znowu szukają zaginionej łodzi",
        "Wciąż nie ma śladu łodzi rybackiej z Osland. Zaginęła podczas sztormu dwa tygodnie temu, a teraz zaczynają się nowe poszukiwania.",
        "14.03.2025, 09:12",
        "Nurkowie policji przeszukają port w Osland w poniedziałek, dwa tygodnie po zaginięciu łodzi rybackiej podczas sztormu w porcie",
        "Foto: Jana Roe / PAP",
        [
            "Dwa tygodnie po zaginięciu łodzi rybackiej nurkowie policji znowu przeszukają port w Osland, powiedział w poniedziałek rzecznik policji.",
            "Nowe poszukiwania w basenie portowym zaplanowano na ten tydzień. Nurkowie użyją też sonaru, aby przeszukać dno basenu portowego.",
            "Łódź zaginęła 28 lutego. Policja uważa, że zatonęła w porcie podczas sztormu, i prosi o wszelkie informacje w tej sprawie.",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_caption_over_its_credit_is_no_headline(tmp_path: Path, lang: str) -> None:
    headline, standfirst, stamp, caption, credit, body = _CASES[lang]
    # The date under the standfirst (as reported), under the share row (Polish), or none (English).
    if lang == "de":
        head = [headline, standfirst, stamp, *_SHARE]
    else:
        head = [headline, standfirst, *_SHARE, *([stamp] if stamp else [])]
    lines = [*_MENU, *head, caption, credit, *body, *_RELATED, *_FOOTER]
    article = _article(tmp_path, "\n".join(lines) + "\n")
    split = split_noise(article)
    content = {s.text for s in split.content}
    assert headline in content
    assert caption not in content
    for paragraph in body:
        assert paragraph in content
    assert article.title == headline
