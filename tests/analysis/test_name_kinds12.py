"""Name kinds the recogniser missed on the tuning sets (#16 recall, session 16). Each kind: a
text in the shape of a miss, and two variants; the names are made up.

- a trade or body named right before its name: "the brewer Sagres", "grid operator Litgrid";
- the short form of a firm named with the Indonesian "PT" first ("PT Sawitama Agro Lestari Tbk"
  ... "Sawitama said");
- a broadcaster named by "Radio" first ("Radio Pudahuel");
- an organisation's own name in brackets after it ("the Court of Accounts (Sayıştay)");
- a publication "told the" ("he told the Sunday Clarion");
- honorifics before a person's name ("Tun", "Datuk Seri", "Ratu", "Daw"), and before an
  organisation's ("Ratu Kadavulevu School");
- a place people come from ("a teacher from Kampung Bongol");
- places listed "around", "through" or "between" ("farmers around Ukui and Pekanbaru");
- more kind words ending organisations' names (Editions, Books, Seafood, Sports, Corps);
- a credit line of its own ("Reviewed by Helena Forjaz").
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # trades and bodies named right before the name
        ("The festival is sponsored by the brewer Talvorra and the city council.", "Talvorra", "ORG"),
        ("Engineers from grid operator Keltgrid joined the drill on Monday.", "Keltgrid", "ORG"),
        (
            '"If this goes on," said an analyst at Santiago broker Andes Valorem, "copper will rise."',
            "Andes Valorem",
            "ORG",
        ),
        # "PT" firms and their short forms
        ("PT Marunda Agro Lestari Tbk fell 4%. Marunda said in a filing it had complied.", "Marunda", "ORG"),
        ("Shares in PT Kerinci Sawit Makmur Tbk rose. Kerinci said the audit was wrong.", "Kerinci", "ORG"),
        ("PT Bintang Laut Perkasa Tbk will appeal, Bintang said on Friday.", "Bintang", "ORG"),
        # "Radio" first
        ("The union leader said on Radio Pudavel that she expected a deal.", "Radio Pudavel", "ORG"),
        ("Listeners called Radio Absoun all night to ask about the camps.", "Radio Absoun", "ORG"),
        ("He later worked as a presenter for Radio Kelvale in the capital.", "Radio Kelvale", "ORG"),
        # an organisation's own name in brackets
        ("The Court of Accounts (Sayıştavay) examined 14 housing projects.", "Sayıştavay", "ORG"),
        ("The Sámi Parliament (Sámedikki) met in Karasjok.", "Sámedikki", "ORG"),
        ("The Union of Water Boards (Unie van Dijkschappen) said levies would rise.", "Unie van Dijkschappen", "ORG"),
        # "told the" a publication
        ('"We waited too long," he told the Sunday Clarion.', "Sunday Clarion", "ORG"),
        ("A city official told the Mercury Metro that crews had found a second leak.", "Mercury Metro", "ORG"),
        ('"It is over," the coach told the Harbour Ledger on Monday.', "Harbour Ledger", "ORG"),
        # honorifics
        (
            "The governor, Tun Abdul Karim Sapuri, invites the winner to form a government.",
            "Abdul Karim Sapuri",
            "PERSON",
        ),
        ("Datuk Seri Rosnah Mojinggal was sworn in at Istana Seri Kinabalu.", "Rosnah Mojinggal", "PERSON"),
        ("Daw Khin Sandar Myint, vice-chair of the federation, said prices fell.", "Khin Sandar Myint", "PERSON"),
        ("He was sent to Ratu Kadavulevu School at 13.", "Ratu Kadavulevu School", "ORG"),
        # a place people come from
        ("Evelyn Gumpil, a teacher from Kampung Bongal, speaks to voters only in Dusun.", "Kampung Bongal", "GPE"),
        (
            "Many of the workers were commuters from Franche-Vallée who would lose their benefits.",
            "Franche-Vallée",
            "GPE",
        ),
        ("She married a herder from Mázevarri in 1968.", "Mázevarri", "GPE"),
        # places listed around, through or between
        ("The plantation buys from about 6,000 farmers around Ukuri and Pekanbaru.", "Ukuri", "GPE"),
        ("The route runs through Gohtang and Kuala Lumpur before the final climb.", "Gohtang", "GPE"),
        ("A catamaran will sail between Split and Stari Gradac twice a day.", "Stari Gradac", "GPE"),
        # more kind words
        ("The novel was published by Fitzwilliam Editions in March.", "Fitzwilliam Editions", "ORG"),
        ("The fish is sold to Smyrill Seafood, a Faroese buyer.", "Smyrill Seafood", "ORG"),
        ("Brannock told Dyfed Sports he had been misquoted.", "Dyfed Sports", "ORG"),
        # credit lines of their own
        (
            "Fado night opens\n\nReviewed by Helena Forjazo\n\nAt half past ten the lights went down.",
            "Helena Forjazo",
            "PERSON",
        ),
        (
            "Tonga v Samoa\n\nLive coverage by Losana Vaipulo and Ben Harwood-Tua\n\n9.41pm - Full time.",
            "Ben Harwood-Tua",
            "PERSON",
        ),
        (
            "Ruling on collision\n\nShipping law report by Harriet Okonkwo-Laine\n\nA bulk carrier was at fault.",
            "Harriet Okonkwo-Laine",
            "PERSON",
        ),
    ],
)
def test_a_name_of_a_missed_kind_is_found(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Powered by Acme Systems\n\nThe text of the article.", "Acme Systems"),  # a sponsor's line, no person
        ("The firm was founded by Dana Morrow.\n\nSponsored by Harbour Kayaks", "Harbour Kayaks"),
    ],
)
def test_a_sponsor_line_names_no_person(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text)


def test_a_place_in_brackets_after_a_team_stays_a_place(rec: Recognizer) -> None:
    found = names(rec, "The stage was won by a rider of Bancovalle Group (Colombia) at 21 seconds.")
    assert ("Colombia", "GPE") in found and ("Colombia", "ORG") not in found


def test_a_contractor_named_with_a_given_name_is_a_person(rec: Recognizer) -> None:
    assert ("Dave Morrow", "ORG") not in names(rec, "The work was done by contractor Dave Morrow last year.")
