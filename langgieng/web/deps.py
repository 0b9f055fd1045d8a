"""Dependencies shared by routes: the store, one read connection per thread."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from dataclasses import dataclass
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import Depends, Query, Request

from langgieng.reconcile.corrections import date_problem
from langgieng.store import Store, open_store
from langgieng.store.search import Found, SearchFilters
from langgieng.web.errors import InvalidInput
from langgieng.web.memo import remembered
from langgieng.web.present import require_entity

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


async def get_stores(request: Request) -> Stores:
    # async, as every dependency here: FastAPI sends a plain function to the page threads
    # and back, and under load each such trip waits its turn behind the pages being made
    stores: Stores = request.app.state.stores
    return stores


StoresDep = Annotated[Stores, Depends(get_stores)]


FactType = Literal["meeting", "visit", "agreement", "relations", "measure", "target"]  # FACT_TYPES
_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass(frozen=True)
class SearchFilterParams:
    """A search's filters as the address gives them (`?type=visit&since=2024`)."""

    entity: str | None = None
    type: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None

    def resolved(self, store: Store) -> SearchFilters:
        """The store's filters, the entity's name resolved (an unknown one is a 404),
        the dates checked against the calendar (`2025-13` is refused)."""
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and (problem := date_problem(value)):
                raise InvalidInput(f"{name}: {value!r} {problem}")
        entity = require_entity(self.entity, store).id if self.entity else None
        return SearchFilters(entity=entity, type=self.type, outlet=self.outlet or None,
                             since=self.since, until=self.until)

    def query_string(self) -> str:
        """`&type=visit&since=2024` for the links to other pages of the same search."""
        kept = {k: v for k, v in dataclasses.asdict(self).items() if v}
        return "&" + urlencode(kept) if kept else ""


async def search_filter_params(
    entity: Annotated[str | None, Query(max_length=200, description="linked to this entity"
                                        " (an id or a name)")] = None,
    type: Annotated[FactType | None, Query(description="stating a fact of this type")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="from this site (its"
                                        " subdomains too)")] = None,
    since: Annotated[str | None, Query(pattern=_DATE, description="published on or after"
                                       " (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(pattern=_DATE, description="published on or"
                                       " before")] = None,
) -> SearchFilterParams:
    """The filters of the address (async: see `get_stores`)."""
    return SearchFilterParams(entity, type, outlet, since, until)


SearchFiltersDep = Annotated[SearchFilterParams, Depends(search_filter_params)]

# Searches are ranked in steps of the search page's size and the ranking kept, so that
# the API (20 a page) and the page (50) share one: the first n found are the same
# whatever number is asked for (Store.find).
FOUND_STEP = 50


def found(request: Request, store: Store, query: str, wanted: int, *, entity: str | None,
          filters: SearchFilters) -> list[Found]:
    """`store.find` for at least `wanted` articles, kept until the store changes."""
    ranked = -(-wanted // FOUND_STEP) * FOUND_STEP
    return remembered(request, ("found", query, entity, filters, ranked),
                      lambda: store.find(query, ranked, entity=entity, filters=filters))
