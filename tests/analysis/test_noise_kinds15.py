"""Boilerplate kinds from the fresh tester's report on issue #14 (round s16, items 4, 5, 11, 12,
and the plain-text parts of 14 and 15): each the reported input, two variants of our own, and
guards for what must stay as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import kinds

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

# ---------------------------------------------------------------------------------------------
# 4. A teaser list without a header (title, "date | section", repeated) after the article is
#    noise whatever the article's last line is, and its dates never date the article.

_OSLAND = [
    "Osland islanders cut off as ferries stay in port",
    "Residents of the island of Osland have been without a ferry connection for five days, and shops are "
    "running short of fresh food, the island council said on Monday.",
    "The council has asked the navy to send a supply ship. A spokesman for the defence ministry said the "
    "request was being considered.",
]
_TEASERS = [
    "Minister promises inquiry into ferry inspections",
    "16 Mar 2025 | Politics",
    "Halvik United postpone weekend match",
    "15 Mar 2025 | Sport",
    "Storm damage bill tops 50 million euros",
    "15 Mar 2025 | Business",
    "How to help the families of the victims",
    "14 Mar 2025 | Community",
]


@pytest.mark.parametrize(
    ("last", "teasers"),
    [
        # the reported input: the article ends with a quotation closed inside its marks
        ('"We have bread for two more days," said shopkeeper Liv Hagen. "After that, I don\'t know."', _TEASERS),
        # variant: a short question closes the article
        ("How long can the island hold out?", _TEASERS),
        # variant: a quotation closed by "!" and teasers stamped "March 16, 2025 | Politics"
        (
            '"We will not be forgotten," the mayor told the crowd on the quay. "Not this time!"',
            [
                "Minister promises inquiry into ferry inspections",
                "March 16, 2025 | Politics",
                "Halvik United postpone weekend match",
                "March 15, 2025 | Sport",
                "Storm damage bill tops 50 million euros",
                "March 15, 2025 | Business",
            ],
        ),
    ],
)
def test_headerless_teaser_list_after_the_article(tmp_path: Path, last: str, teasers: list[str]) -> None:
    text = "\n".join([*_OSLAND, last, *teasers]) + "\n"
    got = kinds(text)
    assert [got[line] for line in [*_OSLAND[1:], last]] == ["content"] * 3, got
    assert {got[line] for line in teasers} == {"headline-list"}, got
    (tmp_path / "teasers.txt").write_text(text, encoding="utf-8")
    assert Corpus.scan(tmp_path).article("teasers").date is None  # no teaser's date is the article's


def test_teaser_pairs_between_paragraphs_stay_the_articles() -> None:
    """Guard: dated lines between two paragraphs (a chronology the article gives) are its own."""
    chronology = ["Ferry leaves Halvik", "14 Mar 2025 | 21:40", "Distress call received", "14 Mar 2025 | 22:15"]
    more = [
        "The inquiry will look at each of those steps in turn, the ministry said, starting with the "
        "decision to sail in a storm warning.",
        "Its first hearing is expected in May, and families of the victims will be allowed to attend it.",
    ]
    got = kinds("\n".join([*_OSLAND, *chronology, *more]) + "\n")
    assert [got[line] for line in [*_OSLAND[1:], *more]] == ["content"] * 4, got


# ---------------------------------------------------------------------------------------------
# 5. A real sentence is never dropped for its first word: a long sentence with a verb after the
#    cue is the article's, not a call to action or an attribution line.

_INQUIRY = [
    "Ferry operator faces lawsuits",
    "Share prices in Nordbank Lines fell by a third on Monday as lawyers for the families of the victims "
    "filed the first claims against the company in the capital.",
    "About 40 families have joined the action so far, according to their lawyers, and more are expected "
    "to join them before the end of the month.",
]
_TRIAL = ["The trial is expected to start next year, and the company has said it will contest every claim."]


@pytest.mark.parametrize(
    "line",
    [
        # the reported inputs
        "Subscribe, the company's former chairman wrote in a letter in 2019, was the word investors heard "
        "most from management, not safety.",
        "Reporting by the local newspaper first revealed the ballast fault in January.",
        # variants of our own
        "Sign up, the union's leader said on Monday, had been the crews' answer to every new safety rule.",
        "Additional reporting by the ministry's inspectors found that the pumps had not been serviced since 2021.",
    ],
)
def test_long_sentence_opening_with_a_cue_is_prose(line: str) -> None:
    got = kinds("\n".join([*_INQUIRY, line, *_TRIAL]) + "\n")
    assert got[line] == "content", got


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Subscribe to our newsletter", "call-to-action"),
        ("Reporting by Jane Roe; Editing by Tom Hale", "attribution"),
        ("Reporting by Jane Roe in Oslo; edited by Tom Hale.", "attribution"),
        ("Sign up to get the news delivered to your inbox every morning.", "call-to-action"),
    ],
)
def test_prompts_and_credits_stay_boilerplate(line: str, kind: str) -> None:
    """Guard: the true cases, short or with no sentence of their own after the cue."""
    got = kinds("\n".join([*_INQUIRY, *_TRIAL, line]) + "\n")
    assert got[line] == kind, got


# ---------------------------------------------------------------------------------------------
# 11. Numbered items under a "Most Viewed"/"Most Read" header are that list's, as unnumbered
#     ones are; a disclaimer is legal boilerplate.

_BLACK_BOX = [
    "Divers find ferry's black box",
    "The ferry's voyage data recorder was recovered from the wreck on Tuesday, giving investigators their "
    "first hard evidence of what happened on the bridge in the minutes before it capsized.",
    "The recorder was found in the wheelhouse by navy divers and flown to the accident investigation board "
    "in the capital, a spokesman said.",
    "Siri Nes declined to say when the final report would be published.",
]
_DISCLAIMER = "This article is for informational purposes only and does not constitute legal advice."


@pytest.mark.parametrize(
    ("header", "items", "after"),
    [
        # the reported input: numbered items, then the disclaimer
        (
            "Most Viewed",
            [
                "1. Minister resigns over bridge contract",
                "2. Lottery winner comes forward",
                "3. Storm warning extended to weekend",
            ],
            [_DISCLAIMER, "ADVERTISEMENT"],
        ),
        # variant: "Most Read" with its items numbered "1)", then a paragraph of prose after it
        (
            "Most Read",
            [
                "1) Minister resigns over bridge contract",
                "2) Lottery winner comes forward",
                "3) Storm warning extended",
            ],
            [
                "The information on this website is provided for general informational purposes only and is "
                "not a substitute for professional advice of any kind."
            ],
        ),
        # variant: bulleted items, and a disclaimer in other words
        (
            "Most Read",
            ["- Minister resigns over bridge contract", "- Lottery winner comes forward", "- Storm warning extended"],
            ["This content does not constitute financial advice and should not be relied on as such."],
        ),
    ],
)
def test_most_viewed_list_and_disclaimer(header: str, items: list[str], after: list[str]) -> None:
    got = kinds("\n".join([*_BLACK_BOX, header, *items, *after]) + "\n")
    assert [got[line] for line in _BLACK_BOX[1:]] == ["content"] * 3, got
    assert [got[line] for line in [header, *items]] == ["headline-list"] * (1 + len(items)), got
    assert got[after[0]] == "legal", got


def test_reported_disclaimer_stays_the_articles() -> None:
    """Guard: a sentence reporting a disclaimer is the article's own."""
    line = "The firm said its note to investors was for informational purposes only and was not advice."
    got = kinds("\n".join([*_BLACK_BOX, line, *_TRIAL]) + "\n")
    assert got[line] == "content", got


