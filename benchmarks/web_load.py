"""Requests per second and latency under a bounded load on loopback.

Run from the project folder: .venv/bin/python benchmarks/web_load.py [--seconds S] [--connections C]
(needs wrk: apt-get install wrk).

Starts two servers on 127.0.0.1 (safeshare with a fresh SQLite database, and a bare FastAPI
app as a baseline), each a single uvicorn worker in its own process, then loads each for a
bounded time with wrk: the bare endpoint, POST /api/v1/triage, and a 'Should I tell someone?'
result page. wrk runs on the same 2 cores, so the figures compare with each other rather than
stand alone.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "As a dinner lady I notice a child becoming quieter, often wearing ripped clothing.",
    "The same car stops on my road every week; the driver goes into an alleyway and returns with a package.",
    "My colleague covers her arms, jumps when her phone rings and her husband checks her messages.",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def server(target: str, env: dict[str, str], factory: bool = False):  # type: ignore[no-untyped-def]
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        target,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ] + (["--factory"] if factory else [])
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **env}, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(url + "/docs-not-here", timeout=1)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"{target} did not start") from None
            time.sleep(0.1)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


WRK_LINE = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, seconds: int, connections: int, extra: list[str]) -> dict[str, float]:
    """wrk's requests per second and its 50th and 99th percentile latency, in ms."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *extra, url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"errors under load:\n{output}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    cuts = {int(p): float(v) * UNITS[u] for p, v, u in WRK_LINE.findall(output)}
    return {"rps": rps, "p50": cuts[50], "p99": cuts[99]}


def result_page_cookies(url: str) -> tuple[dict[str, str], str]:
    """Walk the journey once to get a session that may see its result page."""
    with httpx.Client(base_url=url, follow_redirects=True) as client:
        token = re.search(
            r'name="csrf_token" value="([^"]+)"', client.get("/tell/what-you-noticed").text
        )
        assert token is not None
        csrf = token.group(1)
        client.post("/tell/what-you-noticed", data={"csrf_token": csrf, "noticed": TEXTS[0]})
        client.post("/tell/who-is-it-about", data={"csrf_token": csrf, "who": "child"})
        client.post("/tell/your-role", data={"csrf_token": csrf, "role": "school"})
        client.post("/tell/immediate-danger", data={"csrf_token": csrf, "danger": "no"})
        result = client.post("/tell/check-your-answers", data={"csrf_token": csrf})
        return dict(client.cookies), result.url.path


def run(seconds: int, connections: int) -> list[tuple[str, dict[str, float]]]:
    figures = []
    with server("benchmarks.bare_app:app", {}) as bare:
        wrk(bare + "/ping", 2, connections, [])  # warm up
        figures.append(("bare FastAPI GET /ping", wrk(bare + "/ping", seconds, connections, [])))
    environment = {"SAFESHARE_ENVIRONMENT": "test"}
    with (
        tempfile.TemporaryDirectory() as data,
        server(
            "safeshare.web.app:create_app",
            {**environment, "SAFESHARE_DATA_DIR": data},
            factory=True,
        ) as url,
    ):
        post = ["-s", str(ROOT / "benchmarks" / "triage_post.lua")]
        wrk(url + "/api/v1/triage", 2, connections, post)
        figures.append(
            ("POST /api/v1/triage", wrk(url + "/api/v1/triage", seconds, connections, post))
        )
        cookies, result_path = result_page_cookies(url)
        cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        figures.append(
            (
                "GET result page",
                wrk(url + result_path, seconds, connections, ["-H", f"Cookie: {cookie}"]),
            )
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="how long each load runs")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("this benchmark needs wrk: apt-get install wrk")
    print(f"wrk, {args.seconds} s each, {args.connections} connections, loopback, one worker each")
    for name, result in run(args.seconds, args.connections):
        rps, p50, p99 = result["rps"], result["p50"], result["p99"]
        print(f"{name:24} {rps:7.0f} req/s   p50 {p50:6.1f} ms   p99 {p99:6.1f} ms")


if __name__ == "__main__":
    main()
