"""The website (``python3 tasks.py site``) in headless Chromium: every page of both editions.

Each page is served from the built folder by a loopback HTTP server and opened once. A page
passes when it logs no console error and no uncaught exception, every request it makes stays
on the site and succeeds, every image loads and has alternative text, every link inside the
site lands on an existing page (and anchor), the language switch points at the same page of
the other edition, and the math is typeset. Then the search page must find each lesson by a
word of its title, one language switch is clicked through, and a few pages are saved as
screenshots (light and dark) in ``tests/browser/output/site/`` for review.

The site folder is ``$NBC_SITE`` or ``build/site``. When it is missing the tests are skipped
with the command that builds it, except under CI (``$CI`` set), where that is a failure.
"""

import functools
import html
import html.parser
import http.server
import os
import re
import threading
import urllib.parse
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("NBC_SITE", REPO / "build" / "site")).resolve()
EDITIONS = ("en", "ru")
SCREENSHOTS = ["index.html", "en/index.html", "en/chapters/1.2.1-perceptron.html",
               "ru/chapters/1.2.1-perceptron.html", "en/exercises/ex05-product-feature.html",
               "ru/solutions/ex05-product-feature.html"]


def site_pages():
    """Every HTML page of the site, as paths relative to its root."""
    if not (SITE / "index.html").exists():
        return []
    pages = [SITE / "index.html"]
    for lang in EDITIONS:
        pages += sorted(p for p in (SITE / lang).rglob("*.html")
                        if not {"_static", "_sources", "_images"} & set(p.parts))
    return [p.relative_to(SITE).as_posix() for p in pages]


def lesson_pages():
    return [p for p in site_pages() if re.match(r"^(en|ru)/(chapters|exercises|solutions)/"
                                                r"(?!index\.html)", p)]


MISSING = f"no site in {SITE}: build it with `python3 tasks.py site`"


def params(pages):
    """``pages``, or one stand-in that is skipped (a failure under CI) when there is no site."""
    if pages:
        return pages
    if os.environ.get("CI"):
        return ["missing"]
    return [pytest.param("missing", marks=pytest.mark.skip(reason=MISSING))]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url():
    handler = functools.partial(_Quiet, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_browser(chromium_browser):
    # The session's one Chromium (tests/browser/conftest.py): a second sync Playwright
    # instance would fail while the notebook tests' one is running.
    return chromium_browser


class Visit:
    """One page opened in a fresh tab, with everything it logged and requested."""

    def __init__(self, browser, site_url, path, color_scheme="light"):
        self.errors, self.outside, self.failed = [], [], []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900},
                                           color_scheme=color_scheme)
        # Nothing may leave the site: such a request is recorded and never sent.
        self.context.route("**/*", self._route(site_url))
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(
            f"{r.url}: HTTP {r.status}"))
        self.page.goto(site_url + path, wait_until="load")
        self.wait_for_math()

    def _route(self, site_url):
        def route(route):
            if route.request.url.startswith(site_url) or route.request.url.startswith("data:"):
                route.continue_()
            else:
                self.outside.append(route.request.url)
                route.abort()
        return route

    def wait_for_math(self):
        self.page.wait_for_function(
            """() => new Promise(done => {
                 if (!document.querySelector('.math')) return done(true);
                 if (!window.MathJax || !MathJax.Hub) return done(false);
                 MathJax.Hub.Queue(() => done(true));
               })""", timeout=60_000)

    def close(self):
        self.context.close()


@pytest.fixture
def visit(site_browser, site_url):
    opened = []

    def open_page(path, color_scheme="light"):
        assert path != "missing", MISSING
        opened.append(Visit(site_browser, site_url, path, color_scheme))
        return opened[-1]

    yield open_page
    for page in opened:
        page.close()


