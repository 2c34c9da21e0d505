"""End to end in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright): a real
server on a free port, a real browser, the page's own script and style."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from storyline.web import Settings, create_app

CHROMIUM = Path(os.environ.get("STORYLINE_CHROMIUM", "/usr/bin/chromium"))
pytestmark = pytest.mark.slow


@pytest.fixture
def server(db: Path, tmp_path: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(db=db, uploads=tmp_path / "uploads")), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture
def page(server: str) -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):  # fail loudly, never skip, in CI
            pytest.fail(f"{CHROMIUM} is missing: CI runs the browser tests (.ci/run installs Debian's chromium "
                        "with apt-get when it is missing)")
        pytest.skip(f"{CHROMIUM} not found")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        problems: list[str] = []
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.problems = problems
        tab.base = server
        yield tab
        browser.close()
    assert not problems, f"browser errors (a CSP violation, a script error): {problems}"


def test_click_a_figure_and_see_its_sentence_in_each_article(page: Any) -> None:
    page.goto(page.base + "/")
    page.get_by_role("link", name="Tyrne dam breach").first.click()
    page.wait_for_selector("#story-title")
    figure = page.locator("a.figure").first
    number = figure.inner_text()
    evidence = page.locator(f"[id=\"{figure.get_attribute('data-evidence')}\"]")
    assert evidence.is_hidden()
    figure.click()
    assert evidence.is_visible()
    chosen = evidence.locator("li.active")
    assert chosen.count() == 1 and chosen.locator("mark").inner_text() == number  # the figure, marked in its sentence
    figure.click()  # a second click closes it
    assert evidence.is_hidden()
    figure.click()
    chosen.get_by_role("link", name="in the article").click()
    page.wait_for_load_state()
    assert "/articles/" in page.url and "#" in page.url
    target = page.locator(":target")
    assert target.count() == 1 and number in target.inner_text() and target.is_visible()
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"  # highlighted


def test_upload_from_the_page_and_follow_the_progress(page: Any, tmp_path: Path) -> None:
    upload = tmp_path / "marsk-update.txt"
    upload.write_text("Marsk flood: 5,200 people evacuated, officials say\n\n"
                      "Officials in Marsk said on Sunday that 5,200 people had been evacuated since the Tyrne dam "
                      "breach flooded the city.\n", encoding="utf-8")
    page.goto(page.base + "/")
    page.set_input_files("input[name=files]", str(upload))
    page.get_by_role("button", name="Upload and analyse").click()
    page.wait_for_selector("#job-state[data-state=done]", timeout=120_000)  # the page reloads itself until done
    assert "1 new" in page.inner_text("main")
    page.locator("#job-stories a").first.click()
    page.wait_for_selector("#story-title")
    assert "marsk-update" in page.content() or "5,200" in page.inner_text("#facts")


def test_search_filters_and_removed_lines(page: Any) -> None:
    page.goto(page.base + "/")
    page.fill("nav input[name=q]", "volcano")
    page.keyboard.press("Enter")
    page.wait_for_selector("li.empty")
    page.goto(page.base + "/")
    page.select_option("select[name=language]", "sv")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_selector("#count")
    assert page.inner_text("#count").startswith("1 story")
    page.locator("a.story-title").first.click()
    page.locator("#articles a").first.click()
    removed = page.locator("#removed table")
    assert removed.is_hidden()  # removed lines only on demand
    page.locator("#removed summary").click()
    assert removed.is_visible()


def _story(page: Any) -> list[str]:
    """Open the example story; every URL the page asks for from then on."""
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(page.base + "/")
    page.get_by_role("link", name="Tyrne dam breach").first.click()
    page.wait_for_selector("#story-title")
    return asked


def _only_the_app(page: Any, asked: list[str]) -> None:
    outside = [u for u in asked if not u.startswith(page.base + "/") and not u.startswith("data:")]
    assert not outside, f"requests left the app: {outside}"
    assert any(u.endswith("/static/d3-zoom.min.js") for u in asked)  # the library comes from the app itself


def test_the_map_draws_borders_zooms_and_a_marker_opens_its_place(page: Any) -> None:
    asked = _story(page)
    response = page.request.get(page.url)
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_selector("svg.geo-map[data-ready='1']")  # d3-zoom took the map
    countries = page.locator("svg.geo-map path.country")
    assert countries.count() >= 5  # Germany and its neighbours, with borders
    names = set(countries.locator("title").all_text_contents())
    assert {"Germany", "France", "Poland"} <= names
    box = page.locator("svg.geo-map").bounding_box()
    assert box and box["width"] > 600 and box["height"] > 250
    assert page.locator("svg.geo-map path.country").first.evaluate("e => e.getBBox().width") > 10
    page.get_by_role("button", name="zoom in").click()
    page.wait_for_selector("svg.geo-map[data-zoom='1.60']")
    page.get_by_role("button", name="reset the view").click()
    page.wait_for_selector("svg.geo-map[data-zoom='1.00']")
    marker = page.locator("svg.geo-map a.marker.place").first
    name = marker.get_attribute("data-name")
    marker.click()
    page.wait_for_url("**/entities/**")
    assert page.locator("h1").inner_text() == name
    _only_the_app(page, asked)


def test_a_chart_mark_opens_its_sentence_and_coverage_its_article(page: Any) -> None:
    asked = _story(page)
    marks = page.locator("#figures-over-time a.mark")
    assert marks.count() >= 4  # the death tolls, one mark per report
    assert page.locator("#figures-over-time svg line[stroke-width='2']").count() >= 1  # a bound drawn as a bar
    mark = marks.first
    number = mark.locator("title").text_content().split(": ", 1)[1].split(" (credited")[0]
    mark.click()
    page.wait_for_url("**/articles/**#s-*")
    target = page.locator(":target")
    assert target.count() == 1 and number in target.inner_text() and target.is_visible()
    page.go_back()
    page.wait_for_selector("#coverage svg.coverage")
    rows = page.locator("#coverage a.article-mark")
    assert rows.count() == 7  # every article of the story at its publication day
    assert page.locator("#coverage a.event-mark").count() >= 3  # the events on the same axis
    title = rows.first.locator("title").text_content()
    rows.first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("h1").inner_text() in title
    _only_the_app(page, asked)
