-- What a list of records shows of each (store/record_json.py, encode_listing): the
-- sources of its first articles, its claims in conflict, and how many there are in all.
-- A page of fifty records then reads fifty short rows, not their tens of thousands
-- of sources. In a table of its own: after the large JSON columns of `records`, a
-- column would be reached only through their overflow pages. The store fills the
-- listings of records stored before this when it is next opened to write.
CREATE TABLE record_listings (
    record_key TEXT PRIMARY KEY REFERENCES records (key) ON DELETE CASCADE,
    listing TEXT NOT NULL              -- JSON
);
