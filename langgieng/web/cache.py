"""Answers to anonymous reads, kept until the database changes.

Most requests are readers opening the same pages (the overview, the review
queue, a popular entity) between writes, which are rare. Each worker process
keeps the bodies of its recent successful anonymous GETs, keyed by path,
query and language, together with the store's count of changes read on a connection of its
own that never writes (SQLite's `data_version`, a counter in PostgreSQL): every commit by
any other connection, in this process or another, changes it and so makes every kept
answer stale. Requests
with a session or a token are never answered from here, nor kept, and neither
is a response that sets a cookie.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from langgieng.i18n import scope_language
from langgieng.store import changes

MAX_BYTES = 32 * 1024 * 1024  # per worker process
MAX_BODY = 2 * 1024 * 1024  # a bigger answer is not kept
HIT_HEADER = (b"x-langgieng-cache", b"hit")


@dataclass(slots=True)
class _Answer:
    state: int
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ReadCache:
    def __init__(self, app: ASGIApp, db_path: str, max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.db_path = db_path
        self.max_bytes = max_bytes
        self.watch: Callable[[], int] | None = None
        self.watch_lock = threading.Lock()  # an app may be called from several threads
        self.kept: OrderedDict[tuple[str, bytes, str], _Answer] = OrderedDict()
        # pages being made, so that readers arriving meanwhile wait instead of making them too
        self.running: dict[tuple[str, bytes, str], tuple[int, asyncio.Future[None]]] = {}
        self.size = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _cacheable(scope):
            await self.app(scope, receive, send)
            return
        # one page per language: the same address reads otherwise in another
        key = (scope["path"], scope.get("query_string", b""), scope_language(scope))
        state = self._state()
        running = self.running.get(key)
        if running is not None and running[0] == state:
            await asyncio.shield(running[1])  # the same page is being made: wait for it
        answer = self.kept.get(key)
        if answer is not None and answer.state == state:
            self.kept.move_to_end(key)
            await _replay(answer, send)
            return
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.running[key] = (state, done)
        try:
            await self.app(scope, receive, self._keeping(key, state, send))
        finally:
            if self.running.get(key) == (state, done):
                del self.running[key]
            done.set_result(None)

    def _state(self) -> int:
        """A number that changes with every commit to the database."""
        with self.watch_lock:
            if self.watch is None:
                self.watch = changes(self.db_path)
            return self.watch()

    def _keeping(self, key: tuple[str, bytes, str], state: int, send: Send) -> Send:
        started: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    self._keep(key, state, started, b"".join(chunks))
            await send(message)

        return sending

    def _keep(self, key: tuple[str, bytes, str], state: int,
              started: dict[str, Any], body: bytes) -> None:
        headers = list(started.get("headers", []))
        if started.get("status") != 200 or len(body) > MAX_BODY or any(
            name.lower() == b"set-cookie" for name, _ in headers
        ):
            return
        old = self.kept.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.kept[key] = _Answer(state, 200, headers, body)
        self.size += len(body)
        while self.size > self.max_bytes and self.kept:
            _, dropped = self.kept.popitem(last=False)
            self.size -= len(dropped.body)


def _cacheable(scope: Scope) -> bool:
    """An anonymous GET: no session, no token."""
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    if scope.get("session"):
        return False
    return not any(name == b"authorization" for name, _ in scope.get("headers", []))


async def _replay(answer: _Answer, send: Send) -> None:
    await send({"type": "http.response.start", "status": answer.status,
                "headers": [*answer.headers, HIT_HEADER]})
    await send({"type": "http.response.body", "body": answer.body})
