"""An author bio with its label ("About the author:", "About the writer", "Author bio", "Über den
Autor:", "À propos de l'auteur", "Sobre el autor"), on one line with the bio or alone over it, and a
one-line bio whose sentence "NAME writes/covers/reports on …" is followed by a pointer to the writer
("Follow NAME on …", an e-mail address, a handle) are boilerplate (byline), in plain text and in
HTML (t13z H8, issue #14: "About the author: Dana Whitlock writes about health technology. Follow
Dana on Mastodon." stayed article text and a quote, while the same two sentences on two lines
without the label were split off). The article's own sentence about someone who writes (a novelist
in a culture story), between its paragraphs, stays content."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

HEADLINES = {
    "en": "Velmont: a hospital offline",
    "de": "Velmont: Klinik ohne Computer",
    "fr": "Velmont : un hôpital hors ligne",
    "es": "Velmont: un hospital sin sistemas",
}
PARAS = {
    "en": [
        "Two days after the GreyLantern gang broke into Velmont General Hospital, the picture is clearer. "
        "The hospital now says 1.2 million patient records were copied.",
        "A 79-year-old woman was moved 40 miles to Harrow Vale Hospital by ambulance, her son said.",
    ],
    "de": [
        "Zwei Tage nach dem Angriff der Gruppe GreyLantern auf das Krankenhaus in Velmont wird das Ausmaß "
        "klarer. Nach Angaben der Klinik wurden 1,2 Millionen Patientenakten kopiert.",
        "Eine 79-jährige Frau wurde mit dem Krankenwagen 60 Kilometer weit in eine andere Klinik gebracht, "
        "sagte ihr Sohn.",
    ],
    "fr": [
        "Deux jours après l'attaque du groupe GreyLantern contre l'hôpital de Velmont, la situation se précise. "
        "Selon la direction, 1,2 million de dossiers de patients ont été copiés.",
        "Une femme de 79 ans a été transférée en ambulance dans un autre hôpital à 60 kilomètres, a dit son fils.",
    ],
    "es": [
        "Dos días después del ataque del grupo GreyLantern contra el hospital de Velmont, el panorama es más "
        "claro. Según la dirección, se copiaron 1,2 millones de historiales de pacientes.",
        "Una mujer de 79 años fue trasladada en ambulancia a otro hospital a 60 kilómetros, dijo su hijo.",
    ],
}


def _text(lang: str, *tail: str) -> str:
    return "\n\n".join([HEADLINES[lang], "Friday 13 March 2026", *PARAS[lang], *tail]) + "\n"


def _html(lang: str, *tail: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS[lang])
    return (
        f"<!doctype html><html lang='{lang}'><head><title>{HEADLINES[lang]}</title></head><body>"
        f"<article><h1>{HEADLINES[lang]}</h1><p><time datetime='2026-03-13'>13 March 2026</time></p>"
        f"{paras}{''.join(tail)}</article></body></html>"
    )


def _kinds(tmp_path: Path, name: str, text: str) -> dict[str, str]:
    folder = tmp_path / "c"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    corpus = Corpus.scan(folder)
    split = split_noise(corpus.article(name.rsplit(".", 1)[0]))
    out = {" ".join(s.text.split()): "content" for s in split.content}
    out.update({" ".join(s.text.split()): s.kind for s in split.noise})
    return out


def _assert_article_kept(got: dict[str, str], lang: str) -> None:
    for p in PARAS[lang]:
        assert got[p] == "content", p


LABELLED = [
    # reported (repro/v7/a.txt)
    ("en", "About the author: Dana Whitlock writes about health technology. Follow Dana on Mastodon."),
    # variants: other labels, names, pointers and languages
    ("en", "About the writer — Priya Raman covers transport for the Ledger."),
    ("en", "Author bio: Tomás Ferreira reports on energy markets. Email: tomas.ferreira@ledger.example"),
    ("de", "Über den Autor: Jonas Eide schreibt über Verkehr und Energie. Folgen Sie Jonas auf Mastodon."),
    ("fr", "À propos de l'auteur : Marie Curel couvre la santé pour Le Quotidien du Var."),
    ("es", "Sobre el autor: Lucía Fernández escribe sobre salud y tecnología."),
]


@pytest.mark.parametrize(("lang", "bio"), LABELLED)
def test_a_labelled_one_line_bio_is_boilerplate(tmp_path: Path, lang: str, bio: str) -> None:
    got = _kinds(tmp_path, "a.txt", _text(lang, bio))
    assert got[bio] == "byline"
    _assert_article_kept(got, lang)


@pytest.mark.parametrize(("lang", "bio"), LABELLED[:3] + LABELLED[4:5])
def test_a_labelled_one_line_bio_is_boilerplate_in_html(tmp_path: Path, lang: str, bio: str) -> None:
    got = _kinds(tmp_path, "a.html", _html(lang, f"<p>{bio}</p>"))
    assert got[bio] == "byline"
    _assert_article_kept(got, lang)


@pytest.mark.parametrize(
    ("lang", "label", "bio"),
    [
        ("en", "About the author", "Dana Whitlock writes about health technology."),
        ("en", "Author bio", "Priya Raman is the Ledger's transport correspondent."),
        ("de", "Über den Autor", "Jonas Eide schreibt über Verkehr und Energie."),
        # (in title case: no press release's "About X" header)
        ("en", "About The Writer", "Tomás Ferreira writes about energy for the Ledger."),
    ],
)
def test_a_label_alone_over_the_bio_is_boilerplate_with_it(tmp_path: Path, lang: str, label: str, bio: str) -> None:
    got = _kinds(tmp_path, "a.txt", _text(lang, label, bio))
    assert (got[label], got[bio]) == ("byline", "byline")
    _assert_article_kept(got, lang)
    got = _kinds(tmp_path, "b.html", _html(lang, f"<h3>{label}</h3><p>{bio}</p>"))
    assert got[bio] == "byline"
    assert got.get(label, "byline") == "byline"  # (the extractor may leave the heading out)
    _assert_article_kept(got, lang)


@pytest.mark.parametrize(
    "bio",
    [
        "Dana Whitlock covers health technology for the Ledger. Email: dana.whitlock@ledger.example",
        "Priya Raman reports on transport and cities. She is @priyaraman on Bluesky.",
        "Tomás Ferreira writes about energy for the Ledger. Follow Tomás on Mastodon.",
    ],
)
def test_a_one_line_bio_with_a_pointer_to_the_writer_is_boilerplate(tmp_path: Path, bio: str) -> None:
    got = _kinds(tmp_path, "a.txt", _text("en", bio))
    assert got[bio] == "byline"
    _assert_article_kept(got, "en")


def test_the_two_line_bio_stays_boilerplate(tmp_path: Path) -> None:
    got = _kinds(
        tmp_path, "b.txt", _text("en", "Dana Whitlock writes about health technology.", "Follow Dana on Mastodon.")
    )
    assert got["Dana Whitlock writes about health technology."] == "byline"
    assert got["Follow Dana on Mastodon."] == "byline"


CULTURE = [
    "A quiet novel about a loud city",
    "Saturday 14 March 2026",
    "The new book from the Irish novelist arrives after a five-year wait, and it was worth every month of it.",
    "{writer}",
    "Critics have praised the novel's ending, which leaves its two leads on a night train to Galway.",
    "The book is published by Faber on Thursday and a tour of Irish bookshops begins in April.",
]


@pytest.mark.parametrize(
    "writer",
    [
        "Sally Rooney writes about young people in Dublin with a precision few can match. "
        "Her characters argue over dinner and text each other at night.",
        "Colm Tóibín writes about exile and return, and this book is no exception.",
        "Anne Enright reports on her own family's past in the book's long middle section.",
    ],
)
def test_the_articles_own_sentence_about_a_writer_stays_content(tmp_path: Path, writer: str) -> None:
    text = "\n\n".join(CULTURE).replace("{writer}", writer) + "\n"
    got = _kinds(tmp_path, "a.txt", text)
    assert got[writer] == "content"
    got = _kinds(tmp_path, "b.html", _html_culture(writer))
    assert got[writer] == "content"


def _html_culture(writer: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in [CULTURE[2], writer, *CULTURE[4:]])
    return (
        f"<!doctype html><html lang='en'><head><title>{CULTURE[0]}</title></head><body><article>"
        f"<h1>{CULTURE[0]}</h1>{paras}</article></body></html>"
    )
