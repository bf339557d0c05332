"""Boilerplate kinds found on the tuning half unseen9 (issue 14; postlight/parser's news and
magazine pages), one kind per section: the reported shape first, then variants of our own, and
guards that the article keeps its paragraphs. Every page here is written for the test; none is
copied from the evaluation pages.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import ARTICLE, FOOTER, MENU, PARAS, kinds

_HEADLINE = "Harbour ferry fares to rise again in spring"
_BODY = [
    "The harbour authority said on Monday that ferry fares would rise by a tenth in April, the second"
    " increase in a year, blaming the cost of fuel and of repairs to the older boats in the fleet.",
    "Commuters from the islands, who have no other way to reach the city, said the rise would cost"
    " them more than a hundred pounds a year, and their council asked the authority to think again.",
    "The authority's chair, Mara Quill, said the fleet had to be kept safe and that a new boat ordered"
    " last year would cut fuel costs once it enters service, probably in the autumn of next year.",
    "Fares for children and pensioners will not change, and the authority will publish the new"
    " timetable with the prices in March, after a meeting with the island councils on the details.",
]


def _page(*middle: str, byline: str = "By Jane Roe", after: int = 2) -> str:
    """A saved page: menu, headline, byline, the body with ``middle`` after its ``after``-th paragraph, footer."""
    lines = [*MENU, _HEADLINE, byline, *_BODY[:after], *middle, *_BODY[after:], *FOOTER]
    return "\n".join(lines) + "\n"


def _body_kept(got: dict[str, str]) -> None:
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got


# ---------------------------------------------------------------------------------------------
# Other stories' cards stamped with how long ago they were posted, set between the article's
# paragraphs: a header, then each card a headline, a byline run on to "42 minutes ago" and the
# site's name. Short lines inside the article's text, they had stayed the article's.

_CARDS = [
    "Courier Picks",
    "Island council votes to keep its last post office open",
    "By Tom Lee18 minutes ago",
    "Harbour Courier",
    "Lighthouse keeper's diary goes on show at the museum",
    "By Ana Ruiz1 hour ago",
    "Harbour Courier",
    "Storm damage closes the coast road for a second week",
    "By Tom Lee3 hours ago",
    "Harbour Courier",
]


def test_stamped_cards_between_the_paragraphs_are_other_stories() -> None:
    got = kinds(_page(*_CARDS))
    assert [got[line] for line in _CARDS] == ["headline-list"] * len(_CARDS), got
    _body_kept(got)


def test_stamped_cards_of_two_lines_after_the_article_are_other_stories() -> None:
    """Variant: no header, no site's name, the stamp alone under each headline, after the article."""
    cards = [
        "Island council votes to keep its last post office open",
        "2 hours ago",
        "Lighthouse keeper's diary goes on show at the museum",
        "5 hours ago",
        "Storm damage closes the coast road for a second week",
        "a day ago",
    ]
    got = kinds(_page(*cards, after=4))
    assert [got[line] for line in cards] == ["headline-list"] * len(cards), got
    _body_kept(got)


def test_two_stamped_cards_with_a_section_line_are_other_stories() -> None:
    """Variant: two cards, each a headline, a stamp with a dot after the name, and a section."""
    cards = [
        "Recommended",
        "Why the island ferries keep breaking down",
        "By Tom Lee · 4 days ago",
        "Transport",
        "The harbour's oldest boat turns sixty",
        "By Ana Ruiz · 6 days ago",
        "Transport",
    ]
    got = kinds(_page(*cards, after=3))
    assert [got[line] for line in cards] == ["headline-list"] * len(cards), got
    _body_kept(got)


def test_an_article_saying_how_long_ago_keeps_its_lines() -> None:
    """Guard: one stamp line is no box of cards, and a paragraph may say "two hours ago"."""
    lines = [
        "The first boat left two hours ago, the authority said, and the second is due at noon.",
        "Updated 2 hours ago",
    ]
    got = kinds(_page(*lines))
    assert got[lines[0]] == "content", got
    _body_kept(got)


