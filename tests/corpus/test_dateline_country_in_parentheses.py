"""A dateline's parentheses naming a country or region ("MILLBROOK (États-Unis) —", as French and
Spanish papers set their datelines) hold a place, never a wire's credit: the outlet is not the
country, and the paper's name over the text's date stamp is its masthead, the outlet, while the
headline under the stamp titles the article (t13ap N11: outlet "États-Unis", title the paper's
name). A name in the parentheses the place lexicons do not know stays an agency when it is
written as a credit (round s52-m2: "(Nordwire)", "(Reuters)", "(AP)")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.reader import Corpus

CASES = [
    (
        "Le Courrier du Monde",
        "19 août 2026",
        "Californie : l'incendie de Harlow Ridge fait quatre morts",
        "Par Anaïs Lefèvre-Nguyen",
        "MILLBROOK (États-Unis) — Un violent incendie a fait quatre morts dans le comté de Tamsin, "
        "selon les autorités locales, qui ont ordonné l'évacuation de milliers d'habitants.",
    ),
    (
        "La Gazette du Rhône",
        "3 mars 2026",
        "Crue de la Saône : des centaines de foyers évacués",
        "Par Odile Marchetti-Brun",
        "LYON (France) — La montée des eaux a contraint les pompiers à évacuer plusieurs quartiers "
        "pendant la nuit, a indiqué la préfecture dans un communiqué.",
    ),
    (
        "El Diario del Sur",
        "12 de mayo de 2026",
        "Un terremoto sacude el norte del país y deja tres heridos",
        "Por Ramiro Etxeberria-Solís",
        "MÚNICH (Alemania) — Un sismo de magnitud 5,1 sacudió la región durante la madrugada, "
        "según informaron los servicios de emergencia en un comunicado.",
    ),
]


@pytest.mark.parametrize(("masthead", "stamp", "headline", "byline", "lead"), CASES)
def test_country_in_dateline_is_no_outlet(
    tmp_path: Path, masthead: str, stamp: str, headline: str, byline: str, lead: str
) -> None:
    (tmp_path / "a.txt").write_text(f"{masthead}\n{stamp}\n\n{headline}\n\n{byline}\n\n{lead}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.outlet == masthead
    assert article.title == headline


@pytest.mark.parametrize(
    ("line", "region"),
    [("GOMA (Congo-Kinshasa) — Des combats", "Congo-Kinshasa"), ("LYON (France) — La crue", "France")],
)
def test_place_in_parentheses_is_a_region(line: str, region: str) -> None:
    found = dateline.match(line)
    assert found is not None and found.agency is None and found.region is not None
    assert line[found.region[0] : found.region[1]] == region


@pytest.mark.parametrize("line", ["HALVIK (Nordwire) — A ferry", "TOKYO (Reuters) — Shares", "OSLAND (AP) — A storm"])
def test_agency_in_parentheses_stays_an_agency(line: str) -> None:
    found = dateline.match(line)
    assert found is not None and found.agency is not None and found.region is None
