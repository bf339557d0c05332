"""Legal forms only written with dots, and Quebec's "Ltée" (the names eval's heldout19, session
26: "Thalassa Nera A.E.", "Sagarlan Robotics S.L.", "Dafna Holdings Q.P.S.C.", "Tremblay Ouellet
S.E.N.C.R.L." gave an ORG of the form alone; "Goierri Forja S.Coop." gave a GPE "Goierri Forja S";
"Arpentage Lévesque Ltée" a GPE). Each form ends the firm, which takes it in; the firm's core
drops it. The reported sentences as written, and variants invented."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.lexicons import firm_core, legal_form
from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


REPORTED = [
    (
        "The Water Polo Federation of Montenegro thanked the Italian water company Acqua Vesuvia "
        "S.p.A., the main sponsor, and the Greek team's sponsor, Thalassa Nera A.E., for their support.",
        "Thalassa Nera A.E.",
    ),
    (
        "The prize fund of $2.5 million, set by FIDE, is paid by Qatar's sovereign fund and by the "
        "title sponsor, Dafna Holdings Q.P.S.C., with the Japanese electronics maker Kōyō Denki K.K. "
        "supplying the boards.",
        "Dafna Holdings Q.P.S.C.",
    ),
    (
        "A lawyer for a group of 60 families, Sophie Ouellet of Tremblay Ouellet S.E.N.C.R.L., said "
        "they would ask the Superior Court of Quebec to stop any survey work.",
        "Tremblay Ouellet S.E.N.C.R.L.",
    ),
    (
        "The chassis is built by the cooperative Goierri Forja S.Coop. in Beasain, and the camera comes from Bremen.",
        "Goierri Forja S.Coop.",
    ),
    ("Surveys are subcontracted to Arpentage Lévesque Ltée. The work starts in May.", "Arpentage Lévesque Ltée"),
]

INVENTED = [
    (
        "The ferries are run by Kallisto Naftiliaki E.P.E. of Piraeus, the port authority said.",
        "Kallisto Naftiliaki E.P.E.",
    ),
    ("Olivares Brunete S.L. said on Monday that exports to Morocco had doubled.", "Olivares Brunete S.L."),
    ("The tower was financed by Barzan Realty Q.S.C. and opened in March.", "Barzan Realty Q.S.C."),
    ("Notaires Gagnon Pelletier S.E.N.C. drew up the deed, the buyer said.", "Notaires Gagnon Pelletier S.E.N.C."),
    ("Grain from the co-operative Lurgorri Nekazal S. Coop. reached Bilbao on Friday.", "Lurgorri Nekazal S. Coop."),
    ("Transport Rivard Ltee lost the contract to a rival from Laval.", "Transport Rivard Ltee"),
]


@pytest.mark.parametrize(("sentence", "firm"), REPORTED + INVENTED)
def test_the_dotted_form_ends_the_firm_and_is_inside_it(rec: Recognizer, sentence: str, firm: str) -> None:
    found = names(rec, f"Sponsors named\n\n{sentence}\n")
    assert (firm, "ORG") in found, found
    # no piece of the firm ("A.E." alone, "Goierri Forja S") as a name of its own
    assert not any(text != firm and (text in firm or firm in text) for text, _label in found), found


@pytest.mark.parametrize(
    ("firm", "core"),
    [
        ("Thalassa Nera A.E.", "Thalassa Nera"),
        ("Sagarlan Robotics S.L.", "Sagarlan Robotics"),
        ("Dafna Holdings Q.P.S.C.", "Dafna Holdings"),
        ("Goierri Forja S.Coop.", "Goierri Forja"),
        ("Arpentage Lévesque Ltée", "Arpentage Lévesque"),
    ],
)
def test_the_core_drops_the_form(firm: str, core: str) -> None:
    assert firm_core(firm) == core


def test_the_dotted_forms_count_only_with_their_dots() -> None:
    for form in ("A.E.", "S.L.", "Q.P.S.C.", "S.E.N.C.R.L.", "S.Coop.", "Ltée", "C.V."):
        assert legal_form(form), form
    # in bare capitals these are other words: an acronym, a sign-off
    for word in ("AE", "SL", "QPSC", "Coop"):
        assert not legal_form(word), word
