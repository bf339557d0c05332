"""Bylines and author bios: "By NAME" lines and their field labels ("Author:", "Publish date:"),
an author's role line, a note about the byline's author (one or two sentences naming them),
an author box closing the article, the byline said again after the last paragraph, and the
short-sentence test that keeps a sentence unless it is such a bio.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from waic_reader.index.analysis.noise.block_rules import dated, is_bio, is_stamp_line
from waic_reader.index.analysis.noise.features import (
    FOREIGN_SENTENCE_WORDS,
    INNER_STOP,
    Feat,
    block_features,
    is_prose_block,
    next_block,
    reads_english,
    snip,
    written_as_sentence,
)
from waic_reader.index.analysis.noise.patterns import (
    AUTHOR_LABEL,
    BIO_NAME,
    BYLINE_LABEL,
    COMMENTER_SAYS,
    COMMENTER_STAMP,
    ROLE,
    TEASER_LINK,
    WRITER_VERB,
)
from waic_reader.index.corpus import bylines as byline_fields
from waic_reader.index.corpus import letters
from waic_reader.index.corpus.blocks import Block, ends_like_sentence
from waic_reader.index.corpus.date_stamps import foreign_stamp, is_stamp
from waic_reader.index.corpus.titles import alone_byline, without_live_label

_NAME_ALONE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
# (An apposition between the name and the verb, "Jane Doe, author of the new book “Rebel Talent,”
# is …": issue #14, unseen38's trainingindustry-1.)
_ABOUT_THEM = re.compile(
    r"\s*(?:,\s+[^.;:!?]{1,100}?,[”\"’]?\s+|,\s+)?(?:is|was|has|had|joined|writes|covers|reports)\b"
)


def author_box(name: Feat, bio: Feat) -> bool:
    """An author box: a name alone on its line (two to four capitalised words) and under it a
    line about that person, opening with the name ("Jane Doe was the Courier's editor-in-chief
    and ...", "Jane Doe joined the Courier in 2019 ...", "Jane Doe, author of “Rebel Talent,” is
    …"), of at most 60 words."""
    text = name.text.strip()
    return (
        _NAME_ALONE.match(text) is not None
        and bio.n <= 60
        and bio.text.startswith(text)
        and _ABOUT_THEM.match(bio.text, len(text)) is not None
    )


# What an author box says of its writer straight after their name (patterns.WRITER_VERB).
_WRITER_VERB = re.compile(WRITER_VERB, re.IGNORECASE)
# An author bio's label alone on its line ("About the author", "Author bio:", "Über den Autor"),
# and a bio's opening: the writer's name and what they write or are (patterns.BIO_NAME, WRITER_VERB).
_AUTHOR_HEADER = re.compile(rf"^(?i:{AUTHOR_LABEL})\s*[:：]?\s*$")
_BIO_OPENING = re.compile(rf"^{BIO_NAME}(?i:{WRITER_VERB})")
_ABOUT_WORD = re.compile(
    r"^(?:about|über|à propos de|acerca de|sobre|a proposito di|informazioni su|over)\s+"
    r"(?:(?:the|die|der|das|den|el|la|le|les|los|las|il|lo|o|a|os|as|het|de)\s+)?",
    re.IGNORECASE,
)


def about_author(header: str, bio: Feat) -> bool:
    """Whether an "About X" header ("About Jane Roe", "Über Sunny", "À propos de Marie Curel") and
    the paragraph under it are a writer's author box, no press release's section on a company:
    the paragraph opens with X's name, or its first word (a first name), and goes on to say that
    X writes, covers or reports, or is a reporter, editor or other writer (:data:`_WRITER_VERB`),
    in any language read (tarnkappe's "Über Sunny" over "Sunny schreibt seit 2019 für die
    Tarnkappe." started press-release furniture, unseen19, round s33-o)."""
    lead = _ABOUT_WORD.match(header.strip())
    if lead is None or bio.n > 120:
        return False
    name = header.strip()[lead.end() :].rstrip(" :.").strip()
    text = bio.text.strip()
    for form in dict.fromkeys((name, name.split()[0] if name else "")):
        if form and text.startswith(form) and _WRITER_VERB.match(text, len(form)):
            return True
    return False


def byline_again(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """The article's byline said again after its last paragraph ("By Pieter de Wit" opening and
    closing the text) is boilerplate: the reader showed it twice (issue #13, s16b N9). Only the
    last lines with words, each a short "By NAME" line with no sentence end repeating an earlier
    line word for word."""
    seen: dict[str, int] = {}
    for i, f in enumerate(feats):
        if f.n:
            seen.setdefault(" ".join(f.text.split()), i)
    for i in range(len(feats) - 1, -1, -1):
        f = feats[i]
        if not f.n:
            continue
        if labels[i] is not None:
            continue  # boilerplate already: the byline may stand above it
        if not (BY_LEAD.match(f.text) and f.n <= BYLINE_WORDS and not f.sentence_end):
            break
        if seen.get(" ".join(f.text.split()), i) >= i:
            break  # said here first
        labels[i] = ("byline", "the article's byline again after it")


_FIELD_VALUE_WORDS = 6
_BIO_WORDS = 120  # the most words of a bio under its label (an author box's paragraph: bylines.about_author's)


def labelled_lines(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """Lines a phrase line speaks for: the value under a byline's field label on its own line
    ("Author:" over "Jane Roe", "Publish date:" over the date), up to :data:`_FIELD_VALUE_WORDS`
    words and no sentence; the bio under an author bio's label alone on its line ("About the
    author" over "Dana Whitlock writes about health technology.", or over the writer's name and
    then such a line: patterns.AUTHOR_LABEL, WRITER_VERB), up to :data:`_BIO_WORDS` words; and the headline over a link to another story ("Ferry fares to rise
    again" over "Read article"), a headline-like line of three words or more with no sentence end.
    """
    lines = [i for i, f in enumerate(feats) if f.n]
    for pos, i in enumerate(lines):
        lab = labels[i]
        if lab is None:
            continue
        if lab[1].startswith(BYLINE_LABEL) and pos + 1 < len(lines):
            j = lines[pos + 1]
            f = feats[j]
            if labels[j] is None and f.n <= _FIELD_VALUE_WORDS and not ends_like_sentence(f.text):
                labels[j] = ("byline", "the value under a byline's field label")
        elif lab[0] == "byline" and _AUTHOR_HEADER.match(feats[i].text.strip()) and pos + 1 < len(lines):
            # "About the author" over "Dana Whitlock writes about …", or over the writer's name
            # alone and then that line ("Sarah Archer" over "Sarah Archer is the author of …").
            under = lines[pos + 1 : pos + 3]
            name = feats[under[0]].text.strip()
            if len(under) == 2 and _NAME_ALONE.match(name) and feats[under[1]].text.startswith(name):
                under = under if _BIO_OPENING.match(feats[under[1]].text) else []
            else:
                under = under[:1] if _BIO_OPENING.match(name) else []
            for k in under:
                if labels[k] is None and feats[k].n <= _BIO_WORDS:
                    labels[k] = ("byline", f"author bio under its label (“{snip(feats[i].text.strip())}”)")
        elif lab[1].startswith(TEASER_LINK) and pos > 0:
            h = lines[pos - 1]
            f = feats[h]
            if labels[h] is None and f.headline_like and f.n >= 3 and not f.sentence_end:
                labels[h] = ("headline-list", "another story's headline over its link")


def short_sentence(f: Feat, label: tuple[str, str] | None, english: bool = True) -> bool:
    """A sentence of three words or more that no rule calls boilerplate and that is no author's bio
    (on a page not in English, of :data:`FOREIGN_SENTENCE_WORDS` or more: see :func:`written_as_sentence`)."""
    least = 3 if english else FOREIGN_SENTENCE_WORDS
    return label is None and f.n >= least and written_as_sentence(f, english) and not is_bio(f)


# A byline's name line: "Jane Doe, The Courier", "David Cenciotti, The Aviationist".
NAME_LINE = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}, (?:[Tt]he )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}$"
)
# A byline's lead: "By Jane Doe", "BY JANE DOE", "ByJane Doe | March 4" (a link glued to "By"),
# "// By Jane Doe • Nov 11, 2020" (a decoration before it).
BY_LEAD = re.compile(r"^\s*(?:[/|•·—–-]+\s*)?(?i:by)(?:\s+|(?=[A-Z]))[A-Z][\w.'’-]+")
# What a byline or date stamp under a headline candidate adds to its score: more than a teaser's
# few shared words, since other stories' teasers above a page's body rarely carry one.
BYLINED_SCORE = 3


