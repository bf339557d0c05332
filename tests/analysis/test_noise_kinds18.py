"""Plain-text faults of issue #14's re-test in session 18 (report t14, faults 1, 2, 5, 6; the
inputs under tests/fixtures/t14s18e): comments under a short article kept and dating it, a list's
header taken for the outlet or the headline, paragraphs of reporting dropped by a phrase rule, a
sign-up form's consent line kept. Each: the reported input and two variants of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_FIX = Path(__file__).resolve().parents[1] / "fixtures" / "t14s18e"


def _read(name: str) -> str:
    return (_FIX / name).read_text(encoding="utf-8")


def _article(tmp_path: Path, text: str, name: str = "page.txt") -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


def _kinds(article: Article) -> dict[str, str]:
    split = split_noise(article)
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


# --- fault 1: a short article's comments section ---------------------------------------------

_TWOLINE = _read("twoline-posted.txt")
_THOUGHTS = _read("oneline-thoughts.txt")
_OURS_TWOLINE = """Lindholm library to open on Sundays
The public library in Lindholm will open on Sundays from May, the town council decided on Tuesday.
Opening hours on weekdays stay the same.
"Families asked for it," librarian Edda Voss said.
Comments (2 posted)
Bruno Falk says:
March 3, 2024 at 8:15 pm
About time, the reading room is always full on Saturdays and the children have nowhere to go.
Greta Moll says:
March 4, 2024 at 7:01 am
Good news for the students who study there at the weekend before their exams in June.
"""
_OURS_ONELINE = """Tram line 4 to run all night at weekends
Tram line 4 will run all night on Fridays and Saturdays from June, the transport board said.
The trial will last six months and cost 2 million crowns.
2 Responses to "Tram line 4 to run all night at weekends"
Nils Ek says: June 2, 2024 at 11:30 pm
Great, the last tram home leaves far too early for anyone who works in a restaurant kitchen.
Ida Sand says: June 3, 2024 at 9:45 am
Hopefully they also add more trams in the morning rush, when every carriage is full.
"""


@pytest.mark.parametrize(
    ("text", "comment"),
    [
        (
            _TWOLINE,
            "Finally. We asked for this after the cargo ship grounded in 2020 and were told it was too expensive to run.",
        ),  # reported
        (
            _THOUGHTS,
            "I live next to the harbour and I am not looking forward to the noise, but I agree it is needed after what happened.",
        ),  # reported variant
        (
            _OURS_TWOLINE,
            "Good news for the students who study there at the weekend before their exams in June.",
        ),  # ours
        (
            _OURS_ONELINE,
            "Great, the last tram home leaves far too early for anyone who works in a restaurant kitchen.",
        ),  # ours
    ],
)
def test_short_article_comments_are_noise_and_date_nothing(tmp_path: Path, text: str, comment: str) -> None:
    article = _article(tmp_path, text)
    got = _kinds(article)
    assert got[comment] == "comments"
    assert all(kind == "comments" for t, kind in got.items() if " says:" in t)
    # the article's own lines stay
    first_paragraph = text.splitlines()[1]
    assert got[first_paragraph] == "content"
    # a comment's stamp never dates the article
    assert article.date is None


def test_says_alone_without_a_stamp_stays_content(tmp_path: Path) -> None:
    """Guard: "The report says:" introducing a quoted passage is the article's."""
    text = (
        "Audit finds ferry checks lacking\n"
        "An audit of the ferry operator found gaps in its safety checks, the ministry said on Monday.\n"
        "The report says:\n"
        '"Inspections were carried out, but their findings were not followed up in every case."\n'
        "The operator said it would respond within a month.\n"
    )
    got = _kinds(_article(tmp_path, text))
    assert got["The report says:"] == "content"


# --- fault 2: a list's header is never the outlet or the headline ----------------------------


@pytest.mark.parametrize(
    ("text", "header"),
    [
        (_read("mostviewed-top.txt"), "Most Viewed"),  # reported
        (_read("advert-top.txt"), "Trending Now"),  # reported
        (  # ours: another header over another article
            "Advertisement\nMost Popular\n"
            "Workers at the Tarrö paper mill voted on Thursday to accept a new two-year wage deal, ending a strike that began in January.\n"
            "The deal raises pay by 4.5 per cent this year and 3 per cent next year, the union said.\n",
            "Most Popular",
        ),
        (  # ours: "Top Stories" over the first paragraph
            "Top Stories\n"
            "Heavy snow closed the mountain pass between Ulvik and Sandnes for a second day on Wednesday, the road authority said.\n"
            "Snowploughs will try to clear the road overnight if the wind drops.\n",
            "Top Stories",
        ),
    ],
)
def test_list_header_is_no_outlet_or_title(tmp_path: Path, text: str, header: str) -> None:
    article = _article(tmp_path, text)
    assert article.outlet != header
    assert article.title != header


