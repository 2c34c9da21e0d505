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
