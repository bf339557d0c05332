"""A site's menu written on one line, in any language: several short capitalised links set apart by
two spaces or more, a bar, a middle dot or a bullet (a text-mode browser's link markers too), at a
page's top or bottom, is navigation with a reason in words (s31-b, t13r F11: saved-page.txt's "Home
News  Sport  Business  Opinion  Video" was "one of a run of 4 short title-case lines", headline-list;
a lone menu line over a short article's headline was its title). Never a sentence, a table's row
of figures, a line of a script without capitals, a byline with its date, a headline with its site
after a bar, nor a row of names between the article's paragraphs ("Tokyo · Osaka · Kyoto" under
"The tour stops are:", which the breadcrumb rule took when written with bars).

The first case is the reported file; the others are invented (a Bolivian page's Spanish menus at
its top and bottom; a German menu alone over a short article's headline; an elinks dump's menu of
link markers; the same kind on an HTML page, where the extractor's leftover was "outside-article")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MENU = "a menu on one line"

SPANISH = (
    "Inicio  Bolivia  Mundo  Deportes  Opinión\n"
    "Ingresar | Suscribirse\n\n"
    "EL ALTIPLANO\n\n"
    "Oruro mine flood: twelve miners trapped\n\n"
    "3 June 2026 · By Ana Soto\n\n"
    "Twelve miners were trapped after water flooded a tin mine near Oruro on Monday, the Bolivian "
    "mining ministry said in a statement.\n"
    "Rescue teams were pumping water from the lower galleries overnight, officials said, and families "
    "waited for news at the mine's gate.\n"
    "The minister said the operator would have to explain why the walls had not been shored up after "
    "the March rains.\n\n"
    "Compartir en Facebook  Compartir en X\n\n"
    "Lo más leído\n"
    "1. Bolivia's central bank holds rates\n"
    "2. La Paz cable car line reopens\n"
    "3. Five markets to visit in Sucre\n\n"
    "Contacto · Publicidad · Privacidad · Términos\n"
    "© El Altiplano 2026\n"
)

GERMAN = (
    "Startseite · Politik · Wirtschaft · Sport · Kultur\n\n"
    "Rhine ferry halted after engine fire\n\n"
    "By Jonas Weber\n\n"
    "The car ferry between Kaub and Engelsburg was halted on Tuesday after a fire broke out in its "
    "engine room, the operator said, and passengers were taken ashore by a rescue boat.\n\n"
    "Nobody was hurt, the fire brigade said, and the ferry is expected to resume service next week "
    "once inspectors have examined the engines.\n"
)


def read(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert isinstance(art, Article)
    return art


def verdicts(art: Article) -> dict[str, tuple[str, str]]:
    split = split_noise(art)
    out = {" ".join(seg.text.split()): ("content", "") for seg in split.content}
    out.update({" ".join(seg.text.split()): (seg.kind, seg.reason or "") for seg in split.noise})
    return out


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8")


@pytest.mark.parametrize(
    ("name", "text", "menus", "title"),
    [
        # reported
        (
            "saved-page.txt",
            fixture("t13r_s30s/saved-page.txt"),
            ["Home News Sport Business Opinion Video"],
            "Rail crash: driver says brakes failed",
        ),
        # ours: a Spanish menu at the top, another at the bottom
        (
            "altiplano.txt",
            SPANISH,
            ["Inicio Bolivia Mundo Deportes Opinión", "Contacto · Publicidad · Privacidad · Términos"],
            "Oruro mine flood: twelve miners trapped",
        ),
        # ours: a German menu alone over a short article's headline
        (
            "rhein.txt",
            GERMAN,
            ["Startseite · Politik · Wirtschaft · Sport · Kultur"],
            "Rhine ferry halted after engine fire",
        ),
        # ours: an elinks dump's menu of link markers
        (
            "elinks-dump.txt",
            fixture("t13q_s31b/elinks-dump.txt"),
            ["[3]News [4]Port [5]Weather [6]Letters"],
            "Dredging of the inner harbour to start in June",
        ),
    ],
    ids=["reported", "spanish", "german-alone", "elinks"],
)
def test_a_menu_on_one_line_is_navigation(tmp_path: Path, name: str, text: str, menus: list[str], title: str) -> None:
    art = read(tmp_path, name, text)
    got = verdicts(art)
    for menu in menus:
        kind, reason = got[menu]
        assert kind == "navigation"
        assert reason.startswith(MENU)
    assert art.title == title
    assert got[title][0] == "content"


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Oruro mine flood | El Altiplano</title>
<meta property="og:site_name" content="El Altiplano"></head>
<body>
<div class="topbar">Inicio · Bolivia · Mundo · Deportes · Opinión</div>
<article>
<h1>Oruro mine flood: twelve miners trapped</h1>
<p>Twelve miners were trapped after water flooded a tin mine near Oruro on Monday, the Bolivian mining
ministry said in a statement issued late in the evening.</p>
<p>Rescue teams were pumping water from the lower galleries overnight, officials said, and families
waited for news at the mine's gate.</p>
<p>The minister said the operator would have to explain why the walls had not been shored up after the
March rains.</p>
</article>
<div class="links">Contacto  ·  Publicidad  ·  Privacidad  ·  Términos</div>
</body></html>
"""


