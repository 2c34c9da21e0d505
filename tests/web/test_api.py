"""The JSON API and the pages, through FastAPI's test client."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from storyline.web import Settings, create_app
from storyline.web.app import is_loopback

HOSTILE = ("<script>alert('title')</script> Dam breach at <img src=x onerror=alert(1)> Marsk\n\n"
           "Officials said 40 people were evacuated from Marsk on Friday after the <b>dam</b> broke. "
           "</p><script>alert('body')</script>\n")


def _wait(client: TestClient, job: dict[str, Any], timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while job["state"] in ("queued", "running"):
        assert time.monotonic() < deadline, f"job {job['id']} still {job['state']}"
        time.sleep(0.2)
        job = client.get(f"/api/jobs/{job['id']}").json()
    return job


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    assert body["error"]["code"] and body["error"]["message"]
    return str(body["error"]["message"])


def test_stories_list_search_and_filters(client: TestClient) -> None:
    everything = client.get("/api/stories").json()
    assert everything["total"] == len(everything["stories"]) >= 1
    dam = everything["stories"][0]
    assert "Tyrne" in dam["title"] and dam["articles"] >= 6 and "sv" in dam["languages"]
    assert client.get("/api/stories", params={"q": "tyrne"}).json()["total"] == 1  # any case
    assert client.get("/api/stories", params={"q": "volcano"}).json()["total"] == 0
    assert client.get("/api/stories", params={"q": "100%_"}).json()["total"] == 0  # LIKE wildcards are literal
    assert client.get("/api/stories", params={"language": "sv"}).json()["total"] == 1
    assert client.get("/api/stories", params={"language": "fi"}).json()["total"] == 0
    assert client.get("/api/stories", params={"outlet": "Nordpress"}).json()["total"] == 1
    assert client.get("/api/stories", params={"since": "2025-03-15", "until": "2025-03-15"}).json()["total"] == 1
    assert client.get("/api/stories", params={"since": "2026-01-01"}).json()["total"] == 0
    assert client.get("/api/stories", params={"since": "", "until": ""}).json()["total"] == 1  # a form's empty fields
    assert "since" in _error(client.get("/api/stories", params={"since": "15 March"}), 422)
    _error(client.get("/api/stories", params={"limit": 0}), 422)


def test_story_is_a_dossier_with_facts_timeline_and_outlets(client: TestClient) -> None:
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    dossier = client.get(f"/api/stories/{story_id}").json()
    assert dossier["schema"].startswith("storyline")
    story = dossier["stories"][0]
    assert story["id"] == story_id
    assert {a["id"] for a in dossier["articles"]} == set(story["articles"])
    claims = {c["id"]: c for c in dossier["claims"]}
    assert story["facts"] and all(c in claims for f in story["facts"] for c in f["claims"])
    assert story["timeline_entries"]
    outlets = {o["outlet"]: o for o in story["outlets"]}
    assert "Nordpress" in outlets and len(outlets["Nordpress"]["articles"]) == 2
    for o in outlets.values():  # what an outlet misses, it does not report
        assert set(o["facts"]).isdisjoint(o["missing_facts"])
        assert set(o["facts"]) <= {f["id"] for f in story["facts"]}


def test_unknown_ids_get_one_error_shape(client: TestClient) -> None:
    assert "no story" in _error(client.get("/api/stories/s-nope"), 404)
    assert "no article" in _error(client.get("/api/articles/a-nope"), 404)
    _error(client.get("/api/articles/..%2F..%2Fetc%2Fpasswd"), 404)  # a path is no id: no route
    _error(client.get("/api/no-such-route"), 404)
    _error(client.get("/api/jobs/nope"), 404)
    page = client.get("/stories/s-nope", headers={"accept": "text/html"})
    assert page.status_code == 404 and "no story" in page.text and page.headers["content-type"].startswith("text/html")


def test_pages_render_and_link_every_figure_to_its_sentence(client: TestClient) -> None:
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    assert "Tyrne" in client.get("/").text
    page = client.get(f"/stories/{story_id}").text
    figures = re.findall(r'<a class="figure" href="/articles/([^"#]+)#([^"]+)"', page)
    assert figures
    article_id, anchor = figures[0]
    article = client.get(f"/articles/{article_id}").text
    assert f'id="{anchor}"' in article  # the sentence the figure links to is there, an anchor to highlight
    assert "removed as boilerplate" in article
    dossier = client.get(f"/api/stories/{story_id}").json()
    entity = max(dossier["entities"], key=lambda e: len(e["mentions"]))
    entity_page = client.get(f"/stories/{story_id}/entities/{entity['id']}").text
    assert entity["name"] in entity_page and entity_page.count("<mark>") == len(entity["mentions"])
    assert client.get(f"/api/stories/{story_id}/entities/{entity['id']}").json()["name"] == entity["name"]
    assert "/api/stories" in client.get("/api").text


def test_quotes_are_listed_by_speaker_and_link_to_their_place(client: TestClient) -> None:
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    dossier = client.get(f"/api/stories/{story_id}").json()
    assert dossier["quotes"] and all(q["article"] in dossier["stories"][0]["articles"] for q in dossier["quotes"])
    assert any(q["speaker"] and q["source_type"] for q in dossier["quotes"])
    page = client.get(f"/stories/{story_id}").text
    assert "Who is quoted" in page
    links = re.findall(r'href="/articles/([^"#]+)#(q-[^"]+)"', page)
    assert len(links) == len(dossier["quotes"])
    article_id, anchor = links[0]
    assert f'id="{anchor}"' in client.get(f"/articles/{article_id}").text


def test_pages_load_nothing_from_elsewhere(client: TestClient) -> None:
    story_id = client.get("/api/stories").json()["stories"][0]["id"]
    for url in ("/", f"/stories/{story_id}", "/api"):
        response = client.get(url)
        assert "default-src 'self'" in response.headers["content-security-policy"]
        for ref in re.findall(r'(?:src|href)="([^"]*)"', response.text):
            assert ref.startswith(("/", "#", "?")), f"{url} loads {ref}"
    assert client.get("/static/storyline.css").status_code == 200
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/docs").status_code == 404  # the stock docs page loads a CDN: not served


def test_openapi_documents_the_api() -> None:
    app = create_app(Settings(db=Path("unused.db")))
    schema = app.openapi()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles", "/api/jobs/{job_id}"} <= set(schema["paths"])
    assert "ErrorOut" in schema["components"]["schemas"]
    assert "Entity" in schema["components"]["schemas"]


def test_upload_runs_in_the_background_and_escapes_hostile_text(client: TestClient) -> None:
    files = [("files", ("../../hostile.txt", HOSTILE.encode(), "text/plain"))]
    job = client.post("/api/articles", files=files)
    assert job.status_code == 202
    done = _wait(client, job.json())
    assert done["state"] == "done" and done["new"] == 1 and done["files"] == ["hostile.txt"], done
    article = client.get("/api/articles/hostile").json()
    assert "<script>" in article["article"]["text"]  # stored as written…
    page = client.get("/articles/hostile").text
    assert "<script>alert" not in page and "<img src=x" not in page  # …shown escaped
    assert "&lt;script&gt;" in page
    story = done["stories"][0]
    assert "<script>alert" not in client.get(f"/stories/{story}").text
    job_page = client.get(f"/jobs/{done['id']}").text
    assert "hostile.txt" in job_page and "/tmp" not in job_page  # no server paths shown


def test_uploads_are_kept_inside_their_folder(client: TestClient, tmp_path: Path) -> None:
    sneaky = ("../../../escape.txt", b"Text about a flood.\n", "text/plain")
    job = client.post("/api/articles", files=[("files", sneaky)])
    _wait(client, job.json())
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path.parent / "escape.txt").exists()
    assert list((tmp_path / "uploads").glob("*/escape.txt"))


@pytest.mark.parametrize(("name", "content", "status"), [
    ("notes.exe", b"MZ\x90\x00", 415),
    ("empty.txt", b"", 400),
])
def test_bad_uploads_are_refused(client: TestClient, name: str, content: bytes, status: int) -> None:
    assert name in _error(client.post("/api/articles", files=[("files", (name, content, "text/plain"))]), status)


def test_upload_size_limit(db: Path, tmp_path: Path) -> None:
    with TestClient(create_app(Settings(db=db, max_upload_mb=0.01, max_files=2, uploads=tmp_path / "up"))) as c:
        big = b"word " * 5000  # 25 KB > 10 KB per file
        assert "larger than" in _error(c.post("/api/articles", files=[("files", ("big.txt", big, "text/plain"))]), 413)
        three = [("files", (f"{i}.txt", b"a flood", "text/plain")) for i in range(3)]
        assert "at most 2" in _error(c.post("/api/articles", files=three), 413)
        huge = b"x" * (c.app.state.settings.max_body + 10)  # refused by its length before it is read
        _error(c.post("/api/articles", content=huge, headers={"content-type": "multipart/form-data; boundary=x"}), 413)
        assert not any((tmp_path / "up").rglob("*.txt"))  # nothing of a refused upload is kept


def test_a_token_is_required_when_set(db: Path, tmp_path: Path) -> None:
    with TestClient(create_app(Settings(db=db, token="s3cret",  # noqa: S106 - a test token
                                           uploads=tmp_path / "up"))) as c:
        assert "token" in _error(c.get("/api/stories"), 401)
        assert c.get("/api/stories", headers={"authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/stories", headers={"authorization": "Bearer s3cret"}).status_code == 200
        first = c.get("/?token=s3cret", follow_redirects=False)
        assert first.status_code == 303 and "token" not in first.headers["location"]
        assert c.get("/").status_code == 200  # the cookie set by the link now lets the browser in
        c.cookies.clear()
        assert c.get("/", headers={"accept": "text/html"}).status_code == 401
        assert c.get("/static/storyline.css").status_code == 200  # assets are public: the page's style loads


def test_only_loopback_goes_without_a_token() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0")  # noqa: S104 and not is_loopback("192.168.1.5") and not is_loopback("example.org")


def test_a_story_shown_before_an_upload_shows_its_new_article_after(client: TestClient) -> None:
    story_id = client.get("/api/stories", params={"q": "Tyrne"}).json()["stories"][0]["id"]
    before = client.get(f"/api/stories/{story_id}").json()  # built, and kept for the next request
    text = ("Tyrne dam breach: Marsk evacuations pass 5,000\n\nOfficials in Marsk said on Sunday that 5,200 people "
            "had been evacuated since the Holven dam on the Tyrne river collapsed and flooded the lower districts of "
            "Marsk, the capital of Veloria. The Civil Protection Agency said the death toll stood at 19.\n")
    job = client.post("/api/articles", files=[("files", ("marsk-sunday.txt", text.encode(), "text/plain"))])
    done = _wait(client, job.json())
    assert done["stories"] == [story_id], done  # it joined the story…
    after = client.get(f"/api/stories/{story_id}").json()
    assert len(after["articles"]) == len(before["articles"]) + 1  # …and the story is rebuilt, not served stale
    assert "marsk-sunday" in after["stories"][0]["articles"]


def test_articles_a_killed_server_left_out_of_stories_are_listed_after_a_restart(db: Path, tmp_path: Path) -> None:
    import sqlite3
    with sqlite3.connect(db) as conn:  # as a job killed after storing, before clustering, leaves the store
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.execute("DELETE FROM story_members")
        conn.execute("DELETE FROM story_index")
    with TestClient(create_app(Settings(db=db, uploads=tmp_path / "uploads"))) as client:
        listed = client.get("/api/stories", params={"limit": 200}).json()
    assert listed["total"] > 0 and sum(s["articles"] for s in listed["stories"]) == total


def test_other_sites_cannot_drive_the_app(db: Path, tmp_path: Path) -> None:
    upload = [("files", ("rain.txt", b"Heavy rain fell on the valley on Monday, officials said.", "text/plain"))]
    app = create_app(Settings(db=db, uploads=tmp_path / "up", host="127.0.0.1"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/stories").status_code == 200
        assert c.get("/api/stories", headers={"host": "localhost:8000"}).status_code == 200
        assert c.get("/api/stories", headers={"host": "[::1]:8000"}).status_code == 200
        for rebound in ("attacker.example", "attacker.example:8000", "127.0.0.1.attacker.example", ""):
            _error(c.get("/api/stories", headers={"host": rebound}), 421)  # DNS rebinding
        for elsewhere in ({"origin": "http://attacker.example"}, {"origin": "null"},
                          {"origin": "http://127.0.0.1:9999"}, {"referer": "http://attacker.example/page"}):
            assert "another site" in _error(c.post("/api/articles", files=upload, headers=elsewhere), 403)
        assert c.post("/api/articles", files=upload, headers={"origin": "http://127.0.0.1:8000"}).status_code == 202
        assert c.post("/api/articles", files=upload, headers={"referer": "http://127.0.0.1:8000/upload"}
                      ).status_code == 202
        assert c.post("/api/articles", files=upload).status_code == 202  # a script with no Origin: not a browser
        # a form of our own page must carry its real Origin: under 'no-referrer' a browser sends 'Origin: null'
        assert c.get("/").headers["referrer-policy"] == "same-origin"
    wide = create_app(Settings(db=db, uploads=tmp_path / "up2", host="0.0.0.0", token="s3cret"))  # noqa: S104,S106
    with TestClient(wide, base_url="http://192.0.2.7:8000") as c:
        _error(c.get("/api/stories"), 401)  # any name reaches it, but only with the token
        assert c.get("/api/stories", headers={"authorization": "Bearer s3cret"}).status_code == 200
    exact = create_app(Settings(db=db, uploads=tmp_path / "up3", host="192.0.2.7", token="s3cret"))  # noqa: S106
    with TestClient(exact, base_url="http://192.0.2.7:8000") as c:
        auth = {"authorization": "Bearer s3cret"}
        assert c.get("/api/stories", headers=auth).status_code == 200
        _error(c.get("/api/stories", headers={**auth, "host": "attacker.example"}), 421)


def test_an_id_with_slashes_is_reachable_from_its_story_page(db: Path, tmp_path: Path) -> None:
    import json
    import re as regex

    from storyline import api
    from tests.conftest import ARTICLE
    feed = tmp_path / "wire.jsonl"
    feed.write_text(json.dumps({"id": "wire/2024/05?rain#1", "text": ARTICLE}) + "\n", encoding="utf-8")
    story_id = api.analyze([feed], db=db, jobs=1).dossier.stories[0].id
    with TestClient(create_app(Settings(db=db, uploads=tmp_path / "up"))) as c:
        page = c.get(f"/stories/{story_id}").text
        links = set(regex.findall(r'href="(/articles/wire[^"#]*)', page))
        assert links == {"/articles/wire%2F2024%2F05%3Frain%231"}
        assert c.get(links.pop()).status_code == 200
        body = c.get("/api/articles/wire%2F2024%2F05%3Frain%231").json()
        assert body["article"]["id"] == "wire/2024/05?rain#1"


def test_a_streamed_body_over_the_limit_gets_413_and_a_huge_offset_422(db: Path, tmp_path: Path) -> None:
    def chunks() -> Any:  # no Content-Length: sent chunked, counted as it arrives
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n'
        yield b"Content-Type: text/plain\r\n\r\n"
        for _ in range(40):
            yield b"x" * 65536
        yield b"\r\n--b--\r\n"

    app = create_app(Settings(db=db, max_upload_mb=0.01, max_files=1, uploads=tmp_path / "up"))
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post("/api/articles", content=chunks(),
                          headers={"content-type": "multipart/form-data; boundary=b"})
        assert "larger than" in _error(response, 413)
        for where in ("/api/stories", "/"):
            assert c.get(where, params={"offset": 10**30}).status_code == 422
            assert c.get(where, params={"offset": 10**9}).status_code == 200  # past the end: an empty page


def test_a_long_file_name_keeps_its_type(client: TestClient, tmp_path: Path) -> None:
    name = "Flood-report-from-the-northern-province-" * 5 + ".jsonl.gz"
    import gzip
    import json
    line = json.dumps({"id": "long-name", "text": "Rain fell on the valley on Monday."}) + "\n"
    packed = gzip.compress(line.encode())
    job = client.post("/api/articles", files=[("files", (name, packed, "application/gzip"))])
    assert job.status_code == 202, job.text
    stored = [p.name for p in (tmp_path / "uploads").rglob("*.jsonl.gz")]
    assert len(stored) == 1 and len(stored[0]) <= 120 and stored[0].startswith("Flood-report")
    _wait(client, job.json())


def test_simultaneous_first_views_of_a_story_build_it_once(monkeypatch) -> None:
    import threading

    from storyline import api
    from storyline.model import Dossier, StoryListing
    from storyline.web.routes import StoryCache
    builds: list[str] = []

    def slow_build(_store: object, story_id: str) -> Dossier:
        builds.append(story_id)
        time.sleep(0.3)
        return Dossier()

    class Indexed:
        def story_listing(self, story_id: str) -> StoryListing:
            return StoryListing(id=story_id, title="t", articles=1, outlets=(), languages=(), first=None, last=None,
                                run=3)

    monkeypatch.setattr(api, "story", slow_build)
    cache = StoryCache(8)
    got: list[object] = []
    view = lambda: got.append(cache.get(Indexed(), "s1"))  # type: ignore[arg-type]  # noqa: E731
    viewers = [threading.Thread(target=view) for _ in range(6)]
    for v in viewers:
        v.start()
    for v in viewers:
        v.join()
    assert builds == ["s1"] and len(got) == 6 and all(g is got[0] for g in got)


def test_an_upload_that_unpacks_past_the_total_cap_is_refused(db: Path, tmp_path: Path) -> None:
    import gzip
    import json
    line = json.dumps({"text": "Rain fell on the valley on Monday, officials said."}) + "\n"
    bomb = gzip.compress((line * 60_000).encode(), compresslevel=9)  # ~3.4 MB of lines in a few KB
    settings = Settings(db=db, uploads=tmp_path / "up", max_upload_mb=1, max_unpacked_mb=2)
    with TestClient(create_app(settings)) as c:
        assert len(bomb) < 1 << 20  # under the per-file limit as sent
        refused = c.post("/api/articles", files=[("files", ("feed.jsonl.gz", bomb, "application/gzip"))])
        assert "unpacks to over 2 MB" in _error(refused, 413)
        assert not any((tmp_path / "up").rglob("*.gz"))  # nothing of it kept


def test_a_file_name_uploaded_before_can_be_uploaded_again(client: TestClient) -> None:
    first = ("Floods closed the Marsk ring road on Monday, and 40 families were moved to the school, officials said. "
             "Police said the water stood a metre deep in the lower town.\n")
    second = ("Storm damage in Holven: 12 roofs were torn off on Tuesday, the mayor said. "
              "Crews worked through the night to clear fallen trees from the harbour road.\n")
    done = [_wait(client, client.post("/api/articles", files=[("files", ("report.txt", text.encode(), "text/plain"))]
                                      ).json()) for text in (first, second)]
    assert [(d["state"], d["new"], d["failures"]) for d in done] == [("done", 1, []), ("done", 1, [])], done


def test_a_story_page_is_rendered_once_per_version_and_sent_gzipped(client: TestClient, monkeypatch) -> None:
    import gzip

    from storyline.web import pages
    renders: list[str] = []
    real = pages._story_page

    def counted(request: Any, opened: Any, story_id: str) -> Any:
        renders.append(story_id)
        return real(request, opened, story_id)

    monkeypatch.setattr(pages, "_story_page", counted)
    story_id = client.get("/api/stories", params={"q": "Tyrne"}).json()["stories"][0]["id"]
    zipped = client.get(f"/stories/{story_id}", headers={"accept-encoding": "gzip"})
    plain = client.get(f"/stories/{story_id}", headers={"accept-encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert zipped.text == plain.text and "Tyrne" in plain.text
    assert int(zipped.headers["content-length"]) < len(gzip.compress(plain.content)) * 1.1 < len(plain.content)
    assert zipped.headers["content-security-policy"]  # the security headers still go with it
    for _ in range(5):
        client.get(f"/stories/{story_id}")
    assert renders == [story_id]  # seven views, one rendering
    text = ("Tyrne dam: Marsk evacuations pass 6,000\n\nOfficials in Marsk said on Monday that 6,100 people had been "
            "evacuated since the Holven dam on the Tyrne river collapsed and flooded the lower districts of Marsk, "
            "the capital of Veloria.\n")
    done = _wait(client, client.post("/api/articles", files=[("files", ("marsk-monday.txt", text.encode(),
                                                                        "text/plain"))]).json())
    assert done["stories"] == [story_id]
    assert "marsk-monday" in client.get(f"/stories/{story_id}").text and renders == [story_id, story_id]