# ---------------------------------------------------------------------------------------------
# 12. A comment's text between its commenter's stamp and its "Reply" is the comment's, however long.

_FEES = [
    "Harbour fee rise approved",
    "The port authority approved a 20 percent rise in harbour fees on Monday.",
    "The rise takes effect in January.",
]
_LONG_1 = (
    "I have been a shipping agent in this port for thirty years, and I can tell you that this rise will drive "
    "at least two of the big container lines to move their services to other ports along the coast, which will "
    "cost the town far more in lost jobs than the authority will ever collect in fees."
)
_LONG_2 = (
    "The flood defences have to be paid for somehow, and it is only fair that the companies that use the port "
    "pay their share rather than the taxpayers of the town, who already pay more than enough for services that "
    "mostly benefit outsiders and the shipping lines themselves."
)


@pytest.mark.parametrize(
    ("stamps", "bodies", "closer"),
    [
        # the reported input
        (
            ["Robert Lang says: March 18, 2025 at 9:02 am", "Siv Aas says: March 18, 2025 at 10:15 am"],
            [[_LONG_1], [_LONG_2]],
            "Reply",
        ),
        # variant: a comment in two paragraphs, dates written day first
        (
            ["Robert Lang says: 18 March 2025 at 09:02", "Siv Aas says: 18 March 2025 at 10:15"],
            [[_LONG_1, _LONG_2], [_LONG_2]],
            "Reply",
        ),
        # variant: "name · date at time" stamps, closed by "Report"
        (
            ["Robert Lang · March 18, 2025 at 9:02 am", "Siv Aas · March 18, 2025 at 10:15 am"],
            [[_LONG_1], [_LONG_2]],
            "Report",
        ),
    ],
)
def test_long_comment_texts_are_comments(stamps: list[str], bodies: list[list[str]], closer: str) -> None:
    lines = [*_FEES, "Comments (3)"]
    for stamp, body in zip(stamps, bodies):
        lines += [stamp, *body, closer]
    got = kinds("\n".join(lines) + "\n")
    assert [got[line] for line in _FEES[1:]] == ["content"] * 2, got
    assert {got[line] for body in bodies for line in body} == {"comments"}, got