def test_a_menu_on_one_line_in_html_is_navigation(tmp_path: Path) -> None:
    """What the extractor leaves out of an HTML page, a menu on one line, is named navigation,
    not "outside-article"."""
    got = verdicts(read(tmp_path, "altiplano.html", HTML))
    for menu in ("Inicio · Bolivia · Mundo · Deportes · Opinión", "Contacto · Publicidad · Privacidad · Términos"):
        kind, reason = got[menu]
        assert kind == "navigation"
        assert reason.startswith(MENU)


ARTICLE = (
    "Festival of light returns to three cities\n\n"
    "By Kenji Mori\n\n"
    "The lantern festival that drew two million visitors last year will return in October, the "
    "organisers said on Monday, with parades planned in three cities.\n\n"
    "The tour stops, in order, are:\n"
    "{row}\n"
    "Each city will host three nights of parades, and tickets for the seated stands go on sale in "
    "August, the organisers said.\n\n"
    "The festival began in 2019 as a single evening in Kyoto and has grown every year since, drawing "
    "visitors from across Asia and Europe.\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Tokyo · Osaka · Kyoto",  # (held before)
        "Tokyo    Osaka    Kyoto",  # (held before)
        "Tokyo | Osaka | Kyoto",  # the breadcrumb rule took it
        "Sapporo • Sendai • Nagoya • Fukuoka",  # (held before)
    ],
)
def test_a_row_of_names_between_paragraphs_is_the_article_s(tmp_path: Path, row: str) -> None:
    got = verdicts(read(tmp_path, "festival.txt", ARTICLE.format(row=row)))
    assert got[" ".join(row.split())][0] == "content"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("2024  1,200  3,400  5,600", "content"),  # a table's row of figures
        ("東京 · 大阪 · 京都 · 札幌", "content"),  # a script without capitals
        ("By Bethany Rickwald • Nov 6, 2012 • New York City", "byline"),  # a byline with its date
    ],
)
def test_lines_of_a_menu_s_shape_that_are_none(tmp_path: Path, line: str, kind: str) -> None:
    """Lines set apart as a menu's are: figures, CJK names, a byline's fields: never a menu."""
    text = ARTICLE.format(row="Tokyo, Osaka and Kyoto.").replace("By Kenji Mori", line)
    got = verdicts(read(tmp_path, "festival.txt", text))
    assert got[" ".join(line.split())][0] == kind


def test_a_headline_with_its_site_after_a_bar_stays_the_title(tmp_path: Path) -> None:
    text = (
        "Rail crash: driver says brakes failed | Andean Post\n\n"
        "The driver of the train that derailed near Huancarí, Jose Ramirez, said on Wednesday the brakes "
        "failed as the train approached the bridge.\n\n"
        "The death toll stood at five by midday, officials said, and police said 48 people were injured.\n"
    )
    art = read(tmp_path, "page.txt", text)
    assert verdicts(art)["Rail crash: driver says brakes failed | Andean Post"][0] == "content"
    assert art.title.startswith("Rail crash: driver says brakes failed")