def byline_under(feats: list[Feat], k: int, body_start: int) -> int | None:
    """The byline ("By Jane Doe ...") or date stamp (a date or a time, not a count such as "11 min
    read") within three blocks under block ``k``, above the body, if any: a headline's place on a
    news page."""
    for j in range(k + 1, min(k + 4, body_start)):
        if feats[j].n and bylined(feats[j]):
            return j
    return None


# The reason of the site's name alone under the headline, over the article's stamp or byline
# (menus.name_under_headline; t13aa K19).
SITE_NAME_UNDER_HEADLINE = "site header: the site's name under the headline, over the article's stamp or byline"


def _under_head(blocks: list[Block], labels: list[tuple[str, str] | None], above: int | None) -> bool:
    """Whether a block whose last block with words above is ``above`` stands straight under the
    headline (the text's first block, its title), a line the phrase rules took for a byline or the
    site's name under the headline (:data:`SITE_NAME_UNDER_HEADLINE`)."""
    if above is None:
        return True
    lab = labels[above] or ("", "")
    return (above == 0 and blocks[0].kind == "title") or lab[0] == "byline" or lab[1] == SITE_NAME_UNDER_HEADLINE


# A year in a stamp ("2026"): the one test (page.py's title naming a day under none reads it too).
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_STAMP_FIELD_WORDS = 6  # an outlet's or a section's name beside the date


