"""One list of legal forms (issue 13/16, round s22-c): the grouping's word sets (the surface
forms a firm's mention vouches for, designators, a firm's added words) and search's firm cores
read the recogniser's legal forms (lexicons), not lists of their own that missed some ("Hydrolyne
Limited" vouched for no "Hydrolyne" while "Hydrolyne Ltd" did). Names invented."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.corpus_votes import corpus_mentions
from waic_reader.index.analysis.entities.firm_homes import designator, firm_tail
from waic_reader.index.analysis.entities.lexicons import (
    COMMA_LEGAL_FORMS,
    LEGAL_FORM_WORDS,
    LEGAL_FORMS,
    LOWER_LEGAL_FORMS,
    folded_firm_core,
    folded_legal_form,
    legal_form,
)
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.corpus.tokens import fold


def test_every_legal_form_is_one_to_each_word_set() -> None:
    for form in sorted(LEGAL_FORMS | LOWER_LEGAL_FORMS):
        for word in (form, form.lower(), form.upper(), f"{form}.", fold(form)):
            assert folded_legal_form(word), word
            assert designator(fold(word)), word
            assert firm_tail(fold(word)), word
    assert {fold(f) for f in LEGAL_FORMS | LOWER_LEGAL_FORMS} <= LEGAL_FORM_WORDS


def test_the_forms_after_a_comma_are_legal_forms() -> None:
    # the recogniser's comma forms ("Veltrix Systems, Inc.") are a part of the one list
    for form in COMMA_LEGAL_FORMS:
        assert legal_form(form), form
        assert legal_form(f"{form}."), form


@pytest.mark.parametrize(
    "word",
    ["Incorporated", "corporation", "COMPANY", "p.l.c.", "L.L.C.", "S.A.", "(Pvt)", "(private)", "Ltd,"],
)
def test_folded_legal_form_however_written(word: str) -> None:
    assert folded_legal_form(word)


@pytest.mark.parametrize("word", ["Ferries", "Group", "Holdings", "Partners", "Private", "Co-op", "(Tamil)", "Daily"])
def test_no_legal_form(word: str) -> None:
    # organisation words that are no legal form ("Holdings" is a designator, "Partners" a firm's
    # tail, but neither a legal form); "Private" only bracketed
    assert not folded_legal_form(word)
    assert not legal_form(word)


@pytest.mark.parametrize(
    ("names", "core"),
    [
        # the reported name (who:"Brightwater Ferries Limited") and the forms articles write
        (("Brightwater Ferries Limited", "Brightwater Ferries Ltd", "Brightwater Ferries Ltd."), "brightwater ferries"),
        # invented: the written-out form beside its abbreviation, with a comma
        (("Veltrix Systems, Incorporated", "VELTRIX SYSTEMS INC.", "veltrix systems inc"), "veltrix systems"),
        # invented: dotted forms; a form after a bracketed word
        (("Skerrow Petroleum p.l.c.", "Skerrow Petroleum PLC", "Skerrow Petroleum (Pvt) Ltd"), "skerrow petroleum"),
    ],
)
def test_folded_firm_core_is_one_for_equivalent_forms(names: tuple[str, ...], core: str) -> None:
    assert {folded_firm_core(name) for name in names} == {core}


@pytest.mark.parametrize(
    ("name", "core"),
    [("Apple Daily", "apple daily"), ("Lord Abbett & Co", "lord abbett & co"), ("Company", "company")],
)
def test_folded_firm_core_keeps_what_is_the_name(name: str, core: str) -> None:
    assert folded_firm_core(name) == core


@pytest.mark.parametrize("form", ["Limited", "Pte", "Incorporated"])
def test_a_firm_vouches_for_its_name_without_any_legal_form(form: str) -> None:
    # "Hydrolyne Limited" typed in one article types "Hydrolyne put the bill at" in another, as
    # "Hydrolyne Ltd" did (the old list had no "limited", "pte" nor "incorporated")
    firm = f"Hydrolyne {form}"
    texts = {"a": f"{firm} said on Monday it would appeal.", "b": "Hydrolyne put the bill at $4m."}
    mentions = {"a": [Mention(0, len(firm), firm, "ORG", f"ORG:{firm}")], "b": []}
    got = corpus_mentions(mentions, texts)
    assert [(m.text, m.label) for m in got["b"]] == [("Hydrolyne", "ORG")], got["b"]
