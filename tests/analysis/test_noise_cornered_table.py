"""A table written with bars whose header row opens with an empty cell (the corner over the rows'
names: " | Best For | Key Industries Served | Key Technologies | Product Range", as the HTML reader
writes a comparison table) heads rows of words, not only of figures: "ABB | Diverse manufacturing
applications | Manufacturing, utilities | …" is the table's row, no menu row (issue #14, unseen32
eweek-1, round s37-a: five of its seven rows were dropped as "breadcrumb or menu row", HTML content
0.953). A menu written with bars opens with a link, never an empty cell. The reported page (HTML),
and tables of our own in English and Spanish, as HTML and as plain text."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

REPORTED = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen32" / "html" / "eweek-1.html.gz"

PHONES = [
    ("", "Best for", "Battery life", "Screen", "Price range"),
    ("Nordphone 7", "Long trips away from a charger", "Two days of light use", "Bright outdoor screen", "Mid range"),
    ("Kestrel Mini", "Small hands and pockets", "One day of use", "Compact screen", "Budget"),
    ("Halvik Pro", "Photography and video", "A day and a half", "Large curved screen", "High end"),
    ("Velo S", "First phone for children", "One day of use", "Sturdy screen", "Budget"),
]
CITIES = [
    ("", "Ideal para", "Clima", "Transporte", "Alojamiento"),
    ("Valdoria", "Escapadas de fin de semana", "Templado todo el año", "Tren y autobús", "Hoteles pequeños"),
    ("Puerto Alcor", "Playas y buceo", "Caluroso en verano", "Barco y autobús", "Casas rurales"),
    ("Sierra Nevada", "Senderismo en montaña", "Frío en invierno", "Coche de alquiler", "Refugios y albergues"),
    ("Castelmar", "Historia y museos", "Suave en primavera", "Metro y tranvía", "Hoteles del centro"),
]
PROSE = {
    "phones-en": (
        "We tested the phones for three months, and the table below compares them on what buyers asked us about most.",
        "Every phone in the table was bought by us, and we used each as our only phone for two weeks.",
    ),
    "cities-es": (
        "Hemos visitado las cuatro ciudades durante el verano, y la tabla compara lo que más preguntan los viajeros.",
        "Todos los precios y horarios de la tabla se comprobaron en agosto, antes de publicar esta guía.",
    ),
}


def _html(rows: list[tuple[str, ...]], before: str, after: str, headline: str) -> str:
    head, *body = rows
    cells = "".join(f"<th>{c}</th>" for c in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    menu = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Home", "News", "Reviews", "Deals", "Contact"))
    return (
        f"<html><head><title>{headline}</title></head><body><nav><ul>{menu}</ul></nav><article><h1>{headline}</h1>"
        f"<p>{before}</p><table><thead><tr>{cells}</tr></thead><tbody>{trs}</tbody></table><p>{after}</p>"
        f"<p>{before} {after}</p></article><footer><p>© 2026 Halvik Media</p></footer></body></html>"
    )


def _text(rows: list[tuple[str, ...]], before: str, after: str, headline: str) -> str:
    return (
        "\n".join([headline, "", before, "", *(" | ".join(r) for r in rows), "", after, "", f"{before} {after}"]) + "\n"
    )


CASES = {
    "phones-en": (PHONES, "Four phones compared for every kind of buyer"),
    "cities-es": (CITIES, "Cuatro ciudades para viajar este otoño"),
}


def _rows_kept(path: Path, rows: list[str]) -> list[str]:
    [art] = Corpus.scan(path.parent).articles()
    split = split_noise(art)
    content = " ".join(" ".join(s.text.split()) for s in split.content)
    return [r for r in rows if " ".join(r.split()) not in content]


def test_the_reported_charts_rows_are_kept(tmp_path: Path) -> None:
    page = tmp_path / "eweek-1.html"
    page.write_bytes(gzip.decompress(REPORTED.read_bytes()))
    rows = [
        "ABB | Diverse manufacturing applications | Manufacturing, utilities",
        "Anduril | Defense and national security | Defense, security | AI, computer vision",
        "Vecna Robotics | Material handling automation | Warehousing, logistics",
        "FANUC | Industrial automation | Manufacturing | Industrial automation, robotics",
        "Yaskawa | Automating production processes | Manufacturing, healthcare",
    ]
    assert _rows_kept(page, rows) == []


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("form", ["html", "txt"])
def test_rows_under_a_cornered_header_are_the_tables(tmp_path: Path, name: str, form: str) -> None:
    rows, headline = CASES[name]
    before, after = PROSE[name]
    write = _html if form == "html" else _text
    page = tmp_path / f"{name}.{form}"
    page.write_text(write(rows, before, after, headline), encoding="utf-8")
    assert _rows_kept(page, [" | ".join(r) for r in rows[1:]]) == []


def test_a_menu_written_with_bars_is_still_a_menu(tmp_path: Path) -> None:
    before, after = PROSE["phones-en"]
    lines = [
        "Home | News | Reviews | Deals",
        "Phones | Tablets | Laptops | Watches",
        "Sign In | Subscribe | Help | Shop",
    ]
    text = "\n".join([lines[0], lines[1], "Four phones compared", "", before, "", after, "", lines[2]]) + "\n"
    page = tmp_path / "menu.txt"
    page.write_text(text, encoding="utf-8")
    assert sorted(_rows_kept(page, lines)) == sorted(lines)
