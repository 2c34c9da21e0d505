"""Screenshots of the web app's main pages for the README: docs/screenshots/*.png.

    .venv/bin/python scripts/screenshots.py

Analyses the example corpus into a temporary store, serves it on a free port and drives
Debian's Chromium (/usr/bin/chromium) with Playwright.
"""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from storyline import api
from storyline.web import Settings, create_app

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def serve(db: Path) -> tuple[uvicorn.Server, str]:
    """The app over ``db`` on a free loopback port, in a background thread; its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=db)), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "examples.db"
        api.analyze([ROOT / "examples"], db=db, jobs=1)
        server, base = serve(db)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium")
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(base + "/")
            page.screenshot(path=str(OUT / "stories.png"))
            page.locator("a.story-title").first.click()
            page.wait_for_selector("#story-title")
            page.locator("a.figure").nth(1).click()
            page.locator("#facts").scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / "story-facts.png"))
            page.locator("#outlets").scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / "story-outlets.png"))
            page.locator("#map").scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / "story-timeline-map.png"), full_page=False)
            page.locator("tr.evidence:not([hidden]) a", has_text="in the article").first.click()
            page.wait_for_load_state()
            page.screenshot(path=str(OUT / "article.png"))
            browser.close()
        server.should_exit = True
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))


if __name__ == "__main__":
    main()
