"""`serve --workers 2`: each worker listens on a socket of its own, they share the
answers they keep, and the server stops on SIGTERM. A real server on a free local port."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from langgieng.cli.serve import example_files
from langgieng.pipeline import ingest
from langgieng.store import open_store
from langgieng.web.server import spreads_connections

pytestmark = pytest.mark.skipif(not spreads_connections(), reason="SO_REUSEPORT balancing")
HIT = "x-langgieng-cache"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listening(port: int) -> int:
    """How many sockets listen on the port (Linux's table: state 0A is LISTEN)."""
    rows = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    return sum(1 for row in rows if row[1].endswith(f":{port:04X}") and row[3] == "0A")


def test_two_workers_share_the_pages_they_make_and_stop_together(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with example_files() as files, open_store(db) as store:
        ingest(files[:3], store)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", "from langgieng.cli import main; main()", "--db", str(db),
         "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # a slow machine may take a while to start two interpreters
            try:
                if httpx.get(base + "/", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        for _ in range(600):  # the first worker may answer before the second listens
            if listening(port) == 2:
                break
            time.sleep(0.1)
        # the overview was made as the server started; a new page once, by one worker,
        # though each new connection goes to either
        assert httpx.get(base + "/").headers.get(HIT) == "hit"
        answers = [httpx.get(base + "/api/articles?limit=2") for _ in range(20)]
        assert all(answer.status_code == 200 for answer in answers)
        assert sum(HIT not in answer.headers for answer in answers) == 1
        assert listening(port) == 2  # a socket each; the one the parent holds never listens
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=60)
    assert code == 0
