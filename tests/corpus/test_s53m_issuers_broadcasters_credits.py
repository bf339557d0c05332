"""Outlets and authors (round s53-m; new-user testers' faults 1 to 3).

1. A press release's issuer is its outlet: named in its header beside the release's note
   ("Marbury City Council — Media release") or in a line saying who issued it ("Issued by the
   Communications Office, Marbury City Council"); the release named no outlet.
2. A broadcaster's byline ("By Dana Whitlock, NBC News", "Dana Whitlock · NBC 4 New York") gives
   the author and the outlet; it gave no outlet (and the second no author).
3. A dateline's parentheses hold the place's region only when they name a country or region the
   place lists know in some language ("MARROWBY (Inglaterra) –", "(Deutschland)", "(Bayern)");
   any other name is a credit ("OSLO, March 3 (Nordlys) -"), the outlet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.reader import Article, Corpus


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


_RELEASE_BODY = (
    "{headline}\n\n"
    "The council on Tuesday approved funding of 4.2 million pounds for new flood barriers along the river "
    "district, the mayor said.\n\n"
    "The work will begin in May and last eight months.\n\n"
)


@pytest.mark.parametrize(
    ("head", "foot", "issuer", "headline"),
    [
        # reported
        (
            "Marbury City Council — Media release\nFOR IMMEDIATE RELEASE\n\n",
            "Issued by the Communications Office, Marbury City Council\n",
            "Marbury City Council",
            "Council approves new flood barriers for the river district",
        ),
        # variant: the note alone over the headline, the issuer named only at the foot
        (
            "FOR IMMEDIATE RELEASE\n\n",
            "Released by the Press Office, Norvale Water Authority\n",
            "Norvale Water Authority",
            "Water board approves new flood barriers",
        ),
        # variant: another language's header, no foot
        (
            "Mairie de Valbonne – Communiqué de presse\n\n",
            "",
            "Mairie de Valbonne",
            "La mairie approuve de nouvelles digues",
        ),
    ],
)
def test_a_releases_issuer_is_its_outlet(tmp_path: Path, head: str, foot: str, issuer: str, headline: str) -> None:
    article = _article(tmp_path, head + _RELEASE_BODY.format(headline=headline) + foot)
    assert article.outlet == issuer
    assert article.title == headline  # (the header is no headline)


def test_issued_by_outside_a_release_names_no_outlet(tmp_path: Path) -> None:
    text = (
        "Flood warning for the river district\n\n"
        "Residents were told to move their cars on Tuesday after heavy rain raised the river by two metres "
        "overnight, the council said.\n\n"
        "Issued by the Communications Office, Marbury City Council\n"
    )
    assert _article(tmp_path, text).outlet is None


_STORY = (
    "Storm knocks out power to thousands\n\n{byline}\n\n"
    "More than 20,000 homes lost power on Tuesday after a storm swept through the borough, the utility said.\n"
)


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Dana Whitlock, NBC News", "Dana Whitlock", "NBC News"),  # reported
        ("Dana Whitlock · NBC 4 New York", "Dana Whitlock", "NBC 4 New York"),  # reported
        ("By Marisol Ortega, KCRA 3 News", "Marisol Ortega", "KCRA 3 News"),  # variant: a call sign
        ("Peter Lindqvist | Halvik Radio", "Peter Lindqvist", "Halvik Radio"),  # variant: no "By", a bar
        ("Por Lucía Fernández, Canal Sur Radio", "Lucía Fernández", "Canal Sur Radio"),  # variant: Spanish
    ],
)
def test_a_broadcasters_byline_gives_author_and_outlet(tmp_path: Path, byline: str, author: str, outlet: str) -> None:
    article = _article(tmp_path, _STORY.format(byline=byline))
    assert article.author == author
    assert article.outlet == outlet


@pytest.mark.parametrize(
    "byline",
    ["By Dana Whitlock, Senior Radio Producer", "By Dana Whitlock, Jon Berg", "Dana Whitlock · Queens"],
)
def test_a_job_a_second_author_or_a_place_is_no_broadcaster(tmp_path: Path, byline: str) -> None:
    assert _article(tmp_path, _STORY.format(byline=byline)).outlet is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("OSLO, March 3 (Nordlys) - Ferry crews ended their strike on Tuesday.", "Nordlys"),  # reported
        ("KESTERBRIDGE, March 12, 2026 (Dayline) - The hospital published a statement.", "Dayline"),  # reported
        ("HALDEN (Fjordposten) – Ein Schiff sank am Montag vor der Küste.", "Fjordposten"),  # variant
        ("TARBES (Pyrénées Info) — Un incendie a détruit une grange mardi.", "Pyrénées Info"),  # variant
    ],
)
def test_an_unknown_name_in_the_parentheses_is_a_credit(line: str, credit: str) -> None:
    found = dateline.match(line)
    assert found is not None and found.agency is not None and found.region is None
    assert line[found.agency[0] : found.agency[1]] == credit


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("MARROWBY (Inglaterra) – Seis pessoas morreram.", "Inglaterra"),  # s52-m2's, kept
        ("KIEL (Deutschland) – Ein Schiff sank am Montag.", "Deutschland"),
        ("TROMSØ (Norge) – Et skip sank mandag.", "Norge"),
        ("PASSAU (Bayern) – Ein Schiff sank am Montag.", "Bayern"),
        ("KINGSTON (Ontario) – A ship sank on Monday.", "Ontario"),
        ("KESTWICK (Escocia) – Tres personas resultaron heridas.", "Escocia"),
        ("DUNMERE (Galles) – Due persone sono rimaste ferite.", "Galles"),
        ("ARMAGH (Irlanda del Norte) – Dos personas resultaron heridas.", "Irlanda del Norte"),
    ],
)
def test_a_known_region_in_the_parentheses_is_the_region(line: str, region: str) -> None:
    found = dateline.match(line)
    assert found is not None and found.agency is None and found.region is not None
    assert line[found.region[0] : found.region[1]] == region


def test_an_unknown_credit_names_the_outlet(tmp_path: Path) -> None:
    text = (
        "Ferry strike ends after three days\n\n"
        "OSLO, March 3 (Nordlys) - Ferry crews ended their strike on Tuesday after the union accepted a new pay "
        "offer, the company said.\n"
    )
    assert _article(tmp_path, text).outlet == "Nordlys"