class _Ids(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        self.ids.update(value for name, value in attrs if name in ("id", "name") and value)


@functools.cache
def anchors(path):
    parser = _Ids()
    parser.feed(Path(path).read_text(encoding="utf-8"))
    return parser.ids


def broken_links(hrefs, site_url):
    """The links inside the site whose page (or anchor) does not exist."""
    broken = []
    for href in hrefs:
        if not href.startswith(site_url):
            continue
        parts = urllib.parse.urlsplit(href)
        target = SITE / urllib.parse.unquote(parts.path.lstrip("/"))
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            broken.append(href)
        elif parts.fragment and target.suffix == ".html" and (
                urllib.parse.unquote(parts.fragment) not in anchors(target)):
            broken.append(href)
    return broken


@pytest.mark.parametrize("path", params(site_pages()))
def test_page_is_whole_and_self_contained(visit, site_url, path):
    page = visit(path)
    assert not page.outside, f"requests leaving the site: {page.outside}"
    assert not page.failed, f"failed requests: {page.failed}"
    assert not page.errors, f"console errors: {page.errors}"
    images = page.page.eval_on_selector_all(
        "img", "els => els.map(e => [e.src, e.complete && e.naturalWidth > 0, e.alt])")
    assert [src for src, loaded, _ in images if not loaded] == [], "images that do not load"
    assert [src for src, _, alt in images if not alt.strip() or alt.endswith(".png")] == [], (
        "images without alternative text")
    hrefs = page.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert broken_links(hrefs, site_url) == []
    assert page.page.locator(".MathJax_Error, .math:has-text('\\\\(')").count() == 0, (
        "math left untypeset")
    if path.count("/") >= 1:
        lang, rest = path.split("/", 1)
        assert page.page.get_attribute("html", "lang") == lang
        switch = page.page.get_attribute(".nbc-lang-switch", "href")
        other = "ru" if lang == "en" else "en"
        expected = f"{other}/{rest}" if (SITE / other / rest).exists() else f"{other}/index.html"
        assert urllib.parse.urljoin(site_url + path, switch) == site_url + expected


def title_of(path):
    """The text of a page's first heading, read from the built file."""
    found = re.search(r"<h1[^>]*>(.*?)</h1>", (SITE / path).read_text(encoding="utf-8"), re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", found[1])) if found else ""


@pytest.mark.parametrize("path", params(lesson_pages()))
def test_search_finds_the_page_by_a_word_of_its_title(visit, site_url, path):
    title = title_of(path)
    words = re.findall(r"[^\W\d_]{4,}", title)
    assert words, f"no word to search for in the title {title!r}"
    term = max(words, key=len)
    lang = path.split("/")[0]
    results = visit(f"{lang}/search.html?q={urllib.parse.quote(term)}")
    # Finished when the heading loses its progress dots (its summary line is not translated
    # into every language, so it cannot be the sign).
    results.page.wait_for_function(
        "() => { const h = document.querySelector('#search-results h2');"
        "        return h && !h.querySelector('span'); }", timeout=60_000)
    found = results.page.eval_on_selector_all(
        "#search-results ul.search li a", "els => els.map(e => e.href.split('?')[0])")
    assert site_url + path in found, f"searching {term!r} did not find {path}"
    assert results.errors == [] and results.outside == []


@pytest.mark.parametrize("path", params(["en/chapters/1.2.1-perceptron.html"]))
def test_language_switch_lands_on_the_same_section(visit, site_url, path):
    page = visit(path)
    number = page.page.inner_text("article h1").split()[0]
    page.page.click(".nbc-lang-switch")
    page.page.wait_for_load_state("load")
    assert page.page.url == site_url + "ru/chapters/1.2.1-perceptron.html"
    assert page.page.get_attribute("html", "lang") == "ru"
    assert page.page.inner_text("article h1").split()[0] == number


@pytest.mark.parametrize("path", params([p for p in SCREENSHOTS if (SITE / p).exists()]))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot_for_review(visit, output_dir, path, scheme):
    page = visit(path, color_scheme=scheme)
    if path != "index.html":
        # The theme follows the browser's colour scheme until the reader picks one.
        assert page.page.get_attribute("html", "data-theme") == scheme
    folder = output_dir / "site"
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.replace('/', '_').removesuffix('.html')}-{scheme}.png"
    page.page.screenshot(path=str(target), full_page=False)
    assert target.stat().st_size > 10_000
    assert page.errors == [] and page.outside == []
