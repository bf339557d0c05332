"""Menus and runs of short lines: a run of short lines outside the article's prose is a menu,
other stories' headlines or navigation (Boilerpipe's and jusText's "short block among short
blocks" rule, judged as a run), unless the article goes on after it, introduces it or names
its items; the lists under a related-stories header, a "Most popular" list's rank numbers,
the page's own headline under a "Top Stories" list, contact forms and the site's name.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from waic_reader.index.analysis.noise.block_rules import MENU_ROW, SOURCE_ON_STAMP, dated
from waic_reader.index.analysis.noise.bylines import (
    BY_LEAD,
    BYLINE_WORDS,
    SITE_NAME_UNDER_HEADLINE,
    _stamp_fields,
    about_author,
    short_sentence,
)
from waic_reader.index.analysis.noise.dateless import SITE_HEADER_DATED, SITE_HEADER_DATED_UNDER
from waic_reader.index.analysis.noise.features import (
    HEADLINE_WORDS,
    Feat,
    blank_before,
    body_overlap,
    inflected,
    is_prose_block,
    next_block,
    quoted_sentence,
    snip,
)
from waic_reader.index.analysis.noise.lists import LIST_ITEM_WORDS
from waic_reader.index.analysis.noise.patterns import (
    CRUMB_LABEL,
    DEFINITION,
    EDITORS_PICKS,
    FOLD_CASE,
    HEADERS,
    LABELLED_ADDRESS,
    LINK_LINE,
    LINK_LIST,
    MENU_ITEMS,
    MORE_STORIES_ON,
    READING_LIST_HEADER,
)
from waic_reader.index.corpus import dateline, letters
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.bylines import NAME_PARTICLE, masthead_word, name_alone, named_elsewhere, person_name
from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.page_links import CALL_OWNERS, call_to_action, opens_with_call_verb
from waic_reader.index.corpus.titles import dated_site_header, name_over_stamp, site_name_line


def short_lines(feats: list[Feat], labels: list[tuple[str, str] | None], k: int) -> list[int]:
    """The lines from ``k`` on that no rule labelled and that read as a list's items or verse (up
    to :data:`LIST_ITEM_WORDS` words, no sentence punctuation), blank lines aside."""
    out = []
    while k < len(feats) and labels[k] is None:
        f = feats[k]
        if f.n and not (f.headline_like and f.n <= LIST_ITEM_WORDS):
            break
        if f.n:
            out.append(k)
        k += 1
    return out


# A bare "Contact" heading a press release's contacts, and what follows it there: an address, a
# phone number. A comment form's fields ("Name", "Email", "Website"), each alone on its line.
_BARE_CONTACT = re.compile(r"^contacts?\W*$", FOLD_CASE)
_CONTACT_DATA = re.compile(r"@|\b(?:tel|phone|mobile|fax|e-?mail|press office)\b|\+?\d[\d ()./-]{6,}\d", FOLD_CASE)
_OUTLET_PLACE = "byline's outlet and place"  # (the phrase rule's reason: "BBC News, Osland")
_NAME = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}$")  # "Marit Holm" over it
_ABOUT_HEADER = "“About” section header of a press release"  # (the phrase rule's reason)
#: The reason of a writer's author box's "About X" header (:func:`form_and_menu_words`): like a
#: release's "About" header, it closes the article (classify's end markers).
AUTHOR_BOX_HEADER = "author box's header"
#: A form's required field, its label and the required mark alone ("Email: *", "Password: *", "E-Mail
#: *"): a login or newsletter form's, no release's contact line (newstatesman-1, unseen16).
REQUIRED_FIELD = re.compile(r"^[^\W\d_][\w' -]{0,30}?\s*:?\s*\*\s*:?\s*$")
# A contact line opening with its label ("Fax: +49 …", "Tel. 0201 …", "E-Mail: info@…").
_CONTACT_LINE = re.compile(r"^\s*(?:tel(?:efon|ephone)?|phone|mobile|fax|e-?mail)\b", FOLD_CASE)
# A postal address's line: a postcode and a town ("12051 Berlin", "F-75002 Paris", "Leeds LS1 4AP",
# "Springfield, IL 62701"), or a street and its number ("Hermannstr. 90", "Huyssenallee 11", "12 Main
# Street", "Rue de Rivoli 8").
_POSTAL = re.compile(
    r"^\s*(?:(?:[A-Z]{1,2}-)?\d{4,5}\s+[^\W\d_][\w .'’-]{1,30}"
    r"|[^\W\d_][\w .'’-]{1,30},?\s+(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?"
    r"|[^\W\d_][\w.'’ -]{1,30}?(?:str\.|straße|strasse|allee|weg|platz|gasse|ring|damm)\s+\d{1,4}\s?[a-z]?"
    r"|\d{1,5}\s+[^\W\d_][\w.'’ -]{1,30}?\s(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|boulevard|blvd\.?|square|place)"
    r"|(?:rue|avenue|boulevard|place|calle|via|rua|avenida)\s[\w.'’ -]{2,30}?,?\s\d{1,4})\s*$",
    FOLD_CASE,
)
# How many lines over a contact line its address may stand, and the most words of its lines (the
# name, the street, the town), which are the site's address with it.
_ADDRESS_LINES = 3
_ADDRESS_WORDS = 6
#: The reason of a site's own contact line under its postal address (:func:`form_and_menu_words`):
#: like a release's mark, it closes the article (classify's end markers) and the footer runs on under it.
SITE_CONTACT = "the site's postal address and contact details"
_FORM_FIELD = re.compile(r"^(?:name|e-?mail(?: address)?|website|url|comment)\s*\*?\s*:?\s*$", FOLD_CASE)
# A paragraph led by a label of one to three words and a colon ("Batting: Kari Berg is 9-for-26 …",
# "Display: a 6.1-inch panel …"): a fact sheet's entry, never a release's paragraph on a company.
_LABEL_LEAD = re.compile(r"^([A-Z][\w'’-]*(?:\s+[\w'’()-]+){0,2})\s*:\s+\S")


def form_and_menu_words(
    feats: list[Feat], labels: list[tuple[str, str] | None], only: Collection[int] | None = None
) -> None:
    """Single words the phrase rules read one way that their neighbours show to be another: a bare
    "Contact" with no contact details under it is a menu's link, not a press release's contacts;
    "Email" between a comment form's fields ("Name", "Website") is that form's, not a share row;
    "Email: *" is a form's required field; a contact line under a postal address with no release's
    mark before it is the site's imprint (:func:`_site_contact`), its address's lines with it; an
    "About X" header over a paragraph saying X writes or reports is a writer's author box
    (:func:`bylines.about_author`), the paragraph with it (round s33-o).
    ``only``: the blocks whose labels may change (an HTML page's lines the extractor left out,
    judged among the whole page's lines); None for all."""
    lines = [i for i, f in enumerate(feats) if f.n]
    for pos, i in enumerate(lines):
        lab = labels[i]
        if lab is None or (only is not None and i not in only):
            continue
        text = feats[i].text.strip()
        if lab[0] == "press-release" and REQUIRED_FIELD.match(text):
            # "Email: *" over "Password: *": a form's field, whose value the reader types in.
            labels[i] = ("call-to-action", f"a form's required field (“{snip(text)}”)")
        elif lab[0] == "press-release" and _site_contact(feats, labels, lines, pos):
            # (Like a release's mark it closes the article: the page's footer runs on under it.)
            labels[i] = ("legal", f"{SITE_CONTACT} (“{snip(text)}”), no release's")
            for k in reversed(lines[max(0, pos - _ADDRESS_LINES - 2) : pos]):
                f = feats[k]
                if (
                    labels[k] is not None
                    or f.sentence_end
                    or f.n > _ADDRESS_WORDS
                    or (only is not None and k not in only)
                ):
                    break
                labels[k] = ("legal", f"a line of the site's postal address over its contact details (“{snip(text)}”)")
        elif lab[0] == "press-release" and _BARE_CONTACT.match(text):
            if not any(_CONTACT_DATA.search(feats[k].text) for k in lines[pos + 1 : pos + 4]):
                labels[i] = ("navigation", f"navigation link (“{snip(text)}”), with no contact details under it")
        elif lab[1].startswith(_OUTLET_PLACE) and pos > 0 and labels[lines[pos - 1]] is None:
            k = lines[pos - 1]
            if (only is None or k in only) and 2 <= feats[k].n <= 3 and _NAME.match(feats[k].text.strip()):
                labels[k] = ("byline", "the author's name over the byline's outlet and place")
        elif lab[1].startswith(_ABOUT_HEADER) and pos + 1 < len(lines) and about_author(text, feats[lines[pos + 1]]):
            # "Über Sunny" over "Sunny schreibt seit 2019 für …": a writer's author box, where a
            # release's "About Acme" heads a paragraph on the company; no release furniture follows.
            labels[i] = ("byline", f"{AUTHOR_BOX_HEADER} (“{snip(text)}”): the paragraph under it is about a writer")
            if only is None or lines[pos + 1] in only:
                labels[lines[pos + 1]] = ("byline", f"author box: a paragraph about the writer named in “{snip(text)}”")
        elif lab[1].startswith(_ABOUT_HEADER) and pos + 1 < len(lines) and not feats[lines[pos + 1]].sentence_end:
            # "About Reuters" over "Careers" in a page's footer: a link among links, where a
            # release's "About Nordøy Seafood" heads a paragraph on the company.
            labels[i] = ("navigation", f"navigation link (“{snip(text)}”), with no paragraph under it")
        elif lab[1].startswith(_ABOUT_HEADER) and pos + 1 < len(lines) and _labelled_entry(text, feats[lines[pos + 1]]):
            # "About the visitors:" over "Batting: …", "Pitching: …": the article's own section
            # heading over its fact sheet, where a release's "About Acme" heads a paragraph on Acme.
            labels[i] = None
        elif lab[0] == "call-to-action" and feats[i].n == 1 and _FORM_FIELD.match(text):
            near = [lines[p] for p in (pos - 1, pos + 1) if 0 <= p < len(lines)]
            if any(_FORM_FIELD.match(feats[k].text.strip()) for k in near):
                labels[i] = ("comments", "a comment form's field")


# A press release's own marks, which a news site's footer never shows: its note or name ("FOR
# IMMEDIATE RELEASE", "PRESSEMITTEILUNG"), its press contact's header ("Media contact",
# "Pressekontakt"), its end mark ("ENDS", "– FIN –", "###", "-30-"), a release wire's name in its
# dateline ("/PRNewswire/", "(BUSINESS WIRE)", "(ots)").
_RELEASE_MARK = re.compile(
    r"^\W*(?:for immediate release|(?:press|news) release\W*$|pressemitteilung|pressemeldung|communiqué de presse"
    r"|comunicado de prensa|nota de prensa|comunicato stampa|comunicado de imprensa|persbericht"
    r"|pour (?:diffusion|publication) imm|para (?:difusi|publicaci|divulga)|zur (?:sofortigen )?veröffentlichung"
    r"|per la (?:diffusione|pubblicazione)|media contacts?\b|press contacts?\b|contacts? presse|pressekontakt"
    r"|contactos? de (?:prensa|imprensa)|contatos? de imprensa|contatt[oi] stampa|end of (?:press )?release"
    r"|(?-i:ENDS?|FIN|ENDE|FIM)\W*$|[-–—*]+\s*(?:ends?|fin|ende|fim)\s*[-–—*]+\W*$|#{3,}\W*$|-30-)",
    FOLD_CASE,
)
_RELEASE_WIRE = re.compile(r"newswire|business wire|globe ?newswire|marketwired|accesswire|\bots\b|eqs", FOLD_CASE)
_RELEASE_WIRE_BLOCKS = 60
_FURNITURE_AFTER = "in the press-release furniture after the article (from “"


def is_release(feats: list[Feat], labels: list[tuple[str, str] | None]) -> bool:
    """Whether a press release's own mark (:data:`_RELEASE_MARK`) stands on the page, a line a rule
    took for press-release furniture, or a release wire's dateline (:data:`_RELEASE_WIRE`) opens
    one of its first :data:`_RELEASE_WIRE_BLOCKS` blocks."""
    for i, f in enumerate(feats):
        if (lab := labels[i]) is not None and lab[0] == "press-release" and _RELEASE_MARK.match(f.text):
            return True
        if i < _RELEASE_WIRE_BLOCKS and ("(" in f.text or "/" in f.text):
            wire = dateline.match(f.text)
            if wire is not None and wire.agency is not None:
                if _RELEASE_WIRE.search(f.text[wire.agency[0] : wire.agency[1]]):
                    return True
    return False


def site_about_and_contact(
    feats: list[Feat], labels: list[tuple[str, str] | None], only: Collection[int] | None = None
) -> None:
    """On a whole page no press release's mark stands on (:func:`is_release`), the lines the phrase rules
    read as a release's furniture ("About Halvik Post", "Contact", "Press Office", "Tel: …",
    "eMail: …") are the site's about and contact lines, legal, and the lines a rule took as that
    furniture running on after them the page's footer, navigation (issue #14, s34-d: a news site's
    "Über den Verlag", "Press Office", "tel. 41 368 12 00" and the footer under them were
    press-release furniture on ak-kurier-1, euronews-1, radiokielce-1 and a dozen other pages).
    The caller asks only on a whole page: a short text with "About Acme" over a paragraph on Acme,
    or "Contact" over a name and an address, is a release without its note. ``only``: the blocks
    whose labels may change (an HTML page's lines the extractor left out); None for all."""
    if not any(lab is not None and lab[0] == "press-release" for lab in labels) or is_release(feats, labels):
        return
    for i, lab in enumerate(labels):
        if lab is None or lab[0] != "press-release" or (only is not None and i not in only):
            continue
        if lab[1].startswith(_FURNITURE_AFTER):
            labels[i] = ("navigation", lab[1].replace("press-release furniture", "page footer", 1))
        else:
            labels[i] = ("legal", f"the site's about or contact line (“{snip(feats[i].text)}”), no release's")


def _site_contact(feats: list[Feat], labels: list[tuple[str, str] | None], lines: list[int], pos: int) -> bool:
    """Whether the contact line at ``lines[pos]`` ("Fax: +49 (0) 30 …") is the site's own, in its
    footer or imprint: it opens with its label (:data:`_CONTACT_LINE`), a postal address's line
    (:data:`_POSTAL`) stands within :data:`_ADDRESS_LINES` lines over it, and no other mark of a
    press release (its name, an "About" header, "Media contact", "###") stands before it on the
    page, where a release's contact details follow such a mark (correctiv-1, unseen26: a
    newsroom's "Fax:" under its address in the footer made the footer press-release furniture)."""
    i = lines[pos]
    if not _CONTACT_LINE.match(feats[i].text):
        return False
    if not any(_POSTAL.match(feats[k].text) for k in lines[max(0, pos - _ADDRESS_LINES) : pos]):
        return False
    return not any(
        (lab := labels[k]) is not None and lab[0] == "press-release" and not _CONTACT_LINE.match(feats[k].text)
        for k in lines[:pos]
    )


def _labelled_entry(header: str, under: Feat) -> bool:
    """Whether ``under``, the line under an "About X" header, is an entry of a fact sheet: a
    paragraph led by a label and a colon (:data:`_LABEL_LEAD`) not naming X ("About Acme" over
    "Acme Corp: …" is a release's paragraph on the company)."""
    got = _LABEL_LEAD.match(under.text.strip())
    if got is None or not under.sentence_end:
        return False
    named = {w.lower() for w in re.findall(r"\w+", header)[1:]} - {"the"}
    return not named & {w.lower() for w in re.findall(r"\w+", got.group(1))}


# An archive's or a category list's entry: a month, a category or a tag and the count of its posts
# in brackets closing the line ("November 2023 (123)", "ask retraction watch (44)", "Applied
# Catalysis A: General (1)", "Hafen (21)"), a few words; no exclamation, no question, no title and
# maker set apart by a dash (a forum's thread and its count of replies: "Wannabat (by VITUSOFT) -
# Online Street Baseball Battle! (26)").
_COUNTED_ENTRY = re.compile(
    r"^\s*(?:[►▼▶▸•·»›+–-]\s*)?(?!.*\s[-–—]\s)(?:[^\W\d_]|\d{4}\b)[^!?¡¿]{0,80}?\s\(\s*\d[\d.,\s]*\)\s*$"
)
_COUNTED_ENTRY_WORDS = 8
# The fewest entries in a row that make such a list (two may be a sentence's pair of figures).
_COUNTED_ENTRIES = 3
# The header of such a list, or its drop-down's prompt, straight over its first entry.
_ARCHIVE_HEADER = re.compile(
    r"^\s*(?:(?:blog |post |news )?archives?|archiv|archivo|archives du blog|from the archives?|categories"
    r"|kategorien|catégories|categorías|categorie|(?:select|choose|pick) (?:a )?(?:month|category|date|year)"
    r"|monat auswählen|kategorie auswählen|choisir (?:un mois|une catégorie)|sélectionner (?:un mois|une catégorie)"
    r"|seleccionar (?:mes|categoría)|elegir (?:mes|categoría))\W*$",
    FOLD_CASE,
)
# The kinds an archive's lines may have been given before (a month read as a date stamp, the page
# after an "About" link taken for a release's furniture, a run of short lines): a forum's threads
# with their counts of replies in a comments container stay comments, a tag list's tags.
_ARCHIVE_OVER = ("navigation", "headline-list", "outside-article", "byline", "press-release")
ARCHIVE_LABEL = ("navigation", "archive or category list: entries with their counts of posts (“May 2017 (11)”)")


def archive_lists(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A site's archive and category lists: :data:`_COUNTED_ENTRIES` lines or more in a row, each
    an entry with its count of posts in brackets (:data:`_COUNTED_ENTRY`, at most
    :data:`_COUNTED_ENTRY_WORDS` words: "May 2017 (11)", "alfredo fusco (12)"), and the lines
    straight over the first that head it ("Archives", "Select Month"), are navigation. Only lines
    some rule already made noise change: a month there read as a date stamp (a byline), the rest
    of the page taken for a press release's furniture after an "About" link, a run of short lines
    read as headlines. (Retraction Watch's sidebar, 2,200 lines, was press-release, unseen28.)"""
    n = len(feats)
    k = 0
    while k < n:
        run: list[int] = []
        j = k
        while j < n and (
            not feats[j].n or (feats[j].n <= _COUNTED_ENTRY_WORDS and _COUNTED_ENTRY.match(feats[j].text))
        ):
            if feats[j].n:
                run.append(j)
            j += 1
        if len(run) < _COUNTED_ENTRIES:
            k = max(j, k + 1)
            continue
        heads: list[int] = []
        h = next_block(feats, run[0], -1)
        while h is not None and len(heads) < 3 and _ARCHIVE_HEADER.match(feats[h].text):
            heads.append(h)
            h = next_block(feats, h, -1)
        for i in heads + run:
            if (lab := labels[i]) is not None and lab[0] in _ARCHIVE_OVER:
                labels[i] = ARCHIVE_LABEL
        k = j


# A staff list's header in a saved page's sidebar or footer: "Meet the Halvik Post staff", "Meet
# our team", "Our team", "Our reporters", "Unser Team", "Die Redaktion", "Notre équipe", "La
# rédaction", "Nuestro equipo" (issue #14, s34-d).
_STAFF_HEADER = re.compile(
    r"^\W*(?:meet (?:the|our)\b.{0,40}\b(?:staff|team|newsroom|editors|reporters|journalists)"
    r"|(?:our|the) (?:team|staff|newsroom|editors|reporters|journalists|editorial team)"
    r"|unser(?:e)? (?:team|redaktion|autor(?:inn)?en)|die redaktion|das team"
    r"|notre (?:équipe|rédaction)|l'équipe|la rédaction|nuestro equipo|el equipo|la redacción|il team|la redazione)\W*$",
    FOLD_CASE,
)
# A staff member's name (two or three capitalised words), alone or with a role after a comma, a
# dash or a bar ("Anna Lind", "Anna Lind, Editor-in-chief", "Tom Hale – News editor").
_STAFF_NAME = re.compile(
    rf"^\s*(?P<name>{letters.CAP_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)?{letters.CAP_WORD}){{1,2}})"
    r"(?:\s*(?:,|\s[-–—|])\s+(?P<role>[^.!?]{2,40}))?\s*$"
)
# A newsroom job's word in a role's line ("Editor-in-chief", "Sportredakteurin", "Rédactrice en
# chef", "Fotograf"), as bylines.is_role reads an English byline's.
_STAFF_ROLE = re.compile(
    r"(?i)(?:editor|reporter|writer|journalist|correspondent|columnist|photographer|producer|director|publisher"
    r"|redakt|fotograf|korrespondent|autor|herausgeber|volontär|rédact|photographe|journaliste|periodista"
    r"|redactor|fotógraf|corresponsal|giornalist|redattor)"
)
# The most words of a role's line under a name ("Editor-in-chief", "Rédactrice en chef").
_STAFF_ROLE_WORDS = 4
_STAFF_NAMES = 2
STAFF_LABEL = "staff list in a sidebar: names and their roles (under “{header}”)"


def _staff_role(text: str) -> bool:
    """Whether ``text`` names a newsroom job (:data:`_STAFF_ROLE`, ``bylines.is_role``), up to
    :data:`_STAFF_ROLE_WORDS` words, no sentence."""
    from waic_reader.index.corpus.bylines import is_role

    return len(text.split()) <= _STAFF_ROLE_WORDS and (_STAFF_ROLE.search(text) is not None or is_role(text))


def staff_lists(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A site's list of its staff in a sidebar or footer: a header (:data:`_STAFF_HEADER`: "Meet
    the Halvik Post staff", "Our team", "Unser Team") over :data:`_STAFF_NAMES` staff members or
    more, each a name (:data:`_STAFF_NAME`) with its role (:func:`_staff_role`) after a comma or a
    dash or on the line under it, is navigation, the header and its lines one entry with one
    reason. Its lines were a mix of a menu's lines, bylines and other stories' headlines (issue
    #14, s34-d). A header over a menu's links ("Our Staff" over "Contact Us", "Twitter") heads no
    names with roles: nothing changes there."""
    lines = [i for i, f in enumerate(feats) if f.n]
    for pos, h in enumerate(lines):
        if feats[h].n > 8 or not _STAFF_HEADER.match(feats[h].text):
            continue
        run: list[int] = []
        members = 0
        k = pos + 1
        while k < len(lines):
            f = feats[lines[k]]
            m = _STAFF_NAME.match(f.text) if not f.sentence_end and f.n <= 8 else None
            if m is None or _staff_role(m["name"]):
                break
            if m["role"] is not None:
                if not _staff_role(m["role"]):
                    break
                run.append(lines[k])
                k += 1
            elif k + 1 < len(lines) and _staff_role(feats[lines[k + 1]].text.strip()):
                run.extend(lines[k : k + 2])
                k += 2
            else:
                break
            members += 1
        if members < _STAFF_NAMES:
            continue
        label = ("navigation", STAFF_LABEL.format(header=snip(feats[h].text, 30)))
        for i in [h, *run]:
            labels[i] = label


# The most words of a header line of a text-mode browser's link list ("References", "Visible
# links:", "Hidden links:"), and the most such lines over its first address.
_LINK_HEADER_WORDS = 3
_LINK_HEADERS = 2


def link_list(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A text-mode browser's list of the page's links closing its dump (``lynx -dump``, ``elinks
    -dump``): "References", maybe "Visible links:" and "Hidden links:" between, then each link's
    number and address ("1. https://…/rss", "12. mailto:?subject=…", "14. javascript:void(0)",
    "3. file://localhost/…"), two such lines or more. Its header lines (up to
    :data:`_LINK_HEADERS` short lines, no sentence, straight over its first address, and those
    between its addresses) and its addresses are one thing, navigation, with one reason naming the
    header, so the boilerplate panel shows the list as one entry (s31-b, t13q F13: "References"
    was a "menu or page footer line", "Visible links:" the same, and a saved page's "file://"
    addresses "short lines" of other stories' headlines)."""
    lines = [i for i, f in enumerate(feats) if f.text.strip()]

    def address(i: int) -> bool:
        return (lab := labels[i]) is not None and lab[1] == LINK_LINE

    def header(i: int) -> bool:
        f = feats[i]
        return (
            labels[i] is None and 1 <= f.n <= _LINK_HEADER_WORDS and not f.sentence_end and f.text.strip()[0].isalpha()
        )

    pos = 0
    while pos < len(lines):
        if not address(lines[pos]):
            pos += 1
            continue
        end = pos
        while end + 1 < len(lines) and (
            address(lines[end + 1]) or (header(lines[end + 1]) and end + 2 < len(lines) and address(lines[end + 2]))
        ):
            end += 1
        found = [lines[k] for k in range(pos, end + 1)]
        top = pos
        while top > 0 and pos - top < _LINK_HEADERS and header(lines[top - 1]):
            top -= 1
        heads = [lines[k] for k in range(top, pos)] + [i for i in found if not address(i)]
        if sum(1 for i in found if address(i)) >= 2:
            named = f"“{snip(feats[heads[0]].text, 30)}”, then " if top < pos else ""
            for i in heads + found:
                labels[i] = ("navigation", LINK_LIST.format(header=named))
        pos = end + 1


# A tag a line, written as a hashtag: "#" glued to a word that opens with a letter (a Markdown
# heading puts a space after its "#"; "#1" is a rank), up to three words ("#taking risks").
_HASHTAG_LINE = re.compile(r"^#[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}$")
_HASHTAG_LINES = 2
HASHTAG_LIST = ("tags", "tag list: one hashtag a line")


def hashtag_lines(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A post's tags, one hashtag a line (:data:`_HASHTAG_LINE`: "#creativity", "#innovation",
    "#taking risks"), :data:`_HASHTAG_LINES` such lines or more in a row, none a rule's already:
    tags (issue #14, unseen38's trainingindustry-1 kept its four under the article). Two or more
    lines each nothing but a hashtag are no sentence of the article; one alone is left be."""
    lines = [i for i, f in enumerate(feats) if f.text.strip()]

    def tag(i: int) -> bool:
        return labels[i] is None and _HASHTAG_LINE.match(feats[i].text.strip()) is not None

    pos = 0
    while pos < len(lines):
        end = pos
        while end < len(lines) and tag(lines[end]):
            end += 1
        if end - pos >= _HASHTAG_LINES:
            for k in range(pos, end):
                labels[lines[k]] = HASHTAG_LIST
        pos = max(end, pos + 1)


# The site's name on the page's first line: a few capitalised words or figures ("Halvik Herald",
# "KXYZ News 7"), no sentence, over the page's menu or account links.
# (A name's lower-case particles between its words, as newspapers in other languages write them:
# "El Comercio del Sur", "Le Courrier du Var"; s32-s, t13v F7.)
_SITE_NAME = re.compile(rf"^(?:[A-Z0-9][\w&.'’-]*\s+(?:{NAME_PARTICLE}\s+)?){{0,3}}[A-Z0-9][\w&.'’-]*$")
_SITE_NAME_LINES = 3  # the lines under it, one of which is a menu's or an account's link


def logo_over_menu(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """The first line of an HTML page (its ``feats`` and ``labels``, the extractor's left-out
    lines labelled) naming its site straight over a menu row labelled navigation, the line itself
    kept in the main text (an old table layout's logo cell, "Castelmarro Courier" over "Home |
    News | Sport": t13ae P18): navigation, the outlet's name, never the headline. The narrow case
    of :func:`site_name` (a whole page's header, which the main text alone never runs); in place."""
    lines = [i for i, f in enumerate(feats) if f.n]
    if len(lines) < 3:
        return
    first, menu = lines[0], lines[1]
    f = feats[first]
    if labels[first] is not None or f.sentence_end or not _SITE_NAME.match(f.text.strip()):
        return
    if (lab := labels[menu]) is not None and lab[0] == "navigation":
        labels[first] = ("navigation", SITE_NAME_OVER_MENU)


def site_name(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """The first line of a page naming its site over the page's menu ("Halvik Herald" over
    "Subscribe", "Log in", "News | Sport | …"): navigation. Only over a navigation line (a menu
    row, "Log in", "Skip to content") within :data:`_SITE_NAME_LINES` lines, all of them page
    furniture: a headline is over the article's prose, its byline or a share row."""
    lines = [i for i, f in enumerate(feats) if f.n]
    if len(lines) < 2:
        return
    first = lines[0]
    f = feats[first]
    own = labels[first]
    # (A site's name with the day's date over the headline, "Kellby Chronicle | 2 March 2026", is
    # its masthead: the byline's "source's name with its date stamp" is a line under the headline.)
    if own is not None and own[1].startswith(SOURCE_ON_STAMP):
        own = None
    # (A site header with a breadcrumb of sections, "VALLEY HERALD | News | Environment", was
    # called a breadcrumb row first and named no outlet: t13am N10. It is still navigation.)
    if (own is not None and own != CRUMB_LABEL) or f.sentence_end:
        return
    if own is not None and _SITE_NAME.match(f.text.strip()):
        return
    if not _SITE_NAME.match(f.text.strip()):
        # The site's name and a section on the first line ("LINDMARK ECHO | News", "Kellby Post |
        # Home") over the headline: the page's site header, naming the outlet (t13aa K13). A
        # site's name (titles.site_name_line), never a page's links written so ("Skip To Content |
        # Menu", "Sign In | Subscribe": review s36-rv finding 8).
        near = [feats[k].text for k in lines[1 : 2 + _SITE_NAME_LINES]]
        name = site_name_line(f.text, near)
        if (
            name is not None
            and name != f.text.strip()
            and _SITE_NAME.match(name)
            and _name_over_headline(feats, labels, lines, name)
        ):
            labels[first] = ("navigation", SITE_HEADER_DATED if dated_site_header(f.text) else SITE_HEADER)
        return
    if _agency_over_dateline(f.text.strip(), feats[lines[1]].text) or (
        # (or over the copy's headline, then the dateline)
        len(lines) > 2
        and feats[lines[1]].headline_like
        and not feats[lines[1]].sentence_end
        and _agency_over_dateline(f.text.strip(), feats[lines[2]].text)
    ):
        labels[first] = ("navigation", AGENCY_HEADER)
        return
    under = lines[1 : 1 + _SITE_NAME_LINES]
    furniture = [labels[k] for k in under]
    upto = next((p for p, lab in enumerate(furniture) if lab and lab[0] == "navigation"), None)
    if upto is None or not all(lab and lab[0] in ("navigation", "call-to-action") for lab in furniture[: upto + 1]):
        if _name_over_headline(feats, labels, lines):
            labels[first] = ("navigation", SITE_NAME_OVER_HEADLINE)
            _tagline(feats, labels, lines)
        return
    labels[first] = ("navigation", SITE_NAME_OVER_MENU)
    # The menu's last link under it, on a line of its own over the headline ("Business Wire",
    # "Home", "News", then the headline): the menu's too, not the article's.
    pos = 1
    while pos < len(lines) and (lab := labels[lines[pos]]) is not None and lab[0] in _MENU_KINDS:
        pos += 1
    if pos + 1 < len(lines) and pos <= 1 + _SITE_NAME_LINES:
        k, head = lines[pos], feats[lines[pos + 1]]
        if (
            labels[k] is None
            and feats[k].n <= 2
            and not feats[k].sentence_end
            and labels[lines[pos + 1]] is None
            and head.headline_like
            and head.n >= 4
        ):
            labels[k] = ("navigation", "the last line of the menu under the site's name, over the headline")


_MENU_KINDS = ("navigation", "call-to-action")
TAGLINE = ("navigation", "site header: the site's tagline under its name")
# A tagline's words: a phrase, not a headline's long line.
_TAGLINE_WORDS = (2, 12)


def _tagline(feats: list[Feat], labels: list[tuple[str, str] | None], lines: list[int]) -> None:
    """The site's tagline under its name ("Pit Talk" over "A blog about Calveira's mines"): the
    line under the name read as the headline is the tagline when another headline-like line
    follows it with the post's date stamp or byline under that (the real headline's), as a blog's
    header sets them (t13y G14: the tagline was the article's first paragraph)."""
    if len(lines) < 4:
        return
    tag, head, under = feats[lines[1]], feats[lines[2]], labels[lines[3]]
    if (
        labels[lines[1]] is None
        and not tag.sentence_end
        and _TAGLINE_WORDS[0] <= tag.n <= _TAGLINE_WORDS[1]
        and labels[lines[2]] is None
        and head.headline_like
        and not head.sentence_end
        # The line under the headline is no headline when it is a byline itself ("Var-Matin" /
        # headline / "Par Jean Dupont" / stamp: the headline was taken for a tagline).
        and not BY_LEAD.match(head.text)
        and name_alone(head.text) is None
        # Nor an author's line without its "By" over the date ("Anna Lindqvist" / "14 March 2025":
        # the headline over it was taken for a tagline and the page titled by its prose; the
        # recogniser's person test, bylines.person_name, round s38-x3).
        and not person_name(head.text, [feats[lines[3]].text])
        and under is not None
        and under[0] == "byline"
    ):
        labels[lines[1]] = TAGLINE


# The reason of a site header over the headline: the site's name and a section (t13aa K13).
SITE_HEADER = "site header: the site's name and a section at the top of the page, over the headline"
# (The site's name and the day's date, "The Island Gazette · Thursday 11 June 2026", is
# dateless.SITE_HEADER_DATED: its date is the article's.)
# The reasons of the site's name alone at the top of the page.
SITE_NAME_OVER_HEADLINE = "the site's name at the top of the page, over the headline"
SITE_NAME_OVER_MENU = "the site's name at the top of the page, over its menu"
# A short line of a whole page's header, over its main text (page.page_outside): the site's name
# among its menu's words ("Le Point" between "Lire le numéro" and "Mon compte").
PAGE_HEADER_LINE = "menu or page header line before the article's main text"
# The reasons of the lines the split labels the site's name, or a line of the page's header that
# may be it: what may name the outlet, when titles.site_name_line reads a site's name there
# (titles.derive_outlet; a noise line of any other kind, an account link "Sign In | Subscribe",
# names none: review s36-rv finding 8).
SITE_NAME_REASONS = frozenset(
    {
        SITE_HEADER,
        SITE_HEADER_DATED,
        SITE_HEADER_DATED_UNDER,
        SITE_NAME_OVER_HEADLINE,
        SITE_NAME_OVER_MENU,
        SITE_NAME_UNDER_HEADLINE,
        PAGE_HEADER_LINE,
    }
)
# The reason of a wire agency's or a site's name over its copy's dateline (t13w F10).
AGENCY_HEADER = "site header: the wire's name over its copy's dateline"


def _agency_over_dateline(name: str, line: str) -> bool:
    """Whether the page's first line ``name`` is the wire agency's or the site's name set over its
    copy (old wire copy's header, "EASTPRESS AGENCY" over "     KALVIK, March 14 (Eastpress) --
    Seven people …"): the next line (or the one under the copy's headline) opens with a wire
    dateline naming an agency
    (:mod:`corpus.dateline`) that is the name or its first words, case folded ("Eastpress" of
    "EASTPRESS AGENCY", "Nordwire" of "Nordwire News Service"). A headline over a dateline names
    no agency so (t13w F10: the header was content and the title)."""
    wire = dateline.match(line)
    if wire is None or wire.agency is None or not wire.spaced:
        return False
    agency = line[wire.agency[0] : wire.agency[1]].casefold().split()
    words = name.casefold().split()
    return bool(agency) and words[: len(agency)] == agency


def name_words(name: str) -> int:
    """The words of a site's name that count as its own (a count, 0 for no word): not a person's
    name's particles between them ("El Comercio del Sur": three, "El", "Comercio", "Sur") nor an
    article opening three more ("The North Coast Herald": three, as "North Coast Herald"; issue #14,
    round s37-a: a three-word paper's name after "The" was four words, no site's name, and the
    headline under it lost the title to it). An article before one or two words counts ("Die Welt":
    two, "Le Petit Rhône": three; review s37-rv finding 17: the code took it off before two)."""
    from waic_reader.index.analysis.entities.lexicons import NEWSPAPER_ARTICLES

    parts = [w for w in name.split() if not re.fullmatch(NAME_PARTICLE, w)]
    lead = parts[0].title() if parts else ""  # (a masthead set in capitals: "THE VALLEY SENTINEL ONLINE")
    return len(parts) - (len(parts) > _ARTICLE_BEFORE and (lead == "The" or lead in NEWSPAPER_ARTICLES))


# How many words of its own a name holds after its opening article for the article not to count
# (:func:`name_words`: "The North Coast Herald").
_ARTICLE_BEFORE = 3


def _name_over_headline(
    feats: list[Feat], labels: list[tuple[str, str] | None], lines: list[int], name: str | None = None
) -> bool:
    """Whether the first line, a site-name-shaped line of two or three words (:data:`_SITE_NAME`;
    one word over a headline is its kicker, "Analysis", "EXCLUSIVE"; ``name``: the name part of a
    site header that adds a section to it, "LINDMARK ECHO | News", :func:`titles.site_name_line`),
    names the site over the headline ("Halvik Post" over "Fishermen protest in Halvik as quota cut
    bites"): the line under it reads as a headline (4-20 words, no sentence's end, no phrase
    rule), prose follows, and a word of the name is none of the rest of the text's (bar the lines
    naming the site again, "… for the Halvik Post"): a short headline over its deck ("Ferry
    Capsizes") is told in the body's words."""
    first, head = feats[lines[0]], feats[lines[1]]
    name = (name or first.text).strip()
    # (The name's own words: a site header's section, "News", is no word of the name.)
    folded = name.casefold().split()
    name_vocab = {w for w in first.vocab if any(w in part for part in folded)}
    capitalised = name_words(name)
    # One word is a newspaper's name written so ("Var-Matin", "Nordkurier": bylines.masthead_word)
    # that the text names nowhere else (issue #14, s34-d); any other is a kicker.
    one_word = capitalised == 1 and masthead_word(name)
    if not (2 <= capitalised <= 3 or one_word) or not name_vocab or labels[lines[1]] is not None:
        return False
    if one_word and named_elsewhere(name, [feats[k].text for k in lines[1:]]):
        return False
    if not (head.headline_like and 4 <= head.n <= 20 and not head.sentence_end):
        return False
    rest = [feats[k] for k in lines[2:] if name not in feats[k].text]
    if not any(f.sentence_end and f.n >= 12 for f in rest):
        return False
    vocab = {w for f in [head, *rest] for w in f.vocab}
    return (
        not name_vocab <= vocab
        or site_name_line(name, [feats[k].text for k in lines[2 : 2 + _SITE_NAME_LINES]]) == name
    )


def name_under_headline(blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """The site's name alone straight under the headline, over the article's date stamp or byline
    ("Corvenna Bridge collapse: live updates" / "Vestria Post" / "Live · Updated 14 July 2026"): a
    site header (navigation, :data:`bylines.SITE_NAME_UNDER_HEADLINE`) naming the outlet, not the
    article's text (t13aa K19: it was content, and the stamp under it too). The name is
    site-name-shaped (:data:`_SITE_NAME`, two or three capitalised words, no sentence) and a
    newspaper's (:func:`titles.site_name_line`: a newspaper's name, or a byline under it names it);
    a kicker, a rubric or a column's heading over a stamp ("Daily Briefing", "Weekly Review":
    review s36-rv finding 15) is none. The headline is the text's title
    block; the line under the name a date stamp (its fields, :func:`bylines._stamp_fields`, or a
    stamp alone) or a byline. Judged on the phrase rules' labels, before the stamp rules that read
    what stands under the headline. In place."""
    lines = [i for i, f in enumerate(feats) if f.n]
    if len(lines) < 3 or lines[0] != 0 or blocks[0].kind != "title":
        return
    k, under = lines[1], lines[2]
    f, u = feats[k], feats[under]
    name = f.text.strip()
    if labels[k] is None and name_over_stamp(blocks, k) is not None:
        # (The outlet's name in any script, its place alone saying so: "Tagesblick", "环球快讯" over
        # the date stamp; t13aq N1, N2.)
        labels[k] = ("navigation", SITE_NAME_UNDER_HEADLINE)
        return
    if labels[under] is None and under == k + 1 and name_over_stamp(blocks, under) is not None:
        # (Or under the stamp, over the prose: "東海新報", "Северное агентство новостей" under
        # "2026年3月14日 15:20", as the outlet's name reads it: t13av N15, round s52-m.)
        labels[under] = ("navigation", SITE_NAME_UNDER_HEADLINE)
        return
    capitalised = name_words(name)
    if labels[k] is not None or f.sentence_end or not 2 <= capitalised <= 3 or not _SITE_NAME.match(name):
        return
    if site_name_line(name, [feats[j].text for j in lines[2 : 2 + _SITE_NAME_LINES]]) != name:
        return
    stamped = is_stamp(u.text) or _stamp_fields(u.text) or (labels[under] or ("",))[0] == "byline"
    if stamped or (BY_LEAD.match(u.text) is not None and u.n <= BYLINE_WORDS):
        labels[k] = ("navigation", SITE_NAME_UNDER_HEADLINE)


# How many lines under the headline a dated masthead may stand (a kicker or a byline between).
_DATED_MASTHEAD_LINES = 3


def dated_masthead(blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """The site's name and the day's date (``titles.dated_site_header``: "Kestrow Gazette - Sunday,
    March 15, 2026", a site's name by ``titles.site_name_line``) on a line of its own within
    :data:`_DATED_MASTHEAD_LINES` lines under the headline (the text's title block, else the text's
    start), over the article's first paragraph: the page's masthead (navigation,
    :data:`dateless.SITE_HEADER_DATED_UNDER`, its date still the article's), never the article's
    text (t13ak N12: an old page's logo line under its headline was). In place."""
    # (An HTML page's main text comes without the headline the extractor took: its first lines.)
    head = next((i for i, b in enumerate(blocks[:_DATED_MASTHEAD_LINES]) if b.kind == "title"), -1)
    for k in range(head + 1, min(len(blocks), head + 1 + _DATED_MASTHEAD_LINES)):
        f = feats[k]
        if labels[k] is None and f.n and f.sentence_end and f.n >= _PROSE_WORDS:
            return  # the article's text has begun
        if labels[k] is None and dated_masthead_line(f.text):
            labels[k] = ("navigation", SITE_HEADER_DATED_UNDER)
            return


def dated_masthead_line(text: str) -> bool:
    """Whether ``text`` is one line of the site's name and the day's date
    (``titles.dated_site_header``: "Kestrow Gazette - Sunday, March 15, 2026")."""
    return "\n" not in text.strip() and dated_site_header(text)


# A paragraph of this many words closing a sentence is the article's text.
_PROSE_WORDS = 8


# The reason of a kicker over the headline (:func:`kicker_over_headline`).
KICKER_REASON = "kicker over the headline: a label of the story's kind or section"


def kicker_over_headline(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A kicker set in capitals over the headline ("BREAKING", "EXCLUSIVE", "AVIATION"): the text's
    first line with words, one word in capitals and nothing else (no digit, no sentence's end),
    straight over a headline-shaped line (4-20 words, no sentence's end, no phrase rule's label)
    over prose within the next three lines. A label filing the story by its kind or section (kind
    ``tags``), not the article's text (t13ad N20: "BREAKING" stayed a paragraph of it). Two words in capitals may be the headline
    itself ("FERRY SINKS"): left as they are. The text's first line as a reader sees it: past the
    page's controls and menus over it, lines a rule labelled navigation ("Home News Sport Weather"
    over "ASIA": the kicker was an Organisation in the article's text, round s38-x3, t13ae P14).
    In place."""
    lines = [i for i, f in enumerate(feats) if f.n]
    top = 0
    while top < len(lines) and (lab := labels[lines[top]]) is not None and lab[0] == "navigation":
        top += 1
    lines = lines[top:]
    if len(lines) < 3:
        return
    k, head = lines[0], lines[1]
    f, h = feats[k], feats[head]
    word = f.text.strip()
    if labels[k] is not None or f.n != 1 or not word.isupper() or not word.isalpha():
        return
    if labels[head] is not None or not (h.headline_like and 4 <= h.n <= 20 and not h.sentence_end):
        return
    if any(feats[j].sentence_end and feats[j].n >= 12 and labels[j] is None for j in lines[2:5]):
        labels[k] = ("tags", KICKER_REASON)  # (it files the story, as "Filed under" does; no site's name)


# A numbered line: "19) Ingrid Goes West", "3. Beware the hairdryer" (a ranking's entry heading).
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+\S")


_RANK = re.compile(r"#?\d{1,2}\.?")
# A list header that names other stories or the editors' picks, never an article's own section:
# "More stories about marijuana reform", "Editor's picks", "Recommended for you", "You may also
# like", "Empfehlungen der Redaktion", "La sélection de la rédaction". Straight over prose with no
# items (the box's list was a widget the page did not save), it is still the box's header (issue
# #14, unseen43 abc2news-1 and t3n-1). Headers an article may give its own section ("Recommended
# reading", "Related articles", "Latest", "Trending") are left to the rule that a header over prose is
# the article's heading (review s48-rv finding 13). The phrases are the header phrase's own
# (patterns.EDITORS_PICKS, patterns.MORE_STORIES_ON: one list, finding 9).
_OTHER_STORIES_HEADER = re.compile(
    rf"^\W*(?:{MORE_STORIES_ON}\b|{EDITORS_PICKS}|recommended (?:for you|stories)"
    r"|you (?:may|might) (?:also )?(?:like|enjoy)"
    # A video player's "Related video(s)" (its list a widget the page did not save; no article heads
    # a section so) and "You may like" in Russian and Ukrainian (issue #14, unseen46 zn-1).
    r"|related videos?\W*$|вас (?:может |може )?(?:заинтересовать|заинтересует|зацікавити|зацікавить))",
    FOLD_CASE,
)


# A teaser written as a sentence: one sentence of up to this many words.
_TEASER_SENTENCE_WORDS = 20
_TEASER_SENTENCES = 3  # the fewest in a run


def _sentence_teasers(feats: list[Feat], labels: list[tuple[str, str] | None], header: int) -> int | None:
    """Where a run of other stories' teasers written as sentences under a related-stories header
    ends (the index after it), or None: :data:`_TEASER_SENTENCES` lines or more, each one sentence
    of 4 to :data:`_TEASER_SENTENCE_WORDS` words that no rule judged, running to the end of the
    text or to a line judged boilerplate (a footer's). A header over the article's own prose has a
    paragraph under it, or its run goes on into more prose."""
    n = len(feats)
    j = header + 1
    count = 0
    while j < n:
        f = feats[j]
        if f.n == 0:
            j += 1
            continue
        if labels[j] is not None:
            break
        one = f.sentence_end and 4 <= f.n <= _TEASER_SENTENCE_WORDS and not re.search(r"[.!?]\s+\S", f.text.strip())
        if not one:
            return None
        count += 1
        j += 1
    return j if count >= _TEASER_SENTENCES else None


# The most words of an item too long for Feat.headline_like (22 words) that a header's list still
# takes: a Japanese or Chinese headline runs to 60 or 70 characters (about 30 words as features
# measures those scripts), twice an English one's length.
_LONG_ITEM_WORDS = 40
# A sentence ends inside the line, in the scripts features reads sentence ends of (Latin's after a
# space, Chinese and Japanese ones straight before the next character).
_SENTENCE_INSIDE_ANY = re.compile(r"[.!?]\s+\S|[。！？]\s*[^\s」』）】”]")


def _long_item(feats: list[Feat], labels: list[tuple[str, str] | None], header: int, j: int, last_prose: int) -> bool:
    """Whether line ``j``, under the list header at ``header``, is one more item though too long for
    a headline: a list of other stories' headlines in Japanese or Chinese (issue #14, unseen47
    gigazine-1, round s52-a: the 40 latest stories stopped at their first headline over 22 words).
    It is one when the list has an item already, the line is :func:`_long_headline`, and the lines
    after it, past more such long ones, reach one more short headline no rule judged: the list goes
    on through it; and the list closes the page's text: no paragraph of prose no rule judged comes
    after it (``last_prose``, the last one's index, is not after it). A paragraph of the article under
    a header fails one of these; a list between the article and a page's run of prose-like teasers
    is left as it was, for the article's run of prose to be found beside them (unseen12
    nikkangendai-1: taken, the teasers outweighed the article)."""
    if j <= header + 1 or j < last_prose:
        return False
    k: int | None = j
    while k is not None and labels[k] is None and not feats[k].headline_like and _long_headline(feats[k]):
        k = next_block(feats, k, 1)
    return k is not None and k != j and labels[k] is None and feats[k].headline_like


def _long_headline(f: Feat) -> bool:
    """A line shaped as a headline but for its length: at most :data:`_LONG_ITEM_WORDS` words, one
    sentence at most, ending without a full stop or a comma."""
    t = f.text.strip()
    return (
        0 < f.n <= _LONG_ITEM_WORDS
        and not _SENTENCE_INSIDE_ANY.search(t)
        and not t.endswith((".", ",", ";", ":", "…", "。", "，", "；", "："))
    )


def _menu_link_named_list(feats: list[Feat], labels: list[tuple[str, str] | None], header: int) -> bool:
    """Whether the header at ``header`` stands inside a menu's run: the line over it and the line
    under it, and one more line over or under those, are a menu's links (:func:`_menu_entry`), the
    one under it of one to three words. A list of other stories' headlines opens on a headline,
    longer than a menu's link; a blog's menu names its "popular posts" or "latest posts" page as one
    more link (issue #14, round s52-a2: "熱門文章" in a Chinese blog's menu took the menu's rest, the
    blog's clause-a-line article and its comments for its list)."""
    above = next_block(feats, header, -1)
    below = next_block(feats, header, 1)
    if above is None or below is None or not (_menu_entry(feats, labels, above) and feats[below].n <= 3):
        return False
    if not _menu_entry(feats, labels, below):
        return False
    above2 = next_block(feats, above, -1)
    below2 = next_block(feats, below, 1)
    return any(k is not None and _menu_entry(feats, labels, k) for k in (above2, below2))


def _menu_entry(feats: list[Feat], labels: list[tuple[str, str] | None], k: int) -> bool:
    """A menu's link or a line a menu's run may hold: up to four words ("部落格分類：旅遊",
    "Category: Travel"), no sentence, no rule's label but a navigation link's or a tag line's."""
    lab = labels[k]
    return feats[k].headline_like and feats[k].n <= 4 and (lab is None or lab[0] in ("navigation", "tags"))


def consume_after_headers(blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A "Related" or "Go deeper" header owns the short lines (and topic blurbs) that follow it."""
    n = len(feats)
    # The last paragraph of prose no rule judged, longer than a headline (read as in any language:
    # the test that takes the most lines for prose; a headline closed by "?" is no paragraph), found
    # once: a list after it closes the page (:func:`_long_item`).
    last_prose = max(
        (k for k in range(n) if labels[k] is None and not feats[k].headline_like and is_prose_block(feats[k], False)),
        default=-1,
    )
    i = 0
    while i < n:
        lab = labels[i]
        if not (lab and lab[0] in ("headline-list", "related-topics") and lab[1].startswith(HEADERS)):
            i += 1
            continue
        kind = lab[0]
        if kind == "headline-list" and _menu_link_named_list(feats, labels, i):
            # A menu's link that names a list ("熱門文章", "Most Popular" between "Log in" and "About
            # me"): the menu's item, judged with its run, not a header owning the page under it.
            labels[i] = None
            i += 1
            continue
        first = next_block(feats, i, 1)
        if first is not None and labels[first] is None and LABELLED_ADDRESS.match(feats[first].text):
            # A "Links" heading over resources named with their addresses written out ("Source code
            # – https://…"): the article's own resource list (page.closing_lines), not other stories.
            labels[i] = None
            i += 1
            continue
        if READING_LIST_HEADER.match(feats[i].text) and (own := own_resources(blocks, feats, labels, i)):
            # A "Links" heading over the article's own resources written as link text alone ("Check
            # your flood risk on the government map"): the article's list, all of it, header too.
            labels[i] = None
            for k in own:
                labels[k] = None
            i = own[-1] + 1
            continue
        # A box set inside the article ("Mehr zum Thema", one or two teasers, then the article's
        # next section heading over its prose): the article's paragraph straight above its header.
        above = next_block(feats, i, -1)
        inline = above is not None and feats[above].n >= 30 and feats[above].sentence_end
        j = i + 1
        # Teasers written as one sentence each ("Storm Edda leaves thousands without power."),
        # closing the text: the list's, though each reads as a sentence.
        teased = _sentence_teasers(feats, labels, i)
        while teased is None and j < n:
            f = feats[j]
            nxt = labels[j]
            if nxt is not None and nxt[0] == "byline" and _RANK.fullmatch(f.text.strip()):
                j += 1  # an item's rank in a "Most popular" list ("1", "2."), read as a bare number
                continue
            if nxt is not None and nxt[0] == "byline" and j > i + 1 and is_stamp(f.text):
                after_stamp = feats[j + 1] if j + 1 < n else None
                if after_stamp is not None and labels[j + 1] is None and after_stamp.n >= 20:
                    j -= 1  # prose under it: the line above the stamp is the article's headline
                    break
                j += 1  # an item's own date under its headline ("Posted: June 2, 2019"): the list goes on
                continue
            if nxt is not None and (nxt[0] != kind or (nxt[1].startswith(HEADERS) and not _closing_link(feats, j))):
                # (A list header starts a list of its own: "Trending" over its items under "More
                # from World"'s is that list's header, however short, not an item of the first.)
                break
            blurb = kind == "related-topics" and f.n <= 80 and DEFINITION.match(f.text) is not None
            if not (f.n == 0 or f.headline_like or blurb or _long_item(feats, labels, i, j, last_prose)):
                break
            if j > i + 1 and blank_before(blocks, j) and not any(blank_before(blocks, k) for k in range(i + 1, j)):
                break  # a list written line by line ends at the first blank line after it
            # The line after this one, past date stamps and bylines ("Headline", "March 15, 2025", prose).
            a = j + 1
            while a < n and (((lab_a := labels[a]) is not None and lab_a[0] == "byline") or is_stamp(feats[a].text)):
                a += 1
            after = feats[a] if a < n else None
            # The first short line after a header, or a very short one, that introduces prose is a section
            # heading and the article resumes there; a headline-length line after others is the list's last
            # (in a box inside the article, any line introducing prose is its next section heading).
            if (
                f.headline_like
                and (blocks[j].kind != "list-item" or _NUMBERED.match(blocks[j].text) is not None)
                and (j == i + 1 or f.n <= 4 or inline)
                and after is not None
                and labels[a] is None
                and after.n >= max(30, 2 * f.n + 8)
                and not (kind == "related-topics" and DEFINITION.match(after.text))
            ):
                break  # a heading introducing prose: the article resumes here
            # The page's own headline under the list, over its article: content. Over a long first
            # paragraph; or over a short one (a sentence of 12 words or more: "Residents of Fernvale
            # said windows rattled …") when the list's shape does not go on through it.
            if (
                f.headline_like
                and after is not None
                and labels[a] is None
                and (
                    after.n >= max(30, 2 * f.n + 8)
                    or (
                        f.n >= HEADLINE_WORDS and _opens_prose(after) and not _list_goes_on(blocks, feats, labels, j, a)
                    )
                )
                and _own_headline(feats, labels, i, j)
            ):
                break
            if f.headline_like and _over_by_line_and_prose(feats, labels, j) and _own_headline(feats, labels, i, j):
                # Over its byline, the article may open with a short paragraph ("by Jane Roe Published
                # May 2" over a 14-word first line): the byline, not the prose's length, tells.
                break
            j += 1
        if teased is not None:
            j = teased
        items = j - i - 1
        if items == 0 and j < n and feats[j].n >= 12 and not _OTHER_STORIES_HEADER.match(feats[i].text):
            # A header straight before prose is the article's own section heading (unless it names
            # other stories: :data:`_OTHER_STORIES_HEADER`).
            labels[i] = None
        for k in range(i + 1, j):
            what = "topic blurb" if kind == "related-topics" and DEFINITION.match(feats[k].text) else "item"
            # Each block's own reason: its place in the list is the panel's to count (marks change it).
            labels[k] = (kind, f"{what} of the list under “{snip(feats[i].text, 30)}”")
        i = max(j, i + 1)


# The most words of an item of the article's own list of resources (one link's text).
_RESOURCE_WORDS = 16
# A full stop, "!" or "?" then more text: a sentence ends inside the line (read by signup too).
SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S")


def own_resources(
    blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None], header: int
) -> list[int]:
    """The items of the article's own list of resources under a reading-list header ("Links",
    "Further reading", "Weblinks": ``patterns.READING_LIST_HEADER``) at ``header``, or ``[]``
    when they read as other stories. The items are the short lines under it, in one run (the
    first blank line after an item ends it), each one link's text of at most
    :data:`_RESOURCE_WORDS` words, no sentence inside, that no rule judged or that a phrase rule
    read as a call to action (a list of resources names what to do: "Sign up for flood warnings
    from the Environment Agency"). They are the article's when there are two or more and every
    one names a word of the article's prose above the header (its unlabelled paragraphs of 12
    words or more): what the article tells the reader to read or do, not other stories, whose
    headlines name other things (issue #14, review s50-rv #4: "Links" over "Check your long term
    flood risk …", "The council's guide …" dropped the header and the first item, kept the
    third)."""
    items: list[int] = []
    for k in range(header + 1, len(feats)):
        f = feats[k]
        if not f.n:
            continue
        if items and blank_before(blocks, k):
            break
        lab = labels[k]
        if lab is not None and lab[0] != "call-to-action":
            break
        if f.n > _RESOURCE_WORDS or SENTENCE_INSIDE.search(f.text.strip()):
            break
        items.append(k)
    return items if resource_list(feats, labels, header, items) else []


def resource_list(feats: list[Feat], labels: list[tuple[str, str] | None], header: int, items: list[int]) -> bool:
    """Whether ``items`` under a reading-list header at ``header`` read as the article's own
    resources: every one names the article's words (:func:`names_article`), one of them tells the
    reader what to do or use (:func:`_tells_reader`: "Check your flood risk", "Our guide to …"),
    and at least half of them do so or open with a service's verb
    (:func:`page_links.opens_with_call_verb`: "Report a blocked drain to the council"). A local
    paper's list of other stories shares the story's words by nature and may hold one call to
    action among its headlines (review s51-rv F11: "Links" over "Check your flood risk on the
    council map" and three headlines, "Council leader quits after flood walls row" …, was kept
    whole as the article's): what most of a list's lines are, the list is."""
    if not names_article(feats, labels, header, items):
        return False
    telling = [_tells_reader(feats[k], labels[k]) for k in items]
    if not any(telling):
        return False
    asking = sum(t or opens_with_call_verb(feats[k].lows) for t, k in zip(telling, items))
    return 2 * asking >= len(items)


def _tells_reader(f: Feat, label: tuple[str, str] | None) -> bool:
    """Whether a list's line tells the reader what to do or use: a phrase rule read it as a call to
    action ("Sign up for flood warnings …"), or it is one (:func:`page_links.call_to_action`), or it
    names the reader's or the site's own thing (:data:`page_links.CALL_OWNERS`: "your", "our";
    "Check your long term flood risk on the government map")."""
    if label is not None and label[0] == "call-to-action":
        return True
    return call_to_action(f.text) or any(w in CALL_OWNERS for w in f.lows)


def names_article(feats: list[Feat], labels: list[tuple[str, str] | None], header: int, items: list[int]) -> bool:
    """Whether a list's ``items`` under a reading-list header at ``header`` are two or more and
    every one names a word of the article above the header (the unlabelled lines there, one a
    paragraph of 12 words or more; words by their first letters, possessives folded,
    :func:`features.inflected`: "council's" names "council", "preparing" "prepare")."""
    if len(items) < 2 or not any(labels[k] is None and feats[k].n >= 12 for k in range(header)):
        return False
    prose = {inflected(w.rstrip("'’")) for k in range(header) if labels[k] is None for w in feats[k].vocab}
    return all(any(inflected(w.rstrip("'’")) in prose for w in feats[k].vocab) for k in items)


def _closing_link(feats: list[Feat], j: int) -> bool:
    """Whether a related-stories header's words at ``j``, after a list's items, close that list as
    its link ("Read More Stories", "More Trending"; three words at most) rather than head a list
    of their own: the text ends after them, or the article's prose (12 words or more) follows."""
    if feats[j].n > 3:
        return False
    k = next_block(feats, j, 1)
    return k is None or feats[k].n >= 12


# The page's own headline under a list of other stories names at least this many of the words of
# the article's prose below it.
_OWN_HEADLINE_WORDS = 2
# The fewest words of a first paragraph of prose under the page's own headline.
_OPENING_WORDS = 12


def _opens_prose(f: Feat) -> bool:
    """Whether a line under a list's line reads as a paragraph of prose opening an article: a
    sentence of :data:`_OPENING_WORDS` words or more with English's function words in it."""
    return f.sentence_end and f.n >= _OPENING_WORDS and f.stop_density >= 0.15


def _list_goes_on(blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None], j: int, a: int) -> bool:
    """Whether a list's shape goes on through line ``j`` and the sentence ``a`` under it, so that
    they are one more item and its blurb, not the page's own headline over its article's first
    paragraph: ``j`` is numbered as a ranked list's items are ("3. Zoo welcomes twin panda
    cubs"), or no second paragraph of prose follows ``a`` (a teaser's blurb is followed by its
    author's name or the next teaser's headline; an article goes on in paragraphs)."""
    if _NUMBERED.match(blocks[j].text):
        return True
    b = next_block(feats, a, 1)
    return b is None or labels[b] is not None or not _opens_prose(feats[b])


def _own_headline(feats: list[Feat], labels: list[tuple[str, str] | None], header: int, j: int) -> bool:
    """Whether line ``j``, the last of the short lines under a "Top Stories" header and straight
    over the article's prose, is the page's own headline ("Divers find ferry's black box" over
    "The ferry's voyage data recorder was recovered …"), not the list's last item: it names more
    of the words of the prose below it (the article's paragraphs, unlabelled, of 12 words or more)
    than any item above it does, :data:`_OWN_HEADLINE_WORDS` at least, and no line of three words
    or more above the header names as many (a headline the page already gave; the site's name,
    "Halvik Post", is shorter)."""
    prose: set[str] = set()
    for k in range(j + 1, len(feats)):
        if labels[k] is None and feats[k].n >= 12:
            prose.update(feats[k].vocab)
    named = len(feats[j].vocab & prose)
    if named < _OWN_HEADLINE_WORDS:
        return False
    if any(len(feats[k].vocab & prose) >= named for k in range(header + 1, j)):
        return False
    return not any(
        labels[k] is None and feats[k].headline_like and feats[k].n >= 3 and len(feats[k].vocab & prose) >= named
        for k in range(header)
    )


def menu_runs(
    blocks: list[Block],
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    intro: set[int],
    body_start: int,
    body_end: int,
    body_vocab: set[str],
    english: bool = True,
) -> None:
    """Runs of similar short lines: first menus of one-to-three-word links, then other stories' headlines
    (``english``: whether the page reads as English, for the sentences around a run)."""
    n = len(feats)
    for menu in (True, False):
        i = 0
        while i < n:
            j = i
            while j < n and (
                (
                    labels[j] is None
                    and j not in intro
                    and (
                        feats[j].n == 0
                        or (feats[j].headline_like and (feats[j].n <= 3 or not menu) and not quoted_sentence(feats[j]))
                    )
                )
                or (not menu and j > i and _teaser_stamp(labels[j]))
                or (menu and _menu_link(feats[j], labels[j]))
            ):
                j += 1
            # A teaser list alternates titles with "date | section" lines: those carry the run on.
            run = [
                k
                for k in range(i, j)
                if feats[k].n and labels[k] is None and not (k == 0 and blocks[0].kind == "title")
            ]
            # The article's last line of prose taken into a run of headlines (it ends in "?", or
            # as a quotation, like a headline): the run after it is after the article, as it is
            # under a last line ending in a full stop.
            if not menu and body_end in run and run[-1] > body_end:
                run = [k for k in run if k > body_end]
            # A teaser list (title, "date | section", title, "date | section", …) starts at its
            # first title: the short line over it (the article's last, "How long can they hold
            # out?") is judged on its own.
            if not menu and (first := _first_teaser(feats, run)):
                run = run[first:]
            # A menu's last line straight over a byline and the article's prose is the article's
            # headline ("Home", "News", "Sport", "Ferry sinks", "By Jane Roe", prose): no link.
            if menu and run and run[-1] == j - 1 and _over_byline_and_prose(feats, labels, j):
                run.pop()
            # A list the article gives is no menu: headed "Key points" or the like, or (judged
            # whole, with the short line going on with it straight over the prose, which stays as
            # that prose's heading) items the prose goes on to name.
            if menu and run:
                whole = j < n and j in intro and _menu_line(feats[j], labels[j])
                if LIST_HEADING.match(feats[run[0]].text) or (whole and _named_list(feats, [*run, j], body_vocab)):
                    i = j + 1
                    continue
            # A menu is judged whole: its links a phrase rule named ("Home") count towards it.
            links = [k for k in range(i, j) if menu and _menu_link(feats[k], labels[k])]
            if run and len(run) + len(links) >= _MENU_LINES and len(run) < _MENU_LINES:
                _judge_run(feats, labels, sorted(run + links), menu, body_start, body_end, body_vocab, english)
            elif run:
                _judge_run(feats, labels, run, menu, body_start, body_end, body_vocab, english)
            i = j + 1


def _first_teaser(feats: list[Feat], run: list[int]) -> int:
    """Where in a run of short lines a teaser list begins (0 if at its start or nowhere): the
    first title over a "date | section" stamp when two such pairs follow one another."""
    stamp = [is_stamp(feats[k].text) for k in run]
    for p in range(len(run) - 3):
        if not stamp[p] and stamp[p + 1] and not stamp[p + 2] and stamp[p + 3]:
            return p
    return 0


# The fewest lines a run of short lines needs to be judged a menu or a list of headlines.
_MENU_LINES = 3
# A heading over a list the article gives: "Key points", "At a glance", "In brief"; in the other
# languages read, a summary's ("Zusammenfassung", "En bref", "Resumen", "Samenvatting", "Özet": issue
# #14, unseen37 winfuture-1's bullets after the text were dropped as teasers). The one list: a menu's
# run and the summary closing the article (page.closing_lines) read it.
LIST_HEADING = re.compile(
    r"^(?:key (?:points|facts|findings|takeaways|details|dates|numbers)|at a glance|in brief|in short|in numbers"
    r"|highlights|summary|the facts|quick facts|fast facts|quick takes?|what we know|what you need to know|the key points"
    r"|zusammenfassung|das wichtigste(?: in kürze)?|auf einen blick|en bref|l'essentiel|l’essentiel|résumé"
    r"|en resumen|resumen|resumo|em resumo|riepilogo|in sintesi|samenvatting|in het kort|özet"
    r"|sammanfattning|sammendrag|resumé|podsumowanie|w skrócie|shrnutí|yhteenveto)\W*$",
    FOLD_CASE,
)
# Of a list's items of two words or more, at least this share the article's prose names in full.
_MENTIONED_SHARE = 2 / 3


def _menu_line(f: Feat, label: tuple[str, str] | None) -> bool:
    """A line a menu's run takes: one to three words, no sentence, no phrase rule's."""
    return label is None and f.headline_like and f.n <= 3


def _named_list(feats: list[Feat], run: list[int], body_vocab: set[str]) -> bool:
    """Whether a run of short lines straight over the article's prose is a list it gives, not a
    menu: items of two words or more that its prose goes on to name ("Island loop")."""
    items = [feats[k] for k in run if feats[k].n >= 2 and feats[k].vocab]
    named = sum(1 for f in items if f.vocab <= body_vocab)
    return len(items) >= 2 and named >= _MENTIONED_SHARE * len(items)


def _menu_link(f: Feat, label: tuple[str, str] | None) -> bool:
    """A menu's link that a phrase rule named on its own ("Home", "Sign in"): one to three words;
    or a menu written on one line ("Home  News  Sport  Business", :func:`block_rules.menu_row`)."""
    return (
        label is not None
        and label[0] == "navigation"
        and ((1 <= f.n <= 3 and label[1].startswith("navigation link")) or label[1].startswith(MENU_ROW))
    )


def _teaser_stamp(label: tuple[str, str] | None) -> bool:
    """A date or "date | section" line, as teasers in a list carry under their titles."""
    return label is not None and label[1].startswith(("date, time or reading-time stamp", "breadcrumb or menu row"))


def _over_byline_and_prose(feats: list[Feat], labels: list[tuple[str, str] | None], j: int) -> bool:
    """Whether block ``j`` is a byline (with any further byline or stamp lines) over prose, the
    first block after them unlabelled and of 12 words or more."""
    if j >= len(feats) or (lab := labels[j]) is None or lab[0] != "byline":
        return False
    k = j + 1
    while k < len(feats) and (not feats[k].n or ((lab_k := labels[k]) is not None and lab_k[0] == "byline")):
        k += 1
    return k < len(feats) and labels[k] is None and feats[k].n >= 12


def _over_by_line_and_prose(feats: list[Feat], labels: list[tuple[str, str] | None], j: int) -> bool:
    """Whether block ``j`` stands straight over a "By NAME" line (at most :data:`BYLINE_WORDS` words,
    unlabelled or a byline: most byline rules run later), or a person's name alone over a date
    stamp (bylines.person_name: "Maya Margit" over "03/24/2020"), and any date stamps or bylines under it,
    then prose, the first block after them unlabelled and of 12 words or more: a headline's place
    on a news page."""

    def byline(k: int) -> bool:
        return (lab := labels[k]) is not None and lab[0] == "byline"

    k = next_block(feats, j, 1)
    if k is None or (labels[k] is not None and not byline(k)) or feats[k].n > BYLINE_WORDS:
        return False
    if not BY_LEAD.match(feats[k].text):
        # The author's name without its "By", straight over a date stamp ("Maya Margit" over
        # "03/24/2020"; issue #14, unseen33 medialine-1: the headline over them was taken for the
        # last item of a "Top Stories" box of topic links).
        under = next_block(feats, k, 1)
        if under is None or not is_stamp(feats[under].text) or not person_name(feats[k].text, [feats[under].text]):
            return False
    k += 1
    while k < len(feats) and (not feats[k].n or is_stamp(feats[k].text) or byline(k)):
        k += 1
    return k < len(feats) and labels[k] is None and feats[k].n >= 12


def article_goes_on(
    feats: list[Feat], labels: list[tuple[str, str] | None], run: list[int], body_end: int, english: bool = True
) -> bool:
    """Whether a run of short lines straight after the article's last paragraph of prose (at most
    one line between them) is still the article's: followed straight by a sentence of its own
    ("We will never forget them," the mayor said.) that no short line follows, or closing the text
    under its sentence ending in ":" ("They listed their losses:", "The bishop read a poem written
    by a survivor:"). Its names and amounts, or its verse, are then a list inside the article; a
    run further down the page, after the article's last sentence, or of title-case lines of four
    words or more (as :func:`_judge_run` reads other stories' headlines), may be a menu or
    headlines. On a page not in English (``english`` False) its sentences are known by their
    closing marks, not English's function words (s32-e, t13u F6: "Las víctimas eran:" over
    "Daniel Ruiz, 16 años" and two more such lines, "El comisario … dijo que …" after them, were
    other stories' headlines after the article, while the English page's were its list)."""
    between = [k for k in range(body_end + 1, run[0]) if feats[k].n]
    if len(between) > 1 or (between and labels[between[0]] is not None):
        return False
    fs = [feats[k] for k in run]
    if not between and READING_LIST_HEADER.match(fs[0].text) and resource_list(feats, labels, run[0], run[1:]):
        return True  # the article's own resources under its "Links" heading (:func:`own_resources`)
    # (Nor are the records a sentence ending in ":" introduces, two fields enough: "Las víctimas
    # eran:" over "Daniel Ruiz, 16 años", a name and an age in four words, no headline's.)
    introduced = bool(between) and introduces_list(feats[between[0]], english)
    rows = all(_field_row(f, introduced) for f in fs)  # (a list's records, "Kari Berg, 34, Halvik": no headlines)
    if not rows and sum(f.n for f in fs) >= 4 * len(fs) and sum(f.title_ratio for f in fs) >= 0.6 * len(fs):
        return False  # other stories' headlines in title case, whatever the article says around them
    # (Past an advertising marker, a caption or a prompt set between the article's lines.)
    rest = [k for k in range(run[-1] + 1, len(feats)) if feats[k].n]
    below = next((k for k in rest if not ((lab := labels[k]) and lab[0] in IN_ARTICLE_KINDS)), None)
    if below is None or all(labels[k] is not None for k in rest):
        # The article ends with the list its sentence introduced (boilerplate alone after it).
        return introduced
    if not short_sentence(feats[below], labels[below], english):
        return False  # (a list "below:" that an ad widget's lines follow is no list of the article)
    # A sentence of the article, not a headline ending in an abbreviation ("… flights to the U.S.")
    # among other short lines of a teaser list.
    after = next_block(feats, below, 1)
    return after is None or labels[after] is not None or not feats[after].headline_like


# A record's field holding a number alone: an age, a count, a year ("Kari Berg, 34, Halvik").
_NUMBER_FIELD = re.compile(r"^\s*\d{1,4}\s*$")
# A record's fields are short: a name, a number, a place.
_FIELD_WORDS = 4


def _field_row(f: Feat, introduced: bool = False) -> bool:
    """Whether a short line is a record of the article's list, not a headline: three fields or
    more set off by commas, each of at most :data:`_FIELD_WORDS` words, one a number alone ("Kari
    Berg, 34, Halvik"; a name, an age, a place). A headline is a clause ("Ferry sinks, 12 dead").
    Under a sentence introducing the list (``introduced``: "Las víctimas eran:"), two fields, one a
    number alone or with its unit ("Daniel Ruiz, 16 años", "Jonas Weber, 23 Jahre"; s32-e, t13u F6)."""
    fields = f.text.strip().rstrip(".;").split(",")
    number = _NUMBER_UNIT_FIELD if introduced else _NUMBER_FIELD
    return (
        len(fields) >= (2 if introduced else 3)
        and all(0 < len(x.split()) <= _FIELD_WORDS for x in fields)
        and any(number.match(x) for x in fields)
    )


# A record's number and its unit after a name: an age, "16 años", "23 Jahre", "34 years", "41 ans".
_NUMBER_UNIT_FIELD = re.compile(r"^\s*\d{1,4}(?:\s+\w+)?\s*$")


def introduces_list(f: Feat, english: bool = True) -> bool:
    """A sentence introducing what follows with ":" ("They listed their losses:"): three words or
    more, English's function words in it, not in title case ("More From Our Network:"); on a page
    not in English, which has none of them and may capitalise its nouns, a word in lower case in
    it ("Las víctimas eran:", "Die Opfer waren:")."""
    if f.n < 3 or not f.text.rstrip().endswith((":", "：")):
        return False
    return f.stop_density >= 0.15 and f.title_ratio < 0.6 if english else f.title_ratio < 1


def _closing_teaser(feats: list[Feat], labels: list[tuple[str, str] | None], run: list[int]) -> int | None:
    """The date line of a run of short lines after the article when the run is one teaser of
    another story closing the text (else None): a headline (four words or more, no byline, no
    date of its own, no sentence's end) straight over its date line ("Stevedores union sues port over overtime rules"
    over "March 13, 2025 | Business", the run's second line, or a bare date the stamp rule took),
    only boilerplate after them. Two such pairs or more are a teaser list (:func:`_first_teaser`);
    the article's own lines never close it with a day's date under a headline."""
    date = next_block(feats, run[0], 1)
    if date is None or run[1:] not in ([], [date]) or (len(run) == 1 and not _teaser_stamp(labels[date])):
        return None
    head = feats[run[0]]
    if not (head.headline_like and head.n >= HEADLINE_WORDS) or BY_LEAD.match(head.text) or dated(head):
        return None  # (a line naming a date itself, "Our next edition: Monday, March 24", is no headline)
    if not (is_stamp(feats[date].text) and dated(feats[date])):
        return None
    if any(labels[k] is None for k in range(date + 1, len(feats)) if feats[k].n):
        return None
    return date


def _judge_run(
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    run: list[int],
    menu: bool,
    body_start: int,
    body_end: int,
    body_vocab: set[str],
    english: bool = True,
) -> None:
    if not menu and run and run[0] > body_end and (date := _closing_teaser(feats, labels, run)) is not None:
        for k in (run[0], date):
            labels[k] = ("headline-list", "another story's teaser after the article: a headline over its date line")
        return
    if len(run) < 3:
        return
    if run[0] > body_end and not article_goes_on(feats, labels, run, body_end, english):
        where = "after the article ends"
    elif run[0] > body_end:
        where = "between paragraphs"  # the article's own list or verse: its text goes on after it
    elif run[-1] < body_start:
        where = "before the article starts"
    else:
        where = "between paragraphs"
    if (
        not menu
        and where == "before the article starts"
        and (head := _article_head(feats, labels, run, body_start)) is not None
    ):
        run = run[:head]  # (the article's headline, byline and date closing the run are its own)
        if len(run) < 3:
            return
    fs = [feats[k] for k in run]
    title = sum(f.title_ratio for f in fs) / len(fs)
    overlap = sum(body_overlap(f, body_vocab) for f in fs) / len(fs)
    shared = f"{overlap:.0%} of their words appear in the body"
    if menu:
        if where == "between paragraphs":
            return
        kind, desc = "navigation", f"one-to-three-word lines (a menu) {where}"
    elif sum(f.n for f in fs) / len(fs) < 4:
        return
    elif where == "after the article ends" and (title >= 0.6 or overlap < 0.5):
        case = "title-case " if title >= 0.6 else ""
        kind, desc = "headline-list", f"short {case}lines without sentence punctuation {where}; {shared}"
    elif where == "before the article starts" and title >= 0.6 and overlap < 0.35:
        kind, desc = "headline-list", f"short title-case lines without sentence punctuation {where}; {shared}"
    else:
        # A headerless run of short lines with article prose on both sides is the article's own
        # list (bills, titles, names): splitting it would cost the reader real content.
        return
    headline = _page_headline(feats, labels, run, body_start) if where == "before the article starts" else None
    for k in run:
        if labels[k] is None and k != headline:  # (a menu's links named by a phrase rule keep their label)
            labels[k] = (kind, f"one of a run of {len(run)} {desc}")


def _article_head(
    feats: list[Feat], labels: list[tuple[str, str] | None], run: list[int], body_start: int
) -> int | None:
    """Where in a run of short lines before the article its own head begins (t13s F2, s31-g: a
    Portuguese page's headline, "Por João Silveira | Jornal da Costa | 4 de junho de 2026" and a
    stamp were "a run of 3 short title-case lines", and the date was lost): a headline-shaped line
    whose every line under it in the run is a byline, in any language read
    (:func:`~waic_reader.index.corpus.bylines.is_byline`, or ``name_alone``: "Par Jean Dupont"), or a date stamp, with at least one such
    line, and only page links (share rows, account lines) between the run and the article's main
    text. The position in ``run`` of that headline, else None."""
    from waic_reader.index.corpus.bylines import is_byline, name_alone

    below = next_block(feats, run[-1], 1)
    while below is not None and below < body_start and (lab := labels[below]) is not None and lab[0] in _MENU_KINDS:
        below = next_block(feats, below, 1)
    if below is None or below < body_start:
        return None
    p = len(run) - 1
    # (A byline in another language alone, "Par Jean Dupont", is one here, under the headline:
    # round s33-b, it made the headline a 'run of 3 short title-case lines'.)
    while p > 0 and (
        is_byline(t := feats[run[p]].text) or name_alone(t) is not None or is_stamp(t) or dated(feats[run[p]])
    ):
        p -= 1
    head = feats[run[p]]
    if p == len(run) - 1 or not head.headline_like or head.n < 3 or head.sentence_end:
        return None
    return p


def _page_headline(
    feats: list[Feat], labels: list[tuple[str, str] | None], run: list[int], body_start: int
) -> int | None:
    """The page's headline closing a run of short lines before the article (s30-s, t13r F11: "Rail
    crash: driver says brakes failed" under a menu, a "Sign in | Subscribe" line and the site's
    name was one of "a run of 4 short title-case lines", and the title became the body's first
    sentence): the run's last line, of :data:`HEADLINE_WORDS` words or more, read as a headline,
    one item (no menu's separators), straight over the article's first paragraph or over a
    byline or date line that is. None when the run has no such line."""
    last = run[-1]
    f = feats[last]
    if not (f.headline_like and f.n >= HEADLINE_WORDS) or len(MENU_ITEMS.split(f.text.strip())) > 1:
        return None
    if BY_LEAD.match(f.text) or dated(f):
        return None
    below = next_block(feats, last, 1)
    if below is None:
        return None
    if below >= body_start:
        return last
    g = feats[below]
    if g.n <= BYLINE_WORDS and (BY_LEAD.search(g.text) or dated(g) or is_stamp(g.text)):
        after = next_block(feats, below, 1)
        return last if after is not None and after >= body_start else None
    return None


# Named page furniture that sits inside an article (its kind hinted by the page's structure).
IN_ARTICLE_KINDS = ("caption", "call-to-action", "advertisement")


# A saved page's title bar: its headline and its site's name joined by a spaced dash, bar, dot or
# guillemet ("The Myth of RAM, part I — I Like Big Bits", "Kellby Post | Harbour strike spreads").
_TITLE_BAR_SEP = re.compile(r"\s+(?:[—–|·»-]|::)\s+")
# The reason of a page's title bar over its page (the browser's window title saved as its first line).
TITLE_BAR = "the page's title bar: its headline and the site's name, each shown alone on the page"


def title_bar(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A whole page's first line that joins two lines shown alone elsewhere on the page (its
    headline over the article and the site's name in its header) with a spaced separator
    (:data:`_TITLE_BAR_SEP`): the window title a browser saves as the page's first line, HTML's
    ``<title>`` element ("Headline — Site"), is navigation: the headline is kept where it stands
    alone, over the article (issue #14, unseen42 ilikebigbits-1). A headline with a dash of its own
    ("Storm – what we know") has no line on the page that is each of its halves."""
    lines = [i for i, f in enumerate(feats) if f.n]
    if len(lines) < 3 or labels[lines[0]] is not None:
        return
    first = feats[lines[0]].text.strip()
    alone = {" ".join(feats[k].text.split()).casefold() for k in lines[1:]}
    for sep in _TITLE_BAR_SEP.finditer(first):
        left, right = first[: sep.start()], first[sep.end() :]
        if " ".join(left.split()).casefold() in alone and " ".join(right.split()).casefold() in alone:
            labels[lines[0]] = ("navigation", TITLE_BAR)
            return
