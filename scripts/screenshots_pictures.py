"""Screenshots of a story's pictures (map, figures over time, coverage) in the web app, in
the HTML report and as printed: docs/screenshots/pictures-*.png.

    .venv/bin/python scripts/screenshots_pictures.py [EXTRA_CORPUS]

The example corpus is analysed into a temporary store and served on a free port; Debian's
Chromium (/usr/bin/chromium) is driven with Playwright. EXTRA_CORPUS (a folder of real
articles) adds a map of real places: pictures-map-real.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright
from screenshots import serve  # the script beside this one: the app on a free loopback port

from storyline import api
from storyline.report import html

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def shoot(page: Any, selector: str, name: str) -> None:
    page.locator(selector).scroll_into_view_if_needed()
    page.locator(selector).screenshot(path=str(OUT / name))


def main(extra: Path | None) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        db = Path(tmp) / "examples.db"
        result = api.analyze([ROOT / "examples"], db=db, jobs=1)
        report = Path(tmp) / "report.html"
        html.write(result, report)
        server, base = serve(db)
        page.goto(base + "/")
        page.locator("a.story-title").first.click()
        page.wait_for_selector("svg.geo-map[data-ready='1']")
        shoot(page, "#map", "pictures-map-web.png")
        shoot(page, "#figures-over-time", "pictures-figures-web.png")
        shoot(page, "#coverage", "pictures-coverage-web.png")
        page.locator("#figures-over-time a.mark").nth(2).click()
        page.wait_for_load_state()
        page.locator(":target").scroll_into_view_if_needed()
        page.screenshot(path=str(OUT / "pictures-mark-opens-sentence.png"))
        page.go_back()
        page.locator("svg.geo-map a.marker.place").first.click()
        page.wait_for_load_state()
        page.screenshot(path=str(OUT / "pictures-marker-opens-place.png"))
        page.goto(report.as_uri())
        shoot(page, "div.chart >> nth=0", "pictures-figures-report.png")
        page.emulate_media(media="print")
        shoot(page, "svg.coverage", "pictures-coverage-print.png")
        page.emulate_media(media="screen")
        server.should_exit = True
        if extra is not None:
            db = Path(tmp) / "extra.db"
            api.analyze([extra], db=db, jobs=1)
            server, base = serve(db)
            page.goto(base + "/")
            page.locator("a.story-title").first.click()
            page.wait_for_selector("svg.geo-map[data-ready='1']")
            shoot(page, "#map", "pictures-map-real.png")
            for k in ("1.60", "2.56"):
                page.get_by_role("button", name="zoom in").click()
                page.wait_for_selector(f"svg.geo-map[data-zoom='{k}']")
            shoot(page, "#map", "pictures-map-real-zoomed.png")
            shoot(page, "#coverage", "pictures-coverage-real.png")
            if page.locator("#figures-over-time").count():
                shoot(page, "#figures-over-time figure >> nth=0", "pictures-figures-real.png")
            server.should_exit = True
        browser.close()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("pictures-*.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
