"""Outlet and author lines (round s52-m2; t13ax N4, N5).

N4: a dateline's parentheses hold a credit only when it is an agency's (a known name, a wire's
word, or a credit's shape: capitals, "dpa"); a name written as a place ("MARROWBY (Inglaterra) –")
is the place's country or region, never the outlet. N5: a byline's author whose name has an elided
particle ("d'Aubigné-Stroud") is still the author and the byline still names its outlet; a source's
name with its date stamp on one line under the headline ("Tagesblick · 14. März 2026, 10:50 Uhr",
"Northern Post live blog · Saturday 14 March 2026") names the outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.reader import Corpus


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("headline", "stamp", "lead", "outlet"),
    [
        (
            "Ponte desaba em Marrowby, no Reino Unido; seis mortos",
            "Diário do Atlântico · 14 de março de 2026",
            "MARROWBY (Inglaterra) – Seis pessoas morreram e quatro estão desaparecidas depois que o vão "
            "central da ponte desabou sobre o rio Tarn.",
            "Diário do Atlântico",
        ),
        (
            "Derrumbe en Kestwick deja tres heridos",
            "",
            "KESTWICK (Escocia) – Tres personas resultaron heridas cuando se derrumbó el techo de una "
            "escuela durante la madrugada, informaron los bomberos.",
            None,
        ),
        (
            "Crollo a Dunmere: due feriti",
            "",
            "DUNMERE (Galles) – Due persone sono rimaste ferite nel crollo di un edificio nel centro "
            "della città, hanno riferito i vigili del fuoco.",
            None,
        ),
    ],
)
def test_a_place_in_the_datelines_parentheses_is_no_outlet(
    tmp_path: Path, headline: str, stamp: str, lead: str, outlet: str | None
) -> None:
    head = f"{headline}\n\n{stamp}\n\n" if stamp else f"{headline}\n\n"
    article = _article(tmp_path, f"{head}{lead}\n")
    assert article.outlet == outlet
    found = dateline.match(lead)
    assert found is not None and found.agency is None and found.region is not None


@pytest.mark.parametrize(
    "line", ["HALVIK (Reuters) — A ferry", "OSLAND (AP) — A storm", "KIEL (dpa) — Ein Sturm", "LIMA (Nordwire) – Un"]
)
def test_an_agencys_credit_stays_an_agency(line: str) -> None:
    found = dateline.match(line)
    assert found is not None and found.agency is not None and found.region is None


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        (
            "By Marguerite d'Aubigné-Stroud · The Tarnside Review · 16 March 2026",
            "Marguerite d'Aubigné-Stroud",
            "The Tarnside Review",
        ),
        ("By Lucien d'Alembert · Harbour Ledger · 3 April 2026", "Lucien d'Alembert", "Harbour Ledger"),
        ("By Ugo dell'Orto | Valley Courier | 9 May 2026", "Ugo dell'Orto", "Valley Courier"),
    ],
)
def test_a_name_with_an_elided_particle_keeps_its_byline(tmp_path: Path, byline: str, author: str, outlet: str) -> None:
    text = (
        "Opinion: the bridge was a warning\n\n"
        f"{byline}\n\n"
        "Seven people are dead because a bridge that everyone knew was sick stayed open to buses.\n"
    )
    article = _article(tmp_path, text)
    assert article.author == author
    assert article.outlet == outlet


@pytest.mark.parametrize(
    ("headline", "line", "outlet"),
    [
        ("Brückeneinsturz in Marrowby: Mindestens fünf Tote", "Tagesblick · 14. März 2026, 10:50 Uhr", "Tagesblick"),
        (
            "Ravensworth Bridge collapse – live updates",
            "Northern Post live blog · Saturday 14 March 2026",
            "Northern Post",
        ),
        ("Storm closes the coast road", "Coastline Courier | 3 June 2026", "Coastline Courier"),
    ],
)
def test_a_source_name_with_its_stamp_under_the_headline_is_the_outlet(
    tmp_path: Path, headline: str, line: str, outlet: str
) -> None:
    text = (
        f"{headline}\n\n{line}\n\n"
        "MARROWBY – In der Stadt ist am Samstagmorgen die Brücke in den Fluss gestürzt, and the rescue "
        "went on through the night as crews searched the water.\n"
    )
    assert _article(tmp_path, text).outlet == outlet


@pytest.mark.parametrize(
    ("headline", "issuer", "stamp"),
    [
        (
            "MEDIA STATEMENT: Grounding of MV Coral Meridian on Kessra Reef",
            "Tevaro Maritime Safety Authority",
            "Posted: 14/03/2026 12:00",
        ),
        ("MEDIA RELEASE: Harbour closed after fuel spill", "Port Aubrac Harbour Authority", "Issued: 3 June 2026"),
        ("PRESS RELEASE: Bridge inspection brought forward", "Marrowby City Council", "16 March 2026"),
    ],
)
def test_a_statements_issuer_under_its_labelled_headline_is_the_outlet(
    tmp_path: Path, headline: str, issuer: str, stamp: str
) -> None:
    text = (
        f"{headline}\n{issuer}\n{stamp}\n\n"
        "At approximately 02:40 local time the vessel grounded on the reef, six nautical miles south-east "
        "of the port, and crews were sent at once.\n"
    )
    assert _article(tmp_path, text).outlet == issuer


@pytest.mark.parametrize("credit", ["Wire1", "Kanal 24", "Desk2"])
def test_a_credit_holding_a_digit_is_no_region(credit: str) -> None:
    # The suite's wires of one day ("PONTEGRIS, Calveira, March 9 (Wire1) -") lost their outlet when
    # s52-m2 read a capitalised name in the parentheses as the place's region: no place's name holds
    # a digit, so such a name is a credit; "Inglaterra" stays a region.
    from waic_reader.index.corpus.dateline import credit_shaped

    assert credit_shaped(credit)
    assert not credit_shaped("Inglaterra")
