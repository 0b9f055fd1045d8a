"""`serve --workers N`: N server processes, each listening on a socket of its own.

uvicorn's own workers share one listening socket, and whichever process wakes first
accepts every connection waiting (asyncio accepts up to the backlog at once): fifty
browsers or clients arriving together could all land on one process while the other
sat idle, their pages queued behind one interpreter lock. Here each worker binds its
own socket with SO_REUSEPORT, and the kernel spreads new connections over them.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Barrier
from threading import BrokenBarrierError
from types import FrameType

from starlette.types import ASGIApp, Message, Receive, Scope, Send

STARTUP_FAILURE = 3  # uvicorn's exit status for a worker that could not start
APP = "langgieng.web.app:app_from_environment"  # reads its options from the environment
READY_TIMEOUT = 120  # seconds a started worker waits for the others before listening alone


def spreads_connections() -> bool:
    """Whether the kernel balances connections over sockets sharing a port
    (Linux's SO_REUSEPORT; elsewhere the option exists without the balancing)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listener(host: str, port: int) -> socket.socket:
    """A TCP socket bound to host:port beside the other workers' (not yet listening)."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def serve_one(host: str, port: int, ready: Barrier | None = None, app: str = APP) -> None:
    """One worker process: its own socket, uvicorn on it, until told to stop. With
    `ready`, it listens only once every worker has started (see `_listening_together`)."""
    import uvicorn
    from uvicorn.importer import import_from_string

    try:
        sock = listener(host, port)
    except OSError as exc:
        print(f"{host}:{port}: {exc}", file=sys.stderr)
        sys.exit(STARTUP_FAILURE)
    asgi = import_from_string(app)()
    if ready is not None:
        asgi = _listening_together(asgi, ready)
    config = uvicorn.Config(asgi, log_level="warning")
    # Ctrl-C reaches every process of the terminal: a normal stop
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])


def _listening_together(app: ASGIApp, ready: Barrier) -> ASGIApp:
    """`app`, whose startup ends only when every worker's has: a worker listens once
    its startup is over, and the kernel gives the connections made meanwhile to the
    sockets already listening, so clients arriving as the first worker answered all
    stayed with it, their keep-alive connections for good."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "lifespan.startup.complete":
                with contextlib.suppress(BrokenBarrierError):  # one failed, or too slow
                    await asyncio.to_thread(ready.wait, READY_TIMEOUT)
            await send(message)

        await app(scope, receive, sending)

    return wrapped


def run_workers(host: str, port: int, workers: int, app: str = APP) -> int:
    """Run `workers` processes serving `app` on host:port until SIGINT or SIGTERM;
    a worker that dies is replaced, unless it failed to start (then all stop: the
    next would fail the same way). Returns the exit status for the command."""
    # Held, never listened on: the port is ours from here, and taken is an error now
    # rather than in every worker. Only listening sockets receive connections.
    reserved = listener(host, port)
    # the answers the workers keep, shared (web/cache.py); the workers inherit the variable
    folder = tempfile.mkdtemp(prefix="langgieng-pages-")
    os.environ["LANGGIENG_SHARED_CACHE"] = os.path.join(folder, "pages.db")
    spawn = multiprocessing.get_context("spawn")
    stop = threading.Event()

    # the first workers listen together; one started later to replace another, alone
    together = spawn.Barrier(workers)

    def start(ready: Barrier | None = None) -> BaseProcess:
        process = spawn.Process(target=serve_one, args=(host, port, ready, app))
        process.start()
        return process

    def stopping(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, stopping) for sig in (signal.SIGINT, signal.SIGTERM)}
    status = 0
    processes = [start(together) for _ in range(workers)]
    try:
        while not stop.wait(0.5):
            for index, process in enumerate(processes):
                if process.is_alive():
                    continue
                if process.exitcode == STARTUP_FAILURE:
                    status = 1
                    stop.set()
                    together.abort()  # the others wait no longer
                    break
                processes[index] = start()
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes the requests under way
        for process in processes:
            process.join(30)
            if process.is_alive():
                process.kill()
                process.join()
        reserved.close()
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop("LANGGIENG_SHARED_CACHE", None)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return status
