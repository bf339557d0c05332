"""Boilerplate and outlets a new user's pages showed (t13ak N12, issue #14), each a kind:

1. a site's follow prompt with a tail of what following brings ("… on X for updates", "… for the
   latest news", "… to stay informed"), set in emphasis or not, is a call to action
   (corpus.page_links.CALL_PROMPTS, the one list; a line wholly in emphasis is read by its words);
2. a masthead line of the site's name and the day's date under the headline is the site's header
   (noise.menus.dated_masthead), and names the outlet; a page's <title> names it when its
   copyright notice confirms which part is the site's (html_meta.title_site_confirmed);
3. a name line beside the date judged the outlet's masthead (a broadcaster's name) names the
   outlet; a person's name line does not.

Inputs: the tester's three files (copied from its corpus, tests/fixtures/t13ak_n12) and two
texts of our own per kind."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ak_n12"

STORY = (
    "Ferry crews at the port of Marholm joined the dockworkers' strike on Friday, the union said, "
    "halting sailings to the islands for a second day.\n\n"
    "The operator said it would follow the talks on Monday closely and hoped for a settlement.\n\n"
)


def _article(tmp_path: Path, name: str, text: str | None) -> Article:
    if text is None:
        shutil.copy(FIXTURES / name, tmp_path / name)
    else:
        (tmp_path / name).write_text(text, "utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(corpus.resolve(Path(name).stem))


FOLLOW = {
    "reported": ("healthwatch-analysis.md", None, "*Follow HealthWatch Review on X for updates.*"),
    "underscores-latest": (
        "ferry.md",
        "# Ferry crews join harbour walkout\n\n"
        + STORY
        + "_Follow Halvik Evening Post on Facebook for the latest news._\n",
        "_Follow Halvik Evening Post on Facebook for the latest news._",
    ),
    "plain-stay-informed": (
        "ferry.txt",
        "Ferry crews join harbour walkout\n\n" + STORY + "Follow Marholm Coast Radio on Instagram to stay informed.\n",
        "Follow Marholm Coast Radio on Instagram to stay informed.",
    ),
}


@pytest.mark.parametrize("case", sorted(FOLLOW))
def test_a_follow_prompt_with_its_tail_is_a_call_to_action(tmp_path: Path, case: str) -> None:
    name, text, prompt = FOLLOW[case]
    split = split_noise(_article(tmp_path, name, text))
    assert [(s.text, s.kind) for s in split.noise if s.text.strip() == prompt] == [(prompt, "call-to-action")]
    assert not any(prompt in s.text for s in split.content)


MASTHEAD = {
    "reported": ("kestrow-gazette.htm", None, "Kestrow Gazette - Sunday, March 15, 2026", "Kestrow Gazette"),
    "text-em-dash": (
        "harbour.txt",
        "Harbour wall approved after long debate\n\nHalvik Herald — Monday, March 2, 2026\n\n" + STORY,
        "Halvik Herald — Monday, March 2, 2026",
        "Halvik Herald",
    ),
    "text-over-byline": (
        "island.txt",
        "Harbour wall approved after long debate\n\nThe Island Gazette · Thursday 11 June 2026\n\nBy Jane Roe\n\n"
        + STORY,
        "The Island Gazette · Thursday 11 June 2026",
        "The Island Gazette",
    ),
}


@pytest.mark.parametrize("case", sorted(MASTHEAD))
def test_a_dated_masthead_under_the_headline_is_the_site_header(tmp_path: Path, case: str) -> None:
    name, text, line, outlet = MASTHEAD[case]
    article = _article(tmp_path, name, text)
    split = split_noise(article)
    # (the site's header, or the byline's stamp when it stands with the byline: boilerplate either way)
    assert [s.kind for s in split.noise if s.text.strip() == line] in (["navigation"], ["byline"])
    assert not any(line in s.text for s in split.content)
    assert article.outlet == outlet


OLD_PAGE = """<HTML><HEAD><TITLE>Osland Courier | Ferry crews join harbour walkout</TITLE></HEAD>
<BODY><TABLE WIDTH="600"><TR><TD>
<FONT SIZE="+2"><B>Ferry crews join harbour walkout</B></FONT><P>
<FONT>Ferry crews at the port of Marholm joined the dockworkers' strike on Friday, the union said,
halting sailings to the islands for a second day and stranding hundreds of travellers.<P>
The operator said it would follow the talks on Monday closely and hoped for a settlement soon,
though the union said no new offer had been made.<P></FONT>
</TD></TR></TABLE>
<HR><FONT SIZE="-2">&copy; 2026 Osland Courier. All rights reserved.</FONT>
</BODY></HTML>
"""


def test_a_title_part_the_copyright_line_names_is_the_outlet(tmp_path: Path) -> None:
    assert _article(tmp_path, "osland.htm", OLD_PAGE).outlet == "Osland Courier"


NAME_LINE = {
    "reported": ("kestrow-liveblog.txt", None, "Norvale Broadcasting Corporation"),
    "radio-over-stamp": (
        "radio.txt",
        "Harbour strike - live updates\nHalvik Radio\nPosted: Mar 14, 2026\n\n" + STORY,
        "Halvik Radio",
    ),
    "television-over-byline": (
        "tv.txt",
        "Harbour strike deepens\nOsland Television\nBy Jane Roe\n\n" + STORY,
        "Osland Television",
    ),
    "person-stays-author": (
        "person.txt",
        "Harbour strike - live updates\nAnna Lindqvist\nPosted: Mar 14, 2026\n\n" + STORY,
        None,
    ),
}


@pytest.mark.parametrize("case", sorted(NAME_LINE))
def test_a_broadcasters_name_line_names_the_outlet(tmp_path: Path, case: str) -> None:
    name, text, outlet = NAME_LINE[case]
    assert _article(tmp_path, name, text).outlet == outlet
