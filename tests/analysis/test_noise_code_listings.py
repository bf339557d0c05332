"""A tutorial's code listings, each flattened onto one line as a saved page's text has a ``<pre>``
block, between its steps' sentences: the article's, and its main run of prose goes on across them.
Issue #14, unseen39 openshift-1: the Maven, XML and Java listings after the first step were taken
for page furniture (a penalty each, one read as a breadcrumb for its ">"), the run of prose ended
there, and the rest of the tutorial (32 lines) was dropped. The reported shape (Java and XML) and
two variants of our own (Python, JavaScript with shell commands); and the guards: a site's
tracking script saved at the page's foot is still no part of the article, and lines of other
kinds that hold a mark or two of code are no listing. Every page is written for the test.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

from waic_reader.index.analysis.noise.block_rules import code_listing

_JAVA = (
    "Building a link preview service in Java",
    [
        "Today I wanted to learn how to extract the text and the main image of a web page with the Java"
        " programming language, a common need of every site that shows previews of the links its readers share.",
        "In this post I will show you how to use a small Java library to do it, and how to deploy the result"
        " as a web service that anyone can call with the address of a page.",
        "Step 2 : Add Maven dependencies",
        "In the pom.xml file add the following dependency:",
        "<dependency> <groupId>de.l3s.boilerpipe</groupId> <artifactId>boilerpipe</artifactId>"
        " <version>1.2.0</version> </dependency>",
        "You will also need to add a new repository",
        "<repository> <id>boilerpipe-m2-repo</id> <url>http://example.org/svn/repo/</url> </repository>",
        "Also update the project to Java 7 by updating a couple of properties in the pom.xml file:",
        "<maven.compiler.source>1.7</maven.compiler.source> <maven.compiler.target>1.7</maven.compiler.target>",
        "Now update the project from its menu.",
        "Step 3 : Create the service",
        "Now we can create a service class which will take a url and find the title and the article text"
        " from it, and return both to whoever asked for them in one small object.",
        "import java.net.URL; import java.util.List; public class PreviewService { public Content content(String"
        " url) { final TextDocument doc = Parser.parse(new URL(url)); return new Content(doc.getTitle()); } }",
        "After the code is pushed and the application is deployed, we can open it in a browser and paste the"
        " address of any news story to see its headline and its first paragraph.",
        "That is all for today, and I would be glad to hear what you build with it.",
    ],
)
_PYTHON = (
    "Reading a large CSV file in Python without running out of memory",
    [
        "A reader asked how to sum one column of a file far larger than the memory of the laptop it sits on,"
        " and the answer takes only the standard library and a few lines of careful code.",
        "The trick is to read the rows one at a time and to keep only the running total, so that the memory"
        " used stays the same however long the file grows.",
        "Step 1 : Open the file",
        "Start with the imports and a reader over the file:",
        'import csv; import sys; handle = open(sys.argv[1], newline=""); rows = csv.reader(handle);',
        "Then skip the header row",
        "header = next(rows); column = header.index(sys.argv[2]);",
        "Keep a count of the rows as well",
        "count = 0; total = 0.0; missing = [];",
        "And a helper for the cells",
        'def number(cell): return float(cell.replace(",", "")) if cell.strip() else None',
        "And one to report the rows left out",
        'def report(missing): print(f"{len(missing)} rows without a value"); sys.exit(0 if total else 1);',
        "Step 2 : Sum the column",
        "Each row is a list of strings, so the value has to be turned into a number before it is added, and"
        " rows with an empty cell are simply passed over.",
        'total = sum(float(row[column]) for row in rows if row[column]); print(f"{total:.2f}");',
        "On a file of forty million rows the script ran in under two minutes and never used more than a few"
        " megabytes of memory, while loading the whole file at once had crashed the laptop.",
        "The same pattern works for any total, average or count that needs to see each row only once.",
    ],
)
_SHELL = (
    "Deploying a static site with one command",
    [
        "Static sites are cheap to host and hard to break, but copying the files to a server by hand every time"
        " a page changes soon becomes a chore that people put off.",
        "This guide sets up a small script that builds the site and uploads it, so that publishing a change"
        " takes a single command typed in the project's folder.",
        "Step 1 : Install the tools",
        "Install the builder first, then check its version",
        "$ npm install --save-dev eleventy",
        "$ npx eleventy --version",
        "Then create the output folder on the server",
        "$ ssh deploy@host mkdir -p /var/www/site",
        "$ ssh deploy@host chown deploy /var/www/site",
        "And check that the copy works",
        "$ rsync -az --dry-run _site/ deploy@host:/var/www/site/",
        "Step 2 : Write the script",
        "Add a deploy task to the project's package file, which builds the site and then copies the output"
        " folder to the server over a secure connection.",
        'const { execSync } = require("child_process"); execSync("npx eleventy"); execSync("rsync -az _site/'
        ' host:/var/www/");',
        '$ git add . $ git commit -am "deploy" $ git push',
        "From now on every push publishes the site within a minute, and a broken build stops before anything is"
        " copied, so the live pages are never left half updated.",
        "The same script runs unchanged on a laptop or in a continuous integration service.",
    ],
)
# A site's tracking script saved at the page's foot: page furniture, however much code it holds.
_SCRIPT = (
    "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());"
)


@pytest.mark.parametrize(("headline", "body"), [_JAVA, _PYTHON, _SHELL], ids=["java-xml", "python", "js-shell"])
def test_code_listings_between_steps_keep_the_tutorial_whole(headline: str, body: list[str]) -> None:
    lines = [*MENU, headline, *body, *FOOTER, _SCRIPT]
    got = kinds("\n".join(lines) + "\n")
    assert [line for line in body if got[line] != "content"] == [], got
    assert got["Privacy policy"] != "content", got
    assert got[_SCRIPT] != "content", got


@pytest.mark.parametrize(
    "line",
    [
        "<maven.compiler.source>1.7</maven.compiler.source> <maven.compiler.target>1.7</maven.compiler.target>",
        "header = next(rows); column = header.index(sys.argv[2]);",
        '$ git add . $ git commit -am "NewApp" $ git push',
    ],
)
def test_a_flattened_listing_is_code(line: str) -> None:
    assert code_listing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tel: 214.939.3636 Fax: 214.748.4579",  # a phone line's dotted numbers
        "18th Century; Ohio; Civil Wars",  # a tag list's semicolons
        "NASA发言人斯蒂芬妮(Stephanie Schierholz）表示：我们研究了太空中宇航员身体的各种变化",  # a name's gloss
        "Home > News > Technology > Software",  # a trail's arrows
        "$5 million was pledged by the regional government on Tuesday.",  # money, no prompt
    ],
)
def test_lines_with_a_mark_or_two_of_code_are_no_listing(line: str) -> None:
    assert not code_listing(line)