# ---------------------------------------------------------------------------------------------
# 14. A Markdown link is read by its words: "[Skip to content](#main)" is navigation.

_SALVAGE = [
    "# Ferry salvage begins",
    "",
    "Salvage crews began work on Tuesday to raise the wreck of the ferry Nordlys from the seabed off Halvik, "
    "a job expected to take at least a month.",
    "",
    "The operation uses two floating cranes brought from Rotterdam, the salvage company said on Tuesday.",
]


@pytest.mark.parametrize(
    "link",
    [
        # the reported input, first line of the file
        "[Skip to content](#main)",
        # variants: bulleted, and another navigation link
        "- [Skip to main content](#content)",
        "[Back to top](#top)",
    ],
)
def test_markdown_navigation_link(tmp_path: Path, link: str) -> None:
    (tmp_path / "page.md").write_text("\n".join([link, "", *_SALVAGE]) + "\n", encoding="utf-8")
    split = split_noise(Corpus.scan(tmp_path).article("page"))
    noise = {s.text: s.kind for s in split.noise}
    assert noise.get(link) == "navigation", noise
    assert all(s.text.startswith(("Salvage", "The operation", "# Ferry")) for s in split.content), split.content


# ---------------------------------------------------------------------------------------------
# 15. Kinds: a menu's bare "Contact" is navigation, a comment form's "Email" is the comments',
#     "Proudly powered by WordPress" an attribution, "About us" a site link, and a byline with
#     its fields apart by middle dots is a byline wherever it stands.

_STORM = [
    "Fishermen say storm warnings came too late",
    "Fishermen in the northern villages say the weather service issued its storm warning hours after "
    "conditions had already become dangerous, leaving small boats exposed at sea.",
    "The weather service said its forecasts had been accurate and that warnings were published as soon as "
    "the models showed the risk.",
]


@pytest.mark.parametrize(
    "menu",
    [
        ["The Halvik Chronicle", "Home", "News", "Sport", "Contact"],
        ["The Halvik Chronicle", "Home", "Contact", "News", "Sport"],
        ["The Halvik Chronicle", "Home", "News", "Contacts"],
    ],
)
def test_bare_contact_in_a_menu_is_navigation(menu: list[str]) -> None:
    got = kinds("\n".join([*menu, *_STORM]) + "\n")
    contact = next(line for line in menu if line.startswith("Contact"))
    assert got[contact] == "navigation", got


def test_contact_over_contact_details_is_still_a_press_release() -> None:
    """Guard: "Contact" over a name and an address heads a press release's contacts."""
    tail = ["Contact", "Karin Holm, head of communications", "press@nordbanklines.example"]
    got = kinds("\n".join([*_STORM, *tail]) + "\n")
    assert got["Contact"] == "press-release", got


@pytest.mark.parametrize(
    "form",
    [
        ["Leave a Reply", "Comment", "Name", "Email", "Website"],
        ["Leave a Reply", "Comment", "Name *", "Email *", "Website"],
        ["Leave a Reply", "Comment", "Name", "E-mail"],
    ],
)
def test_comment_form_and_footer_kinds(form: list[str]) -> None:
    footer = ["Proudly powered by WordPress", "About us"]
    got = kinds("\n".join([*_STORM, *form, *footer]) + "\n")
    email = next(line for line in form if line.lower().startswith(("email", "e-mail")))
    assert got[email] == "comments", got
    assert (got["Proudly powered by WordPress"], got["About us"]) == ("attribution", "navigation"), got


@pytest.mark.parametrize(
    "byline",
    [
        # the reported inputs
        "By Liv Strand · Halvik Herald · March 24, 2025",
        "BY ANNA BERG · NORDIC WIRE · MARCH 14, 2025",
        # variant: bullets between the fields
        "By Liv Strand • Halvik Herald • 24 March 2025",
    ],
)
def test_dotted_byline_is_a_byline_in_a_clean_article(byline: str) -> None:
    lines = [
        "Inquiry told of ballast fault",
        byline,
        "The ferry Nordlys had a faulty ballast pump for months before it capsized, the vessel's second "
        "officer told an inquiry on Monday.",
        '"We reported it three times," he said. "Nothing was done."',
        "The inquiry continues on Tuesday.",
    ]
    got = kinds("\n".join(lines) + "\n")
    assert got[byline] == "byline", got
    assert [got[line] for line in lines[2:]] == ["content"] * 3, got
