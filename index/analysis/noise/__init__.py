"""Boilerplate (noise) detection: split an article's blocks into the article and the page around it.

Text copied from a web page carries more than the article: other stories' headlines, "Powered by"
lines, repeated bylines, tags, topic cards, share prompts, cookie and copyright notices, menus.
This package labels every block as content or noise, with a noise kind and a short reason.

There is no DOM in plain text, so the signals are the textual ones jusText, Boilerpipe and
trafilatura use: block length, sentence punctuation, stop-word density, title case, runs of
similar short lines, position relative to the article's main run of prose, vocabulary shared
with that prose, and known boilerplate phrases. Nothing here knows about particular files.

The detector is deliberately conservative: a false split hides a real paragraph from the reader,
which is worse than leaving a stray headline in. Long prose is never split off by a phrase rule,
and position rules only act outside the article's main run of prose.

The package's modules, one kind of rule each, each importing only those listed before it:

- :mod:`.patterns`: the known boilerplate phrases and the other pattern tables;
- :mod:`.features`: a block's text features (length, sentence ends, stop words, title case,
  stems) and the prose test;
- :mod:`.block_rules`: rules on one block alone (phrases, date stamps, breadcrumbs);
- :mod:`.tables`: layout, widget and "label | value" tables;
- :mod:`.credits`: photo captions, credits and galleries;
- :mod:`.bylines`: bylines, author bios and author boxes;
- :mod:`.live`: live-blog entries and their stamps;
- :mod:`.lists`: lists the article introduces, contents lists, fact boxes, bulleted runs;
- :mod:`.teasers`: other stories' teaser cards;
- :mod:`.menus`: runs of short lines (menus, headlines), lists under a related-stories header;
- :mod:`.comments`: comment sections;
- :mod:`.page`: the page's head and its outside, the article's closing lines;
- :mod:`.classify`: the block classifier, :func:`classify_page`, :func:`headline_block`;
- :mod:`.article`: :func:`classify_article`, with the HTML extractor's marks and the rescue rules;
- :mod:`.dateless`: :func:`dateless_blocks`;
- :mod:`.split`: :func:`split_noise`, :class:`NoiseSplit`, :func:`noise_json`.

This module keeps :data:`ANALYSIS_VERSION` (``analysis.versions`` reads it from this file's source)
and :data:`NOISE_KINDS`, and exports the names the rest of the code uses.
"""

from __future__ import annotations

from waic_reader.index.analysis.noise.article import classify_article
from waic_reader.index.analysis.noise.classify import classify_blocks, classify_page, headline_block
from waic_reader.index.analysis.noise.dateless import DATELESS_KINDS, dateless_blocks
from waic_reader.index.analysis.noise.page import is_page
from waic_reader.index.analysis.noise.split import NoiseSplit, Segment, marked_together, noise_json, split_noise

