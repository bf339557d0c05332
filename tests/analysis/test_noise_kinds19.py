"""Kinds of article text lost on whole saved pages (issue #14, round s19-d, read from the
``unseen17`` half's per-page output): a share row's comment count under the headline taken for
a comments section, readers' comments outweighing a short article, an article's "About the
visitors:" heading over its fact sheet taken for a release's "About" section, a comment count
spelled out beside its prompt, a fact box with a heading of its own. Every page here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus


def _kinds(tmp_path: Path, text: str, name: str = "page.txt") -> dict[str, str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article(next(iter(corpus.entries))))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


_MENU = """Halvik Herald
Home
News
Sport
Business
Culture
Opinion
Weather
Log in
Subscribe
"""
_FOOTER = """About us
Contact
Careers
Advertise with us
Privacy Policy
Terms of Use
Cookie settings
Site map
© 2025 Halvik Herald
"""

# --- a share row's comment count under the headline, other stories' teasers above ---------------

_TEASERS = """Harbour Bridge Repairs Will Close Two Lanes Until June
The city's engineers found cracks in the eastern span of the harbour bridge last winter, and the repairs will take most of the spring, the transport office said. Drivers are asked to use the ring road, and the buses on the bridge will run every ten minutes instead of every five until the work is done.
Continue Reading »
Ferry Timetable Changes For The Summer Season
Three new evening crossings will be added to the island route from May, and the first morning ferry will leave twenty minutes earlier than it does now. The ferry company said the changes follow a survey of commuters, most of whom asked for a later last crossing on Fridays and Saturdays.
Continue Reading »
Night Market Returns To The Old Fish Hall
After a two-year pause the night market is back in the old fish hall, with forty stalls of food and crafts every Friday evening until the end of September. The organisers hope for more visitors than before the pause, when about two thousand people came on a good evening in the summer.
Continue Reading »
"""
_CONDUCTOR = """Valdmark Orchestra Names Ingrid Solberg As Its New Conductor
Tweet
4 Comments
Written on March 3, 2025 by Ola Brekke in Music
The news broke a day early!
The Valdmark Symphony Orchestra has named Ingrid Solberg as its new principal conductor, ending a search that took the orchestra's board almost two years.
Solberg, who has led the Halvik Chamber Players since 2019, will conduct her first concert as principal conductor in September, a programme of Sibelius and Nielsen.
"An orchestra is a conversation, and I want the audience to hear it," Solberg said of her plans for the Valdmark Symphony Orchestra.
The board said the orchestra's ticket sales had grown by a fifth over the last season.
"""


@pytest.mark.parametrize(
    ("count", "share"),
    [("4 Comments", "Tweet"), ("Comments (12)", "Share"), ("No comments", "Email »")],
)
def test_a_share_rows_comment_count_under_the_headline_ends_no_article(tmp_path: Path, count: str, share: str) -> None:
    article = _CONDUCTOR.replace("4 Comments", count).replace("Tweet", share)
    got = _kinds(tmp_path, _MENU + _TEASERS + article + _FOOTER)
    assert got[count] == "comments"
    for line in article.splitlines()[5:]:
        assert got[line] == "content", line
    assert got["Valdmark Orchestra Names Ingrid Solberg As Its New Conductor"] == "content"


# --- readers' comments outweighing a short article ----------------------------------------------

_POLL = """Reader Poll Shows Support For Longer Library Hours
Posted on March 3, 2025 at 9:15am by Marta Lind
Print »
Email »
Comments (48)
Two in three readers who answered our poll want the public library in Lindholm to stay open until ten o'clock at night.
We asked students outside the library on Monday afternoon what they thought of the idea, and most of them liked it.
"Would you pay more tax for it?" we asked one.
"No," she said.
"Then who should pay for the longer hours at the library?" we asked.
She laughed.
The council will vote on the longer opening hours in April, after the budget debate, library director Edda Voss said on Monday.
"It would cost about 300,000 crowns a year," Voss said.
Students in the poll asked most often for quiet rooms to study in before their exams in June, for a café on the ground floor and for more computers.
Watch the video below:
Share this article
Back to Halvik Herald »
Comments (48)
1 2 3 ... 5 Next »
Order By:
Newest to Oldest
Oldest to Newest
"""
_COMMENTER = """reader{n}
Posted on March 3, 2025 at 10:{n:02d}am
{text}
Report Post »
"""
_COMMENTS = [
    "I have been asking for this for years and nobody listened to us, the reading room is full every single evening and the staff are always friendly, so it is about time the council paid for it properly.",
    "Why should the whole town pay for a few students who could just as well study at home, I would rather see the money go to the roads and the schools, which need it far more than the library does.",
    "My children go there after school every day and the library is the only warm and quiet place in our part of town, so longer hours would help many families who work late shifts at the harbour.",
    "The poll is meaningless because only people who already love the library answered it, and the paper should say so instead of presenting it as if it were the opinion of the whole town and its people.",
]


@pytest.mark.parametrize(
    "stamp", ["Posted on March 3, 2025 at 10:{n:02d}am", "March 3, 2025 10:{n:02d}", "{n} hours ago"]
)
def test_readers_comments_outweighing_a_short_article_are_the_comments(tmp_path: Path, stamp: str) -> None:
    block = _COMMENTER.replace("Posted on March 3, 2025 at 10:{n:02d}am", stamp)
    comments = "".join(block.format(n=n, text=_COMMENTS[n % 4]) for n in range(1, 13))
    got = _kinds(tmp_path, _MENU + _POLL + comments + _FOOTER)
    for line in _POLL.splitlines()[5:14]:
        assert got[line] == "content", line
    for text in _COMMENTS:
        assert got[text] != "content", text


# --- "About the visitors:" over the article's fact sheet, no press release ----------------------

_PREVIEW = """Series preview: Hawks at Falcons
The Hawks open a three-game series at Falcon Park on Friday, two games behind the Falcons in the division with six weeks left in the season.
About the Hawks:
Batting: Kari Berg is 9-for-26 (.346) with eight RBIs in May. She has hit .297 with six extra-base hits since the break.
Pitching: Nils Ek is 5-1 with a 1.41 ERA in his past seven starts, the loss coming on Saturday against the Wolves.
About the Falcons:
Batting: Tor Vik is 13-for-33 (.394) with a homer and six RBIs in nine games against the Hawks this season.
Pitching: It will be only the fourth start of the season for Ivar Dahl, 23, who was called up from the minors in July.
"""


@pytest.mark.parametrize(
    ("about", "label"),
    [("About the Hawks:", "Batting"), ("About the camera:", "Display"), ("About Lindholm:", "Population")],
)
def test_an_about_heading_over_labelled_paragraphs_is_the_articles(tmp_path: Path, about: str, label: str) -> None:
    text = _PREVIEW.replace("About the Hawks:", about).replace("Batting:", f"{label}:")
    got = _kinds(tmp_path, text)
    for line in text.splitlines():
        assert got[line] == "content", line


def test_a_releases_about_paragraph_naming_the_company_stays_press_release(tmp_path: Path) -> None:
    """Guard: "About Nordvik Foods" over "Nordvik Foods: …" is the release's own section."""
    text = _PREVIEW.replace("About the Hawks:", "About Nordvik Foods").replace(
        "Batting: Kari Berg", "Nordvik Foods: Kari Berg"
    )
    assert _kinds(tmp_path, text)["About Nordvik Foods"] == "press-release"


