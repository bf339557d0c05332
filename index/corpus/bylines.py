"""A byline's fields: "By Jane Roe · Halvik Post · 14 March 2025" is the author's name, the outlet
and the date, set apart by one separator. The one place that says what separates them (the date
rules read a date field from it, the outlet rule the outlet's), and what a field naming the
author's job rather than an outlet looks like ("By Jane Roe · Senior Reporter · 14 March 2025").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from waic_reader.index.corpus import letters
from waic_reader.index.corpus.date_forms import DATE

# The separators of a stamp's fields whatever the words beside them: a middle dot, a bullet or a
# bar ("djsteveb · March 10, 2017 at 3:19 AM", "21 October 2025 • Duqm, oman"). A spaced dash or
# slash joins a headline's words too, so it separates fields on a byline only (FIELD_SEP).
_DOT = r"\s*[·•|]\s*"
DOT_SEP = re.compile(_DOT)
# What separates a byline's fields ("By Jane Roe · Halvik Post · 14 March 2025", "By X | date",
# "By X — Outlet — date", "By X / Outlet / date", "BY ANNA LIND - HARBOUR TIMES - March 3, 2025"):
# those, or a dash, hyphen or slash with spaces around it (unspaced, "2025/03/14", "2025-03-14",
# "March 14–15" and "Lind-Smith" are dates, ranges and names).
# (The lookahead names the characters a match starts with: re passes over every other position
# at once instead of trying both alternatives there, half the time on a line of prose.)
FIELD_SEP = re.compile(rf"(?=[\s·•|])(?:{_DOT}|\s+[—–/-]\s+)")
# A byline's opening: "By" (after up to three marks: "— By", "**By").
OPENING = re.compile(r"(?i)\W{0,3}by\s+")
# A date straight after "By": a deadline's preposition ("BY MARCH 3, 2025 THE COUNCIL MUST DECIDE").
_DATE_AFTER = re.compile(DATE, re.I)
# A person's name's lower-case particles between its capitalised words ("de", "van der", "de los":
# "Pieter de Wit", "Ana van der Berg", "María de los Ángeles Ruiz").
_PARTICLE = r"(?:de|del|della|des|da|das|do|dos|di|la|le|los|las|van|von|der|den|du|y|e)"
NAME_PARTICLE = _PARTICLE  # (the one list: a masthead's name reads it too, noise.menus._SITE_NAME)
# A person's name as a byline writes it: up to four capitalised words, a name's particles between
# them ("Jane Roe", "Pieter de Wit", "Ana van der Berg"; issue #14, round s39-x3: a name with
# particles was no byline's). The one pattern of a byline's name: the boilerplate split's byline
# rule (noise.patterns) reads it too.
# A name's word may open with an elided particle in lower case ("Marguerite d'Aubigné-Stroud",
# "Jean le Rond d'Alembert", "Lorenzo de' Medici", "Ugo dell'Orto": t13ax N5, the byline was none
# and the outlet and author were lost); a capital's apostrophe is the word's own ("O'Brien",
# "N'Golo", :data:`letters.CAP_WORD`).
_NAME_ELIDED = r"(?:(?:[dl]|de|dell|dall|degli)['’])?"
NAME_WORD = rf"{_NAME_ELIDED}{letters.CAP_WORD}"
PERSON_NAME = rf"{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{NAME_WORD}){{0,3}}"
# The author's field: "By" and a name (:data:`PERSON_NAME`), or up to four such names joined by
# commas, "and" or "&" ("By Jane Roe and Jon Berg", "BY JANE ROE AND JON BERG", "By Jane Roe, Jon
# Berg & Ann Lind").
_NAME = PERSON_NAME
_NAME_FIELD = re.compile(rf"^(?i:by)\s+{_NAME}(?:(?:\s*,\s*|\s+(?i:and|&)\s+|\s*,\s*(?i:and)\s+){_NAME}){{0,3}}$")
# A field naming the author's job, not an outlet: up to three words, then a newsroom role
# ("Senior Reporter", "Staff Writer", "Political Correspondent", "Contributing Editor").
_ROLE = re.compile(
    r"(?i)^(?:[\w'’&.-]+\s+){0,3}(?:reporter|correspondent|journalist|writer|editor|columnist|contributor"
    r"|photographer|producer|critic|analyst|intern|freelancer|bureau chief|staff|desk|team)s?$"
)
# An outlet's name in a field: a capital first, at most this many characters.
_OUTLET = re.compile(rf"^{letters.CAP}[\w&.'’ -]{{1,40}}$")
# A broadcaster's call sign or a channel's number, a word of its name ("KMRW News 7", "WKBN 27
# First News", "NBC 4 New York"): a masthead's mark (titles.outlet_marked) and a byline's.
CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}|\d{1,3}")
# The most words of a broadcaster's name in a byline's field ("Norvale Broadcasting Corporation
# News Channel").
_BROADCASTER_WORDS = 6


# "By" in the other languages whose bylines are read: German "Von", French "Par", Spanish and
# Portuguese "Por", Norwegian, Swedish and Danish "Av", Dutch "Door", Italian "Di", Polish "Przez"
# (the one list: the boilerplate split's byline under a headline reads it too,
# ``analysis.noise.page``, and an author's name the page's metadata gives is read without it,
# :func:`without_by`).
FOREIGN_BY = ("von", "par", "por", "av", "door", "di", "przez")
# Such a byline: the word, then a name of two or three capitalised words (lower-case particles
# between them: "Por María de la Cruz"), then a field separator and more fields ("Por Lucía
# Fernández | El Comercio del Norte | 3 de junio de 2026, 18:00", "Von Anna Lind · 3. Juni 2026").
# These words open English headlines too ("Door to door sales end", "Par for the course", "Von
# Braun Rocket Hall Opens"): a name, then a separator, never a headline's words.
# An outlet's name: capitalised words, a person's name's particles between them and the joining
# words of a publication's ("of", "the", "and", "dello", "van het"), and an article elided before
# a capitalised word ("Le Quotidien de l'Europe", "Corriere dell'Umbria"): "The Halvik Post", "El
# Heraldo de Áncash", "La Gazzetta dello Sport", "Dagblad van het Noorden". A headline's words in
# lower case ("Grève à la SNCF", "Hospital hit by hackers") are none of these.
_OUTLET_JOIN = rf"(?:{_PARTICLE}|of|the|and|&|el|los|las|les|dello|delle|degli|dei|het)"
_ELIDED = r"(?:(?:[dlDL]|dell|dall|nell|sull|all)['’])?"
OUTLET_NAME = rf"{_ELIDED}{letters.CAP_WORD}(?:\s+(?:{_OUTLET_JOIN}\s+)*{_ELIDED}{letters.CAP_WORD}){{0,5}}"
_OUTLET_NAME = re.compile(rf"{OUTLET_NAME}")
# An outlet's name in Chinese or Japanese, which has no capitals: a few characters ending in a
# newspaper's, agency's or broadcaster's word ("华夏日报", "南方都市报", "朝日新聞", "新华通讯社",
# "中央电视台", "琉球新報"; a headline ending in "通报", "公报" or "警报" is none: t13ab L6;
# nor one ending in another report's word, :data:`_REPORT_NOUN`).
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# The character before 报 that makes the word a kind of report, no newspaper's ("财报" earnings,
# "年报" annual, "周报", "季报", "予報" forecast, "速報" bulletin, "画报" pictorial, "通报", "公报",
# "警报"): such words end many headlines (review s36-rv2 finding 10: "苹果发布财报 2026年3月3日"
# lost its headline). A newspaper's word ("日报", "晚报", "时报", "都市报", "中国汽车报") has none;
# "青年报" (a youth daily, "北京青年报") is a newspaper's though "年报" is an annual report.
_REPORT_NOUN = "通公警预預予举舉汇匯情申上回呈简簡捷喜谍諜战戰财財年周週季月速电電画畫海"
# A verb of releasing ("发布", "公布", "推出"): a clause, a headline, never an outlet's name.
_RELEASE_VERB = "(?!.*(?:发布|發布|公布|发出|發出|推出|发表|發表|披露|出炉|出爐|公开|公開|出台|出臺))"
# What "通信" follows as a field of engineering, no agency (the line a headline's).
_TECH_FIELD = (
    "(?<!量子)(?<!卫星)(?<!衛星)(?<!移动)(?<!移動)(?<!无线)(?<!無線)(?<!数据)(?<!數據)(?<!光纤)(?<!光纖)"
    "(?<!光)(?<!电子)(?<!電子)(?<!数字)(?<!數字)(?<!网络)(?<!網絡)(?<!宽带)(?<!寬帶)(?<!应急)(?<!應急)"
)
# A section's topic before "新闻" ("体育新闻" sports news, "国际新闻", "热点新闻", "最新闻"): a
# section's or a headline's word, no outlet's ("澎湃新闻", "网易新闻", "朝日新聞" are).
_NEWS_TOPIC = (
    "(?<!最)(?<!体育|體育|国际|國際|国内|國內|教育|财经|財經|娱乐|娛樂|科技|社会|社會|军事|軍事|时政|時政"
    "|法治|文化|健康|汽车|汽車|头条|頭條|热点|熱點|最热|最熱|最新|相关|相關|本地|地方|理论|理論|更多|图片"
    "|圖片|视频|視頻|滚动|滾動|要闻|要聞|电邮|電郵)"
)
_CJK_OUTLET_NAME = re.compile(
    rf"{_RELEASE_VERB}(?:{_CJK}{{1,7}}(?:(?<![{_REPORT_NOUN}])|(?<=青年))[报報]"
    rf"|{_CJK}{{1,10}}?(?:{_NEWS_TOPIC}(?:新聞|新闻)|新聞社|新闻(?:社|网)|新聞網|通讯社|通訊社|电视台|電視台"
    rf"|广播电台|廣播電台)"
    # A Japanese agency's "通信" ("共同通信" Kyodo, "時事通信" Jiji), not a field of engineering
    # that ends a headline ("量子通信", "卫星通信", "移动通信": quantum, satellite, mobile).
    rf"|{_CJK}{{2,4}}?{_TECH_FIELD}通信)"
)


def outlet_name(field: str) -> bool:
    """Whether ``field`` (a line's field, stripped or not) is written as an outlet's name
    (:data:`OUTLET_NAME`: up to six capitalised words, particles and elided articles between
    them), as a date line beside the date names it ("Le Quotidien de l'Europe – 12 mars 2026"),
    or in Chinese or Japanese a few characters ending in a newspaper's, agency's or
    broadcaster's word ("华夏日报 2026年3月3日", :data:`_CJK_OUTLET_NAME`)."""
    field = field.strip()
    return _OUTLET_NAME.fullmatch(field) is not None or _CJK_OUTLET_NAME.fullmatch(field) is not None


# One capitalised word names the author there too, a writer's pen name or first name ("Von Sunny |
# 12.03.2026", "Par Mathilde | Var-Matin": issue #14, s34-d, they were no bylines and the second a
# photo credit): the separator and a field after it make it a byline.
_FOREIGN_BYLINE = re.compile(
    rf"\W{{0,3}}(?i:{'|'.join(FOREIGN_BY)}):?\s+{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{NAME_WORD}){{0,2}}"
    rf"(?:{FIELD_SEP.pattern})\S"
)


def is_byline(line: str) -> bool:
    """Whether ``line`` opens like a byline: "By", then a word that starts no date ("By Jane Roe |
    March 14, 2025", "BY ANNA LIND - HARBOUR TIMES - MARCH 3, 2025"). "By" and straight a date is
    a deadline's preposition, a headline's or a sentence's ("BY MARCH 3, 2025 THE COUNCIL MUST
    DECIDE", "By 14 March 2025 Halvik Must Choose"): no byline, and its date no stamp. In another
    language (:data:`FOREIGN_BY`), its word and a name alone in the first field ("Por Lucía
    Fernández | El Comercio del Norte | 3 de junio de 2026, 18:00")."""
    m = OPENING.match(line)
    if m is not None:
        return m.end() < len(line) and _DATE_AFTER.match(line, m.end()) is None
    # (Or its fields set apart by commas, a newspaper's name or a date after the name: "Par Jean
    # Dupont, Le Courrier du Var, 16 août 2026", :func:`comma_byline`; s32-s, t13v F7.)
    return _FOREIGN_BYLINE.match(line) is not None or (
        _FOREIGN_NAME_FIELD.match(line) is not None and comma_byline(line) is not None
    )


# A byline's author field in another language, alone (:data:`_FOREIGN_BYLINE` without the fields
# after it): "Por Lucía Fernández", "Von Anna Lind".
_FOREIGN_NAME_FIELD = re.compile(
    rf"\W{{0,3}}(?i:{'|'.join(FOREIGN_BY)}):?\s+(?P<names>{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{NAME_WORD}){{1,2}})"
)
# The same field naming one word, read only beside other fields (:data:`_FOREIGN_BYLINE`): "Von Sunny".
_FOREIGN_ONE_NAME_FIELD = re.compile(rf"\W{{0,3}}(?i:{'|'.join(FOREIGN_BY)}):?\s+(?P<names>{letters.CAP_WORD})")


# Where a byline's author field may open: "By" (or its word in another language) at the line's
# start or after a field's separator ("June 3, 2026 | By Mateo Ruiz"): a cheap test before
# :func:`author_names` splits a line into fields.
BY_FIELD = re.compile(rf"(?i)(?:^|[·•|]|\s[—–/-])\s*\W{{0,3}}(?:by|{'|'.join(FOREIGN_BY)}):?\s")


# A blog's post stamp naming its author inside the stamp's sentence, no separator between
# them: WordPress themes' "Posted on March 11, 2026 by Gareth Llewellyn-Boateng" (its default
# ``entry-meta``: "Posted on DATE by AUTHOR"), the fields in the other order ("Posted by Ana Soto
# on 3 June 2026"), and in the languages whose bylines are read ("Publié le 11 mars 2026 par Jean
# Dupont", "Veröffentlicht am 11. März 2026 von Anna Lind", "Publicado el 3 de junio de 2026 por
# Lucía Fernández"). What stands beside the name must be a date stamp (:func:`_stamp_beside`):
# "Hospital hit by Gareth Jones" is no stamp line. (t13ar N14.)
_BY_WORD = rf"(?i:by|{'|'.join(FOREIGN_BY)}):?"
_STAMP_THEN_NAME = re.compile(rf"(?P<stamp>\S.*?)\s+{_BY_WORD}\s+(?P<name>{PERSON_NAME})\s*\.?")
_NAME_THEN_STAMP = re.compile(
    rf"\W{{0,3}}(?P<label>[^\W\d_]+)\s+{_BY_WORD}\s+(?P<name>{PERSON_NAME})\s+(?P<date>[^\W\d_]+\s+\S.*?)\s*\.?"
)
# The cheap test before :func:`posted_by`: "by" (or its word in another language) inside a line.
BY_INSIDE = re.compile(rf"\s{_BY_WORD}\s")
# A line opening with a byline's word, "By" or its word in another language (:data:`FOREIGN_BY`),
# then a name's first word: "Por Lucía Fernández-Ibarra | 16 de agosto de 2026".
_BY_WORD_OPENING = re.compile(rf"\W{{0,3}}{_BY_WORD}\s+{NAME_WORD}")


def opens_with_by_word(line: str) -> bool:
    """Whether ``line`` opens with a byline's word for "by" in any language read ("By", "Por",
    "Von", "Par", "Di", "Door", "Av", "Przez": :data:`FOREIGN_BY`), a colon after it at most, then
    a capitalised name word (:data:`NAME_WORD`). Such a line is an author's byline, never an outlet's
    name line: the rule reading a source's name over its date stamp asks this (t13r2 NEW-1, round
    s52-fx4: "Por Lucía Fernández-Ibarra | 16 de agosto de 2026" named the outlet "Por Lucía
    Fernández-Ibarra"). An outlet whose name opens with such a word ("Door County Pulse · 14 March
    2026") is read as a byline too: the line's shape cannot tell them apart."""
    return _BY_WORD_OPENING.match(line) is not None


def _stamp_beside(stamp: str) -> bool:
    """Whether ``stamp`` (a post stamp without its author) is a date stamp: a label and a date
    ("Posted on March 11, 2026", :func:`date_stamps.is_date_label`), a date alone, or such a
    stamp in another language (:func:`date_stamps.foreign_stamp`: "Publié le 11 mars 2026")."""
    from waic_reader.index.corpus import date_stamps  # (it reads this module: imported when called)

    stamp = stamp.strip(" \t,;")
    has_date = any(c.isdigit() for c in stamp)
    return has_date and (
        date_stamps.is_date_label(stamp) or date_stamps.is_calendar(stamp) or date_stamps.foreign_stamp(stamp)
    )


def posted_by(line: str) -> str | None:
    """The author a post stamp names inside its sentence (:data:`_STAMP_THEN_NAME`: "Posted on
    March 11, 2026 by Gareth Llewellyn-Boateng", "Publié le 11 mars 2026 par Jean Dupont"; or
    :data:`_NAME_THEN_STAMP`: "Posted by Ana Soto on 3 June 2026", "Veröffentlicht von Anna
    Lind am 11. März 2026"), the rest of the line a date stamp; else None."""
    line = line.strip()
    if (m := _STAMP_THEN_NAME.fullmatch(line)) is not None and _stamp_beside(m.group("stamp")):
        return " ".join(m.group("name").split())
    m = _NAME_THEN_STAMP.fullmatch(line)
    if m is not None and _stamp_beside(f"{m.group('label')} {m.group('date')}"):
        return " ".join(m.group("name").split())
    return None


def author_names(line: str) -> tuple[str, int] | None:
    """The names a byline gives its author, and which of its fields (:func:`fields`, 0 the
    first) gives them, its fields in any order: "By Jane Roe", "By Jane Roe · Halvik Post · 14
    March 2025", and a date first, "June 3, 2026 | By Mateo Ruiz", "3 June 2026 · By Ana Soto"
    (s31-b, t13r F11: such a line under a headline stayed content and named no author), and a
    post stamp naming its author in one sentence (:func:`posted_by`: "Posted on March 11, 2026 by
    Gareth Llewellyn-Boateng"). One
    field is "By" and names (:func:`is_author_field`; in another language its word and a name,
    with other fields, "Por Lucía Fernández | El Comercio | 3 de junio de 2026"); every other is a
    date or time stamp, the author's job (:func:`is_role`) or an outlet's name, and a byline
    whose names are not first has a stamp among them ("Quake hits Lima | By Jane Roe" is a
    headline's line). None for any other line."""
    from waic_reader.index.corpus import date_stamps  # (it reads this module: imported when called)

    line = line.strip()
    parts = [line[a:b].strip() for a, b in fields(line)]
    at, names = None, ""
    for k, part in enumerate(parts):
        # (The author's field with its job after a comma, among other fields: "14 March 2026 · By
        # Rhiannon Ap-Gwilym, Europe correspondent", t13aq N11; the job is no second author.)
        if len(parts) > 1 and (comma := comma_byline(part)) is not None:
            at, names = k, comma
            break
        if is_author_field(part):
            at, names = k, OPENING.sub("", part, count=1)
            break
        if len(parts) > 1 and (m := _FOREIGN_NAME_FIELD.fullmatch(part) or _FOREIGN_ONE_NAME_FIELD.fullmatch(part)):
            at, names = k, m.group("names")
            break
    if at is None or (len(parts) == 1 and "," in line):
        comma = comma_byline(line)
        if comma is not None:
            return comma, 0
    if at is None:
        if len(parts) == 1 and BY_INSIDE.search(line) and (posted := posted_by(line)) is not None:
            return posted, 0  # "Posted on March 11, 2026 by Gareth Llewellyn-Boateng"
        return None
    others = parts[:at] + parts[at + 1 :]
    stamps = [p for p in others if date_stamps.is_stamp(p)]
    if at > 0 and not stamps:
        return None
    if not all(p in stamps or is_role(p) or _OUTLET.match(p) for p in others):
        return None
    return " ".join(names.split()), at


# A byline whose fields are set apart by commas: "By" (or its word in another language) and one
# name, then a comma and the fields after it ("By Elena Vidal, Evening Post, June 4, 2026",
# "Por Lucía Fernández, El Comercio del Norte, 4 de junio de 2026", "By Anna Lind, Staff Reporter").
_COMMA_BYLINE = re.compile(
    rf"\W{{0,3}}(?i:by|{'|'.join(FOREIGN_BY)}):?\s+(?P<name>{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{NAME_WORD}){{1,3}})"
    r"\s*,\s*(?P<rest>\S.*)$"
)


def comma_byline(line: str) -> str | None:
    """The author's name of a byline whose fields are set apart by commas (:data:`_COMMA_BYLINE`):
    every field after the name is a date or time stamp (its own commas included, "June 4, 2026"),
    the author's job (:func:`is_role`) or an outlet's name (:func:`outlets_name`: a newspaper's,
    "Evening Post", "Daily Herald", or a broadcaster's, "NBC News"), so a second author after a comma
    ("By Jane Roe, Jon Berg") is never taken for an outlet. None for any other line (s32-e, t13u F5:
    "By Elena Vidal, Evening Post, June 4, 2026" named no author)."""
    from waic_reader.index.corpus import date_stamps

    m = _COMMA_BYLINE.match(line.strip())
    if m is None:
        return None
    rest = m.group("rest").strip().rstrip(".")
    while rest:
        first = rest.split()[0].rstrip(",.")
        if date_stamps.is_stamp(rest) and (
            first[:1].isdigit() or date_stamps.is_calendar(first) or date_stamps.is_date_label(rest)
        ):
            return " ".join(m.group("name").split())  # (a date opens it: "Jon Berg, June 4, 2026" is no stamp)
        head, _, rest = rest.partition(",")
        head, rest = head.strip(), rest.strip()
        if not head or not (is_role(head) or outlets_name(head)):
            return None
        if not rest:
            return " ".join(m.group("name").split())
    return None


def newspaper_name(field: str) -> bool:
    """Whether a byline's field is a newspaper's name: a name ending in a newspaper's word
    (``entities.lexicons.MEDIA``: "Evening Post", "Daily Herald"), or in another language opening
    with a definite article and a capitalised word (``NEWSPAPER_ARTICLES``: "El Comercio del Sur",
    "Le Courrier du Var"; s32-s, t13v F7: "Por María Sánchez, El Comercio del Sur, 16 de agosto de
    2026" named no author nor outlet)."""
    from waic_reader.index.analysis.entities.lexicons import (
        COMPOUND_ENDINGS,
        MASTHEAD_ENDINGS,
        MEDIA,
        NEWSPAPER_ARTICLES,
        NEWSPAPER_WORDS,
    )

    words = field.split()
    if _OUTLET.match(field) is None or not words:
        return False
    # The last word a newspaper's name written as one word (:func:`masthead_word`: "Tessary-Rundschau",
    # "Weser-Kurier", "Nordkurier") or, after a capitalised word, a newspaper's word of the languages
    # writing it as a word of its own ("Frankfurter Rundschau", "Harlow Bote"; ``COMPOUND_ENDINGS``):
    # "Von Annelie Großkreutz-Yilmaz, Tessary-Rundschau, 18. November 2026" named no author, outlet
    # nor date (t13az N8, round s53-d).
    # (Not a hyphened name for its point of the compass alone: "Sud-Ouest" is a region as often as a
    # paper, dateline.credit_name.)
    last = words[-1]
    return (
        last in MEDIA
        or (masthead_word(last) and ("-" not in last or last.rsplit("-", 1)[1] in NEWSPAPER_WORDS | MASTHEAD_ENDINGS))
        or (len(words) >= 2 and last in COMPOUND_ENDINGS and words[-2][:1].isupper())
        or (len(words) >= 2 and words[0] in NEWSPAPER_ARTICLES and words[1][:1].isupper())
    )


def broadcaster_name(field: str) -> bool:
    """Whether a byline's field is a broadcaster's or a news site's name: two to
    :data:`_BROADCASTER_WORDS` words, capitalised or a number (:data:`_OUTLET`), a media word
    (``entities.lexicons.MEDIA_NAME_WORDS``, ``BROADCAST_WORDS``: "NBC News", "Halvik Radio",
    "Kanal Nord TV") or a channel's number (:data:`CALL_SIGN`: "NBC 4 New York", "Channel 9") after
    its first word, and no job title (:func:`is_role`: "Senior Radio Producer"). A person's name
    holds neither, so a byline's author is never read as its outlet (round s53-m: "By Dana
    Whitlock, NBC News" named no outlet)."""
    from waic_reader.index.analysis.entities.lexicons import BROADCAST_WORDS, MEDIA_NAME_WORDS

    field = field.strip()
    words = field.split()
    if not 2 <= len(words) <= _BROADCASTER_WORDS or _OUTLET.match(field) is None or is_role(field):
        return False
    if not all(w[:1].isupper() or w.isdigit() or re.fullmatch(_OUTLET_JOIN, w) for w in words):
        return False
    titled = [w.capitalize() if w.isupper() and len(w) > 3 else w for w in words[1:]]
    return any(w in MEDIA_NAME_WORDS or w in BROADCAST_WORDS for w in titled) or any(
        w.isdigit() and CALL_SIGN.fullmatch(w) for w in words[1:]
    )


def outlets_name(field: str) -> bool:
    """Whether a byline's field after the author's names an outlet: a newspaper's
    (:func:`newspaper_name`) or a broadcaster's (:func:`broadcaster_name`)."""
    return newspaper_name(field) or broadcaster_name(field)


# An author's line without "By": a person's name, then the outlet's, set apart by a middle dot, a
# bullet, a bar or a comma ("Dana Whitlock · NBC 4 New York", "Jon Berg | Halvik Radio").
_NAME_THEN_OUTLET = re.compile(r"^\s*(?P<name>[^·•|,]+?)\s*[·•|,]\s*(?P<outlet>[^·•|,]+?)\s*$")


def name_and_outlet(line: str) -> tuple[str, str] | None:
    """The author and the outlet of an author's line without "By" (:data:`_NAME_THEN_OUTLET`): a
    person's name (:func:`person_name`: "Dana Whitlock") and an outlet's (:func:`outlets_name`:
    "NBC 4 New York", "Halvik Evening Post"), as ``(author, outlet)``; None for any other line.
    The caller reads it only where a byline stands (under the headline, over the prose)."""
    m = _NAME_THEN_OUTLET.match(line)
    if m is None or not person_name(m.group("name")) or not outlets_name(m.group("outlet")):
        return None
    return " ".join(m.group("name").split()), " ".join(m.group("outlet").split())


def masthead_word(word: str) -> bool:
    """Whether ``word`` (one word, no spaces) is a newspaper's name written as one word: a compound
    closed by a newspaper's word of a language writing compounds as one word
    (``entities.lexicons.COMPOUND_ENDINGS``, case folded, the compound longer than it:
    "Nordkurier", "Stadtanzeiger"), or capitalised parts joined by a hyphen, the last a newspaper's
    word (``NEWSPAPER_WORDS``, ``MASTHEAD_ENDINGS``: "Weser-Kurier", "Var-Matin") or the first a
    point of the compass (``COMPASS_WORDS``: "Ouest-France", "Sud-Ouest"). A rubric one word long
    ("Analysis", "Floods", "Société") is none (issue #14, s34-d: "Var-Matin" over a headline named
    no outlet)."""
    from waic_reader.index.analysis.entities.lexicons import (
        COMPASS_WORDS,
        COMPOUND_ENDINGS,
        MASTHEAD_ENDINGS,
        NEWSPAPER_WORDS,
    )

    parts = word.split("-")
    if " " in word or _OUTLET.match(word) is None or not all(p[:1].isupper() and p.isalpha() for p in parts):
        return False
    if len(parts) >= 2:
        return parts[0] in COMPASS_WORDS or parts[-1] in NEWSPAPER_WORDS | MASTHEAD_ENDINGS
    folded = word.casefold()
    return any(folded.endswith(end.casefold()) and len(folded) > len(end) + 2 for end in COMPOUND_ENDINGS)


def named_elsewhere(name: str, texts: list[str]) -> bool:
    """Whether any of ``texts`` names ``name`` as a word of its own, case folded; a copyright
    line ("© 2026 Nordkurier") does not count: it names the site, as the masthead does."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    return any(pattern.search(t) for t in texts if "©" not in t and "copyright" not in t.casefold())


def without_by(author: str | None) -> str | None:
    """An author's name as a page's metadata gives it, without the byline's word for "by" it may
    keep in another language (:data:`FOREIGN_BY`: "Por Mateo Ruiz", "Par Claire Dubois", "Przez:
    Anna Nowak" → the name): only before a name of two capitalised words or more, so "Di Maio"
    alone stays (s32-e, t13u F6: the author was "Por Mateo Ruiz")."""
    if not author:
        return author
    m = _FOREIGN_NAME_FIELD.fullmatch(author.strip())
    return " ".join(m.group("names").split()) if m is not None else author


def name_alone(line: str) -> str | None:
    """The name of a byline in another language standing alone on its line, its word for "by" and
    a name of two or three capitalised words ("Por María Sánchez Ortega", "Par Jean Dupont", "Von
    Anna Lind"), else None. Such a line may be a headline's words ("Par For The Course"): the
    caller reads it as a byline only where a byline stands, under a headline and over the text
    (titles.derive_author; s32-s, t13v F7: it named no author while "By Claire Dumont" did)."""
    from waic_reader.index.analysis.lexicon import FUNCTION_WORDS

    m = _FOREIGN_NAME_FIELD.fullmatch(line.strip())
    if m is None or any(w.lower() in FUNCTION_WORDS for w in m.group("names").split()):
        return None  # (an English headline's words: "Par For The Course", "Door To Door")
    return " ".join(m.group("names").split())


# A person's name alone on its line: two or three capitalised words ("Emily Post", "Anna Lindqvist").
_PERSON_NAME = re.compile(rf"{letters.CAP_WORD}(?:\s+{letters.CAP_WORD}){{1,2}}")


def person_name(line: str, beside: Sequence[str] = ()) -> bool:
    """Whether ``line`` is a person's name alone, an author's line without its "By" ("Emily Post"
    under the headline, "Anna Lindqvist" over it): two or three capitalised words, the first a given
    name the entity recogniser knows (``entities.words.given_word``) that is no place's name too
    (``entities.given_names.place_given_names``: "Charlotte Observer", "Sydney Morning Herald" are
    papers) nor a paper's article (``NEWSPAPER_ARTICLES``: "Le Petit Rhône", "Al Jazeera"). A
    person's name names no outlet, whatever its last word (issue #14, round s37-a).

    The outlet's reading comes first: a name closed by a periodical's word
    (``entities.lexicons.OUTLET_LAST``: "Grant Tribune", "Frank Magazine", "Christian Science
    Monitor") is a person's only where an author's line stands, ``beside`` (the lines straight above
    and under it, in any order) holding a date stamp or a byline ("Emily Post" over "14 March 2025"
    under the headline); over the headline, or under it over the prose, it is the paper's (review
    s37-rv finding 9: real outlets under the headline were lost as authors)."""
    from waic_reader.index.analysis.entities.given_names import place_given_names
    from waic_reader.index.analysis.entities.lexicons import NEWSPAPER_ARTICLES, OUTLET_LAST
    from waic_reader.index.analysis.entities.words import given_word

    line = line.strip()
    if _PERSON_NAME.fullmatch(line) is None:
        return False
    words = line.split()
    first = words[0]
    # (A paper's article opens no person's name, "Le Petit Rhône", though "Le" is a given name too.)
    if not given_word(first) or first in place_given_names() or first in NEWSPAPER_ARTICLES:
        return False
    last = words[-1].title() if line.isupper() else words[-1]  # (a line in capitals: "EMILY POST")
    return last not in OUTLET_LAST or any(_authors_place(text) for text in beside)


def _authors_place(text: str) -> bool:
    """Whether the line ``text`` marks an author's line beside it: a date stamp or a calendar date
    ("14 March 2025", "Published 14 March 2025, 09:30") or a byline (:func:`byline_anywhere`)."""
    from waic_reader.index.corpus import date_stamps

    text = text.strip()
    return bool(text) and (date_stamps.is_stamp(text) or date_stamps.is_calendar(text) or byline_anywhere(text))


def byline_anywhere(line: str) -> bool:
    """Whether ``line`` is a byline, its author's field first (:func:`is_byline`) or after a date
    or a stamp (:func:`author_names`: "June 3, 2026 | By Mateo Ruiz | Andean Post")."""
    return is_byline(line) or (BY_FIELD.search(line) is not None and author_names(line) is not None)


def fields(line: str, separator: re.Pattern[str] = FIELD_SEP) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each of ``line``'s fields, split at ``separator`` (a byline's
    :data:`FIELD_SEP`, or :data:`DOT_SEP`; one field when there is none). Split at a byline's
    separators, a field after the first that is an outlet's name, a comma and a date is two
    fields (:func:`_outlet_and_date`)."""
    out, pos = [], 0
    for sep in separator.finditer(line):
        out.append((pos, sep.start()))
        pos = sep.end()
    out.append((pos, len(line)))
    if separator is FIELD_SEP and len(out) > 1:
        out = out[:1] + [part for a, b in out[1:] for part in _outlet_and_date(line, a, b)]
    return out


def _outlet_and_date(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """The field ``line[start:end]`` as the fields it writes: two when it is a name (an outlet's,
    :data:`_OUTLET`), a comma and a date ("By Claire Dubois — The Maritime Times, March 14,
    2025", "Par Claire Dubois — Le Quotidien Maritime, 14 mars 2025": the separators of one byline
    mixed, t13aj N14: they named neither outlet nor date), else the field itself."""
    from waic_reader.index.corpus import date_stamps  # (it reads this module: imported when called)

    comma = line.find(",", start, end)
    # (Written as a name, digits too: "Coastal News 24"; the date after the comma is what tells.)
    if comma < 0 or _OUTLET.match(line[start:comma].strip()) is None:
        return [(start, end)]
    rest = line[comma + 1 : end]
    after = comma + 1 + len(rest) - len(rest.lstrip())
    date = line[after:end].strip()
    if not (date_stamps.is_calendar(date) or date_stamps.is_stamp(date)):
        return [(start, end)]
    if date_stamps.is_calendar(line[start:comma].strip()) or date_stamps.is_calendar(line[start:end].strip()):
        return [(start, end)]  # a date's own comma ("June 3, 2026", "Tuesday, 14 March"): one field
    return [(start, comma), (after, end)]


def is_author_field(field: str) -> bool:
    """Whether a byline's field is its "By" and the author's names ("By Jane Roe", "BY JANE ROE AND
    JON BERG", "By Jane Roe, Jon Berg & Ann Lind"): however many words, a name's field."""
    return _NAME_FIELD.match(field.strip()) is not None


def is_role(field: str) -> bool:
    """Whether a byline's field names the author's job ("Senior Reporter", "Staff Writer"), not an outlet."""
    return _ROLE.match(field.strip()) is not None


# How a line whose first field is an author's (:data:`_NAME_FIELD`) opens: any other line is
# no byline with an outlet, and is not split into fields (most lines the outlet rule is asked about).
_AUTHOR_OPENING = re.compile(r"\s*(?i:by)\s")


def outlet_field(line: str) -> str | None:
    """The outlet a byline of three fields or more names ("By Jane Roe · Halvik Post · 14 March
    2025" → "Halvik Post"): the first field between the author's name and the last field that
    reads as a name (a capital first, up to 40 characters) and is no job title ("By Jane Roe ·
    Senior Reporter · Halvik Post · …" → "Halvik Post"), in another language's byline too ("Por
    Lucía Fernández | El Comercio | 3 de junio de 2026" → "El Comercio"); None when there is none."""
    foreign = _FOREIGN_BYLINE.match(line) is not None
    if _AUTHOR_OPENING.match(line) is None and not foreign:
        return None
    parts = [line[a:b].strip() for a, b in fields(line)]
    # In another language (:data:`FOREIGN_BY`) the first field is the word and a name, as
    # :data:`_FOREIGN_BYLINE` read it ("Por Lucía Fernández | El Comercio | 3 de junio de 2026":
    # "El Comercio"; t13r F18).
    if len(parts) < 3 or not (foreign or is_author_field(parts[0])) or not parts[-1]:
        return None
    for part in parts[1:-1]:
        if _OUTLET.match(part) and not is_role(part):
            return part
    return None


def byline_outlet(line: str) -> str | None:
    """The outlet a byline names (a name ``str`` or None): its middle field
    (:func:`outlet_field`: "By Jane Roe · Halvik Post · 14 March 2025"), else a newspaper's or a
    broadcaster's name (:func:`outlets_name`: "By Dana Whitlock, NBC News") as a field after the author's, set apart by commas ("Par Jean Dupont,
    Le Courrier du Var", "By Elena Vidal, Evening Post, June 4, 2026": :func:`comma_byline`'s
    fields) or as the last of two fields ("Por Lucía Fernández | El Diario del Puerto", "By Anna
    Lind · Halvik Evening Post"). A job ("By Anna Lind, Staff Reporter") or a second author ("By
    Jane Roe, Jon Berg") names none. (Round s33-b, F7c: "Par Jean Dupont, Le Courrier du Var"
    named no outlet.)"""
    if (got := outlet_field(line)) is not None:
        return got
    text = line.strip()
    if (m := _COMMA_BYLINE.match(text)) is not None and comma_byline(text) is not None:
        return next((f.strip() for f in m.group("rest").rstrip(". ").split(",") if outlets_name(f.strip())), None)
    parts = [text[a:b].strip() for a, b in fields(text)]
    if len(parts) == 2 and (is_author_field(parts[0]) or _FOREIGN_NAME_FIELD.fullmatch(parts[0])):
        return parts[1] if outlets_name(parts[1]) else None
    return None


# A wire's credit line closing its story: "(Reporting by Tom Hale in Geneva; Additional reporting
# by Ann Lind; Editing by Clara Meier and Jon Berg)", with or without its brackets and a closing
# full stop. Its fields are set apart by ";" (or a full stop), each a credit's cue, "by" and
# names: capitalised words, with "and", "&", commas, "in" before a place and a name's particles
# between them ("the local newspaper" is no name: "Reporting by the local newspaper first
# revealed …" is a sentence).
_CREDIT_CUE = (
    r"(?i:(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|produced|translated|fact-checked)"
    r"(?:\s+and\s+\w+ing)?\s+by)"
)
_CREDIT_NAMES = (
    rf"{letters.CAP_WORD}(?:(?:\s*,\s*|\s+(?:and|&|in|de|van|von|da|del|der|al|bin)\s+|\s+){letters.CAP_WORD})*"
)
_CREDIT_FIELD = rf"{_CREDIT_CUE}\s+{_CREDIT_NAMES}"
WIRE_CREDIT = re.compile(rf"\(?\s*{_CREDIT_FIELD}(?:\s*[;.]?\s*{_CREDIT_FIELD})*\s*;?\s*\)?\s*\.?")
# Where a wire's credit line may start in a paragraph: its first cue, capitalised, maybe bracketed.
CREDIT_START = re.compile(
    r"\(?(?:(?:Additional|Further) reporting|Reporting|Writing|Editing|Compiled|Produced|Translated) by\s"
)


def is_wire_credit(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` is a wire's credit line and nothing else (:data:`WIRE_CREDIT`)."""
    end = len(text) if end is None else end
    return end - start <= _CREDIT_MOST and WIRE_CREDIT.fullmatch(text, start, end) is not None


# The longest credit line read (a paragraph's tail longer than this is no credit line).
_CREDIT_MOST = 400


# What sets a byline's authors apart: a semicolon (as the page extractor joins several authors,
# "Jane Roe; Jon Berg"), a comma, or "and" / "&" between two names.
_AUTHOR_SEP = re.compile(r"\s*[;,]\s*(?:(?i:and)\s+)?|\s+(?i:and|&)\s+")
# A co-author's joint: "and" / "&" (a part after it, as the first part, stands where an author's
# name stands, not where the author works or writes from).
_AND_SEP = re.compile(r"\s*(?:[;,]\s*)?(?i:and|&)\s*")
# A part of a name after its comma that is no person of its own: a generational suffix (the
# recogniser's ``_GENERATIONS``, "II", "III", "IV"; "Jr", "Sr" as English names write them) or an
# academic or medical degree as bylines write them ("PhD", "MD"): "Robert Downey, Jr." is one person.
_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV|PhD|Ph\.D|MD|M\.D)\.?")
# An initialism alone, 2 to 5 capitals ("AP", "NPR", "KTVU", "WSJ"): an outlet's or an agency's,
# as the recogniser reads initials after a byline's first author (``patterns._outlet_after_author``).
_INITIALISM = re.compile(r"[A-Z]{2,5}")


def _author_parts(names: str) -> list[tuple[str, bool]]:
    """``names`` cut at :data:`_AUTHOR_SEP`, each part with whether it stands where an author's name
    stands: first, or joined to the one before by "and" / "&" (a co-author); a name's suffix after
    its comma (:data:`_NAME_SUFFIX`) glued back on."""
    parts: list[tuple[str, bool]] = []
    at, joined = 0, True
    for m in [*_AUTHOR_SEP.finditer(names), None]:
        end = len(names) if m is None else m.start()
        part = names[at:end].strip()
        if part and parts and _NAME_SUFFIX.fullmatch(part):
            parts[-1] = (f"{parts[-1][0]}, {part}", parts[-1][1])
        elif part:
            parts.append((part, joined))
        if m is not None:
            at, joined = m.end(), _AND_SEP.fullmatch(m.group()) is not None
    return parts


def author_list(names: str | None, outlet: str | None = None) -> str | None:
    """The people a byline's or a page's author value names, one by one and joined by ``"; "`` (as
    the page extractor joins several authors): the value cut at semicolons, commas and "and" / "&"
    (:data:`_AUTHOR_SEP`), a name's suffix kept on it ("Robert Downey, Jr.", :data:`_NAME_SUFFIX`);
    a part that is the outlet (``outlet``, any case; a newspaper's name, :func:`newspaper_name`,
    :func:`masthead_word`, unless it is a person's name, a given name the recogniser knows first:
    "Emily Post"; a news agency, ``dateline.agency_named``; an initialism, :data:`_INITIALISM`:
    "AP", "NPR"), the author's job (:func:`is_role`: "Staff Reporter") or a place
    (``dateline.place_named``: "Reykjavik", "Moscow"; not after "and", where a co-author stands) is
    where the author works or writes from, no author, and is left out ("Callum Ferguson-Ōkubo, BBC
    News, Reykjavik" → "Callum Ferguson-Ōkubo"; t13as N9; "Anna Lee, AP" → "Anna Lee", s50-rv2 #7); a
    name set in capitals, two words or more, is written as prose writes it, by the entity
    recogniser's one rule for names seen only in capitals (``entities.lexicons.title_cased``: "MERE
    TE RANGI-HALVORSEN and OLI BJARNASON" → "Mere Te Rangi-Halvorsen; Oli Bjarnason"). A value none
    of whose parts is a person is returned as it is; None for None."""
    from waic_reader.index.analysis.entities.given_names import place_given_names
    from waic_reader.index.analysis.entities.lexicons import title_cased
    from waic_reader.index.analysis.entities.words import given_word
    from waic_reader.index.corpus.dateline import agency_named, place_named

    if names is None:
        return None
    parts = _author_parts(names)
    folded = None if outlet is None else " ".join(outlet.split()).casefold()

    def elsewhere(part: str, author_slot: bool) -> bool:
        plain = " ".join(part.split())
        first = plain.split()[0]
        # (A person's name is known as a place or ends in a paper's word now and then, "Lincoln",
        # "Victoria", "Emily Post": a person's name shape, a known given name first, is kept; a
        # given name that is a place's too, "Georgia", "Charlotte", only where an author's name
        # stands, as "Charlotte Observer" after a comma is the paper. When in doubt the part is
        # kept: a wrong extra author shows, a lost one does not; s50-rv2 #8.)
        person = _PERSON_NAME.fullmatch(plain) is not None and (
            (given_word(first) and first not in place_given_names())
            or (author_slot and (given_word(first) or first in place_given_names()))
        )
        return (
            plain.casefold() == folded
            or is_role(plain)
            or ((newspaper_name(plain) or masthead_word(plain) or agency_named(plain)) and not person)
            or _INITIALISM.fullmatch(plain) is not None
            or (place_named(plain) and (not author_slot if " " not in plain else _PERSON_NAME.fullmatch(plain) is None))
        )

    def without_outlet(part: str) -> str:
        """``part`` without an outlet written after the name with no comma ("MARGUERITE
        DELACROIX-AMANKWAH Associated Press", AP's byline on one line; "Anna Lee Reuters"): the
        longest closing run of words that is the outlet, a known agency, or a name of two words or
        more ``agency_named`` reads as a wire's or a paper's, after a name of two words or more."""
        from waic_reader.index.analysis.entities.lexicons import DATELINE_CREDITS

        words = part.split()
        for cut in range(2, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if _PERSON_NAME.fullmatch(head) is None:
                continue
            if (
                tail.casefold() == folded
                or tail in DATELINE_CREDITS
                or (cut < len(words) - 1 and agency_named(tail) and not tail.isupper())
            ):
                return head
        return part

    people = [p for p, joined in ((without_outlet(p), joined) for p, joined in parts) if not elsewhere(p, joined)]
    if not people:
        return names
    shaped = [title_cased(p) if p.isupper() and len(p.split()) > 1 else p for p in people]
    return "; ".join(shaped)