# Bump whenever the classification of any block can change: the search index re-indexes on it.
# 10: am/pm times in stamps, money is no stamp; 11: bulleted runs; 12: "X said 12" is no comment header;
# 13: sentence ends of other scripts (। ။ ។ ؟ …), Thai, Lao and Khmer measured by letters, words
# run on across combining marks, a bulleted list meeting the article's list is the article too;
# 14: a list under a header ends at a blank line, or at a headline over a stamp and prose;
# 15: an item's own stamp keeps a list of other stories going; 16: but not over prose under it;
# 17: runs of Chinese and Japanese lines written a clause a line are prose; 18: a table the
# article introduces with a sentence ending in ":" and resumes after is the article's; 19: a row
# written with bars holding figures or an empty cell is a table's, not a menu row; 20: "More X
# news" headers, "← Previous:" links; a related-stories header introduces no list of the article;
# 21: HTML text the extractor left out between the article's paragraphs, written as sentences;
# 22: a table of contents (its lines recur as section headings) neither extends nor splits the
# article; "Table of Contents", "Photo by X" and "On date by @handle" lines; 23: a saved page's
# headline: no fragment opening with a function word, shown again in a share row, "// By" bylines;
# 24: a series of four or more numbers is no date stamp; 25: a numbered entry heading over prose
# ends a "Related" box; 26: a run of Chinese or Japanese lines a third of which the page shows
# again is other stories' headlines, not an article written a clause a line; 27: a fact box
# ("Label: value" lines with figures) heading a page's main text is the article's, a two- or
# three-word headline straight over its byline, "published" and "updated" dates run together;
# 28: a list the article introduces after its last paragraph with a line ending in ":" is the
# article's; a player's time display ("00:38 / 01:22") alone is furniture that splits nothing;
# 29: a rubric over a date ("media Sept. 2, 2016") is no headline or deck; the page's second
# form of the headline straight over the text is kept with it; 30: a short sentence straight
# under the headline or a deck, or straight over a page's main text, is the article's; 31: a
# line the page shows three times or more is no section title of a table of contents; 32: the
# signature of a quote or an embedded post ("— Name (@handle) date") closing the article is its;
# 33: a phrase rule's header ending in ":" ("Related stories:") introduces no list of the article;
# 34: a comments header after under 100 words of prose (a share row's comment count) ends no article;
# an embedded post over its signature is the article's (text: after its end; HTML: left out after a
# main line), and WordPress's "tag-NAME" post classes hint no tag list (corpus/html.py); HTML: the
# main text straight under a comments header the extractor left out is the comments section, and
# the headline it left out over its byline (when it kept none) the article's; an author box (the
# byline's name alone, then a line about them in any tense) closing the article; "More: X" and
# "You might also like: X" teasers, "Advertisement - story continues below", inbox and opt-in
# prompts, "Disclosure Policy"; a two-column table written with bars ("Weight | 62.5 g") is a table,
# and no table's rows are a run of menu lines or headlines; three teaser cards or more in a row
# (headline, date, one-paragraph summary; one date on two cards) are other stories; captions by
# their credits: a bracketed "(Name/Outlet)" or "(Public domain)" closing them, one bracketed name
# under three pictures or more, "(Artist: X)", "Screenshot by X", "Photographer: X";
# 35: a table of three columns or more beside the article sharing no word with its prose is a
# site's data widget, judged as a run of lines again (a two-column "label | value" sheet stays);
# a list of offers (six lines or more naming prices, short headings between) straight under the
# article's last paragraph is the article's (a deals round-up); comments headers "[ 234 comments ]"
# and "Top Rated Comments", a comment's "Score: 97 Votes" line, "Related Forums: X" tag lists;
# "Around the Web" and "Sponsored by X" ad markers, a consent dialog's headings and toggles;
# most-read headers "アクセストップ10", "人気記事ランキング", "X ACCESS RANKING";
# 36: a line starting "By NAME" is a byline, never a breadcrumb, whatever separates its fields
# ("By Jane Roe / Halvik Post / 14 March 2025" was a menu row, and its date never read)
# 37: other stories' cards stamped "N minutes ago" and a featured comment ("Top Comment" … "Join In")
# between the article's paragraphs (neither splits it); a note about the byline's author anywhere
# in the text; a byline's field labels ("Author:", "Publish date:") and their values; a headline
# over a "Read article" link; a caption beside a credit alone on its line ("X/Getty Images", "©
# X / site", "X via AP"); "Get X in your inbox", "share this post with", "Subscribe on YouTube",
# "Special thanks to X", "This article appears in", a translation's credit, "Site Navigation",
# and German teasers and prompts ("Das könnte Sie auch interessieren: X", "Jetzt abonnieren")
# 38: on pages not in English (unseen11's thirteen languages): a Korean paragraph counts its spaced
# words whole (they were halved as Chinese characters, so Korean articles had no main text); a short
# sentence is a fragment of the main text, the article's closing line or its first line under the
# headline by its closing mark (the tests asked for English function words); a sentence straight
# over a photo credit is no first line; captions closing with the same bracketed credit field
# ("[Photo = …]") under three pictures are captions, whoever is credited; the standfirst under the
# first of a headline's two showings above the text (most of its words the article's) is content
# 39: (s12-n) a live blog's entry times over short entries are content, the first above the run of
# prose and those an HTML extractor left out included; a "By NAME" line outside a page's main text
# is a byline, never a teaser; a menu's run counts the links a phrase rule named ("Home"); a run
# of short lines headed "Key points" (or the like), or whose items the prose names, is the article's;
# a comment's time stamp in the comments section (text, or an HTML comments container) is comments;
# a caption ending in "Credit: X" after its sentence is a caption
# 40: (s12-f2) a line opening with a stamp's word and no date after it ("Updated ferry timetable
# published", "Posted workers return") is no date stamp (dates.is_date_label): such a headline
# is judged as a headline, not as a byline's stamp
# 41: (s12-r) a line with a slash is a bare photo credit only with a name or agency before the slash and
# names after it, no sentence ("open 24/7", "and/or", "km/h" stay the article's); a hyphen inside a
# word is no prompt's dash ("re-share this post with"); a note about the byline's author is one or
# two sentences of up to 40 words (60 with no paragraph between) by the byline or closing the body,
# not a story paragraph about them
# 42: a stamp's word then a month or a number followed by a headline's words is no date stamp
# (dates.is_date_label): "Updated March timetable for ferries" is judged as a headline
# 43: (s13-f) nor is a stamp's word then a day without a year or a time, then a headline's words
# (dates.is_stamp): "Updated May 5 schedule confuses travellers" is judged as a headline
# 44: (s13-g) an HTML page's main text tells its language (a German or Norwegian standfirst the
# extractor left out is rescued as a sentence); a standfirst straight under the headline without its
# full stop, of the body's words, is content; a line in a <nav>, or one the page shows twice
# outside its main text, is never rescued as a standfirst
# 45: (s13-g) a photo caption written as a sentence and closed by its credit on the same line ("…
# on Tuesday. Foto: Rescue Photo", "(Photo: Jane Roe / AP)", "(AP)", "… 홍길동 기자") is a caption,
# and the line over it may be the article's deck; related-stories headers in other languages
# ("Mehr zum Thema", "Noticia relacionada", "Czytaj więcej", "■関連記事") take their list, a box
# inside the article up to its next section heading over prose; up to three short first lines over
# a page's main text are the article's; a non-English standfirst the extractor left out names the
# body's words (word stems by their first letters, for inflected languages) and lies near the headline
# 46: (s13-g) other stories' cards between the article's paragraphs, a headline over a bare date stamp
# naming its year ("23. 12. 2024 13:31", "14 March 2025 09:30"), are teasers
# 47: (s13-g) "More Trending" and "Read more stories" head a list of other stories, "Up Next" (a
# video player's label) is navigation
# 48: (s13-g) a link's prompt closing a short line (", click here."), a bookmark's notice ("Story
# Saved"), a magazine's issue link, and a newsletter or subscription prompt inside a sentence ("… by
# signing up to our free weekly newsletter") are boilerplate
# 49: (s13-g2) a bracketed stage direction or a name closed by a full stop ("(Applause.)") is no
# photo credit, a bracketed name or a Korean reporter's name closing the article's last paragraph
# is its sign-off (no caption), and so is one on a paragraph longer than the prose on both sides
# 50: (s13-g2) a live blog's entries (a heading over its dated stamp over its text) are the
# article's, not other stories' cards: three or more in time order, or entries of one day whose
# text names their heading's words; the main text runs on over the last ones
# 51: (s13-g2) a sentence of reported speech ("…, the mayor said.") is no share, subscribe or
# newsletter prompt, whatever it names
# 52: (s13-g2) words matched by their first letters on a page not in English lose their accents
# at any length ("sezón" meets "sezóna"), folded as search folds them; a live blog entry's
# text and heading are matched so too; "is this English?" is lexicon.english_share's one test
# 53: (s13-f2) nor is a headline with a date among its words (dates.is_stamp): "Storm of March 3,
# 2019 remembered" is judged as a headline
# 54: (s13-f2) a byline with a time field after its date field ("By X | Outlet | 14 March 2025 |
# 10:00") is a date stamp (dates.is_stamp)
# 55: (s13-f2) a stamp line with a lower-case name ("djsteveb · March 10, 2017 at 3:19 AM", "—
# anna (@annapickard) June 7, 2016") and a labelled day with a page's clause after it ("Posted on
# March 3 in Transport") are date stamps; "By" and then a date ("BY MARCH 3, 2025 THE COUNCIL
# MUST DECIDE") is none (dates.is_stamp) (s13-f2's 49-51 taken again from 53 when merging main)
# 56: (s15-c) an all-numeric date line ("15/03/2025 09:30", "15. 3. 2025 9:30") is a date stamp
# (dates.is_stamp)
# 57: (s15-c) a date stamp in another language ("16. März 2025, 10:30 Uhr", "2025年3月16日 更新") is
# a date stamp (byline), as an English one is (dates.foreign_stamp)
# 58: (s15-e2) one dot before three digits after a count ("about 3.000 residents") groups
# thousands in any text (figures.py): a count of people or things is never fractional; a
# sentence about an event before the article's ("A 2019 fire ... injured four workers") gives no
# values to the fact sheet (facts.py)
# 59: (s15-h) WordPress's feed footer ("The post X appeared first on Y.") is an attribution line
# 60: (s16-n) asterisks or hashes leading words ("****** **** UAGC…") are no end-of-release mark;
# a bare "Discussion" over a paragraph and no comment furniture heads the article's own section;
# footnotes closed by "↩" are the article's; a blog post's own "author-NAME" class (with
# "hentry") puts the lines the extractor left out of it in no author box (corpus/html.py's hint);
# the main text's lines under a related-stories header the extractor left out, after the article's
# last paragraph, are that list's (_list_kept)
# 61: (s16-c) the fact sheet reads a count's clause verb ("12 schools were closed" is *schools
# closed*), an area's or a length's ("3,000 hectares had burned" is *area burned*), keeps the
# displaced apart from the evacuated, and groups a cost by what it is of ("the repair bill",
# "Repairs will cost": *repair cost*) (facts.py)
# 62: (s16-b) a date stamp in Polish, Russian or Czech ("16 marca 2025 r.", "Опубликовано 16 марта
# 2025", "16. března 2025"), or with a month form CLDR adds ("Jänner", "juill.", "setiembre"), is a
# date stamp (dates.foreign_stamp, date_languages' names from CLDR)
# 63: (s16-p3) a headerless teaser list (title, "date | section", …) after the article is noise
# whatever the article's last line is (_first_teaser, _quoted_sentence); a long sentence with a
# verb after a prompt's or credit's first word is prose (_cue_sentence); numbered items under a
# "Most Viewed" header are that list's (_header_owns); disclaimers are legal; a comment's text
# between its stamp and "Reply" is comments (_comment_bodies); a Markdown link line is read by its
# words; a menu's bare "Contact", a comment form's "Email", "Proudly powered by", "About us" and
# bylines with "·" between their fields get their kinds
# 64: (s16-p2) a table written with bars under a header row of no figure keeps its rows ("March |
# 3.4" was a date stamp: _headed_tables); a line naming the site with "© 2025" unended is a
# copyright notice
# 65: (s16-p1, issue #14) a menu run's last line straight over a byline and prose is the article's
# headline, no link (_over_byline_and_prose); blocks.py joins hard-wrapped text under a headline
# and around lists
# 66: (s16-z) a count of some of a casualty group named after "among" ("Two Japanese tourists
# were among the dead", "Among the injured were three children") is no value of the group's total
# (the toll): a fact of its own, "dead: Japanese tourists" (facts._among)
# 67: (s16-r) the fact sheet gives an article's repeats of a figure to the fact that already holds
# it ("has operated since 1987" said six times is one row, not six), and weighs each context word
# alike, so whether two mentions are one fact never depends on the corpus's other articles
# (facts.py)
# 68: (s17-b, issue #14) under a comments header, "Name · 2 hours ago" is a commenter's stamp and
# the lines under it the comment's (_comment_bodies); "Tweet" is a share button; the site's name
# on a page's first line over its menu is navigation (_site_name); "Follow @handle", a newsletter
# box's "Newsletter" and "Enter your email" are calls to action; a wire service's transmission
# slug ("AP-WS-03-14-25 2214EST") is attribution; a "Most popular" list's rank numbers are that
# list's, not date stamps (_consume_after_headers); an advert's cell of a layout table is
# advertisement (corpus/html.py)
# 69: (s17-a, issue #14) a run of short lines straight after the article's last paragraph,
# followed by its next sentence or closing the text under its sentence ending in ":", is the
# article's list or verse, not a menu or headlines (_article_goes_on; on a saved page _closing keeps
# it with the article's closing lines); title-case headlines of four words or more stay teasers;
# the page's own headline under a "Top Stories" list, straight over its article and naming its
# prose, is no item of it (_own_headline); a live blog entry's header under its time ("Key event",
# "Pinned post") and that time are the entry's (_entry_times); a text live blog's headline is the
# line over its controls (_live_headline)
# 70: (s17-c, issue #13 s16b N4, N9) the article's byline said again after its last paragraph is
# boilerplate (_byline_again); the fact sheet says "not compared" of a row whose values count
# different things (facts.Fact.status), and counts "11 people died" as people
# 71: (s17-m2, issue #13 s17 t13c F2) a count followed by a verb of its own is its clause's subject:
# "Four people died and 2,100 fled their homes" is no death toll (facts._own_verb); people who
# fled, were forced from or spent a night away from their homes are *people evacuated*, who
# lost them *people displaced* (facts._left_home); equal values are said to be the same value
# 72: (s17-l, issue #14 t14c faults 6, 10) the site's name over the headline is navigation
# (_name_over_headline), as is the menu's last line under the site's name over it; a page's
# headline over its standfirst in sentences is its headline (_page_head); a byline ("Von Anna
# Lind") or date stamp under the headline on a page is a byline, not a menu line (_page_outside);
# "About Reuters" over a link is a footer link and a <nav>'s "Contact" its link, no press release;
# a comments section ends at the page's footer; "Kommentare (3)" heads comments; "Image caption, …"
# is a caption, "BBC News, Osland" and the name over it a byline; "1h ago" is a stamp; a live
# blog's "Name (now) and Name (earlier)" is its byline
# 73: (s17-m4, issue #13/#14 F1) a sentence closed by a short bracketed note ("… the blaze. (L 1)")
# ends a sentence and is no headline (features); a paragraph of the prose run closed by a credit
# ("… until Tuesday. (Photo: Jane Roe)") is the article's, not a caption (_credited_paragraphs)
# 74: (s17-k, issue #14 t14c 1-5) a live blog's entries are its article: every entry (time, heading,
# paragraphs) past a short first one, its ages ("1h ago") and labels ("Key event", "Pinned post",
# a "Live" badge) furniture (_live_blog); an entry time over a heading is the entry's (_entry_times);
# a timeline's date lines, each over its event's sentences, in order, are content (_timeline); a
# list of records ("Kari Berg, 34, Halvik") the article's prose goes on after is its own, not
# headlines (_field_row); a long sentence a prompt's or credit's phrase took, between two paragraphs
# of the main run of prose and speaking to nobody, is the article's (_prose_cue)
# 75: (s18-b, issue #13) a Markdown heading that is a live blog entry's time ("## 18:00", "### 9.15am",
# "## 18:42 Update", "## 14:05 GMT — Minister speaks") is an entry time, content like "10.41 GMT"
# alone on its line (live._ENTRY_TIME), not a date stamp
# 76: (s18-c, issue #14 s18 items 1, 2, 5) a "Most read"/"Most popular" list's items the HTML
# extractor kept, or left out in an advert's cell, are headline-list; a live blog's key-events
# summary (the lines under "Key events" linking to entries) is live-blog furniture; a clock time's
# colon in a bracket closing a line ("(Updated 10:01)") is no credit field's
# 77: (s18-f, issue #14 t14 fault 9) a wire story's slug heading its copy ("BC-Valdmark-Ferry,0210")
# is attribution, as its transmission slug closing it was
# 78: (s18-e, issue #14 t14 faults 1, 5, 6) a comments header over a commenter's stamp ("X says:"
# over its date stamp, or on one line) closes the article however short it is (commenter_header),
# and "X says:" over its stamp is comment furniture (_commenter_lines); reported speech naming its
# speaker at length ("…, analyst X of Y said on Monday.") or followed by a quote is no prompt; a
# long "Credit:"/"Related:" sentence in lower case after its colon between the article's
# paragraphs (or over its closing sentence) is the article's (_prose_cue); "By signing up you
# agree to our Terms …" is legal; three one-sentence teasers or more under a related-stories header,
# closing the text or running to its footer, are that list's (menus._sentence_teasers, fault 4);
# "Get X in your inbox …" and "Get X with our newsletter" opening a line are newsletter prompts (fault 7)
# 79: (s18-h, issue #14 unseen16) a headline under a related-stories header's list, straight over a
# "By NAME" line and prose, is the page's own headline (ends the list) however short the article's
# first paragraph (menus._consume_after_headers); a short closing sentence trailing off in an
# ellipsis ("… for the kids y'all…") after the main text is a closing line of it (page._closing)
# 80: (s18-j, issue #14 t13 fault 5) a list of headlines of nearly equal length with no blank lines
# ("Most read" over 15 teasers of ~72 columns) is no hard-wrapped paragraph (blocks._headlines_apart):
# its lines reach the list rules as items, the list and its header headline-list
# 81: (s18-i, issue #13/#16 t13 fault 3) the fact sheet's figures: a count said to be on board
# ("carrying 212 passengers", "were on board", "had boarded") carries that state, and "had boarded"
# is no verb measure of its own (facts.ABOARD), so stored figures change
# 82: (s18-l, issue #14 t14b fault 1) a hard-wrapped paragraph touching a byline, stamp or share
# line with no blank line between is joined (blocks._wrapped_within), so its lines no longer reach
# the page rules one by one as headline-like teasers and get dropped
# 83: (s19-d, issue #14 unseen17) a share row's bare comment count between the headline and the
# article's first paragraph (its words repeated there) closes no article (comments.share_row_count);
# readers' comments outweighing a short article leave the main text to the run before their header
# (comments.span_before_comments); "About the visitors:" over "Batting: …" paragraphs is the article's
# heading, no release's "About" section (menus._labelled_entry); a count spelled out or beside its
# prompt ("One comment Add your comment") heads comments; a fact box's heading alone ("Probable
# starters:") keeps its run, and its lines are no menu or headlines in an HTML page's main text
# 84: (s19-c, issue #14 t14b faults 2-6, t14) a full sentence of prose (a finite verb of its own,
# the article's words) meeting the run of prose at its end is the article's though a prompt's or
# credit's phrase opens it ("Subscribe to the idea or not, the council's vote settles …"); a list
# header starts a list of its own ("Trending" under "More from World"'s items), unless it closes
# the list as its link over prose; the page's own headline under a list over a short first
# paragraph the article goes on after is content (menus._list_goes_on); a caption beside its
# labelled credit ("Photograph: X/Getty Images") is a caption, not running prose beside one
# (credits._credit_line, _GOES_ON, _REPORTS); one teaser (headline over its date line) closing
# the text is headline-list (menus._closing_teaser); "Trending: X" is a teaser, never the title
# line; a date stamp's time on the line under it is the stamp's (classify._split_stamp), and
# zone names ("CDT") are stamp words
# 85: (s19-i, issue #14 unseen18) a saved page's best run of prose set after its footer (a copyright notice
# with a year in the page's second half: a consent dialog's paragraphs drawn over the page) is no article:
# the main text is the run before the footer when it holds a paragraph's worth (page.span_before_footer);
# a photo's caption straight over its credit line ("Foto: Jane Roe / dpa") is no headline candidate, so the
# page's headline and standfirst above share rows are kept (page._over_credit_line)
# 86: (s20-e, issue #14 unseen20) a directory the article lists, numbered entries each over its "Label: value"
# lines and notes ("3、Harbour Museum", "Adult ticket: 30 euros"), is one fact box: neither prose nor furniture,
# it no longer splits the article (lists._fact_boxes); a headline read as prose opening the run of prose straight
# over its date stamp or dated byline is the headline, the main text starting under it (classify._headline_over_span);
# a spec sheet (fact box) starting under the article's last paragraph, its heading and labels written alone over
# their values between, is the article's, as one heading it is (lists._fact_box_under)
# 87: (s20-l, issue #14 unseen21) comment threads in other languages: "Reacties (29)", "Comentários",
# "Commenti" head a comments section, "Reageer", "Répondre", "Responder", "Rispondi" close a comment, and a
# commenter's stamp without "at" ("kari @jon • 6 september 2024 09:43") is one, so a thread outweighing a
# short article no longer becomes its main text (patterns, comments._COMMENTER); a plain list the article
# introduces with a line ending in ":" meeting its main text is the article's, and entries opening with a
# tracker's reference ("tdf#1234 …", "ABC-12 …") may run to a sentence's length and end in "." or "!"
# (lists._introduced_plain_lists, classify._consecutive)
ANALYSIS_VERSION = 87