# --- fault 5: paragraphs of reporting a phrase rule took -------------------------------------

_TRAPS = _read("traps.txt")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            _read("cta1.txt"),
            "Subscribe to the view that the worst is over and you may be disappointed, analyst Mats Lindberg of Halvik Securities said on Monday.",
        ),  # reported
        (_TRAPS, 'Credit: analysts at two banks cut their rating on the shares to "sell".'),  # reported
        (
            _TRAPS,
            "Related: the company's bonds also fell, with the yield on its 2029 notes rising to 7.1%.",
        ),  # reported
        (  # ours: a speaker named with title and firm, a quote after it
            "Tarrö mill strike ends\n"
            "Workers at the Tarrö paper mill voted on Thursday to accept a new two-year wage deal, ending the strike.\n"
            'Sign up for a four-day week and you will wait years, said union negotiator Anja Brekke of the Paper Workers\' Federation. "We got what we asked for."\n'
            "The mill will restart its two machines on Monday.\n",
            'Sign up for a four-day week and you will wait years, said union negotiator Anja Brekke of the Paper Workers\' Federation. "We got what we asked for."',
        ),
        (  # ours: "Credit:" and "Related:" cues over clauses in lower case
            "Tarrö mill strike ends\n"
            "Workers at the Tarrö paper mill voted on Thursday to accept a new two-year wage deal, ending the strike.\n"
            "Credit: ratings agencies said the deal removed a risk to the mill owner's finances this year.\n"
            "Related: shares in suppliers of wood pulp rose on the news, with one gaining 6 per cent by noon.\n"
            "The mill will restart its two paper machines on Monday, and the first deliveries to customers are due a week later, the company said.\n",
            "Credit: ratings agencies said the deal removed a risk to the mill owner's finances this year.",
        ),
    ],
)
def test_reporting_sentence_between_paragraphs_is_content(tmp_path: Path, text: str, line: str) -> None:
    got = _kinds(_article(tmp_path, text))
    assert got[line] == "content"
    for other in text.splitlines():
        if other.startswith("Related: shares"):
            assert got[other] == "content"


def test_capitalised_credit_and_teaser_stay_noise(tmp_path: Path) -> None:
    """Guard: a credit naming someone and a teaser's headline after the cue stay boilerplate."""
    text = (
        "Tarrö mill strike ends\n"
        "Workers at the Tarrö paper mill voted on Thursday to accept a new two-year wage deal, ending the strike.\n"
        "Related: Paper Workers' Federation names a new leader after a close vote\n"
        "The deal raises pay by 4.5 per cent this year and 3 per cent next year, the union said.\n"
        "Credit: Jonas Vik/Tarrö Tidende\n"
        "The mill will restart its two machines on Monday, the company said in a statement.\n"
    )
    got = _kinds(_article(tmp_path, text))
    assert got["Related: Paper Workers' Federation names a new leader after a close vote"] == "headline-list"
    assert got["Credit: Jonas Vik/Tarrö Tidende"] == "caption"


# --- fault 6: a sign-up form's consent line ---------------------------------------------------

_MID = _read("mid-inserts.txt")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (_MID, "By signing up you agree to our Terms of Use and Privacy Policy."),  # reported
        (
            _MID.replace(
                "By signing up you agree to our Terms of Use and Privacy Policy.",
                "By subscribing, you acknowledge our Privacy Notice and agree to receive emails from us.",
            ),
            "By subscribing, you acknowledge our Privacy Notice and agree to receive emails from us.",
        ),
        (
            _MID.replace(
                "By signing up you agree to our Terms of Use and Privacy Policy.",
                "By clicking Register you agree to the Halvik Post's Terms and Conditions.",
            ),
            "By clicking Register you agree to the Halvik Post's Terms and Conditions.",
        ),
    ],
)
def test_sign_up_consent_line_is_legal(tmp_path: Path, text: str, line: str) -> None:
    got = _kinds(_article(tmp_path, text))
    assert got[line] == "legal"