# ---------------------------------------------------------------------------------------------
# A featured comment between the article's paragraphs: "Top Comment", the comment, "Join In".
# "Top Comment" was no comments header (only "Top Comments"), and as one it would have ended the
# article there: the box closes nothing.

_COMMENT = (
    "Everyone complains about the fares, but nobody who lives here remembers when the boats last ran"
    " on time, so maybe the money will help."
)


def test_a_featured_comment_between_the_paragraphs_is_comments() -> None:
    box = ["Top Comment", _COMMENT, "Join In"]
    got = kinds(_page(*box))
    assert [got[line] for line in box] == ["comments"] * 3, got
    _body_kept(got)


def test_a_featured_comment_with_its_author_closed_by_a_view_link_is_comments() -> None:
    """Variant: another header, the commenter's name over the comment, "View all comments" closing."""
    box = ["Featured Comment", "harbourwatcher", _COMMENT, "View all comments"]
    got = kinds(_page(*box, after=1))
    assert [got[line] for line in box] == ["comments"] * 4, got
    _body_kept(got)


def test_a_most_liked_comment_closed_by_join_the_discussion_is_comments() -> None:
    """Variant: "Most Liked Comment" and "Join the discussion"."""
    box = ["Most Liked Comment", _COMMENT, "Join the discussion"]
    got = kinds(_page(*box, after=3))
    assert [got[line] for line in box] == ["comments"] * 3, got
    _body_kept(got)


def test_a_comments_section_after_the_article_still_takes_what_follows() -> None:
    """Guard: after the last paragraph "Top Comments" is the comments section, not a box."""
    after = ["Top Comments", _COMMENT, "Join In", "Another reader says the fares are fair enough for a safe boat."]
    got = kinds(_page(*after, after=4))
    assert all(got[line] == "comments" for line in after), got
    _body_kept(got)


# ---------------------------------------------------------------------------------------------
# A note about the article's author where the template puts it: after the first paragraph, under
# the byline's name ("Jane Roe", "Jane Roe is the Courier's chief political correspondent."), or
# after the last one without the name line. Only the author closing the article with a role word
# was found before.


def test_an_author_note_after_the_first_paragraph_is_the_byline() -> None:
    note = ["Jane Roe", "Jane Roe is the Courier’s chief political correspondent."]
    got = kinds(_page(*note, after=1))
    assert [got[line] for line in note] == ["byline", "byline"], got
    _body_kept(got)


def test_an_author_note_naming_a_book_under_the_first_paragraph_is_the_byline() -> None:
    """Variant: no name line, a book and a site of the author's, the byline as "By NAME, role"."""
    note = (
        "Jane Roe is the author of “Fifty Ways to Cross the Harbour” and runs IslandRoutes.example."
        " She has written about travel on a budget since 2012."
    )
    got = kinds(_page(note, after=1, byline="By Jane Roe, Contributor"))
    assert got[note] == "byline", got
    _body_kept(got)


def test_an_author_note_saying_when_they_joined_is_the_byline() -> None:
    """Variant: "joined", after the second paragraph, the byline naming two writers."""
    note = "Tom Lee joined the Courier in 2019 and has covered the islands and their ferries since."
    got = kinds(_page(note, after=2, byline="By Tom Lee and Ana Ruiz"))
    assert got[note] == "byline", got
    _body_kept(got)


def test_a_paragraph_about_someone_the_byline_does_not_name_is_the_article() -> None:
    """Guard: the story's own people ("Mara Quill is the authority's chair ...") and an outlet
    named like a byline ("Courier News is ..." under "By Courier News staff") stay the article's."""
    lines = [
        "Mara Quill is the authority’s chair and has run its fleet since 2019, when the old board resigned.",
        "Courier News is on the case, and will publish the authority's accounts when they are released.",
    ]
    got = kinds(_page(*lines, after=2, byline="By Courier News staff"))
    assert [got[line] for line in lines] == ["content", "content"], got
    _body_kept(got)


# ---------------------------------------------------------------------------------------------
# A byline written as labelled fields, each label alone on its line: "Author:" over the name,
# "Publish date:" over the date. The name had stayed the article's.


