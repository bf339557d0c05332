"""Boxes closing or set in an article, in a saved page's plain text (issue #14, round s50-a), each the
reported layout (unseen45) and two variants of our own, on small pages of our own:

- a review's verdict of pros and cons, lines marked with plus and minus signs under a short heading
  (mactechnews-1: "Plus/Minus …", "+ …", "– …"), is the article's, not a menu or other stories;
- a deck or first section heading alone between the headline and the main text (mactechnews-1:
  "Gleicher Klang für weniger Geld?") is the article's, not another story's teaser;
- an affiliate programme's product box (rank, product, price, "Bei Amazon ansehen"; caschy-1) is an
  advertisement, and the affiliate disclosure under it ("Transparenz: In diesem Artikel sind
  Partnerlinks enthalten.") legal, in German, English and French.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

MENU = ["Start", "News", "Tests", "Ratgeber", "Forum", "Kontakt", "Suche", "Anmelden", "Newsletter", "Impressum"]
FOOTER = ["Teilen", "Tweet", "Datenschutz", "AGB", "© 2026 Beispiel Verlag"]
HEADLINE = "Kurztest Nordlicht K7: Ein leiser Tischlüfter für wenig Geld"
PARAS = [
    "Der Nordlicht K7 soll so leise sein wie teurere Modelle, kostet aber nur die Hälfte. Wir haben"
    " ihn zwei Wochen lang im Büro und im Schlafzimmer laufen lassen und mit dem Vorgänger verglichen.",
    "Im Alltag überzeugt vor allem die unterste Stufe: Selbst nachts ist der Lüfter kaum zu hören, und"
    " die Luft kommt trotzdem spürbar am Schreibtisch an. Die höchste Stufe ist dagegen deutlich lauter.",
    "Die Bedienung erfolgt über drei Tasten am Sockel, eine Fernbedienung gibt es nicht. Der Akku hält"
    " auf mittlerer Stufe etwa neun Stunden, geladen wird er über einen USB-C-Anschluss an der Rückseite.",
]

VERDICTS = [
    [
        "Plus/Minus Nordlicht K7",
        "+ sehr leise auf Stufe 1",
        "+ gute Verarbeitung",
        "+ lange Akkulaufzeit",
        "– keine Fernbedienung",
    ],
    [
        "Pros and cons",
        "+ Quiet on its lowest setting",
        "+ Long battery life",
        "- No remote control",
        "- Loud at full speed",
    ],
    ["Points forts et points faibles", "+ silencieux", "+ autonomie", "− pas de télécommande"],
]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize("verdict", VERDICTS, ids=["reported", "english", "french"])
def test_pros_and_cons_closing_a_review_are_the_articles(tmp_path: Path, verdict: list[str]) -> None:
    art = text_article(tmp_path, [*MENU, HEADLINE, *PARAS, *verdict, *FOOTER])
    assert [kind_at(art, line) for line in verdict] == ["content"] * len(verdict)
    assert kind_at(art, "© 2026 Beispiel Verlag") != "content"


DECKS = [
    "Gleicher Klang für weniger Geld?",
    "Quiet enough for the bedroom",
    "Une alternative aux modèles haut de gamme ?",
]


@pytest.mark.parametrize("deck", DECKS, ids=["reported", "english", "french"])
def test_deck_between_headline_and_text_is_the_articles(tmp_path: Path, deck: str) -> None:
    prompt = "Würden Sie gerne aktuelle Nachrichten aus der Welt der Lüfter direkt über Push-Nachrichten erhalten?"
    art = text_article(tmp_path, [*MENU, prompt, "Sa, 08:07·Rückblick", HEADLINE, deck, *PARAS, *FOOTER])
    assert kind_at(art, deck) == "content"
    assert kind_at(art, HEADLINE) == "content"


SHOP_BOXES = [
    (
        [
            "#",
            "Vorschau",
            "Produkt",
            "Preis",
            "1",
            "Nordlicht K7 Tischlüfter - Weiß",
            "49,99 EUR",
            "Bei Amazon ansehen",
            "2",
            "Nordlicht K9 Turmlüfter – Schwarz",
            "89,99 EUR",
            "Bei Amazon ansehen",
        ],
        "Transparenz: In diesem Artikel sind Partnerlinks enthalten. Wenn ihr darüber kauft, erhalten wir eine kleine"
        " Provision. Für euch ändert sich am Preis nichts.",
    ),
    (
        [
            "Nordlicht K7 Desk Fan, White",
            "$39.99",
            "Buy on Amazon",
            "Nordlicht K9 Tower Fan",
            "$79.00",
            "Check price at Walmart",
        ],
        "This article contains affiliate links. If you buy through them, we may get a share of the sale.",
    ),
    (
        [
            "Ventilateur Nordlicht K7",
            "45,90 €",
            "Voir l'offre sur Fnac",
            "Ventilateur Nordlicht K9",
            "84,90 €",
            "Voir l'offre sur Darty",
        ],
        "Cet article contient des liens affiliés : nous touchons une commission sur vos achats.",
    ),
]


@pytest.mark.parametrize(("box", "disclosure"), SHOP_BOXES, ids=["reported", "english", "french"])
def test_affiliate_product_box_is_an_advertisement(tmp_path: Path, box: list[str], disclosure: str) -> None:
    art = text_article(tmp_path, [*MENU, HEADLINE, *PARAS, *box, disclosure, *FOOTER])
    kinds = [kind_at(art, line) for line in box if line != "#"]
    assert kinds == ["advertisement"] * len(kinds)
    assert kind_at(art, disclosure) == "legal"
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)


def test_shop_named_in_a_sentence_is_the_articles(tmp_path: Path) -> None:
    line = "Wer ihn kaufen will, findet ihn bei Amazon für 49,99 Euro und im Fachhandel für etwas mehr."
    art = text_article(tmp_path, [*MENU, HEADLINE, *PARAS[:2], line, PARAS[2], *FOOTER])
    assert kind_at(art, line) == "content"