def test_reported_sign_up_terms_stay_content(tmp_path: Path) -> None:
    """Guard: the story's own sentence about agreeing to terms speaks to nobody."""
    text = (
        "Ferry pass scheme opens\n"
        "Islanders can now apply for the new ferry pass, which cuts fares by half, the council said on Friday.\n"
        "By signing up, residents agree to share their travel data with the operator for a year.\n"
        "About 3,000 people applied on the first day.\n"
    )
    got = _kinds(_article(tmp_path, text))
    assert got["By signing up, residents agree to share their travel data with the operator for a year."] == "content"


# --- fault 4: a most-read list whose teasers end in full stops ---------------------------------

_OURS_TEASERS = """Night trams return to Lindholm
Night trams will return to Lindholm from June after a two-year break, the transport board said on Thursday, citing demand from shift workers and students.
The service will run every 30 minutes between midnight and 5 am on Fridays and Saturdays.
Trending Now
Police search for a missing kayaker off Ulvik after a storm.
Lindholm football club sacks its coach after five defeats in a row.
Ferry fares to rise by 8 per cent in the autumn, operator says.
Grocery prices fall for the first time in three years.
"""


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (_read("short-mostread.txt"), ["Teacher strike called off after a last-minute deal in Halvik."]),  # reported
        (
            _read("long-mostread.txt"),
            ["Storm Edda leaves thousands without power across the west coast on Sunday night."],
        ),  # reported
        (
            _OURS_TEASERS,
            [
                "Police search for a missing kayaker off Ulvik after a storm.",
                "Grocery prices fall for the first time in three years.",
            ],
        ),  # ours
        (  # ours: under a long last paragraph, another header
            _OURS_TEASERS.replace("Trending Now", "Top Stories").replace(
                "on Fridays and Saturdays.",
                "on Fridays and Saturdays, and the board will decide in December whether to keep it after a review of passenger numbers.",
            ),
            ["Lindholm football club sacks its coach after five defeats in a row."],
        ),
    ],
)
def test_sentence_teasers_under_a_most_read_header(tmp_path: Path, text: str, items: list[str]) -> None:
    got = _kinds(_article(tmp_path, text))
    for item in items:
        assert got[item] == "headline-list"
    header = next(line for line in text.splitlines() if line in ("Most Popular", "Trending Now", "Top Stories"))
    assert got[header] == "headline-list"


def test_header_over_the_articles_own_sentences_stays(tmp_path: Path) -> None:
    """Guard: sentences under a header that the article's prose follows are the article's."""
    text = (
        "Lindholm's budget for 2025\n"
        "The council approved its budget for 2025 on Tuesday after a debate that lasted eleven hours, the longest in its history.\n"
        "Latest\n"
        "Schools get 4 million crowns more.\n"
        "Roads get 2 million crowns less.\n"
        "Libraries keep their funding.\n"
        "The opposition voted against the budget, saying it did too little for the town's ageing harbour and its workers, and promised to reverse the cuts.\n"
    )
    got = _kinds(_article(tmp_path, text))
    assert got["Schools get 4 million crowns more."] == "content"


# --- fault 7: newsletter prompts taken for another kind ----------------------------------------

_ARTICLE = (
    "Night trams return to Lindholm\n"
    "Night trams will return to Lindholm from June after a two-year break, the transport board said on Thursday, citing demand from shift workers and students.\n"
    "The service will run every 30 minutes between midnight and 5 am on Fridays and Saturdays, the board said, and cost 12 million crowns a year.\n"
)


@pytest.mark.parametrize(
    "prompt",
    [
        "Get the day's top stories in your inbox every morning.",  # reported (c1/halvik-ferry.txt)
        "Get a look at the day ahead in markets with our newsletter",  # reported (c1/reuters-page.txt)
        "Receive the week's best reads in your inbox on Sundays.",  # ours
        "Start the weekend with our Saturday culture newsletter",  # ours
    ],
)
def test_newsletter_prompt_is_call_to_action(tmp_path: Path, prompt: str) -> None:
    got = _kinds(_article(tmp_path, _ARTICLE + "Read Next\n" + prompt + "\n"))
    assert got[prompt] == "call-to-action"
