"""The command as a user runs it: bad inputs, re-runs, outputs, exit status."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline import api
from storyline.cli import main
from tests.conftest import ARTICLE, EXAMPLES


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "storyline", *map(str, args)], capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture
def bad_inputs(write, tmp_path: Path) -> Path:
    """A folder of good articles among every kind of bad input the issue names."""
    write("in/good-1.txt", " date 2024-02-03 Floods in the north\n\n" + ARTICLE)
    write("in/good-2.jsonl", "\n".join([json.dumps({"id": "j1", "text": ARTICLE}), "{broken json",
                                        json.dumps({"id": "j2", "text": ARTICLE.replace("nine", "ten")})]))
    write("in/empty.txt", "")
    write("in/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    write("in/latin1.txt", ("Les inondations ont forcé plus de 2 000 personnes à quitter leurs maisons, a déclaré "
                            "le préfet mardi. Au moins neuf morts.\n").encode("latin-1"))
    write("in/cp1251.txt", ("Наводнение вынудило более двух тысяч человек покинуть дома, сообщил губернатор во "
                            "вторник. Погибли не менее девяти человек.\n").encode("cp1251"))
    write("in/bad-utf8.txt", ("Café owners in Zürich’s old town said the water reached the counter. " * 3).encode()
          + b"\n\nThe broken byte \xff is here.\n")
    packed = gzip.compress(("<html><body><article><p>" + ARTICLE * 20 + "</p></article></body></html>").encode())
    write("in/truncated.html.gz", packed[: len(packed) // 2])
    write("in/no-article.html", "<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>")
    with (tmp_path / "in" / "huge.txt").open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    return tmp_path / "in"


def test_every_bad_input_gets_one_clear_line_and_the_run_goes_on(bad_inputs: Path, tmp_path: Path) -> None:
    db, out = tmp_path / "s.db", tmp_path / "d.json"
    proc = run_cli("analyze", bad_inputs, tmp_path / "nope", "--db", db, "--json", out)
    assert proc.returncode == 1, proc.stderr
    failures = [ln.strip() for ln in proc.stdout.splitlines() if ln.strip().startswith("✗")]
    expected = {
        "empty.txt": "file is empty",
        "binary.txt": "binary file",
        "truncated.html.gz": "damaged gzip data",
        "no-article.html": "no article text found",
        "huge.txt": "over the 50 MB limit",
        "good-2.jsonl:2": "malformed JSON",
        "nope": "no such file or folder",
    }
    assert len(failures) == len(expected), proc.stdout
    for name, reason in expected.items():
        assert any(name in f and reason in f for f in failures), (name, failures)
    dossier = json.loads(out.read_text())
    ids = {a["id"] for a in dossier["articles"]}
    assert ids == {"good-1", "j1", "j2", "latin1", "cp1251", "bad-utf8"}
    by_id = {a["id"]: a for a in dossier["articles"]}
    assert "forcé plus de 2 000" in by_id["latin1"]["text"]
    assert "Наводнение" in by_id["cp1251"]["text"] and by_id["cp1251"]["language"] == "ru"
    assert "Café owners" in by_id["bad-utf8"]["text"] and "byte \ufffd is" in by_id["bad-utf8"]["text"]
    assert "invalid UTF-8" in by_id["bad-utf8"]["warnings"][0]
    assert len(dossier["failures"]) == len(expected)


def test_rerun_adds_nothing_and_new_files_add_only_themselves(write, tmp_path: Path) -> None:
    write("in/a.txt", ARTICLE)
    db = tmp_path / "s.db"
    first = api.analyze([tmp_path / "in"], db=db)
    again = api.analyze([tmp_path / "in"], db=db)
    assert (first.new, again.new, again.unchanged) == (["a"], [], ["a"])
    write("in/b.txt", ARTICLE.replace("Tuesday", "Wednesday"))
    third = api.analyze([tmp_path / "in"], db=db)
    assert (third.new, sorted(third.unchanged)) == (["b"], ["a"])
    write("in/a.txt", ARTICLE + "\n\nThe governor will visit on Thursday.")
    fourth = api.analyze([tmp_path / "in"], db=db)
    assert fourth.updated == ["a"] and [a.id for a in fourth.dossier.articles] == ["a", "b"]  # input order
    assert "visit on Thursday" in fourth.dossier.articles[0].text


def test_a_failing_run_keeps_what_was_stored(write, tmp_path: Path) -> None:
    write("in/a.txt", ARTICLE)
    db = tmp_path / "s.db"
    api.analyze([tmp_path / "in"], db=db)
    write("in/a.txt", b"\x00\x01\x02binary now" * 100)  # the same file, now unreadable
    result = api.analyze([tmp_path / "in"], db=db)
    assert [f.reason for f in result.failures] == ["binary file, not text or HTML"]
    from storyline.store import open_store
    assert open_store(db).articles(["a"])[0].text == ARTICLE.strip()


def test_a_file_deleted_during_the_run(write, tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        write(f"in/{name}.txt", ARTICLE)

    def delete_next(state: api.ProgressState) -> None:
        if state.files_done == 1:
            (tmp_path / "in" / "b.txt").unlink()

    result = api.analyze([tmp_path / "in"], db=tmp_path / "s.db", progress=delete_next, jobs=1)
    assert sorted(result.new) == ["a", "c"]
    assert [(Path(f.source).name, f.reason) for f in result.failures] == [
        ("b.txt", "file vanished before it could be read")]


def test_examples_end_to_end_through_python_m(tmp_path: Path) -> None:
    out, report = tmp_path / "d.json", tmp_path / "r.html"
    proc = run_cli("analyze", EXAMPLES, "--db", tmp_path / "s.db", "--json", out, "--html", report)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "7 article(s) from 6 file(s)" in proc.stdout and f"wrote:     {report.resolve()}" in proc.stdout
    dossier = json.loads(out.read_text())
    by_id = {a["id"]: a for a in dossier["articles"]}
    assert by_id["kuriren-nord"]["language"] == "sv"
    assert by_id["tageblatt-mt"]["translated_from"] == "de"
    assert by_id["eastbank-live"]["outlet"] == "Eastbank Live"
    assert by_id["eastbank-live"]["published"] == "2025-03-15"
    assert by_id["nordpress-0316-1"]["published"] == "2025-03-16"
    assert "Заголовок открываемого материала" in by_id["eastbank-live"]["removed"]
    assert "Rescue work continues" in by_id["marsk-herald"]["text"]  # a subheading is content
    page = report.read_text()
    assert page.index("<h3>Facts") < page.index("<h2>Articles")  # the facts come first
    assert "<h3>Timeline" in page and 'class="claim" id="s-' in page  # figures link to their sentences
    assert len(dossier["claims"]) >= 25 and dossier["stories"][0]["facts"] and dossier["events"]


def test_help_documents_every_option(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    text = capsys.readouterr().out
    for option in ("--json", "--html", "--db", "--jobs", "--max-file-mb", "--quiet", "--no-progress"):
        assert option in text


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert main([]) == 2
    assert main(["analyze", str(tmp_path), "--jobs", "0"]) == 2
    notes = tmp_path / "notes.db"
    notes.write_text("not a database " * 100)
    assert main(["analyze", str(tmp_path), "--db", str(notes)]) == 2


def test_same_file_by_relative_or_absolute_path_is_the_same_input(write, tmp_path: Path, monkeypatch) -> None:
    write("in/a.txt", ARTICLE)
    write("in/feed.jsonl", json.dumps({"id": "w1", "text": ARTICLE}))
    db = tmp_path / "s.db"
    first = api.analyze([tmp_path / "in"], db=db)
    monkeypatch.chdir(tmp_path)
    again = api.analyze(["in"], db=db)
    assert sorted(first.new) == ["a", "w1"] and sorted(again.unchanged) == ["a", "w1"] and not again.new
    write("in/feed.jsonl", json.dumps({"id": "w0", "text": "A new first line. " * 5}) + "\n"
          + json.dumps({"id": "w1", "text": ARTICLE}))  # w1 moves to line 2
    third = api.analyze(["in"], db=db)
    assert third.new == ["w0"] and "w1" in third.unchanged


def test_piping_into_head_is_not_an_error(tmp_path: Path) -> None:
    cmd = (f"{sys.executable} -m storyline analyze {EXAMPLES} --db {tmp_path / 's.db'} --json {tmp_path / 'd.json'}"
           " | head -1")
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=300,
                          check=False)
    assert "BrokenPipeError" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stdout.startswith("storyline: 7 article(s)") and (tmp_path / "d.json").exists()


# -- issue 21: nothing lost, nothing hidden ------------------------------------------------------


def _open_runs(db: Path) -> list[int]:
    from storyline.store import open_store
    store = open_store(db)
    try:
        return [r["id"] for r in store.runs() if not r["finished"]]
    finally:
        store.close()


def test_same_name_in_two_folders_and_same_json_id_in_two_files_keep_every_article(write, tmp_path: Path) -> None:
    write("in/north/report.txt", ARTICLE)
    write("in/south/report.txt", ARTICLE.replace("northern", "southern").replace("Tuesday", "Monday"))
    write("in/one.jsonl", json.dumps({"id": "x1", "text": ARTICLE.replace("2,000", "3,000")}) + "\n")
    write("in/two.jsonl", json.dumps({"id": "x1", "text": ARTICLE.replace("2,000", "4,000")}) + "\n")
    db = tmp_path / "s.db"
    result = api.analyze([tmp_path / "in"], db=db)
    assert not result.failures and len(result.new) == 4 and len(set(result.new)) == 4
    assert _open_runs(db) == []
    by_id = {a.id: a for a in result.dossier.articles}
    renamed = [a for a in by_id.values() if a.id not in ("report", "x1")]
    assert len(renamed) == 2 and all(a.events and all(e.id.startswith(a.id + ":") for e in a.events) for a in renamed)
    assert all("is also used by" in a.warnings[-1] for a in renamed)
    again = api.analyze([tmp_path / "in"], db=db)  # the same inputs keep the same ids
    assert sorted(again.unchanged) == sorted(result.new)


def test_duplicate_ids_inside_one_json_lines_file_are_all_kept_and_named(write, tmp_path: Path) -> None:
    texts = [ARTICLE.replace("2,000", f"{n},000") for n in (2, 3, 4)]
    write("in/feed.jsonl", "".join(json.dumps({"id": "same", "text": t}) + "\n" for t in texts))
    result = api.analyze([tmp_path / "in"], db=tmp_path / "s.db")
    assert len(set(result.new)) == 3 and result.updated == [] and "same" in result.new
    assert sorted(a.text[:200] for a in result.dossier.articles) == sorted(t[:200] for t in texts)
    warned = [a for a in result.dossier.articles if any("'same' is also used by" in w for w in a.warnings)]
    assert len(warned) == 2


def test_a_line_that_breaks_the_json_parser_fails_alone(write, tmp_path: Path) -> None:
    lines = [json.dumps({"id": "before", "text": ARTICLE}), '{"id": "big", "n": ' + "7" * 5000 + "}",
             "[" * 100_000 + "]" * 100_000, json.dumps({"id": "after", "text": ARTICLE.replace("nine", "six")})]
    write("in/feed.jsonl", "\n".join(lines) + "\n")
    db = tmp_path / "s.db"
    result = api.analyze([tmp_path / "in"], db=db, jobs=1)
    assert sorted(result.new) == ["after", "before"] and _open_runs(db) == []
    assert sorted(Path(f.source).name for f in result.failures) == ["feed.jsonl:2", "feed.jsonl:3"]
    assert all("could not be read" in f.reason for f in result.failures)


def test_a_batch_that_fails_as_a_whole_leaves_its_file_to_be_read_again(write, tmp_path: Path, monkeypatch) -> None:
    from storyline.runners import local
    write("in/feed.jsonl", "".join(json.dumps({"id": f"j{i}", "text": ARTICLE}) + "\n" for i in range(5)))
    monkeypatch.setattr(local, "BATCH_LINES", 2)
    real = local.process

    def crash_on_j2(task: local.Task, *args: object) -> local.FileResult:
        if task.lines and any(b'"j2"' in raw for _, raw in task.lines):
            raise RuntimeError("worker lost")
        return real(task, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(local, "process", crash_on_j2)
    db = tmp_path / "s.db"
    first = api.analyze([tmp_path / "in"], db=db, jobs=1)
    assert sorted(first.new) == ["j0", "j1", "j4"] and "worker lost" in first.failures[0].reason
    monkeypatch.setattr(local, "process", real)
    second = api.analyze([tmp_path / "in"], db=db, jobs=1)  # not remembered as read: retried
    assert sorted(second.new) == ["j2", "j3"]


def test_a_file_name_that_is_not_utf8_is_read_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = os.fsdecode(b"caf\xe9-\xff.txt")  # Latin-1 bytes in a name: undecodable as UTF-8
    (folder / good).write_text(ARTICLE, encoding="utf-8")
    (folder / os.fsdecode(b"vide-\xfe.txt")).write_bytes(b"")
    db, out = tmp_path / "s.db", tmp_path / "d.json"
    result = api.analyze([folder], db=db)
    assert len(result.new) == 1 and _open_runs(db) == []
    assert [Path(f.source).name for f in result.failures] == ["vide-\\xfe.txt"]
    assert result.dossier.articles[0].source.endswith("caf\\xe9-\\xff.txt")
    proc = run_cli("analyze", folder, "--db", db, "--json", out)
    assert proc.returncode == 1 and "vide-\\xfe.txt" in proc.stdout and json.loads(out.read_text())["articles"]


def _kill_before_clustering(monkeypatch, folder: Path, db: Path) -> None:
    """A run that stores its articles, then dies (as a killed process would) before it
    puts them in stories; its run row is left open, owned by a process that is gone."""
    import sqlite3

    def die(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(api, "_cluster", die)
        with pytest.raises(KeyboardInterrupt):
            api.analyze([folder], db=db, jobs=1)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE runs SET owner = ? || ':99999999' WHERE finished IS NULL",
                     (__import__("socket").gethostname(),))


def test_articles_stored_before_a_crash_are_put_in_stories_on_the_next_start(write, tmp_path: Path,
                                                                              monkeypatch) -> None:
    from storyline.store import open_store
    write("in/a.txt", ARTICLE)
    write("in/b.txt", ARTICLE.replace("nine", "eleven"))
    db = tmp_path / "s.db"
    _kill_before_clustering(monkeypatch, tmp_path / "in", db)
    store = open_store(db)
    assert sorted(store.unclustered()) == ["a", "b"] and store.story_listings()[1] == 0  # hidden
    store.close()
    write("other/c.txt", ARTICLE.replace("northern", "eastern"))
    api.analyze([tmp_path / "other"], db=db, jobs=1)  # the next run, on other files, recovers them
    store = open_store(db)
    try:
        assert store.unclustered() == []
        listed = {s.id for s in store.story_listings()[0]}
        assert {store.story_of("a"), store.story_of("b")} <= listed
        first = store.runs()[0]
        assert first["finished"] and json.loads(first["summary"]) == {"interrupted": 1}
    finally:
        store.close()


def test_a_run_still_going_in_another_process_is_not_closed(tmp_path: Path) -> None:
    from storyline.store import open_store
    store = open_store(tmp_path / "s.db")
    try:
        run = store.begin_run(["x"])  # owned by this live process
        assert store.close_interrupted_runs() == [] and not store.runs()[0]["finished"]
        store.finish_run(run, {})
    finally:
        store.close()


def test_clustering_is_serialised_across_processes(tmp_path: Path) -> None:
    from storyline.store import open_store
    db = tmp_path / "s.db"
    store = open_store(db)
    code = ("import sys, time; from storyline.store import open_store\n"
            "s = open_store(sys.argv[1]); t = time.monotonic()\n"
            "with s.clustering(): print(round(time.monotonic() - t, 2))")
    try:
        with store.clustering():
            other = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
            try:
                other.wait(timeout=4)
                pytest.fail("a second process took the clustering lock while the first held it")
            except subprocess.TimeoutExpired:
                pass
        out, _ = other.communicate(timeout=60)
        assert float(out) >= 3.5
    finally:
        store.close()


def test_analyze_decides_stories_under_the_lock(write, tmp_path: Path, monkeypatch) -> None:
    write("in/a.txt", ARTICLE)
    held: list[bool] = []
    real = api._cluster
    from storyline.store import sqlite as sqlite_store
    state = {"in": False}
    lock = sqlite_store.SQLiteStore.clustering

    def tracked(self: sqlite_store.SQLiteStore):  # type: ignore[no-untyped-def]
        with lock(self):
            state["in"] = True
            try:
                yield
            finally:
                state["in"] = False

    def cluster(*args, **kwargs):  # type: ignore[no-untyped-def]
        held.append(state["in"])
        return real(*args, **kwargs)

    import contextlib
    monkeypatch.setattr(sqlite_store.SQLiteStore, "clustering", contextlib.contextmanager(tracked))
    monkeypatch.setattr(api, "_cluster", cluster)
    api.analyze([tmp_path / "in"], db=tmp_path / "s.db", jobs=1)
    assert held == [True]


def test_impossible_and_far_off_dates_are_not_used_and_said_so(write, tmp_path: Path) -> None:
    text = ARTICLE + "\n\nMore rain is expected tomorrow, after a dry week last week."
    write("in/stamp.txt", " date 2021-14-33 Floods in the north\n\n" + text)
    write("in/feed.jsonl", "".join(json.dumps({"id": f"d{i}", "published": day, "text": text}) + "\n"
                                   for i, day in enumerate(["9999-12-31", "0001-01-01", "2021-06-02"])))
    result = api.analyze([tmp_path / "in"], db=tmp_path / "s.db", jobs=1)
    assert result.failures == [] and sorted(result.new) == ["d0", "d1", "d2", "stamp"]
    by_id = {a.id: a for a in result.dossier.articles}
    assert by_id["d2"].published == "2021-06-02" and not any("not used" in w for w in by_id["d2"].warnings)
    for name, why in (("stamp", "is not a calendar date"), ("d0", "outside the years"), ("d1", "outside the years")):
        assert by_id[name].published is None
        assert any(why in w and "not used" in w for w in by_id[name].warnings), by_id[name].warnings


_TABLES = ("articles", "names", "events", "times", "claims", "quotes", "profiles", "story_members", "story_index",
           "sources")


def _counts(db: Path) -> dict[str, int]:
    import sqlite3
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _TABLES}  # noqa: S608
        counts["stories"] = conn.execute("SELECT count(DISTINCT story) FROM story_members").fetchone()[0]
        counts["open runs"] = conn.execute("SELECT count(*) FROM runs WHERE finished IS NULL").fetchone()[0]
        counts["in no story"] = conn.execute("SELECT count(*) FROM articles WHERE id NOT IN "
                                             "(SELECT article FROM story_members)").fetchone()[0]
    return counts


@pytest.mark.slow
def test_analyze_killed_at_random_points_then_run_again_gives_the_uninterrupted_counts(tmp_path: Path) -> None:
    import random
    import shutil
    import sqlite3
    import time
    inputs = tmp_path / "in"
    shutil.copytree(EXAMPLES, inputs, ignore=shutil.ignore_patterns("README.md"))
    command = [sys.executable, "-m", "storyline", "analyze", str(inputs), "--quiet", "--db"]
    started = time.monotonic()
    subprocess.run([*command, str(tmp_path / "whole.db")], capture_output=True, timeout=300, check=True)
    whole = time.monotonic() - started
    expected = _counts(tmp_path / "whole.db")
    assert expected["articles"] >= 6 and expected["open runs"] == expected["in no story"] == 0
    seed = int(os.environ.get("STORYLINE_CRASH_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)
    db = tmp_path / "crashed.db"
    points = sorted(rng.uniform(0.2, 1.0) * whole for _ in range(2))
    for at in points:  # kill -9, twice, at random points of a run into the same store
        proc = subprocess.Popen([*command, str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(at)
        proc.kill()
        proc.wait(30)
        if db.exists():  # never corrupt, never a schema stopped halfway: killed before the store's creation
            with sqlite3.connect(db) as conn:  # committed, the file holds no table; after it, every table
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert not tables or tables >= set(_TABLES), sorted(tables)
            if tables:
                _counts(db)
    api.analyze([inputs], db=db, jobs=1)  # the run again, to the end
    assert _counts(db) == expected, f"seed {seed}, killed at {[round(p, 1) for p in points]} s of {whole:.1f} s"


def test_a_run_without_html_output_does_not_load_the_html_report(write, tmp_path: Path, monkeypatch) -> None:
    import storyline.report

    monkeypatch.delitem(sys.modules, "storyline.report.html", raising=False)
    monkeypatch.delattr(storyline.report, "html", raising=False)
    write("quay.txt", "Dock workers end strike at Port Ellery\n\nDock workers at Port Ellery voted on Friday to "
                      "end a nine-day strike after the harbour board agreed to a 6% pay rise.")
    out = tmp_path / "d.json"
    assert main(["analyze", str(tmp_path / "quay.txt"), "--db", str(tmp_path / "s.db"), "--json", str(out),
                 "--quiet"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert "storyline.report.html" not in sys.modules
