"""Dependencies shared by routes: the store, one read connection per thread."""

from __future__ import annotations

import contextlib
import threading
from typing import Annotated

from fastapi import Depends, Request

from langgieng.store import Store, open_store

# Bounds of offsets and page numbers in URLs: past them a request is a 422, not
# an integer SQLite cannot bind (2**63 and up).
MAX_OFFSET = 10**9
MAX_PAGE = 10**7


class Stores:
    """Hands each worker thread its own store: sqlite3 objects are per-thread.

    FastAPI may run a dependency and its endpoint on different threads, so
    routes call `get()` inside their own body rather than receiving a Store.
    """

    def __init__(self, db_path: str, *, read_only: bool = False) -> None:
        self.db_path = db_path
        self.read_only = read_only
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            # migrations ran once when the app was made: opening reads, never locks
            store = open_store(self.db_path, create=False, read_only=self.read_only)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            # A connection owned by a finished thread may refuse; nothing left to free.
            with contextlib.suppress(Exception):
                store.close()


def get_stores(request: Request) -> Stores:
    stores: Stores = request.app.state.stores
    return stores


StoresDep = Annotated[Stores, Depends(get_stores)]
