"""English pages show no Vietnamese, Vietnamese pages no English (issue 12).

Two crawlers walk the demo site as a reader does: from the home page of a language, every
internal link of that language (pages, listings and their filters, pagination, feeds),
plus the sitemap's URLs. Each page's visible text, its alt/title/aria-label/placeholder
attributes, meta descriptions, JSON-LD and link addresses are checked for words of the
other language. Text marked with another language (``lang="vi"`` on the switcher) is
exempt: it says what it is.
"""

import json
import re
from collections import deque
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

# Rendering and Redis, not the database engine: .ci/run runs these once, on SQLite.
# Engine-independent crawlers: .ci/run gives them to the PostgreSQL pass, the shorter one.
pytestmark = [pytest.mark.django_db, pytest.mark.engine_independent, pytest.mark.ci_on_postgresql]

# Letters only Vietnamese uses (with tone marks), lower case; words are checked lowered.
VIETNAMESE_LETTERS = set("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
# Proper names English pages may write the Vietnamese way (lower case). Names are
# written without diacritics in English (Hung Yen, Nguyen Van An); numbers are codes.
# The exceptions: country names English writes with their French accents.
ENGLISH_PAGE_ALLOWLIST: set[str] = {"côte", "réunion", "barthélemy"}

# Common English words that are not also Vietnamese words ("an", "in", "to", "can", "no",
# "may", "me", "then", "than" are, so they are left out).
ENGLISH_WORDS = set(
    """
    the and of with for from this that these those is are was were be been has have had
    will would could should must not yes or by at into onto about after before more less
    most all any each every other some such there here when where which who what why how
    your you our we they their its it she his her them us my
    news read search page pages next previous home back close open menu skip main content
    register registration event events upcoming archive month calendar today tomorrow
    download downloads share print contact contacts email address phone website
    product products technology technologies science department province city commune
    ward district view details detail learn show hide filter filters clear apply
    submit send name names date dates time times type types year years results result
    found none nothing sorry error loading please thank thanks welcome language english
    vietnamese document documents decision plan directive letter notice report
    resolution decree circular topic topics tags tag author authors source
    stars star score price negotiable transferred commercialized licence license
    field fields status level ministry provincial national committee people
    cooperative enterprise household business businesses inquiry inquiries
    seats seat waiting list full cancel cancelled confirmed free online offline venue
    speaker speakers organizer organiser organizers now deadline
    summary description specifications buy partner outcome project institution
    funded state budget exclusive assignment capital consultancy training
    feed subscribe follow twitter privacy policy terms
    """.split()
)
# Words a Vietnamese page may show in English: names, acronyms and borrowed terms.
VIETNAMESE_PAGE_ALLOWLIST = {"ocop", "email", "website", "url", "rss", "facebook", "youtube"}

MAX_PAGES = 2000
# Month views go on for ever: keep to a year either side of today.
MONTH_PATH = re.compile(r"/(\d{4})/(\d{1,2})/$")
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/", "/api/", "/django-admin/")
CHECKED_TYPES = ("text/html", "application/rss+xml", "application/xml", "text/calendar")
READ_META = ("description", "keywords")
URL_META = ("og:image", "og:url", "twitter:image", "og:locale", "twitter:card", "og:type")
TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder", "aria-description")


def in_language(path: str, language: str) -> bool:
    is_english = path == "/en/" or path.startswith("/en/")
    return is_english if language == "en" else not is_english


def followable(url: str, language: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in ("", "testserver"):
        return False
    path = parts.path
    if not path.startswith("/") or path.startswith(SKIPPED_PREFIXES):
        return False
    if not in_language(path, language):
        return False
    # Filters are followed one at a time (a page of a filtered list too), not combined.
    params = [key for key, _value in parse_qsl(parts.query) if key != "page"]
    if len(params) > 1:
        return False
    month = MONTH_PATH.search(path)
    if month:
        today = timezone.localdate()
        months = (int(month[1]) - today.year) * 12 + int(month[2]) - today.month
        if abs(months) > 12:
            return False
    return True


def normalized(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def marked_other_language(element, language: str) -> bool:
    """True inside an element whose lang attribute names another language."""
    for node in [element, *element.parents]:
        lang = node.get("lang")
        if lang:
            return not lang.startswith(language)
    return False


def html_texts(soup: BeautifulSoup, language: str) -> list[str]:
    """What a reader (or a screen reader, or a search engine) gets from the page."""
    texts = []
    for script in soup.select('script[type="application/ld+json"]'):
        texts.extend(json_strings(json.loads(script.string or "null")))
    for element in soup(["script", "style", "template", "noscript"]):
        element.decompose()
    for meta in soup.select("meta[content]"):
        name = meta.get("name", "") or meta.get("property", "")
        if name in READ_META or name.startswith(("og:", "twitter:")) and name not in URL_META:
            texts.append(meta["content"])
    for title in soup.select("title"):
        texts.append(title.get_text())
    body = soup.body or soup
    for string in body.find_all(string=True):
        parent = string.parent
        if marked_other_language(parent, language):
            continue
        texts.append(str(string))
    for element in body.find_all(True):
        if marked_other_language(element, language):
            continue
        for attribute in TEXT_ATTRIBUTES:
            if attribute in element.attrs:
                texts.append(element[attribute])
        if element.name == "input" and element.get("type") in ("submit", "button"):
            texts.append(element.get("value", ""))
        if language == "en" and element.name == "a" and element.get("href"):
            texts.extend(address_texts(element["href"]))
    return texts


def address_texts(href: str) -> list[str]:
    """The words of a link's address on an English page (tag and filter slugs are ASCII);
    a slug's hyphens separate words, a sentence's (a share link's subject) do not."""
    parts = urlsplit(href)
    values = [unquote(parts.path), *(value for _key, value in parse_qsl(parts.query))]
    return [value if " " in value else value.replace("-", " ") for value in values]


def json_strings(value) -> list[str]:
    """The texts of JSON-LD: not its vocabulary (@context, @type) nor addresses."""
    if isinstance(value, dict):
        return [
            text
            for key, item in value.items()
            if not key.startswith("@")
            for text in json_strings(item)
        ]
    if isinstance(value, list):
        return [text for item in value for text in json_strings(item)]
    if isinstance(value, str) and not value.startswith(("http://", "https://", "/")):
        return [value]
    return []


def feed_texts(content: bytes) -> list[str]:
    """An RSS feed's titles, descriptions and categories (descriptions are HTML)."""
    texts = [
        element.text or ""
        for element in ElementTree.fromstring(content).iter()
        if element.tag in ("title", "description", "category")
    ]
    return [BeautifulSoup(text, "html.parser").get_text(" ") for text in texts]


def sitemap_urls(content: bytes) -> list[str]:
    return [
        element.text or ""
        for element in ElementTree.fromstring(content).iter()
        if element.tag.endswith("}loc")
    ]


def calendar_texts(content: str) -> list[str]:
    keys = ("SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME", "X-WR-CALDESC", "CATEGORIES")
    unfolded = re.sub(r"\r?\n[ \t]", "", content)
    return [
        line.split(":", 1)[1].replace("\\n", " ").replace("\\,", ",")
        for line in unfolded.splitlines()
        if line.split(";", 1)[0].split(":", 1)[0] in keys and ":" in line
    ]


def words(text: str) -> list[str]:
    """The words of a text; a chunk with a digit is a code (document or project number,
    such as 4556/QĐ-UBND), written the same in both languages."""
    return [
        word
        for chunk in text.split()
        if not any(character.isdigit() for character in chunk)
        for word in re.findall(r"[^\W\d_]+", chunk)
    ]


def vietnamese_words(text: str) -> set[str]:
    found = set()
    for word in words(text):
        lowered = word.lower()
        if VIETNAMESE_LETTERS & set(lowered) and lowered not in ENGLISH_PAGE_ALLOWLIST:
            found.add(word)
    return found


def english_words(text: str) -> set[str]:
    found = set()
    for word in words(text):
        lowered = word.lower()
        if lowered in ENGLISH_WORDS and lowered not in VIETNAMESE_PAGE_ALLOWLIST:
            found.add(word)
    return found


def crawl(client, language: str, start: list[str], offending) -> dict[str, dict[str, str]]:
    """{url: {offending word: the text it is in}} over the language's pages from ``start``."""
    headers = {"HTTP_ACCEPT_LANGUAGE": language}
    sitemap = client.get("/sitemap.xml", **headers)
    queue = deque(start)
    for loc in sitemap_urls(sitemap.content):
        if followable(loc, language):
            queue.append(normalized(loc))
    seen = set(queue)
    problems: dict[str, dict[str, str]] = {}
    visited = 0
    while queue:
        url = queue.popleft()
        response = client.get(url, **headers)
        visited += 1
        assert visited <= MAX_PAGES, "The crawl does not end: a link generates pages"
        if response.status_code in (301, 302):
            location = normalized(urljoin(url, response["Location"]))
            if followable(location, language) and location not in seen:
                seen.add(location)
                queue.append(location)
            continue
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        content_type = response.get("Content-Type", "").split(";")[0]
        if content_type not in CHECKED_TYPES:
            continue
        content = response.content
        if content_type == "text/html":
            soup = BeautifulSoup(content, "html.parser")
            links = [a["href"] for a in soup.select("a[href], link[href]")]
            texts = html_texts(soup, language)
        elif content_type == "text/calendar":
            links, texts = [], calendar_texts(content.decode())
        else:
            links, texts = [], feed_texts(content)
        for href in links:
            target = urljoin(url, href.split("#")[0])
            if followable(target, language) and normalized(target) not in seen:
                seen.add(normalized(target))
                queue.append(normalized(target))
        found = {word: text for text in texts for word in offending(text)}
        if found:
            problems[url] = found
    assert visited > 20, f"Only {visited} pages were reached from {start}"
    return problems


def report(problems: dict[str, dict[str, str]]) -> str:
    """One line a URL: its offending words, each with the start of the text it is in."""
    lines = []
    for url, found in sorted(problems.items()):
        quoted = (
            f"{word} ({' '.join(text.split())[:60]!r})" for word, text in sorted(found.items())
        )
        lines.append(f"{url}: {', '.join(quoted)}")
    return "\n".join(lines)


def test_english_pages_show_no_vietnamese(client, demo):
    problems = crawl(client, "en", ["/en/", "/en/search/?q=technology"], vietnamese_words)
    assert not problems, "Vietnamese words on English pages:\n" + report(problems)


def test_vietnamese_pages_show_no_english(client, demo):
    problems = crawl(client, "vi", ["/", "/search/?q=c%C3%B4ng+ngh%E1%BB%87"], english_words)
    assert not problems, "English words on Vietnamese pages:\n" + report(problems)
