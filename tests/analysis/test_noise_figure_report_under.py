"""A statistics report straight under the article's last paragraph is the article's (issue #14,
unseen36 pagina12-1): one figure a line, a thing and its figure ("Córdoba 2099", "➡️ Casos
totales confirmados: 2.954.943"), under short headings ("Provincia / Confirmados del día", "3.
CASOS POSITIVOS"). The run rules had taken its short lines for a menu and a headline list, on a
saved page and in an HTML page's main text alike. The reported layout, then two variants of my
own: an English health board's cases by district ("Northfield 1,204", a link line and a "Label:
figure" row after them)
and a French table of rates by region ("Bretagne 64,2 %"). A market ticker beside the article,
sharing no word with it, stays the page's. Invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = ["Inicio", "El país", "Economía", "Sociedad", "Deportes", "Cultura", "El mundo", "Opinión", "Contacto"]
_MORE = [
    "Últimas noticias",
    "Aumenta el colectivo y el tren a partir de agosto",
    "El misterio de los restaurantes llenos",
    "El detrás de escena de la visita del intendente",
    "Privacidad",
    "Términos y condiciones",
    "Publicidad",
]

# (headline, the article's paragraphs, the report's lines)
_CASES: dict[str, tuple[str, list[str], list[str]]] = {
    "reported": (
        "Coronavirus en Argentina: se registraron 26.053 casos y 561 muertes",
        [
            "El Ministerio de Salud confirmó que en las últimas 24 horas se registraron 26.053 nuevos casos"
            " en el país, y que la provincia de Buenos Aires y Córdoba concentran la mayor parte de los contagios.",
            "Por otro lado, fueron realizados en el día 84.085 tests, y la ocupación de camas de terapia"
            " intensiva llegó al 68,4 por ciento en el país, según el reporte diario del ministerio.",
        ],
        [
            "En detalle",
            "Provincia / Confirmados del día",
            "Buenos Aires 12208",
            "CABA 2972",
            "Catamarca 155",
            "Chaco 400",
            "Córdoba 2099",
            "Entre Ríos 763",
            "Mendoza 879",
            "Santa Fe 2327",
            "El reporte completo",
            "1. CASOS POSITIVOS",
            "➡️ Nuevos casos registrados en las últimas 24 hs: 26.053",
            "➡️ Casos totales confirmados: 2.954.943",
            "2. TESTEOS",
            "➡️ Testeos realizados durante el día: 84.085",
            "➡️ Ocupación actual camas UTI en el país: 68,4%",
        ],
    ),
    "en": (
        "Hospital admissions rise for a third week across the region",
        [
            "Hospital admissions rose for a third week in a row, the regional health board said on Friday,"
            " with new cases up by a fifth and the busiest wards in the north of the region.",
            "The board said most patients admitted were over 70 and urged those eligible to book a booster"
            " before the holidays, when cases usually peak and wards fill up.",
        ],
        [
            "Cases by health district",
            "Northfield 1,204",
            "Riverside 987",
            "Old Town 655",
            "Harbour 412",
            "Eastgate 398",
            "Hillcrest 211",
            "More on the health board's dashboard: https://health.example.org/daily",
            "Patients in hospital: 1,204 patients",
        ],
    ),
    "fr": (
        "Vaccination : la Bretagne en tête des régions",
        [
            "La Bretagne reste la région où la vaccination progresse le plus vite, selon les chiffres publiés"
            " jeudi par l'agence régionale de santé, devant la Normandie et les Pays de la Loire.",
            "L'Île-de-France reste en retrait, malgré l'ouverture de nouveaux centres de vaccination dans"
            " les départements de la petite couronne au début du mois.",
        ],
        [
            "Taux de vaccination par région",
            "Bretagne 64,2 %",
            "Normandie 61,8 %",
            "Pays de la Loire 60,5 %",
            "Grand Est 57,1 %",
            "Occitanie 55,9 %",
            "Île-de-France 51,3 %",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


def _page(case: str) -> str:
    headline, paragraphs, report = _CASES[case]
    return "\n\n".join([*_MENU, headline, *paragraphs, *report, *_MORE]) + "\n"


@pytest.mark.parametrize("case", sorted(_CASES))
def test_a_statistics_report_under_the_article_is_the_articles(tmp_path: Path, case: str) -> None:
    _, paragraphs, report = _CASES[case]
    split = split_noise(_article(tmp_path, _page(case)))
    content = " ".join(s.text for s in split.content)
    # The user's goal: the article's figures are read with it, its paragraphs still kept.
    lost = [line for line in [*paragraphs, *report[1:]] if line.split(" ", 1)[-1] not in content]
    assert not lost, lost
    assert not [line for line in _MORE[1:] if line in content]


def test_a_market_ticker_sharing_no_word_with_the_article_stays_the_pages(tmp_path: Path) -> None:
    headline, paragraphs, _ = _CASES["en"]
    ticker = [
        "Markets",
        "FTSE 100 7,512",
        "Dow Jones 38,100",
        "Nasdaq 16,274",
        "Brent crude 82.41",
        "Gold 2,315",
        "Bitcoin 63,870",
    ]
    text = "\n\n".join([*_MENU, headline, *paragraphs, *ticker, *_MORE]) + "\n"
    split = split_noise(_article(tmp_path, text))
    content = {s.text for s in split.content}
    assert all(p in content for p in paragraphs)
    kept = [line for line in ticker if line in content]
    assert not kept, kept


def test_a_statistics_report_in_an_html_pages_main_text_is_the_articles(tmp_path: Path) -> None:
    # (The reported page read as HTML: the extractor keeps the report's lines in the main text, where
    # the run rules had taken them for a menu and a headline list too.)
    headline, paragraphs, report = _CASES["reported"]
    body = "".join(f"<p>{line}</p>" for line in [*paragraphs, *report])
    menu = "".join(f"<li><a href='/{k}'>{m}</a></li>" for k, m in enumerate(_MENU))
    more = "".join(f"<li><a href='/m{k}'>{m}</a></li>" for k, m in enumerate(_MORE))
    page = (
        f"<html><head><title>{headline}</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<article><h1>{headline}</h1>{body}</article><aside><ul>{more}</ul></aside></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article(next(iter(corpus.entries))))
    content = " ".join(s.text for s in split.content)
    lost = [line for line in [*paragraphs, *report[1:]] if line.split(" ", 1)[-1] not in content]
    assert not lost, lost
