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

The worker processes of one server (`serve --workers N`) also share their answers
through a SQLite file of their own (`SharedPages`), so that a page is made once,
not once by each process. Their counts of changes cannot be compared (each is
its connection's), so the file keeps an epoch of its own: a process that sees
its count move raises the epoch before it reads or makes a page, and an answer
is good for anyone whose epoch is no newer than the one it was made under. The
answer was made after that epoch was read, so after every write whose seeing raised
the epoch to it; a reader that saw a later write raised the epoch past it.

`warm` pages (the overview, the review queue: what nearly every visitor opens
first) are made as the server starts, before it answers anyone, in each language.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from langgieng.i18n import LANGUAGES, scope_language
from langgieng.store import changes, database_errors

MAX_BYTES = 32 * 1024 * 1024  # per worker process
MAX_SHARED_BYTES = 128 * 1024 * 1024  # the shared file, on disk
MAX_BODY = 2 * 1024 * 1024  # a bigger answer is not kept
HIT_HEADER = (b"x-langgieng-cache", b"hit")
EPOCH = "langgieng.epoch"  # the scope's key to the epoch a read is made under (web/memo.py)
log = logging.getLogger(__name__)

Key = tuple[str, bytes, str]


@dataclass(slots=True)
class _Answer:
    state: int
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class ReadCache:
    def __init__(self, app: ASGIApp, db_path: str, max_bytes: int = MAX_BYTES,
                 shared: str | None = None, warm: Sequence[str] = ()) -> None:
        self.app = app
        self.db_path = db_path
        self.max_bytes = max_bytes
        self.watch: Callable[[], int] | None = None
        self.watch_lock = threading.Lock()  # an app may be called from several threads
        self.seen: int | None = None  # the store's count of changes, as last read
        self.epoch = 0  # raised whenever `seen` moves (or read from the shared file)
        self.shared = SharedPages(shared) if shared else None
        self.warm = warm
        self.kept: OrderedDict[Key, _Answer] = OrderedDict()
        # pages being made, so that readers arriving meanwhile wait instead of making them too
        self.running: dict[Key, tuple[int, asyncio.Future[None]]] = {}
        self.size = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, self._starting(scope, send))
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not _cacheable(scope):
            if scope["method"] == "GET":  # values derived from the store are kept by it too
                scope[EPOCH] = self._state()
            await self.app(scope, receive, send)
            return
        # one page per language: the same address reads otherwise in another
        key = (scope["path"], scope.get("query_string", b""), scope_language(scope))
        state = scope[EPOCH] = self._state()
        running = self.running.get(key)
        if running is not None and running[0] == state:
            await asyncio.shield(running[1])  # the same page is being made: wait for it
        answer = self.kept.get(key)
        if answer is not None and answer.state >= state:
            self.kept.move_to_end(key)
            await _replay(answer, send)
            return
        if self.shared is not None:
            answer = self.shared.get(key, state)
            if answer is not None:
                self._remember(key, answer)
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
        """The epoch to read and make pages under: it moves with every commit to the
        database (see the module's description for the shared file's)."""
        with self.watch_lock:
            if self.watch is None:
                self.watch = changes(self.db_path)
            seen = self.watch()
            moved = seen != self.seen
            self.seen = seen
            if self.shared is not None:
                self.epoch = self.shared.raise_epoch() if moved else self.shared.epoch()
            elif moved:
                self.epoch += 1
            return self.epoch

    def _keeping(self, key: Key, state: int, send: Send) -> Send:
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

    def _keep(self, key: Key, state: int, started: dict[str, Any], body: bytes) -> None:
        headers = list(started.get("headers", []))
        if started.get("status") != 200 or len(body) > MAX_BODY or any(
            name.lower() == b"set-cookie" for name, _ in headers
        ):
            return
        answer = _Answer(state, 200, headers, body)
        self._remember(key, answer)
        if self.shared is not None:
            self.shared.put(key, answer)

    def _remember(self, key: Key, answer: _Answer) -> None:
        old = self.kept.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self.kept[key] = answer
        self.size += len(answer.body)
        while self.size > self.max_bytes and self.kept:
            _, dropped = self.kept.popitem(last=False)
            self.size -= len(dropped.body)

    def _starting(self, lifespan: Scope, send: Send) -> Send:
        """`send` for the lifespan: once the app has started (its own startup done),
        before the server is told it may answer, the store's state is read (a process
        seeing it first raises the shared epoch: better now than after the others made
        pages), then the warm pages are made."""

        async def sending(message: Message) -> None:
            if message["type"] == "lifespan.startup.complete":
                try:
                    self._state()
                except database_errors():  # a request reads it again, and says what fails
                    pass
                for path in self.warm:
                    for lang in LANGUAGES:
                        await self._make(lifespan, path, lang)
            await send(message)

        return sending

    async def _make(self, lifespan: Scope, path: str, lang: str) -> None:
        """Ask for `path` as an anonymous visitor reading `lang` would, and keep it."""
        target, _, query = path.partition("?")
        scope: Scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
            "method": "GET", "scheme": "http", "path": target, "raw_path": target.encode(),
            "root_path": "", "query_string": query.encode(), "session": {},
            "headers": [(b"accept-language", lang.encode())],
            "client": None, "server": None,
            # as the server passes them to every request: the app, the lifespan's state
            "app": lifespan.get("app"), "state": dict(lifespan.get("state", {})),
        }

        async def receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def discard(message: Message) -> None:
            pass

        try:
            await self(scope, receive, discard)
        except Exception:  # the page's first visitor makes it again, and sees why it fails
            log.warning("could not make %s at startup", path, exc_info=True)


