"""``who:`` finds an entity by its name, not a longer entity whose name holds it (issue #16, t13ap
N16): ``who:"Harlow Ridge"`` finds the articles that write the ridge, not those that write only the
"Harlow Ridge Fire" named after it; the reported input and two invented variants, and the longer
names themselves."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    # reported (t13ap N16: northwire-0818 writes the fire only, sierra-tribune#harlow-1 the ridge)
    "fire1": "Fire kills four\n\nMILLBROOK - The Harlow Ridge Fire has killed four people, officials said on Monday.",
    "fire2": "Evacuations\n\nThe Harlow Ridge Fire forced 23,000 residents to leave, the county said.",
    "ridge": "Wildfire\n\nA wildfire that started near Harlow Ridge on Monday afternoon forced evacuations.",
    # invented: a wildfire and the falls it is named after
    "blaze1": "Wildfire\n\nCrews fought the Dorothy Falls Wildfire overnight, officials said.",
    "falls": "Falls\n\nFamilies who left Dorothy Falls on Monday slept in a school gym.",
    # invented: an earthquake and the creek it is named after
    "quake1": "Quake\n\nThe Wilson Creek Earthquake damaged 40 homes, officials said.",
    "creek": "Creek\n\nNobody expected Wilson Creek would shake again, engineers said.",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("s48n"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ('who:"Harlow Ridge"', {"ridge"}),
        ('who:"Dorothy Falls"', {"falls"}),
        ('who:"Wilson Creek"', {"creek"}),
        ('who:"Harlow Ridge Fire"', {"fire1", "fire2"}),
        ('who:"Dorothy Falls Wildfire"', {"blaze1"}),
    ],
)
def test_who_finds_the_name_not_a_longer_one_holding_it(ws: Workspace, query: str, want: set[str]) -> None:
    got = ws.search(query, limit=None)
    assert {h.doc for h in got.hits} == want, query


INITIALS = {
    # reported (t13ap N15: Ember Watch writes "the NWS", the Valley Courier the whole name)
    "nws": "Forecast\n\nMeteorologist Anwen Prytherch of the NWS said gusts would ease.",
    "weather": "Winds\n\nA meteorologist with the National Weather Service said gusts of 55 mph were expected.",
    # invented: a federal agency and a water authority, each by its initials in one article only
    "faa": "Crash site\n\nInspectors from the FAA reached the site on Tuesday.",
    "aviation": "Inquiry\n\nThe Federal Aviation Administration opened an inquiry into the crash.",
    "kwa": "Reservoir\n\nThe reservoir was full by Friday, the KWA said.",
    "water": "Prices\n\nThe Kestrel Water Authority raised its prices on Monday.",
}


@pytest.fixture(scope="module")
def initials_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("s48n-initials"), INITIALS)


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ('who:"National Weather Service"', {"nws", "weather"}),
        ('who:"Federal Aviation Administration"', {"faa", "aviation"}),
        ('who:"Kestrel Water Authority"', {"kwa", "water"}),
    ],
)
def test_who_by_a_name_finds_the_articles_writing_its_initials(
    initials_ws: Workspace, query: str, want: set[str]
) -> None:
    got = initials_ws.search(query, limit=None)
    assert {h.doc for h in got.hits} == want, query
