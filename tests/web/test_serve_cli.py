"""``storyline serve`` as a user starts it: bound beyond loopback, it makes up a token and
prints the link that carries it; without the token nothing is served."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow


def test_serve_off_loopback_requires_the_printed_token(db: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "STORYLINE_TOKEN"}
    server = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), "--host", "0.0.0.0",  # noqa: S104
                               "--port", str(port)], stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        token = re.search(r"\?token=([\w-]+)", line)
        assert token, line
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"{base}/api/stories")
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and server.poll() is None, "the server did not start"
                time.sleep(0.2)
        assert response.status_code == 401 and response.json()["error"]["status"] == 401
        authorised = httpx.get(f"{base}/api/stories", headers={"authorization": f"Bearer {token.group(1)}"})
        assert authorised.status_code == 200 and authorised.json()["total"] >= 1
    finally:
        server.terminate()
        server.wait(10)


def test_slow_clients_are_cut_off(db: Path, tmp_path: Path, monkeypatch) -> None:
    import threading

    import uvicorn

    from storyline.web import Settings, create_app, server

    monkeypatch.setattr(server.DeadlineH11, "header_timeout", 1.0)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Settings(db=db, uploads=tmp_path / "up", body_timeout=1.0))
    running = uvicorn.Server(server.config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:  # headers a byte at a time, stalled
            slow.sendall(b"GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            started = time.monotonic()
            assert slow.recv(100) == b"" and time.monotonic() - started < 5  # closed by the server
        with socket.create_connection(("127.0.0.1", port), timeout=10) as stalled:  # a body that never comes
            stalled.sendall(b"POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; "
                            b"boundary=b\r\nContent-Length: 5000\r\n\r\n--b\r\n")
            reply = stalled.recv(1000)
            assert reply.startswith(b"HTTP/1.1 408"), reply
        assert httpx.get(f"http://127.0.0.1:{port}/api/stories").status_code == 200  # others are served
    finally:
        running.should_exit = True
        thread.join(10)