NOISE_KINDS = (
    "headline-list",  # other stories' headlines, "Read more:" teasers and their headers
    "related-topics",  # "Go deeper" / "More on these topics" cards and their encyclopedia blurbs
    "attribution",  # "Powered by", "Source:", "Reporting by ...; Editing by ..."
    "byline",  # bare bylines, wire names, author/date stamps, author bios
    "tags",  # "Tags: a, b", "Filed under", hashtags
    "navigation",  # breadcrumbs, menus, "Skip to content", "Next article"
    "call-to-action",  # share, subscribe, follow, newsletter, comments prompts
    "legal",  # copyright, cookies, privacy and terms
    "advertisement",  # "Advertisement", "Sponsored", "Story continues below"
    "comments",  # comment sections: counts, "N thoughts on", "X says:", "Reply", the comments themselves
    "caption",  # photo captions and credits ("Photograph: .../Getty Images", "Credit: ...")
    "press-release",  # FOR IMMEDIATE RELEASE, "About <organisation>", media contacts, "###"
    "live-blog",  # live-blog controls: "Key events", "Show key events only"
    "outside-article",  # HTML: left out of the main text by the extractor, no other kind known
    "other",  # marked noise by the user with no detected kind
)


__all__ = [
    "ANALYSIS_VERSION",
    "DATELESS_KINDS",
    "NOISE_KINDS",
    "NoiseSplit",
    "Segment",
    "classify_article",
    "classify_blocks",
    "classify_page",
    "dateless_blocks",
    "headline_block",
    "is_page",
    "marked_together",
    "noise_json",
    "split_noise",
]
