-- What a list of records shows of each (see ../011_record_listings.sql).
CREATE TABLE record_listings (
    record_key TEXT COLLATE "C" PRIMARY KEY REFERENCES records (key) ON DELETE CASCADE,
    listing TEXT NOT NULL
);
