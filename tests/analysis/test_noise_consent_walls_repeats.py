"""Five kinds of boilerplate split on whole saved pages (issue #14, unseen35 and unseen34), each as
the reported lines and two variants of our own, on small pages of our own (the last on the reported
page and two pages changed from it):

- a consent dialog's paragraphs (a cookie and data-processing notice, its framework purposes by
  name) over a short article: legal noise, and the article under it is the main text, in text and
  in HTML (where the extractor took the dialog for the article: thelocal-1);
- a registration wall after the article's first paragraphs ("Join LeadDev.com for free to access
  this content"): a call to action (leaddev-1);
- a republication note closing the article ("This article was originally published on The
  Conversation. Read the original article."): an attribution, not the article's last sentence
  (iflscience-1);
- a site's box drawn over the article and again under it (a donation appeal, a newsletter pitch):
  the copy under the article is no closing paragraph of it (marginalian-1);
- an essay's last sections in draft (a note a line), named by its contents list drawn twice: the
  article's, up to the backlinks under it (unseen34's maggieappleton-1).

And what stays: an article about cookie rules, written in the third person, keeps its paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

PARAS = [
    "The harbour board voted on Tuesday to close the old ferry ramp at Pier 4 for a year while engineers "
    "rebuild the hinge that failed in March and left two boats stranded for a night.",
    "Passengers will board from a floating pontoon beside the fish market, which the board said would add "
    "about five minutes to each crossing until the work is finished next spring.",
    "Ferry workers said they had warned about the hinge for two years, and the union asked the board to "
    "publish the inspection reports it had received since the last repair was made.",
    "The work is expected to cost about four million pounds, most of it paid by the regional government, "
    "the board said in a statement after the vote.",
]
HEADLINE = "Pier 4 ramp to close for a year after hinge failure"
MENU = ["Home", "News", "Business", "Sport", "Culture", "Opinion", "Weather", "Travel", "Jobs", "About Us"]
FOOTER = ["About us", "Contact us", "Advertise with us", "© 2026 Harbour Courier. All rights reserved."]


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def html_article(tmp_path: Path, html: str) -> Article:
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


# ---------------------------------------------------------------------------------------------
# A consent dialog over a short article

DIALOGS = {
    # The reported lines (thelocal-1): the framework's purposes by name under the site's notice.
    "reported": [
        "Consent to Cookies & Data processing",
        "On this website we use cookies and similar functions to process end device information and personal "
        "data (e.g. such as IP-addresses or browser information). The processing is used for purposes such as to "
        "integrate content, external services and elements from third parties, statistical analysis/measurement, "
        "personalized advertising and the integration of social media. Depending on the function, data is passed "
        "on to up to 2202 third parties and processed by them. This consent is voluntary, not required for the use "
        "of our website and can be revoked at any time using the icon on the bottom left.",
        "Store and/or access information on a device",
        "Cookies, device or similar online identifiers (e.g. login-based identifiers, randomly assigned "
        "identifiers, network based identifiers) together with other information (e.g. browser type and "
        "information, language, screen size, supported technologies etc.) can be stored or read on your device "
        "to recognise it each time it connects to an app or to a website, for one or several of the purposes "
        "presented here.",
        "Precise geolocation data, and identification through device scanning",
        "Precise geolocation and information about device characteristics can be used.",
        "Personalised advertising and content, advertising and content measurement, audience research and "
        "services development",
        "Advertising and content can be personalised based on your profile. Your activity on this service can be "
        "used to build or improve a profile about you for personalised advertising and content. Advertising and "
        "content performance can be measured. Reports can be generated based on your activity and those of "
        "others. Your activity on this service can help develop and improve products and services.",
        "Settings Accept All",
    ],
    # Other purposes by name, another platform's wording (no line of the reported dialog).
    "purposes": [
        "We value your privacy",
        "Use limited data to select advertising",
        "Advertising presented to you on this service can be based on limited data, such as the website or app "
        "you are using, your non-precise location, your device type or which content you are interacting with.",
        "Create profiles for personalised advertising",
        "Information about your activity on this service (such as forms you submit, content you look at) can be "
        "stored and combined with other information about you to build or improve a profile about you.",
        "Measure advertising performance",
        "Information regarding which advertising is presented to you and how you interact with it can be used to "
        "determine how well an advert has worked for you or other users, and whether the goals were met.",
        "Reject all",
    ],
    # No purpose by name: two paragraphs in the site's voice to the reader about cookies and consent.
    "voiced": [
        "Your privacy matters",
        "We and our partners use cookies and similar technologies to store and access personal data on your "
        "device, such as your browser type and unique identifiers, to show you personalised ads and content and "
        "to measure how our website is used by its readers over time.",
        "You can accept or reject these cookies, or withdraw your consent at any time under Privacy settings. "
        "Some partners process your data on the basis of their legitimate interest, which you can object to; "
        "your choices apply to this website only and are kept for thirteen months.",
        "Accept and close",
    ],
}


def consent_page(dialog: list[str]) -> list[str]:
    # A paywalled story: a headline and one paragraph under the dialog and the menu.
    return [*dialog, *MENU, HEADLINE, "By Jane Roe", PARAS[0], "Please sign up or log in to continue reading", *FOOTER]


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_consent_dialog_is_legal_and_the_short_article_stays(tmp_path: Path, name: str) -> None:
    dialog = DIALOGS[name]
    art = text_article(tmp_path, consent_page(dialog))
    assert kind_at(art, PARAS[0]) == "content"
    assert kind_at(art, HEADLINE) == "content"
    for line in dialog[1:-1]:  # (its heading and button line may go as a menu's)
        assert kind_at(art, line) == "legal", line


def test_consent_dialog_taken_for_main_text_in_html(tmp_path: Path) -> None:
    """The extractor takes the dialog's paragraphs for the main text over a one-paragraph article
    (thelocal-1): the dialog is noise and the page is judged as text, its article kept."""
    dialog = DIALOGS["reported"]
    paras = "".join(f"<p>{line}</p>" for line in dialog[:-1])
    menu = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in MENU)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>
<div class="cmpbox"><div class="cmpboxinner">{paras}<a href="#">Settings</a><a href="#">Accept All</a></div></div>
<nav><ul>{menu}</ul></nav>
<main><h1>{HEADLINE}</h1><div class="byline">By Jane Roe</div><div class="body"><div>{PARAS[0]}</div>
<div class="paywall">Please sign up or log in to continue reading</div></div></main>
<footer>{"".join(f"<div>{f}</div>" for f in FOOTER)}</footer></body></html>"""
    art = html_article(tmp_path, html)
    assert kind_at(art, PARAS[0]) == "content"
    for line in dialog[1:-1]:
        assert kind_at(art, line) == "legal", line


