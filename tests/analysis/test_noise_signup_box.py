"""A newsletter's sign-up box between an article's paragraphs, as a page's text saves it: its
heading, its pitch, the e-mail field's label, the button and the form's notes and messages are a
call to action, and the paragraphs around it stay the article's. Issue #14, unseen39
cryptoslate-1 ("CryptoSlate Daily Brief" … "Email address", "Get the brief", "Free. No spam.
Unsubscribe any time.") and decrypt-1 ("Daily Debrief Newsletter", a pitch written as a sentence,
"Your Email", "Get it!"): the box was kept as the article's text. The reported box and two
variants of our own; and the guard: an article's own sentence about e-mail is no field.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, kinds

_REPORTED = [
    "Harbour Courier Daily Brief",
    "Daily signals, zero noise.",
    "Market-moving headlines and context delivered every morning in one tight read.",
    "5-minute digest 100k+ readers",
    "Email address",
    "Get the brief",
    "Free. No spam. Unsubscribe any time.",
    "Whoops, looks like there was a problem. Please try again.",
    "You’re subscribed. Welcome aboard.",
]
_SENTENCE_PITCH = [
    "Morning Debrief Newsletter",
    "Start every day with the top news stories right now, plus original features, a podcast, videos and more.",
    "Your Email",
    "Get it!",
]
_GERMAN = [
    "Der Hafen-Newsletter",
    "Jeden Freitag die wichtigsten Nachrichten aus dem Hafen.",
    "Ihre E-Mail-Adresse",
    "Anmelden",
    "Kostenlos und jederzeit kündbar.",
]


@pytest.mark.parametrize("box", [_REPORTED, _SENTENCE_PITCH, _GERMAN], ids=["reported", "sentence-pitch", "german"])
def test_a_signup_box_between_paragraphs_is_a_call_to_action(box: list[str]) -> None:
    lines = [*MENU, "Council passes budget after long debate", *PARAS[:2], *box, *PARAS[2:], *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [line for line in box if got[line] == "content"] == [], got
    assert got[box[0]] == "call-to-action", got
    assert [p for p in PARAS if got[p] != "content"] == [], got


def test_an_article_sentence_about_email_is_no_field() -> None:
    line = "Email address lists of the council's staff were published by mistake on Monday."
    lines = [*MENU, "Council passes budget after long debate", *PARAS[:2], line, *PARAS[2:], *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert got[line] == "content", got


def test_a_share_rows_email_button_is_no_field() -> None:
    # "Email" alone is a share button: the short sentence under the row stays the article's.
    short = "The vote is on Friday."
    lines = [*MENU, "Council passes budget after long debate", *PARAS[:2], "Facebook", "Twitter", "Email"]
    lines += [short, *PARAS[2:], *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert got[short] == "content", got


# Review s45 finding 8: under the button the box took up to four short sentences whatever they
# said, so the article's one-sentence paragraphs after the box went with it. The reported box
# (corpus `signup`), a German box followed by a quote, and a box whose real notes are followed by
# the article's short sentences: the notes go, the sentences stay.
_AFTER_REPORTED = (
    ["The Morning Briefing newsletter", "Get the day's top stories every morning.", "Email address", "Sign up"],
    [
        "Farmers said the ban came too late.",
        "Vale Water was fined £2.3m last year.",
        "Helen Marsh declined to comment further.",
    ],
)
_AFTER_QUOTE = (
    ["Der Hafen-Newsletter", "Ihre E-Mail-Adresse", "Anmelden"],
    ["„Das ist ein schwerer Schlag“, sagte Bürgermeisterin Anna Roth.", "Die Stadt zahlte 4,1 Mio. Euro."],
)
_AFTER_NOTES = (
    [
        "Council Watch newsletter",
        "Your email",
        "Subscribe",
        "No spam. Unsubscribe at any time.",
        "Thanks for signing up!",
    ],
    ["Ward 7 lost 120 jobs in May.", "The mayor said talks would resume."],
)


@pytest.mark.parametrize(
    "box,after", [_AFTER_REPORTED, _AFTER_QUOTE, _AFTER_NOTES], ids=["reported", "german-quote", "notes-then-article"]
)
def test_the_articles_short_paragraphs_after_a_signup_box_stay_content(box: list[str], after: list[str]) -> None:
    lines = [*MENU, "Council passes budget after long debate", *PARAS[:2], *box, *after, *PARAS[2:], *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [line for line in box if got[line] == "content"] == [], got
    assert [line for line in after if got[line] != "content"] == [], got