def test_labelled_byline_fields_are_the_byline() -> None:
    fields = ["Author:", "Jane Roe", "Publish date:", "Mar 14, 2025"]
    got = kinds(_page(*fields, after=0))
    assert [got[line] for line in fields] == ["byline"] * 4, got
    _body_kept(got)


def test_labelled_byline_fields_in_another_order_are_the_byline() -> None:
    """Variant: "Published:" first, "Written by:" with two names."""
    fields = ["Published:", "14 March 2025", "Written by:", "Tom Lee and Ana Ruiz"]
    got = kinds(_page(*fields, after=0))
    assert [got[line] for line in fields] == ["byline"] * 4, got


def test_an_updated_label_over_its_time_is_the_byline() -> None:
    """Variant: "Last updated:" over a time and a date, under the article."""
    fields = ["Last updated:", "10:42 am, March 15, 2025"]
    got = kinds(_page(*fields, after=4))
    assert [got[line] for line in fields] == ["byline"] * 2, got
    _body_kept(got)


def test_a_sentence_under_a_date_label_is_the_article() -> None:
    """Guard: under a label, a sentence is no field's value."""
    line = "The new fares take effect in April."
    got = kinds(_page("Date:", line, after=2))
    assert got[line] == "content", got


# ---------------------------------------------------------------------------------------------
# Another story's headline over its "Read article" link, set between the article's paragraphs.


def test_a_headline_over_a_read_article_link_is_another_story() -> None:
    teaser = ["Island Ferries: The Boats Behind Every Delay", "Read article"]
    got = kinds(_page(*teaser))
    assert [got[line] for line in teaser] == ["headline-list"] * 2, got
    _body_kept(got)


def test_a_headline_over_a_read_the_full_story_link_is_another_story() -> None:
    """Variant: "Read the full story", after the third paragraph."""
    teaser = ["Why the coast road keeps flooding every winter", "Read the full story"]
    got = kinds(_page(*teaser, after=3))
    assert [got[line] for line in teaser] == ["headline-list"] * 2, got
    _body_kept(got)


def test_two_headlines_over_view_article_links_are_other_stories() -> None:
    """Variant: "View article", two teasers in a row."""
    teasers = [
        "Lighthouse keeper's diary goes on show",
        "View article",
        "Storm damage closes the coast road again",
        "View article",
    ]
    got = kinds(_page(*teasers, after=1))
    assert [got[line] for line in teasers] == ["headline-list"] * 4, got
    _body_kept(got)


def test_a_sentence_over_a_read_the_full_story_link_is_the_article() -> None:
    """Guard: the article's sentence over the link is no headline."""
    line = "The authority will publish its full report on the fleet in March."
    got = kinds(_page(line, "Read the full story", after=4))
    assert got[line] == "content", got


# ---------------------------------------------------------------------------------------------
# A photo's caption beside its credit, the credit alone on its line: over it ("Then-senator Jane
# Roe speaks at a rally ..." over "Tom Lee/Getty Images") or under it ("© Jane Roe / stock.example.com
# (detail)" over the caption). The caption, a sentence, had stayed the article's.


def test_a_caption_over_its_agency_credit_is_a_caption() -> None:
    fig = ["Then-senator Mara Quill speaks at a rally on Sept. 28 in Halvik, Maine.", "Tom Lee/Getty Images"]
    got = kinds(_page(*fig, after=1))
    assert [got[line] for line in fig] == ["caption", "caption"], got
    _body_kept(got)


def test_a_caption_under_a_copyright_credit_is_a_caption() -> None:
    """Variant: the credit first, a copyright sign, a stock site and "(detail)", in German."""
    fig = [
        "© Ana Ruiz / stock.example.com (Ausschnitt)",
        "Der alte Leuchtturm von Halvik: Er steht seit 1887 auf der Insel und wird heute von Freiwilligen gepflegt.",
    ]
    got = kinds(_page(*fig, after=2))
    assert got[fig[1]] == "caption", got
    assert got[fig[0]] != "content", got
    _body_kept(got)


