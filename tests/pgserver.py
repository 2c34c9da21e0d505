"""A throwaway PostgreSQL server for the tests and the benchmarks: Debian's ``postgresql``
binaries, a cluster made by initdb in a temporary folder, started by pg_ctl on a free port of
127.0.0.1 (and a Unix socket in the same folder), trust authentication, removed on stop.

PostgreSQL refuses to run as root: as root the cluster belongs to the ``postgres`` user the
Debian package creates, and its commands run through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class Unavailable(RuntimeError):
    """No PostgreSQL server can be started here (the reason says why)."""


def bindir() -> Path | None:
    """Where initdb and pg_ctl are: $STORYLINE_PG_BIN, else the newest /usr/lib/postgresql/N/bin,
    else the PATH."""
    if os.environ.get("STORYLINE_PG_BIN"):
        return Path(os.environ["STORYLINE_PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


@dataclass
class Cluster:
    folder: Path
    port: int
    user: str  # the server's superuser (also the database owner used by the tests)
    _as: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"'.encode())
        return self.url(name)

    def stop(self) -> None:
        subprocess.run([*self._as, str(self._bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                        "-w", "stop"], capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def _bin(self) -> Path:
        found = bindir()
        assert found is not None
        return found


def start(*, durable: bool = False) -> Cluster:
    """Start a new cluster. ``durable=False`` (the tests) turns fsync off; the benchmarks
    keep PostgreSQL's defaults."""
    binaries = bindir()
    if binaries is None or not (binaries / "initdb").exists() or not (binaries / "pg_ctl").exists():
        raise Unavailable("PostgreSQL's initdb and pg_ctl were not found (Debian: apt-get install postgresql; "
                          "or set STORYLINE_PG_BIN)")
    run_as: list[str] = []
    owner = pwd.getpwuid(os.geteuid()).pw_name
    if os.geteuid() == 0:  # the server refuses root
        try:
            pwd.getpwnam("postgres")
        except KeyError as exc:
            raise Unavailable("running as root and there is no 'postgres' user to run the server as") from exc
        owner = "postgres"
        run_as = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="storyline-pg-", dir="/tmp"))
    if run_as:
        shutil.chown(folder, user="postgres")
    port = _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    steps = [[str(binaries / "initdb"), "-D", str(folder / "data"), "-A", "trust", "-U", owner, "-E", "UTF8",
              "--locale=C.UTF-8", "--no-sync"],
             [str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "log"), "-o", options, "-w",
              "-t", "60", "start"]]
    for step in steps:
        done = subprocess.run([*run_as, *step], capture_output=True, text=True, check=False)
        if done.returncode:
            log = (folder / "log").read_text(errors="replace")[-2000:] if (folder / "log").exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise Unavailable(f"{Path(step[0]).name} failed ({done.returncode}): {done.stderr.strip()[-2000:]} {log}")
    return Cluster(folder=folder, port=port, user=owner, _as=run_as)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