def _stamp_fields(text: str) -> bool:
    """A short line of fields split as a byline's are ("|", "·", "•", a spaced dash or slash), one
    a whole date (its year written) and every other a date's time or a short name, no sentence:
    "Jornal do Centro — 4 May 2026 08:15", "Correio do Vale | 14/05/2026 - 08:15"."""
    parts = [text[a:b].strip() for a, b in byline_fields.fields(text.strip())]
    if len(parts) < 2 or not all(parts):
        return False
    # A field is judged as written: "3. Juni 2026" read as a block loses its "3." to the list
    # marker rule, and "Juni 2026" is no stamp (t13r F5: a German byline's date without a time).
    stamps = [p for p in parts if foreign_stamp(p) or is_stamp_line(block_features(Block(0, len(p), "paragraph", p)))]
    names = [p for p in parts if p not in stamps]
    return (
        any(YEAR.search(p) for p in stamps)
        and len(names) <= 2
        and all(len(p.split()) <= _STAMP_FIELD_WORDS and not ends_like_sentence(p) for p in names)
    )


def stamps_under_byline(blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """An outlet's (or a writer's) stamp straight under the headline or a byline, its fields set
    apart by "|", "·" or "•" and one a whole date and time ("Diário de Alcobrena | 3 May 2026
    19:30", "Halvik Post · May 3, 2026 7:30 pm"): a date stamp of the article's, not the comment
    furniture a commenter's stamp of the same shape is ("Rarst · March 10, 2017 at 1:26 AM"),
    which never stands over the article's first lines (t13n F11). Judged on the phrase rules'
    labels, before the comment rules read the line as a comment's."""
    above: int | None = None  # the last block with words
    # Whether a paragraph of the article's prose stands above: a commenter's stamp comes after the
    # article, so one opening as a byline does ("By Anna Lind | March 3, 2025 09:15") with none
    # above it is the article's byline, wherever the site's name and menu put the headline
    # (acceptance t13af N1: under a menu it was comment furniture, and the article lost its author
    # and date; a commenter named "Di Wang" or "Von Ryan" under "3 Comments" keeps the label).
    prose_above = False
    # (Prose as the boilerplate split judges it everywhere, features.is_prose_block: a standfirst's
    # short sentence under the headline is none, round s39-x3; an 8-word sentence was.)
    english = reads_english(feats)
    for i, f in enumerate(feats):
        if f.n == 0:
            continue
        lab = labels[i]
        if lab is None and above is not None and _under_head(blocks, labels, above) and _stamp_fields(f.text):
            # "Jornal do Centro — 4 May 2026 08:15", "Correio do Vale | 14/05/2026 - 08:15" (the first
            # line is none: a headline with its stamp, "Ferry plan approved | Posted: Mar 16, 2025")
            labels[i] = ("byline", "date, time or reading-time stamp")
        elif lab is not None and lab[0] == "comments":
            # ("Jane Roe says: March 4, 2026 at 10:15 am" straight under the headline is its byline
            # too, t13am-r S7; under anything else, a commenter's.)
            says = COMMENTER_SAYS.search(f.text) is not None and _under_head(blocks, labels, above)
            if not lab[1].startswith("comment furniture") or not (COMMENTER_STAMP.search(f.text) or says):
                return  # a comments section starts: no stamp below is the article's
            if not (_under_head(blocks, labels, above) or (byline_fields.is_byline(f.text) and not prose_above)):
                return
            labels[i] = ("byline", "date, time or reading-time stamp")
        elif lab is None and is_prose_block(f, english):
            prose_above = True
        above = i


def alone_bylines(blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A byline in another language alone on its line under the headline, over the text ("Von Jan
    van Dijk", "Por María de los Ángeles Ruiz"): the line whose name the article's author is
    (``titles.alone_byline``, the one test), split off as its byline as "By Jane Roe" is (issue
    #14, round s39-x3: the author was read and the line stayed the article's). In place."""
    for k, f in enumerate(feats):
        if f.n and labels[k] is None and alone_byline(blocks, k) is not None:
            labels[k] = ("byline", f"byline (“{snip(f.text)}”)")


# The most words a line opening "By NAME" has as a byline (name, outlet, date, time).
BYLINE_WORDS = 20


def byline_lines(
    blocks: list[Block],
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    body_start: int,
    body_end: int,
    keep: set[int],
) -> None:
    """Short name lines outside the article's prose: repeated bylines, "Name, Correspondent".

    ``keep`` (the headline and standfirst found above a page's body) is left alone: a short
    headline shown twice is not a repeated byline.
    """
    head_counts = Counter(feats[i].text.strip().lower() for i in range(body_start) if feats[i].n)
    for i, f in enumerate(feats):
        if labels[i] is not None or f.n == 0 or body_start <= i <= body_end or i in keep:
            continue
        if i == 0 and blocks[0].kind == "title":
            continue
        key = f.text.strip().lower()
        if i < body_start and f.n <= 6 and head_counts[key] > 1 and not ends_like_sentence(f.text):
            labels[i] = ("byline", f"short name line repeated {head_counts[key]}× above the article")
        elif f.n <= 10 and ROLE.match(f.text):
            labels[i] = ("byline", "author name and role")
        elif (
            i < body_start
            # (a live page's masthead, its label after the name, is judged by the name: "Brackenford
            # Evening Post live", t13ar N12: the line stayed the article's text)
            and 2 <= len(named := _name_words(f)) <= 4
            and all(w[0].isupper() for w in named)
            and not ends_like_sentence(f.text)
            # a headline's marks: no name has them ("BRIDGE HORROR: ELEVEN DEAD" over its byline
            # was taken for the author's name line, and the title for the first sentence: t13aa K13)
            and not _HEADLINE_MARK.search(f.text)
            and any(0 <= k < len(labels) and (labels[k] or ("",))[0] == "byline" for k in (i - 1, i + 1))
            # the page's first line is its headline unless it reads as a person's name: "HALLSTATT
            # FLOODED" over "Associated Press" was a name line, the title the first sentence (t13ah-r
            # S1); "Emily Post" over a date stays the author's line
            and (any(feats[k].n for k in range(i)) or byline_fields.person_name(f.text))
        ):
            labels[i] = ("byline", NAME_LINE_REASON)


def _name_words(f: Feat) -> list[str]:
    """The words of a short line's name: the line's own, or, on a live page's masthead, those
    before its live label (``titles.without_live_label``: "Brackenford Evening Post live" is
    three words of a name)."""
    text = f.text.strip()
    name = without_live_label(text)
    return list(f.words) if name == text else name.split()


_HEADLINE_MARK = re.compile(r"[:!?]")
# The reason of a short name line beside the article's date or byline (:func:`byline_lines`): an
# author's name, or the outlet's masthead ("Norvale Broadcasting Corporation"), which names the
# outlet when it is a broadcaster's name (titles.derive_outlet's ``names``).
NAME_LINE_REASON = "name line beside the article's date or byline"


# A line about someone, opening with their name: "Jane Roe is the Courier's transport editor."
# (The name's words capitalised in any cased script, a one-letter particle among them: "Tomás Ó
# Ceallaigh"; letters.CAP_WORD.)
_ABOUT_NAME = re.compile(
    rf"^({letters.CAP_WORD}(?:\s+{letters.CAP_WORD}){{1,3}})\s+(?:(?:is|was|has been)\s+(?:a|an|the|our|[A-Z][\w.-]*['’]s)\s"
    r"|(?:writes|reports)\s+(?:about|on|for)\s|covers\s|joined\s)"
)
_ABOUT_NAME_WORDS = 40
ABOUT_BOX_WORDS = 60  # straight under the byline or closing the body, no paragraph between
# A note about the author sits by the byline or closes the body: at most this many of the
# article's paragraphs between it and the byline above, or between it and the body's end.
_ABOUT_NAME_PLACE = 2


def bylined_bios(
    feats: list[Feat], labels: list[tuple[str, str] | None], keep: set[int], body_start: int, body_end: int
) -> None:
    """A note about the article's author by the byline or closing the body
    (:data:`_ABOUT_NAME_PLACE`): one or two sentences of up to :data:`_ABOUT_NAME_WORDS` words
    (:data:`ABOUT_BOX_WORDS` with no paragraph between) opening with the full name a byline
    above it gives, then "is", "was", "writes", … ("Jane Roe is the Courier's chief political
    correspondent.", "Jane Roe is the author of two books on ..."), and the name alone on the line
    over it. A page saved as text sets an author box where its template puts it: after the first
    paragraph as well as after the last. A line about someone the byline does not name is the
    story's, and so is a paragraph about the author in the middle of the story or longer than a
    note."""
    bylines: list[str] = []
    byline_at = -1
    # The article's paragraphs before each line (prefix sums: a page of many such lines stays linear).
    before = [0]
    for k, f in enumerate(feats):
        before.append(before[-1] + (labels[k] is None and f.n >= 6))

    for i in range(len(feats)):
        lab = labels[i]
        if lab is not None and lab[0] == "byline" and feats[i].n <= 14:
            bylines.append(feats[i].text.lower())
            byline_at = i
            continue
        # (Or the line closing the text past the body's last paragraph, no paragraph of the article
        # between: an opinion piece's "Konstantin Vélez-Marchetti is a former rail safety
        # inspector." under its last paragraph, read as no part of its body; t13aq N22.)
        closing = i > body_end and before[i] == before[body_end + 1]
        if not (body_start <= i <= body_end or closing) or lab is not None or i in keep:
            continue
        if feats[i].n > ABOUT_BOX_WORDS:
            continue
        place = min(before[i] - before[byline_at + 1], before[body_end + 1] - before[i + 1])
        if place > _ABOUT_NAME_PLACE or (place and feats[i].n > _ABOUT_NAME_WORDS):
            continue
        author = about_bylines_author(feats[i].text, bylines)
        if author is None:
            continue
        labels[i] = ("byline", ABOUT_BYLINES_AUTHOR)
        name = next_block(feats, i, -1)
        if name is not None and labels[name] is None and feats[name].text.strip() == author:
            labels[name] = ("byline", "the byline's name over a line about them")


ABOUT_BYLINES_AUTHOR = "a line about the byline's author"


def about_bylines_author(text: str, bylines: Sequence[str]) -> str | None:
    """The name of the article's own author that ``text`` (one line) is a note about, else None:
    one sentence opening with a full name then "is", "was", "writes", … (:data:`_ABOUT_NAME`: "Jane
    Roe is the Courier's chief political correspondent.", "Konstantin Vélez-Marchetti is a former
    rail safety inspector.") where a byline of ``bylines`` (lines, lower case) gives that name a
    writer's: "By Jane Roe", or the name alone on its line. A line about anyone else is the story's.
    The one test of :func:`bylined_bios` and an HTML page's closing line
    (``noise.article.classify_article``)."""
    m = _ABOUT_NAME.match(text)
    if m is None or len(INNER_STOP.findall(text)) > 1:
        return None
    named = re.escape(m.group(1).lower())
    who = re.compile(rf"\bby\s+{named}(?![\w'’])|^{named}$")
    return m.group(1) if any(who.search(b.strip()) for b in bylines) else None


def bylined(f: Feat) -> bool:
    """A byline ("By Jane Roe, March 14, 2025"), a dated stamp ("March 14, 2025 9:27 AM"), a line
    that is mostly a date (:func:`~waic_reader.index.corpus.date_stamps.is_stamp`: "26. November
    2017, 10:51 Uhr", "Jane Roe 17.5.2019, 05:30 Uhr"), or a row of the article's facts one of
    which is a date ("Jane Roe | The Courier | May 15, 2019 | 8 minutes", "Aug 15, 2013 | Guides |
    by Jane Roe"), of at most :data:`BYLINE_WORDS` words."""
    if (f.n <= 14 and BY_LEAD.match(f.text) is not None) or (is_stamp_line(f) and dated(f)):
        return True
    if not 0 < f.n <= BYLINE_WORDS:
        return False
    # (A byline's date in a wording the strict stamp rule leaves alone: a name or "Uhr" beside it,
    # or the date one field of a "|" row; issue #14, the headline lost over it on s24-f's halves.)
    fields = _META_SEP.split(f.text.strip())
    return is_stamp(f.text) or (len(fields) >= 2 and any(is_stamp(field) for field in fields))


# The separator of a row of an article's facts (author, outlet, date, reading time): "|" or "·" between spaces.
_META_SEP = re.compile(r"\s+[|·•]\s+")
