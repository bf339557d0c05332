"""``entities --json``, ``entities DOC --json`` and ``who:`` on names written in capitals and in
boilerplate (t13i F5, F7, F10, round s24-g; names invented). F5: the whole-corpus list named a
place 'KVALSUND' that ``entities DOC`` named 'Kvalsund', and the dateline "OSLO, April 14 -" was an
organisation; F10: a wire lede in capitals gave organisations 'THE', 'SAID', … and missed the firm;
F7: a footer "Copyright X" was an organisation of its own; legal forms: "Kowalski Stal Sp. z o.o."
left "Kowalski Stal" a person. Each corpus: the reported input, then invented variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import cli, hits

FERRY = "A ferry was halted at the quay on Saturday after a fire in the engine room, the harbour master said."

DATELINES = [
    # reported (t13i F5): two wire datelines, and one alone on its line beside the place in prose
    (
        {
            "nordwire.txt": f"Ferry halted\n\nKVALSUND, Norway, April 12 (Nordwire) - {FERRY}\n",
            "update.txt": f"Update\n\nKVALSUND, Norway, April 13 (Nordwire) - {FERRY}\n",
            "finans.txt": "Shares slide\n\nOSLO, April 14 -\n\nShares fell on Monday, traders in Oslo said.\n",
        },
        "Kvalsund",
        "Oslo",
        "finans",
    ),
    # invented: weekdays for dates
    (
        {
            "nordwire.txt": f"Ferry halted\n\nHALVØYA, Friday (Nordwire) - {FERRY}\n",
            "update.txt": f"Update\n\nHALVØYA, Saturday (Nordwire) - {FERRY}\n",
            "finans.txt": "Shares slide\n\nBERGEN, Monday -\n\nShares fell, traders in Bergen said.\n",
        },
        "Halvøya",
        "Bergen",
        "finans",
    ),
    # invented: an agency before a lede in capitals
    (
        {
            "nordwire.txt": f"Ferry halted\n\nSANDVIKA (Wire) - FERRIES HALTED AT THE QUAY.\n\n{FERRY}\n",
            "update.txt": f"Update\n\nSANDVIKA (Wire) - THE PORT WAS SHUT ALL DAY.\n\n{FERRY}\n",
            "finans.txt": "Shares slide\n\nTROMSØ (Wire) -\n\nShares fell, traders in Tromsø said.\n",
        },
        "Sandvika",
        "Tromsø",
        "finans",
    ),
]


@pytest.mark.parametrize(("files", "wire_place", "city", "city_doc"), DATELINES)
def test_a_datelines_place_is_one_place_named_as_prose_writes_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], wire_place: str, city: str, city_doc: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, files)
    assert found["GPE"][wire_place] == ["nordwire", "update"], found["GPE"]
    assert found["GPE"][city] == [city_doc], found["GPE"]
    # no spelling in capitals names an entity, and the dateline's city is no organisation
    assert not any(name.isupper() for names in found.values() for name in names), found
    assert city.upper() not in found.get("ORG", {}) and city not in found.get("ORG", {}), found.get("ORG")
    # the per-article list names them alike
    for doc in ("update", city_doc):
        per = {(e["type"], e["name"]) for e in cli(capsys, root, "entities", doc)["entities"]}
        assert ("GPE", wire_place if doc == "update" else city) in per, per
        assert not any(name.isupper() for _, name in per), per


LEDES = [
    # reported (t13i F10)
    (
        {
            "a.txt": "Sailings halted\n\nOSLO (Wire) - VESTHAV SHIPPING AS HAS SUSPENDED ALL SAILINGS. VESTHAV SHIPPING "
            "AS SAID THE PORT WAS CLOSED.\n\nChief Executive Maren Dybdahl said the pause was short.\n",
            "b.txt": "Ferries to sail\n\nVesthav Shipping said on Monday the ferries would sail again. The ferries "
            "left Oslo at noon.\n",
        },
        "Vesthav Shipping AS",
        "Vesthav Shipping",
    ),
    # invented: a German form, the lede after a mixed-case dateline
    (
        {
            "a.txt": "Depot shut\n\nHamburg (Nordwire) - HALDEN FUELS GMBH WILL CLOSE ITS DEPOT AT THE HARBOUR, THE "
            "COMPANY SAID ON MONDAY.\n\nWorkers were told in the morning.\n",
            "b.txt": "Depot losses\n\nHalden Fuels said the depot had lost money for three years.\n",
        },
        "Halden Fuels GmbH",
        "Halden Fuels",
    ),
    # invented: a flash in capitals inside a paragraph
    (
        {
            "a.txt": "Blast\n\nMarkets were calm. URGENT: BRAVIK ENERGY ASA SAYS ALL WORKERS ARE SAFE AFTER THE "
            "BLAST. More follows.\n",
            "b.txt": "Plant\n\nBravik Energy said the plant would reopen.\n",
        },
        "Bravik Energy ASA",
        "Bravik Energy",
    ),
]


@pytest.mark.parametrize(("files", "firm", "bare"), LEDES)
def test_a_lede_in_capitals_gives_the_firm_and_no_word_organisations(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], firm: str, bare: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, files)
    assert found["ORG"][firm] == ["a", "b"], found["ORG"]
    assert not any(name.isupper() for name in found["ORG"]), found["ORG"]
    got = hits(capsys, root, f'who:"{bare}"')
    assert sorted(got) == ["a", "b"], got
    assert hits(capsys, root, "who:THE") == {}


@pytest.mark.parametrize(
    ("files", "person"),
    [
        # reported (t13i F10, s14)
        (
            {
                "a.txt": "Visit\n\nThe mayor, Trine HOLMEN, visited on Sunday.\n",
                "b.txt": "Calm\n\nMayor Trine Holmen said the town was calm.\n",
            },
            "Trine Holmen",
        ),
        # invented
        (
            {
                "a.txt": "Ship\n\nThe captain, Ingrid SOLBAKKEN, said the ship was safe.\n",
                "b.txt": "Safe\n\nIngrid Solbakken spoke on Monday.\n",
            },
            "Ingrid Solbakken",
        ),
        (
            {
                "a.txt": "Quay\n\nThe harbour master, Jonas BRÆKKE, closed the quay.\n",
                "b.txt": "Quay shut\n\nJonas Brække said the quay was shut.\n",
            },
            "Jonas Brække",
        ),
    ],
)
def test_a_surname_in_capitals_is_the_person(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], person: str
) -> None:
    found = run(capsys, tmp_path / "c", files)
    assert found["PERSON"][person] == ["a", "b"], found
    assert not any(name.isupper() for names in found.values() for name in names), found


@pytest.mark.parametrize(
    ("footer", "holder"),
    [
        ("Copyright Tennfjord Chemicals. All rights reserved.", "Tennfjord Chemicals AS"),
        ("© Copyright Tennfjord Chemicals 2026. All rights reserved.", "Tennfjord Chemicals AS"),
        ("News desk. Copyright Tennfjord Chemicals AS 2026.", "Tennfjord Chemicals AS"),
    ],
)
def test_a_copyright_footer_is_no_organisation_of_its_own(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, footer: str, holder: str
) -> None:
    files = {
        "release.txt": "Statement\n\nTennfjord Chemicals AS said on Monday that no acid leaked from the tanks.\n\n"
        f"{footer}\n"
    }
    found = run(capsys, tmp_path / "c", files)
    assert holder in found["ORG"], found["ORG"]
    assert not any("Copyright" in name for names in found.values() for name in names), found


@pytest.mark.parametrize(
    ("firm", "bare"),
    [
        ("Kowalski Stal Sp. z o.o.", "Kowalski Stal"),
        ("Nordvik Hydro SE", "Nordvik Hydro"),
        ("Lumen Data S.à r.l.", "Lumen Data"),
    ],
)
def test_a_european_legal_form_merges_with_the_bare_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, firm: str, bare: str
) -> None:
    files = {
        "a.txt": f"Suppliers\n\n{firm} made the steel for the plant.\n",
        "b.txt": f"Steel\n\n{bare} said the steel was certified.\n",
    }
    root = tmp_path / "c"
    found = run(capsys, root, files)
    assert found["ORG"][firm] == ["a", "b"], found
    assert bare not in found.get("PERSON", {}), found
    assert sorted(hits(capsys, root, f'who:"{bare}"')) == ["a", "b"]