# --- a comment count spelled out beside its prompt ------------------------------------------------

_DEBATE = """Council Debates New Cycle Lanes
March 3, 2025, by Ola Brekke
The city council debated plans for new cycle lanes on the harbour road on Tuesday evening, after a petition signed by 4,000 residents.
The lanes would replace sixty parking places along the road, which shop owners say their customers need.
"We need both, and the road is wide enough for both," councillor Marit Holm said during the debate.
A vote is planned for April, after the council's transport committee has heard the shop owners.
By Ola Brekke
Print
One comment Add your comment
cyclist77
March 3rd, 2025
9:14 pm
Finally somebody listens to those of us who ride to work every day in the rain and the dark, the road is a danger as it is.
Link
Report this comment
"""


@pytest.mark.parametrize(
    "count", ["One comment Add your comment", "Two comments Leave a comment", "3 comments - Add your comment"]
)
def test_a_comment_count_in_words_beside_its_prompt_heads_the_comments(tmp_path: Path, count: str) -> None:
    text = _MENU + _DEBATE.replace("One comment Add your comment", count) + _FOOTER
    got = _kinds(tmp_path, text)
    assert got[count] == "comments"
    assert (
        got[
            "Finally somebody listens to those of us who ride to work every day in the rain and the dark, the road is a danger as it is."
        ]
        == "comments"
    )
    assert (
        got["A vote is planned for April, after the council's transport committee has heard the shop owners."]
        == "content"
    )


