"""Rows labelled by what a figure counts, never by the words beside it (t13an N7, t13anr "N7", "B",
round s47-f): people saved, pulled from the sea with a coordinated noun, or brought to a pier are
*people rescued* (roles.done_to); a count of a text's own sentences or pages is no fact
(words.TEXT_UNITS); money sent as aid is money given, aid in kind told by its goods
(money_purpose.aid_in_kind); a firm's own "The company will provide …" is the firm's, never the
titled person quoted before it (owners._no_firm). Each: the reported input and two variants."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _labels(*texts: str) -> dict[str, list[str]]:
    return {f.label: sorted(v.display for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # reported (t13an N7: "people: dead officials"; t13anr B: "people: sea"; "survivors brought")
        ("MANILA - Rescuers saved 149 people and 16 are dead, officials said.", "149"),
        ("Rescuers have pulled 151 passengers and crew members from the sea since the ferry overturned.", "151"),
        (
            "Commodore Rejie Tamayo-Dizon told DZRB that 151 survivors had been brought to the Gasan pier and to hospitals in Boac.",
            "151",
        ),
        # variants of my own: other verbs, nouns, places, layouts
        ("Lifeguards saved 37 swimmers and two drowned, the council said.", "37"),
        ("Volunteers have saved 62 residents, and nine are dead, police said.", "62"),
        ("Coast guard boats plucked 64 passengers and crew from the water on Sunday.", "64"),
        ("Fishing boats hauled 40 tourists and guides out of the flooded river.", "40"),
        ("Officials said 88 survivors were brought to safety overnight.", "88"),
        ("The navy reported 212 survivors brought to the harbour by dawn.", "212"),
    ],
)
def test_rescue_verbs_make_a_rescued_count(text: str, value: str) -> None:
    labels = _labels(text)
    assert labels.get("people rescued") == [value], labels


@pytest.mark.parametrize(
    "text",
    [
        "The programme pulled 300 families and their children from poverty.",  # no place of danger
        "Nurses brought 40 patients to the hospital in Boac.",  # taken to hospital, no rescue
        "The firm saved $3 million by closing the depot.",  # money saved
    ],
)
def test_no_rescue_without_its_words(text: str) -> None:
    assert "people rescued" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13an N7: a row "sentences")
        "Every time a ferry goes down in these waters, we hear the same three sentences.",
        # variants of my own
        "The ministry's statement ran to four pages and named no one.",
        "The captain's log gave the sinking two paragraphs.",
    ],
)
def test_a_count_of_the_text_itself_is_no_fact(text: str) -> None:
    assert _labels(text) == {}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (t13anr B: a row "amount (PHP)")
        (
            "The Department of Health said it had sent ₱2 million in medicines to the provincial hospital in Boac.",
            "money for medicines",
        ),
        # variants of my own
        ("The Red Cross said it had sent $300,000 in blankets to the shelters.", "money for blankets"),
        ("The ministry sends €4 million in tents and water pumps each year.", "money for tents"),
        ("The regional council sent €400,000 to the villages on Monday.", "money pledged"),
    ],
)
def test_aid_sent_is_money_given(text: str, label: str) -> None:
    assert label in _labels(text), _labels(text)


def test_aid_in_kind_of_two_goods_is_no_disagreement() -> None:
    # (t13an N2 beside t13anr B: two departments' aid, medicines and food packs)
    labels = _labels(
        "The DSWD released ₱1.5 million in food packs.",
        "The Department of Health said it had sent ₱2 million in medicines.",
    )
    assert labels.get("money for food packs") == ["₱1.5 million"], labels
    assert labels.get("money for medicines") == ["₱2 million"], labels


_RELEASE = (
    "{place} - {firm} said its tug joined the rescue on Saturday.\n\n"
    'Our crews brought 23 survivors to shore. "No passenger will be forgotten," {title} {given}\n{surname}, '
    "master of the tug, said.\n\nThe company will provide financial assistance of {a} to the family of each\n"
    "deceased passenger."
)


@pytest.mark.parametrize(
    ("firm", "title", "given", "surname", "a", "wire"),
    [
        # reported (t13anr N3 variant: "money pledged per family (Buhain)" beside "(Bluewake Towage)")
        (
            "Bluewake Towage Corp.",
            "Captain",
            "Arnel",
            "Buhain",
            "PHP 50,000",
            "The Department of Health said it had sent ₱2 million in medicines.\n\n"
            "Bluewake Towage said in a statement it would pay 40,000 pesos to the family of each passenger who died.",
        ),
        # variants of my own: other firms, titles, names, currencies
        (
            "Halvorsen Salvage AS",
            "Commodore",
            "Dindo",
            "Macaraeg",
            "NOK 80,000",
            "Halvorsen Salvage said it would pay NOK 60,000 to the family of each victim.",
        ),
        (
            "Pasig Bay Towing Inc.",
            "Captain",
            "Jerico",
            "Dimaculangan",
            "₱75,000",
            "Pasig Bay Towing said it would pay ₱70,000 to the family of each passenger who died.",
        ),
    ],
)
def test_a_firms_own_pledge_is_the_firms(firm: str, title: str, given: str, surname: str, a: str, wire: str) -> None:
    facts = sheet(
        _RELEASE.format(place="BOAC, March 15", firm=firm, title=title, given=given, surname=surname, a=a), wire
    )
    per_family = [f for f in facts if f.label.startswith("money pledged per family")]
    assert len(per_family) == 1, [(f.label, [v.display for v in f.values]) for f in facts]
    assert surname not in per_family[0].label
    assert len(per_family[0].values) == 2
    assert per_family[0].status == "disagree", per_family[0].grounds


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # reported (t13anr N3 variant: "40,000 pesos" stayed "pesos", "not compared" with PHP 50,000)
        (
            "The Department of Health said it had sent ₱2 million in medicines.\n\n"
            "Bluewake Towage said in a statement it would pay 40,000 pesos to the family of each passenger who died.",
            "PHP",
        ),
        # variants of my own: the sign after, in the same sentence; another peso named by its code
        ("Each family will get 30,000 pesos, on top of the ₱10,000 the town gave.", "PHP"),
        ("The fine was 90,000 pesos (MXN 90,000).", "MXN"),
    ],
)
def test_pesos_of_an_article_writing_the_peso_sign(text: str, unit: str) -> None:
    from waic_reader.index.analysis.figures import find_figures

    pesos = [f for f in find_figures(text) if f.kind == "money" and "pesos" in text[f.start : f.end]]
    assert pesos, find_figures(text)
    assert pesos[0].unit == unit


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported (t13anr N7: a row "people: hull" beside "people" 187 aboard)
        (
            (
                'The ferry capsized with 187 people aboard. Rescue chief Xolani Nkosi said: "We saw 30 people clinging to the hull."',
                "The ferry was carrying 187 people when it overturned.",
            ),
            "people clinging",
        ),
        # variants of my own: other verbs, nouns, places
        (
            (
                "The bus carried 52 passengers. Police said 40 passengers waiting at the depot were sent home.",
                "The bus was carrying 52 passengers when it crashed.",
            ),
            "passengers waiting",
        ),
        (
            (
                "Some 900 residents live in the valley. Officials counted 200 residents sheltering in the school gym.",
                "About 900 residents live in the valley, the mayor said.",
            ),
            # (and where: those at one place are a part of their own, round s53-f)
            "residents sheltering in the school gym",
        ),
    ],
)
def test_people_counted_by_what_they_do_never_by_the_place(texts: tuple[str, str], label: str) -> None:
    labels = _labels(*texts)
    assert label in labels, labels
    assert not any(":" in k for k in labels), labels
