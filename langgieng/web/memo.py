"""Values computed from the store, kept until it changes.

Pages differ where their values do not: every page of the review queue describes
the same discovered people, and the search page and the API count the same
matches of a query. Each is made once per epoch of the read cache (web/cache.py,
which puts the epoch a request reads under in its scope) and kept in the process,
so that a write makes them again as it makes pages again. A request outside the
read cache (no epoch) computes its value afresh.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from fastapi import Request

from langgieng.web.cache import EPOCH

T = TypeVar("T")
MAX_VALUES = 4096  # per process; the oldest go first


class Memo:
    def __init__(self, max_values: int = MAX_VALUES) -> None:
        self.max_values = max_values
        self.kept: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self.lock = threading.Lock()  # the page threads share it

    def get(self, epoch: int | None, key: Hashable, make: Callable[[], T]) -> T:
        """The value of `make()` for `key`, made under `epoch` or a newer one."""
        if epoch is None:
            return make()
        with self.lock:
            kept = self.kept.get(key)
            if kept is not None and kept[0] >= epoch:
                self.kept.move_to_end(key)
                return kept[1]  # type: ignore[no-any-return]
        value = make()  # outside the lock: two threads may make it, one keeps it
        with self.lock:
            kept = self.kept.get(key)
            if kept is None or kept[0] <= epoch:
                self.kept[key] = (epoch, value)
                self.kept.move_to_end(key)
            while len(self.kept) > self.max_values:
                self.kept.popitem(last=False)
        return value


def remembered(request: Request, key: Hashable, make: Callable[[], T]) -> T:
    """`make()`, or its value kept for `key` since the store last changed."""
    kept: Memo = request.app.state.memo
    return kept.get(request.scope.get(EPOCH), key, make)