def test_article_about_cookie_rules_is_kept(tmp_path: Path) -> None:
    """A news story on cookie rules reports in the third person: no dialog of the page's."""
    story = [
        "The data protection authority said on Monday that websites must ask visitors for consent before they "
        "store cookies on a device, and that a refusal must be as easy to give as an acceptance.",
        "Publishers said the rules would cut their advertising income, because fewer readers would agree to "
        "personalised advertising and third parties would have less data to build profiles.",
        "The authority said it would start checking the largest sites in the spring, and that fines could reach "
        "four percent of a company's turnover if consent banners kept hiding the option to refuse.",
    ]
    art = text_article(tmp_path, [*MENU, "Regulator tightens rules on cookie banners", *story, *FOOTER])
    for para in story:
        assert kind_at(art, para) == "content", para


# ---------------------------------------------------------------------------------------------
# A registration wall after the article's first paragraphs

WALLS = {
    "reported": [
        "Join LeadDev.com for free to access this content",
        "Create an account to access our free engineering leadership content, free online events and to receive "
        "our weekly email newsletter. We will also keep you up to date with LeadDev.com and events.",
    ],
    "log-in": ["Log in or register to keep reading", "Already a subscriber? Manage your account"],
    "register": [
        "Register for free to continue reading",
        "It takes less than a minute and you can read five stories a month without paying for them.",
    ],
}


@pytest.mark.parametrize("name", sorted(WALLS))
def test_registration_wall_is_call_to_action(tmp_path: Path, name: str) -> None:
    wall = WALLS[name]
    art = text_article(tmp_path, [*MENU, HEADLINE, "By Jane Roe", *PARAS[:3], *wall, *FOOTER])
    assert kind_at(art, wall[0]) == "call-to-action"
    for para in PARAS[:3]:
        assert kind_at(art, para) == "content", para


def test_sentence_about_subscribers_stays(tmp_path: Path) -> None:
    line = "Readers who subscribe to read the full story will also get the board's inspection reports."
    art = text_article(tmp_path, [*MENU, HEADLINE, *PARAS[:2], line, *PARAS[2:], *FOOTER])
    assert kind_at(art, line) == "content"


# ---------------------------------------------------------------------------------------------
# A republication note closing the article

NOTES = [
    "This article was originally published on The Conversation. Read the original article.",
    "This story was originally published by Grist, a nonprofit newsroom. Read the original story.",
    "This post was first published on the harbour board's own website. Read the original post there.",
]


@pytest.mark.parametrize("note", NOTES, ids=["reported", "story-by", "post-on"])
def test_republication_note_is_attribution(tmp_path: Path, note: str) -> None:
    paras = [*PARAS[:3], PARAS[3] + " The board first published its original plans for the ramp in 2019."]
    art = text_article(tmp_path, [*MENU, HEADLINE, *paras, note, "Tags", "ferries", "harbour", *FOOTER])
    assert kind_at(art, note) == "attribution"
    for para in paras:
        assert kind_at(art, para) == "content", para


