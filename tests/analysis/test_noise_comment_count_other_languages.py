"""A comments section headed by its count in another language ("11 komentarze:", "3 Kommentare",
"12 commentaires"; issue #14, round s35-g, unseen30's devblogi-1 in Polish): the header ends the
article and the readers' comments under it are comments; they were kept as the article's (the
English "11 comments" was known, the other languages' counts not). The reported page reduced to an
invented one, and German and French variants with other commenter lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

PAGES = {
    "pl": (
        "Po co nam testerzy?",
        [
            "Wiele firm uważa, że programiści sami mogą testować swój kod, i oszczędza na zatrudnianiu testerów. "
            "To błąd, który zwykle wychodzi na jaw dopiero po wydaniu produktu, gdy klienci zaczynają zgłaszać błędy.",
            "Dobry tester patrzy na program oczami użytkownika i znajduje problemy, których autor kodu nie widzi, "
            "bo zna zamiary, a nie tylko to, co program naprawdę robi.",
            "Zatrudnienie jednego testera na trzech programistów kosztuje mniej niż naprawianie błędów u klientów, "
            "a zespół może skupić się na pisaniu nowych funkcji zamiast gaszenia pożarów.",
            "Warto też pamiętać, że tester nie jest wrogiem programisty. Obaj chcą, żeby produkt działał, a "
            "rozmowa o znalezionych błędach jest najlepszą okazją, by cały zespół nauczył się czegoś nowego.",
        ],
        "11 komentarze:",
        ["Jan Kowalski pisze...", "Anonimowy pisze..."],
        [
            "U nas w firmie testerów nie ma wcale, a programiści testują w piątek po południu.",
            "Zgadzam się z autorem, dobry tester jest wart więcej niż dwóch programistów.",
        ],
    ),
    "de": (
        "Wozu brauchen wir Tester?",
        [
            "Viele Firmen glauben, Entwickler könnten ihren Code selbst testen, und sparen sich die Tester. Das "
            "rächt sich meist erst nach der Veröffentlichung, wenn die Kunden die Fehler melden.",
            "Ein guter Tester sieht das Programm mit den Augen der Nutzer und findet Probleme, die der Autor nicht "
            "sieht, weil er weiß, was das Programm tun soll, nicht was es wirklich tut.",
            "Ein Tester für drei Entwickler kostet weniger als die Fehlersuche beim Kunden, und das Team kann sich "
            "um neue Funktionen kümmern, statt ständig Brände zu löschen.",
            "Der Tester ist dabei nicht der Gegner der Entwickler. Beide wollen, dass das Produkt funktioniert, "
            "und das Gespräch über gefundene Fehler ist die beste Gelegenheit für das ganze Team, dazuzulernen.",
        ],
        "3 Kommentare",
        ["Max Weber schrieb...", "Gast schrieb..."],
        [
            "Bei uns gibt es gar keine Tester, die Entwickler testen am Freitagnachmittag.",
            "Ich stimme zu, ein guter Tester ist mehr wert als zwei Entwickler.",
        ],
    ),
    "fr": (
        "À quoi servent les testeurs ?",
        [
            "Beaucoup d'entreprises pensent que les développeurs peuvent tester leur propre code et se passent de "
            "testeurs. L'erreur apparaît en général après la sortie, quand les clients signalent les bogues.",
            "Un bon testeur regarde le programme avec les yeux de l'utilisateur et trouve des problèmes que l'auteur "
            "ne voit pas, parce qu'il sait ce que le programme devrait faire.",
            "Un testeur pour trois développeurs coûte moins cher que la correction des bogues chez les clients, et "
            "l'équipe peut se consacrer aux nouvelles fonctions au lieu d'éteindre des incendies.",
            "Le testeur n'est pas l'ennemi du développeur. Tous deux veulent que le produit fonctionne, et la "
            "discussion sur les bogues trouvés est la meilleure occasion pour toute l'équipe d'apprendre.",
        ],
        "12 commentaires",
        ["Marie Dubois a écrit...", "Anonyme a écrit..."],
        [
            "Chez nous il n'y a aucun testeur, les développeurs testent le vendredi après-midi.",
            "Je suis d'accord, un bon testeur vaut plus que deux développeurs.",
        ],
    ),
}


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_of(art: Article, line: str) -> str | None:
    """The kind of the segment holding ``line``: None for the article's."""
    line = " ".join(line.split())
    for seg in split_noise(art).segments():
        if line in " ".join(seg.text.split()):
            return seg.kind if seg.reason else None
    raise AssertionError(f"not found: {line!r}")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_comment_count_header_in_other_languages(tmp_path: Path, lang: str) -> None:
    title, paras, header, commenters, comments = PAGES[lang]
    lines = [title, *paras, header]
    for who, said in zip(commenters, comments, strict=True):
        lines += [who, said]
    art = article(tmp_path, f"{lang}.txt", "\n\n".join(lines) + "\n")
    assert kind_of(art, header) == "comments"
    for said in comments:
        assert kind_of(art, said) == "comments", said
    for para in paras:
        assert kind_of(art, para) is None, para