# --- a fact box with a heading of its own over the article ---------------------------------------

_BOX = """Series preview: Hawks at Falcons
1:54 pm March 3, 2025, by Ola Brekke
Series preview: Hawks at Falcons
When (TV): 7:10 p.m. Friday-Saturday (KHT), 8:05 p.m. Sunday (Sport 2)
Radio: 680, 93.7, 100.5
Probable starting pitchers:
Friday: Hawks LH Nils Ek (9-7, 3.75 ERA) vs. RH Ivar Dahl (1-2, 3.86)
Saturday: Hawks RH Ole Lund (2-1, 2.37) vs. LH Per Sand (6-7, 3.98)
Sunday: Hawks RH Jon Moe (4-1, 1.41) vs. LH Eirik Bø (8-6, 3.82)
"""
_BOX_BODY = """Batting: Kari Berg is 9-for-26 (.346) with eight RBIs in May. She has hit .297 with six extra-base hits since the break and leads the team in walks.
Pitching: Nils Ek is 5-1 with a 1.41 ERA in his past seven starts, the loss coming on Saturday against the Wolves in a game decided in the tenth inning.
Miscellaneous: The Hawks are 12-3 with a 1.88 ERA and 78 runs in their past 15 games, and 22-8 since the break, the best record in the league over that time.
"""


@pytest.mark.parametrize("heading", ["Probable starting pitchers:", "Kick-off times:", "Where to watch:"])
def test_a_fact_box_with_a_heading_over_a_pages_main_text_is_the_articles(tmp_path: Path, heading: str) -> None:
    box = _BOX.replace("Probable starting pitchers:", heading)
    got = _kinds(tmp_path, _MENU + box + "Series notes:\n" + _BOX_BODY + _FOOTER)
    for line in box.splitlines()[3:] + ["Series notes:"]:
        assert got[line] == "content", line


@pytest.mark.parametrize("heading", ["Probable starting pitchers:", "Kick-off times:", "Where to watch:"])
def test_a_fact_box_with_a_heading_in_html_main_text_is_the_articles(tmp_path: Path, heading: str) -> None:
    box = _BOX.replace("Probable starting pitchers:", heading).splitlines()
    paras = "".join(f"<p>{line}</p>\n" for line in box[3:] + _BOX_BODY.splitlines())
    menu = "".join(f'<li><a href="/{w}">{w}</a></li>' for w in _MENU.split("\n") if w)
    html = (
        f"<html><head><title>Hawks blog: latest news</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<div class='entry'><h2>{box[0]}</h2><div class='post-meta'>{box[1]}</div>"
        f"<article>\n{paras}</article></div><footer><p>© 2025 Halvik Herald</p></footer></body></html>"
    )
    got = _kinds(tmp_path, html, "page.html")
    for line in box[3:]:
        assert got[line] == "content", line