# ---------------------------------------------------------------------------------------------
# A site's box over the article and again under it

BOXES = {
    # The reported shape (marginalian-1): a donation appeal with its amounts and a newsletter pitch.
    "reported": [
        "donating = loving",
        "Every month, I spend hundreds of hours and thousands of dollars keeping The Marginalian going. For two "
        "decades, it has remained free, ad-free, AI-free, fully human, and sustained by reader support.",
        "Monthly donation",
        "♥ $3 / month",
        "♥ $5 / month",
        "♥ $10 / month",
        "You can also become a spontaneous supporter with a one-time donation in any amount:",
        "GIVE NOW",
        "sunday newsletter",
        "For an act of resistance to the tyranny of algorithms, try the Marginalian newsletter—undistracted notes "
        "on the search for meaning, free, ad-free, AI-free, fully human, every Sunday.",
    ],
    # A newsletter's banner, in sentences.
    "newsletter": [
        "The Harbour Letter",
        "Every Friday we send the week's stories from the coast, the ferry timetable changes and the tide tables "
        "for the weekend to more than twelve thousand readers, free of charge.",
        "We never share your address with anyone, and every letter has a link to leave the list at once.",
    ],
    # A membership appeal, its last line worded differently under the article.
    "membership": [
        "Support the Courier",
        "Members keep this newsroom going: their monthly gifts pay for two reporters at the harbour and the "
        "council, and for the archive that every reader can search for free.",
        "Join from £4 a month",
        "Gift a membership",
        "Questions about your membership? Write to our members' desk and we will answer within a day.",
    ],
}


# The page's lists between the box over the article and its headline, as a sidebar's.
MOST_READ = [
    "Most read",
    "Council approves new cycle lane on the seafront",
    "Lifeboat crew rescues two kayakers off the point",
    "Fish market to open on Sundays from June",
    "School roof repairs delayed by a month",
    "Harbour festival line-up announced",
]


@pytest.mark.parametrize("name", sorted(BOXES))
def test_box_shown_over_and_under_the_article_is_noise(tmp_path: Path, name: str) -> None:
    box = BOXES[name]
    under = (
        [*box[:-1], "Need help with a gift or a cancellation? Our team answers every message."]
        if name == "membership"
        else box
    )
    # (The newsletter's box is a banner over the site's menu; the others stand under it.)
    head = [*box, *MENU] if name == "newsletter" else [*MENU, *box]
    lines = [*head, *MOST_READ, HEADLINE, "By Jane Roe", *PARAS, *under, *FOOTER]
    art = text_article(tmp_path, lines)
    at_under = art.text.rindex(" ".join(box[1].split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at_under < s.end]
    assert seg.reason is not None, "the box's appeal under the article is kept as the article's"
    for para in PARAS:
        assert kind_at(art, para) == "content", para


# ---------------------------------------------------------------------------------------------
# An essay's last sections in draft, named by its contents list

# The reported page (unseen34's maggieappleton-1, looked-at tuning data): its contents list drawn
# twice over the essay, sections 8 to 11 in draft, a note a line, then short closing sentences.
ESSAY = Path(__file__).resolve().parents[1] / "fixtures/noise_pages/unseen34/text/maggieappleton-1.txt"
DRAFT_NOTES = ["Blocks construct documents", "No stability at all, link rot everywhere", "Google docs comments"]
CLOSING = "Perhaps you sense the problem."


def essay_variant(name: str) -> list[str]:
    lines = ESSAY.read_text(encoding="utf-8").splitlines()
    if name == "once":  # the contents list drawn once
        second = lines.index("Table of Contents", lines.index("Table of Contents") + 1)
        return lines[:second] + lines[second + 14 :]
    if name == "renamed":  # other section titles, unnumbered, in the contents and over the sections
        names = {
            "8. Stable, Universal Addresses": "Addresses That Last",
            "9. Annotation": "Notes In The Margin",
            "10. Multiple Views and Spatial Arrangements": "Many Ways To Look",
            "11. Micropayments": "Paying Writers",
        }
        return [names.get(line, line) for line in lines]
    return lines


@pytest.mark.parametrize("name", ["reported", "once", "renamed"])
def test_draft_sections_named_by_contents_are_the_article(tmp_path: Path, name: str) -> None:
    lines = essay_variant(name)
    art = text_article(tmp_path, lines)
    for note in [*DRAFT_NOTES, CLOSING]:
        assert kind_at(art, note) == "content", note
    assert kind_at(art, "Seventy years ago we dreamed up links") != "content"  # (a backlink's blurb)