def test_a_caption_over_a_via_credit_is_a_caption() -> None:
    """Variant: "NAME via AP" as the credit."""
    fig = ["Commuters board the morning ferry at Halvik Pier on Monday.", "Tom Lee via AP"]
    got = kinds(_page(*fig, after=3))
    assert [got[line] for line in fig] == ["caption", "caption"], got
    _body_kept(got)


def test_a_short_sentence_beside_a_credit_without_caption_is_the_article() -> None:
    """Guard: a sentence of the article naming no one beside a credit with no caption stays, and
    so do both short sentences when either could be the caption."""
    lines = ["Which brings us to the ferries themselves.", "Tom Lee via AP"]
    got = kinds(_page(*lines, after=2))
    assert got[lines[0]] == "content", got
    both = [
        "Mara Quill said the Halvik boats were safe.",
        "Ana Ruiz/Harbour Courier",
        "The Halvik council disagreed with Mara Quill.",
    ]
    got = kinds(_page(*both, after=2))
    assert [got[both[0]], got[both[2]]] == ["content", "content"], got


# ---------------------------------------------------------------------------------------------
# Lines known by their words: prompts, credits and teasers, some in German.

LINE_CASES_10 = [
    (
        "call-to-action",
        [
            "Get the Courier in your inbox.",
            "Be sure to tell your friends about the fares – share this post with them!",
            "For all our harbour videos and interviews – Subscribe on YouTube!",
            "Noch kein Abo? Jetzt abonnieren!",
        ],
    ),
    (
        "attribution",
        [
            "Special thanks to Harbour Home & Garden.",
            "This article appears in the May issue of Harbour Monthly.",
            "Dieser Artikel ist enthalten in Harbour Monat Die Inseln",
            "Von »Harbour Monat« übersetzte und bearbeitete Fassung des Artikels »The Ferries« aus »Island Review«.",
            "Translated and adapted from an article in Island Review.",
        ],
    ),
    (
        "headline-list",
        [
            "Das könnte Sie auch interessieren: Harbour Monat Die Inseln",
            "Lesen Sie auch: Neue Fähren für die Inseln",
            "Mehr zum Thema: Die Küstenstraße",
        ],
    ),
    ("navigation", ["Site Navigation", "Main navigation"]),
]


@pytest.mark.parametrize(
    ("kind", "line"), [(kind, line) for kind, lines in LINE_CASES_10 for line in lines], ids=lambda v: str(v)[:30]
)
def test_line_kind_after_the_article(kind: str, line: str) -> None:
    got = kinds(ARTICLE + line + "\n")
    assert got[line] == kind, got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


def test_sentences_with_those_words_are_the_article() -> None:
    """Guard: the same words inside the article's sentences."""
    lines = [
        "Special thanks to the volunteers who kept the boats running through the storm, the mayor said on Monday evening at the pier.",
        "Readers who get the Courier in their inbox will have seen the timetable, which the authority published on Friday.",
        "She did not share this post with her family, she said.",
        "The band asked its fans to subscribe on YouTube.",
        "Wer die Inselzeitung lesen will, kann sie im Hafen jetzt abonnieren.",
        "This story appears in many forms across the islands, told by ferrymen to their passengers.",
    ]
    got = kinds(_page(*lines, after=2))
    assert [got[line] for line in lines] == ["content"] * len(lines), got
    _body_kept(got)


# ---------------------------------------------------------------------------------------------
# A clean article keeps all its paragraphs.


def test_a_clean_article_keeps_all_its_paragraphs() -> None:
    text = "\n".join([_HEADLINE, "By Jane Roe", *_BODY, "Mara Quill speaks at the Halvik pier."]) + "\n"
    got = kinds(text)
    _body_kept(got)
    assert got["Mara Quill speaks at the Halvik pier."] == "content", got


def test_menu_and_footer_are_still_page_furniture() -> None:
    got = kinds(_page())
    assert got["Privacy policy"] != "content" and got["Skip to content"] != "content", got
    _body_kept(got)
