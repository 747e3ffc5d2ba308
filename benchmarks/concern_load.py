"""Concerns submitted per second, end to end, at 32 concurrent clients on loopback.

Run from the project folder: .venv/bin/python benchmarks/concern_load.py [--seconds S]
[--connections C] [--database-url URL]   (needs wrk: apt-get install wrk)

Loads the example partnership into a fresh database (SQLite by default), takes an API token,
and serves safeshare (one uvicorn worker) with one extra bare-insert endpoint
(benchmarks/concern_app.py). Then, in the same run against the same server and database,
wrk posts (a) to the bare insert and (b) to POST /api/v1/concerns: validation, triage with
the sentence model, grading, storing the concern and its parts, the audit event, commit.
wrk shares the 2 cores, so the two figures compare with each other rather than stand alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.web_load import server, wrk  # noqa: E402

SAFESHARE = str(Path(sys.executable).parent / "safeshare")


def prepare(env: dict[str, str]) -> str:
    """The example partnership, and a practitioner's API token."""
    run = {**os.environ, **env}
    subprocess.run([SAFESHARE, "demo-data"], env=run, check=True, capture_output=True)
    token = subprocess.run(
        [SAFESHARE, "users", "token", "practitioner@police.demo.example"],
        env=run,
        check=True,
        capture_output=True,
        text=True,
    )
    return token.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15, help="how long each load runs")
    parser.add_argument("--connections", type=int, default=32, help="concurrent clients")
    parser.add_argument("--database-url", help="a PostgreSQL URL instead of a fresh SQLite file")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("this benchmark needs wrk: apt-get install wrk")
    with tempfile.TemporaryDirectory() as data:
        env = {"SAFESHARE_ENVIRONMENT": "test", "SAFESHARE_DATA_DIR": data}
        if args.database_url:
            env["SAFESHARE_DATABASE_URL"] = args.database_url
        token = prepare(env)
        auth = ["-H", f"Authorization: Bearer {token}"]
        post = ["-s", str(ROOT / "benchmarks" / "concern_post.lua"), "--timeout", "30s"]
        with server("benchmarks.concern_app:create", env, factory=True) as url:
            wrk(url + "/bench/insert", 2, args.connections, post)  # warm up
            wrk(url + "/api/v1/concerns", 2, args.connections, [*post, *auth])
            bare = wrk(url + "/bench/insert", args.seconds, args.connections, post)
            full = wrk(url + "/api/v1/concerns", args.seconds, args.connections, [*post, *auth])
        verify = subprocess.run(
            [SAFESHARE, "audit", "verify"],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            check=False,
        )
    database = "PostgreSQL" if args.database_url else "SQLite"
    print(
        f"wrk, {args.seconds} s each, {args.connections} connections, loopback, one worker, {database}"
    )
    for name, result in (("bare insert", bare), ("POST /api/v1/concerns", full)):
        print(
            f"{name:24} {result['rps']:7.1f} req/s   p50 {result['p50']:7.1f} ms   "
            f"p99 {result['p99']:7.1f} ms"
        )
    print(verify.stdout.strip() or verify.stderr.strip())


if __name__ == "__main__":
    main()
