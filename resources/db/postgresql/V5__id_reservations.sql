-- Step 5 of the SQLite store: ids reserved ahead of the insert by a window's writer.
CREATE TABLE id_reservations (
  table_name TEXT PRIMARY KEY,
  high BIGINT NOT NULL
);
