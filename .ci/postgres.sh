#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, pg_ctl) are on this machine, for the store
# tests that run against a real server: Debian's `postgresql` package, installed with apt-get
# (as root; apt-get update first) when they are missing. The tests themselves start a
# throwaway cluster for the session (tests/pgserver.py: initdb into a temporary folder, pg_ctl
# on a free port, as the `postgres` user when run as root) and remove it afterwards; under
# CI=true they fail, not skip, when it cannot start.
#
# CI_DRY_RUN=1 prints the commands instead of running them; STORYLINE_PG_BIN names the folder
# to look in (default: the newest /usr/lib/postgresql/N/bin).
set -euo pipefail

run() {
    if [ -n "${CI_DRY_RUN:-}" ]; then echo "+ $*"; else "$@"; fi
}

have_server() {
    if [ -n "${STORYLINE_PG_BIN:-}" ]; then
        [ -x "$STORYLINE_PG_BIN/initdb" ] && [ -x "$STORYLINE_PG_BIN/pg_ctl" ]
    else
        compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
    fi
}

if have_server; then
    exit 0
fi
echo ".ci/postgres.sh: PostgreSQL's server is missing: installing Debian's postgresql with apt-get" >&2
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
else
    echo ".ci/postgres.sh: installing postgresql needs root (no sudo here)" >&2
    exit 1
fi
run "${as_root[@]}" apt-get update -q
run "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
if [ -z "${CI_DRY_RUN:-}" ] && ! have_server; then
    echo ".ci/postgres.sh: apt-get installed postgresql but initdb is still missing" >&2
    exit 1
fi
