#!/usr/bin/env python3
"""Build the table of news sites' page numbers and the months they were published.

Many Vietnamese news sites number their pages in the order they publish them
(`.../thuc-day-quan-he-viet-lao-429056.vnp`, `...-c43289204.epi`), so a page
number that falls between two pages of known month dates the page to about
that time. The known months are the publication dates written by hand in the
`dev` half of the real set (never `test`): each gold file's address and its
`published`, when that gives at least the month.

    python scripts/page_ids.py          # writes langgieng/read/data/page_ids.json

A site is kept when it has at least `LEAST` such pages; a page whose month
breaks the order of the others (an address from another numbering, a reprint) is
left out, keeping the longest run of pages whose months rise with their numbers.
"""

from __future__ import annotations

import bisect
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from langgieng.read.published import page_number, site_of, url_date  # noqa: E402

GOLD = ROOT / "tests" / "data" / "real" / "dev" / "gold"
OUT = ROOT / "langgieng" / "read" / "data" / "page_ids.json"
LEAST = 4


def anchors() -> dict[str, list[tuple[int, str]]]:
    """(page number, month) of each dev page with a month, by site."""
    sites: dict[str, list[tuple[int, str]]] = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        url, published = gold["provenance"]["url"], gold.get("published") or ""
        number = page_number(url)
        if len(published) < 7 or number is None or url_date(url):
            continue  # (an address that carries its own date needs no table)
        sites.setdefault(site_of(url), []).append((number, published[:7]))
    return sites


def in_order(pages: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The longest run of pages, by number, whose months never fall."""
    pages = sorted(set(pages))
    tails: list[str] = []  # patience sorting on the months
    ends: list[int] = []
    before: list[int] = [-1] * len(pages)
    for index, (_, month) in enumerate(pages):
        at = bisect.bisect_right(tails, month)
        if at == len(tails):
            tails.append(month)
            ends.append(index)
        else:
            tails[at], ends[at] = month, index
        before[index] = ends[at - 1] if at else -1
    run, index = [], ends[-1] if ends else -1
    while index >= 0:
        run.append(pages[index])
        index = before[index]
    return run[::-1]


def main() -> int:
    table = {site: [list(page) for page in kept] for site, pages in sorted(anchors().items())
             if len(kept := in_order(pages)) >= LEAST}
    data = {
        "source": "publication months written by hand for the dev half of the real set "
                  "(tests/data/real/dev/gold: provenance.url and published); built by "
                  "scripts/page_ids.py",
        "sites": table,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    sites = ",\n".join(f"  {json.dumps(site)}: {json.dumps(pages)}"
                        for site, pages in table.items())
    OUT.write_text(f'{{\n"source": {json.dumps(data["source"], ensure_ascii=False)},\n'
                   f'"sites": {{\n{sites}\n}}\n}}\n', encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(table)} sites, "
          f"{sum(len(p) for p in table.values())} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
