"""Name kinds of issue #16's second round, found on the tuned names sets (tests/gold/names/tuned,
heldout, heldout2; heldout3 stays unseen): each kind with the reported input and two variants
of our own, names invented. Cue tests use given names outside ``given_names.txt`` ("Tovin",
"Quillon") so that the cue, not the name list, is what they test."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.blocks import Block, Sentence, sentences_of, split_blocks


@dataclass
class Art:
    doc: str
    text: str

    @cached_property
    def blocks(self) -> list[Block]:
        return split_blocks(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(self.blocks)


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def names(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    return {(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))}


def test_cue_tests_use_names_outside_the_list() -> None:
    assert not {"Tovin", "Quillon", "Varro", "Ossip", "Gaz", "Yarrick", "Korin"} & given_names()
    # while the list holds given names of many languages
    assert {"Agata", "Wiebke", "Kemal", "Yasmin", "Łukasz", "Ángel", "Ömer"} <= given_names()
    # and no place or common word
    assert not {"Jordan", "Florence", "Paris", "Will", "May", "Long", "Park", "King"} & given_names()


PEOPLE = [
    # a given name of any language before an unknown surname
    ("Poland's Agata Kowalczyk beat Tunisian Yasmin Haddad in straight sets.", ["Agata Kowalczyk", "Yasmin Haddad"]),
    ("The prize was shared by Wiebke Sommerfeld and Kemal Arıkan this year.", ["Wiebke Sommerfeld", "Kemal Arıkan"]),
    ("Scouts watched Ömer Tanrıverdi during the trials.", ["Ömer Tanrıverdi"]),
    # a wire's credit line: each name after "Reporting by", "Editing by" … is a person
    ("Port reopens.\n\n(Reporting by Tovin Brask; Editing by Quillon Dace)", ["Tovin Brask", "Quillon Dace"]),
    (
        "Port reopens.\n\n(Writing by Varro Quist; Additional reporting by Ossip Tarn; Editing by Korin Vell)",
        ["Varro Quist", "Ossip Tarn", "Korin Vell"],
    ),
    ("Port reopens.\n\nCompiled by Yarrick Dunmore and Tovin Brask", ["Yarrick Dunmore", "Tovin Brask"]),
    # a title ending in -designate or -elect
    ("Chancellor-designate Tovin Albrecht of the Christian Democratic Union met them.", ["Tovin Albrecht"]),
    ("President-elect Quillon Brenner arrived in the capital on Monday.", ["Quillon Brenner"]),
    ("Talks went on. Prime Minister-designate Varro Hallvard said he was hopeful.", ["Varro Hallvard"]),
    # a role, a comma, the name, a comma
    ("Its founder, Tovin Brandt, watched from the gallery.", ["Tovin Brandt"]),
    ("The club's captain, Quillon Marsh, scored twice before half-time.", ["Quillon Marsh"]),
    ("Their coach, Varro Dalby, left the ground early.", ["Varro Dalby"]),
    # an occupation written in lower case before the name
    ("Telly chef Gaz Morton was thrown out of a pub after a row.", ["Gaz Morton"]),
    ("Top striker Ossip Marsh scored twice in the second half.", ["Ossip Marsh"]),
    ("The award went to novelist Yarrick Quayle for her third book.", ["Yarrick Quayle"]),
    # "Cllr", the councillor's abbreviation, is a title
    ("Cllr Sue Pennington, who leads the council, said the road would open.", ["Sue Pennington"]),
    ("Cllr. Tovin Haddou voted against the plan.", ["Tovin Haddou"]),
    ("Opposition leader Cllr Quillon Brisk called it a waste.", ["Quillon Brisk"]),
]


@pytest.mark.parametrize(("text", "people"), PEOPLE)
def test_people(rec: Recognizer, text: str, people: list[str]) -> None:
    got = names(rec, text)
    for p in people:
        assert (p, "PERSON") in got, got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Chef in pub row\n\nBy KERRY DALE, Showbiz Reporter\n\nA chef was thrown out.", "Showbiz Reporter"),
        ("Coalition talks\n\nBy Ana Ruiz, Political Correspondent\n\nTalks went on.", "Political Correspondent"),
        ("Rates held\n\nBy Tom Vey, Chief Economics Editor\n\nThe bank held rates.", "Economics Editor"),
    ],
)
def test_a_byline_job_title_is_no_person(rec: Recognizer, text: str, title: str) -> None:
    got = names(rec, text)
    assert not any(title in n for n, _ in got), got


NAMED = [
    # a lower-case kind of place after a name
    ("Heavy rain flooded China's Guangxi region on Saturday.", "Guangxi", "GPE"),
    ("Oil output in Iraq's Kurdistan region fell.", "Kurdistan", "GPE"),
    ("Crews reached Quang Ninh province by boat.", "Quang Ninh", "GPE"),
    # cue words: League, Guard, Research, Inn/Hotel, Open
    ("The row was with a Premier League footballer, we can reveal.", "Premier League", "ORG"),
    ("The fans of the Harlow League cheered.", "Harlow League", "ORG"),
    ("The Japan Coast Guard said two boats were missing.", "Japan Coast Guard", "ORG"),
    ("The Valdmark Coast Guard rescued nine.", "Valdmark Coast Guard", "ORG"),
    ("Counterpoint Research analyst Tovin Park expects slow sales.", "Counterpoint Research", "ORG"),
    ("Quillmark Research said sales doubled.", "Quillmark Research", "ORG"),
    ("He had been drinking at the Anchor Inn for six hours.", "Anchor Inn", "FAC"),
    ("Guests left the Harbour View Hotel before dawn.", "Harbour View Hotel", "FAC"),
    ("She will face Bourdon in the final of the Madrid Open on Sunday.", "Madrid Open", "EVENT"),
    ("He won the Valdmark Open last year.", "Valdmark Open", "EVENT"),
    # an abbreviated company suffix keeps its dot
    ("The case was brought by SkyHarvest Inc. against the state.", "SkyHarvest Inc.", "ORG"),
    ("Shares of Tallow Corp. rose on Monday.", "Tallow Corp.", "ORG"),
    ("It was built by Quillon Bros. in 1920.", "Quillon Bros.", "ORG"),
    # a company's legal form after a comma is part of its name
    ("Deal\n\nVeltrix Systems, Inc. (NASDAQ: VLTX), a cloud provider, said it won.", "Veltrix Systems, Inc.", "ORG"),
    ("The deal was signed by Harrow Mills, LLC on Monday.", "Harrow Mills, LLC", "ORG"),
    ("Talbot Mining Group, Ltd. said output rose.", "Talbot Mining Group, Ltd.", "ORG"),
    # Health and Highways end an organisation's name
    ("Dr Tovin Ray, Chief Medical Officer at Orlanda Health, added a note.", "Orlanda Health", "ORG"),
    ("A spokesman for Northvale Health said beds were full.", "Northvale Health", "ORG"),
    ("Road shut\n\nNational Highways said the road would reopen.", "National Highways", "ORG"),
    # a hyphenated surname whose second part is also a place
    ("Finance minister Fernando Araújo-Lima was in Brasília.", "Fernando Araújo-Lima", "PERSON"),
    ("Its unit is led by Tovin Brask-Paris from Lagos.", "Tovin Brask-Paris", "PERSON"),
    ("Deputy Quillon Dace-Santiago voted against.", "Quillon Dace-Santiago", "PERSON"),
    # "run by" a given name and a surname: a person, not a company
    ("Its Nigerian unit is run by Adaeze Okonkwo-Bello from Lagos.", "Adaeze Okonkwo-Bello", "PERSON"),
    ("The shop is owned by Wiebke Sommerfeld and her brother.", "Wiebke Sommerfeld", "PERSON"),
    ("The fund is run by Kemal Arıkan, a former banker.", "Kemal Arıkan", "PERSON"),
]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("The case was brought by SkyHarvest Inc. on Monday. SkyHarvest, based in Omaha, lost.", "SkyHarvest"),
        ("Tallow Corp. said sales rose. Tallow shares fell.", "Tallow"),
        ("Harrow Mills Ltd. was sold. Harrow had 40 staff.", "Harrow"),
    ],
)
def test_the_short_form_of_a_company_with_a_dotted_suffix(rec: Recognizer, text: str, short: str) -> None:
    assert (short, "ORG") in names(rec, text)


@pytest.mark.parametrize(("text", "name", "label"), NAMED)
def test_named(rec: Recognizer, text: str, name: str, label: str) -> None:
    got = names(rec, text)
    assert (name, label) in got, got


@pytest.mark.parametrize(
    ("text", "company", "code"),
    [
        (
            "Veltrix Systems (NASDAQ: VLTX), a cloud provider, said on Monday it had won the deal.",
            "Veltrix Systems",
            "VLTX",
        ),
        ("Harrow Steel (NYSE:HRWM) shares fell 3% on Monday.", "Harrow Steel", "HRWM"),
        ("Talbot Mining (TSX: TBM.U) said output rose.", "Talbot Mining", "TBM.U"),
    ],
)
def test_a_ticker_after_its_exchange_is_no_name(rec: Recognizer, text: str, company: str, code: str) -> None:
    """The code is no name; the bracket's colon is no run-in headline label ("Budget: …"), so
    the company before it is still read as prose."""
    got = names(rec, "Deal\n\n" + text)
    assert not any(code in n for n, _ in got), got
    assert (company, "ORG") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE 1-Port strike ends as unions accept pay offer",
        "REFILE-Port strike ends after talks",
        "WATCH: Port strike ends after a week of talks",
    ],
)
def test_wire_slugs_are_no_organisations(rec: Recognizer, text: str) -> None:
    got = names(rec, text + "\n\nThe port reopened on Monday after a week of talks.")
    assert not any(n.isupper() and label == "ORG" for n, label in got), got


def test_given_names_file_is_what_faker_gives() -> None:
    """``given_names.txt`` is generated (``python -m waic_reader.index.analysis.entities.given_names``):
    a Faker upgrade that changes the lists shows here; regenerate and commit the file."""
    from waic_reader.index.analysis.entities.given_names import camel_forms, collect

    names, _ = collect()
    # (given_names() also holds each name's form with a capital after its opening, "DeShawn":
    # made from the file's names, not in it.)
    assert set(names) | {c for n in names for c in camel_forms(n)} == given_names()
