"""A dateline's parentheses naming a country or region in another language, or by its
abbreviation, hold a place, never a wire's credit (t13ap, s48-m "left undone"): "GOMA (RDC) —"
made "RDC" the outlet. The rule is general: a region's name in another language (ISO 3166-2's
names as pycountry's translations give them: "Californie", "Kalifornien", "Baviera"), and an
abbreviation in capitals that is a country's ISO 3166-1 alpha-3 code or the initials of its name
in one of CLDR's languages ("RDC", "EE.UU.", "USA", "RFA")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("GOMA (RDC) — Des combats ont repris", "RDC"),  # reported
        ("MILLBROOK (Californie) — Un incendie", "Californie"),  # reported
        ("MILLBROOK (EE.UU.) — Un incendio", "EE.UU."),  # reported
        ("MILLBROOK (USA) — Ein Feuer", "USA"),  # reported
        ("MILLBROOK (Kalifornien) — Ein Feuer", "Kalifornien"),  # reported
        ("MÚNICH (Baviera) — Un sismo", "Baviera"),  # variant: Spanish for Bayern
        ("KINSHASA (R.D.C.) — Des combats", "R.D.C."),  # variant: dotted initials
        ("ROUEN (Normandie) — La crue", "Normandie"),  # variant: French region name
    ],
)
def test_place_in_another_language_is_a_region(line: str, region: str) -> None:
    found = dateline.match(line)
    assert found is not None and found.agency is None, line
    assert found.region is not None and line[found.region[0] : found.region[1]] == region


@pytest.mark.parametrize(
    "line", ["HALVIK (Nordwire) — A ferry", "TOKYO (Reuters) — Shares", "OSLAND (AP) — A storm", "LAGOS (NAN) — A fire"]
)
def test_agency_abbreviation_stays_an_agency(line: str) -> None:
    found = dateline.match(line)
    assert found is not None and found.agency is not None and found.region is None


@pytest.mark.parametrize(
    "lead",
    [
        "GOMA (RDC) — Des combats ont repris samedi autour de la ville, selon des sources locales.",
        "MILLBROOK (EE.UU.) — Un incendio forestal obligó a evacuar a miles de vecinos del condado.",
        "MILLBROOK (Kalifornien) — Ein Waldbrand hat am Samstag Tausende Menschen vertrieben.",
    ],
)
def test_place_in_parentheses_names_no_outlet(tmp_path: Path, lead: str) -> None:
    (tmp_path / "a.txt").write_text(f"Feu et combats : la nuit la plus longue\n\n{lead}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    place = lead[lead.index("(") + 1 : lead.index(")")]
    assert article.outlet != place