class SharedPages:
    """Answers kept in a SQLite file that the worker processes of one server share.
    Calls are short (one statement on a small local file) and come from the event
    loop, one at a time per process."""

    def __init__(self, path: str, max_bytes: int = MAX_SHARED_BYTES) -> None:
        self.max_bytes = max_bytes
        # the file is the server's own, made fresh at each start: nothing to keep
        # through a crash, so no syncing to disk
        self.db = sqlite3.connect(path, isolation_level=None, timeout=10,
                                  check_same_thread=False)
        self.lock = threading.Lock()
        self.puts = 0
        with self.lock:
            for pragma in ("journal_mode=WAL", "synchronous=OFF"):
                self.db.execute(f"PRAGMA {pragma}")
            self.db.execute("BEGIN IMMEDIATE")  # the workers start together
            self.db.execute("CREATE TABLE IF NOT EXISTS epoch (n INTEGER NOT NULL)")
            self.db.execute("INSERT INTO epoch SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM epoch)")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS pages (path TEXT, query BLOB, lang TEXT,"
                " epoch INTEGER NOT NULL, made REAL NOT NULL, headers TEXT NOT NULL,"
                " body BLOB NOT NULL, PRIMARY KEY (path, query, lang))")
            self.db.execute("COMMIT")

    def epoch(self) -> int:
        with self.lock:
            return int(self.db.execute("SELECT n FROM epoch").fetchone()[0])

    def raise_epoch(self) -> int:
        """Raise the epoch (this process saw the database change) and drop the
        answers made under the old ones; the new epoch."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.execute("UPDATE epoch SET n = n + 1")
                epoch = int(self.db.execute("SELECT n FROM epoch").fetchone()[0])
                self.db.execute("DELETE FROM pages WHERE epoch < ?", (epoch,))
            finally:
                self.db.execute("COMMIT")
            return epoch

    def get(self, key: Key, epoch: int) -> _Answer | None:
        with self.lock:
            row = self.db.execute(
                "SELECT epoch, headers, body FROM pages"
                " WHERE path = ? AND query = ? AND lang = ? AND epoch >= ?", (*key, epoch),
            ).fetchone()
        if row is None:
            return None
        headers = [(name.encode("latin-1"), value.encode("latin-1"))
                   for name, value in json.loads(row[1])]
        return _Answer(int(row[0]), 200, headers, bytes(row[2]))

    def put(self, key: Key, answer: _Answer) -> None:
        headers = json.dumps([(name.decode("latin-1"), value.decode("latin-1"))
                              for name, value in answer.headers])
        with self.lock:
            try:
                self.db.execute(
                    "INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT DO UPDATE SET epoch = excluded.epoch, made = excluded.made,"
                    " headers = excluded.headers, body = excluded.body"
                    " WHERE excluded.epoch >= pages.epoch",
                    (*key, answer.state, time.time(), headers, answer.body))
                self.puts += 1
                if self.puts % 100 == 0:
                    self._trim()
            except sqlite3.OperationalError:  # busy beyond the timeout: not kept, made again
                pass

    def _trim(self) -> None:
        """Past max_bytes, drop the oldest half of the answers."""
        size = self.db.execute("SELECT COALESCE(SUM(length(body)), 0) FROM pages").fetchone()[0]
        if size > self.max_bytes:
            self.db.execute("DELETE FROM pages WHERE made <= (SELECT made FROM pages"
                            " ORDER BY made LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM pages))")


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
