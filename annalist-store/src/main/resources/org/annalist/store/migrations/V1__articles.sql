-- V1: cleaned articles and the ingest runs that produced them.
-- Child tables are keyed by (article_id, ordinal) and keep list order; they hold no foreign keys
-- (DuckDB's are restrictive) but every row's article_id names a row of articles.

CREATE TABLE articles (
  id          VARCHAR PRIMARY KEY,
  outlet      VARCHAR,
  title       VARCHAR,
  published   DATE,
  dateline    VARCHAR,
  byline      VARCHAR,
  language    VARCHAR NOT NULL,
  body        VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL -- UTC
);

-- Every place an article was read from, in the order first seen.
CREATE TABLE article_origins (
  article_id VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  path       VARCHAR NOT NULL,
  url        VARCHAR,
  record     VARCHAR,
  added_at   TIMESTAMP NOT NULL, -- UTC
  PRIMARY KEY (article_id, ordinal)
);

-- What the cleaner removed; span offsets point into the cleaner's source text.
CREATE TABLE article_removed (
  article_id VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  reason     VARCHAR NOT NULL,
  text       VARCHAR NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

-- Field name to how it was found.
CREATE TABLE article_provenance (
  article_id VARCHAR NOT NULL,
  field      VARCHAR NOT NULL,
  how        VARCHAR NOT NULL,
  PRIMARY KEY (article_id, field)
);

CREATE TABLE article_notes (
  article_id VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  note       VARCHAR NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);

-- Ingest runs; finished_at and the counts stay null when a run never finished.
CREATE TABLE runs (
  id           BIGINT PRIMARY KEY,
  started_at   TIMESTAMP NOT NULL, -- UTC
  finished_at  TIMESTAMP,          -- UTC
  documents    BIGINT,
  added        BIGINT,
  origin_added BIGINT,
  unchanged    BIGINT
);

CREATE TABLE run_inputs (
  run_id  BIGINT NOT NULL,
  ordinal INTEGER NOT NULL,
  input   VARCHAR NOT NULL,
  PRIMARY KEY (run_id, ordinal)
);

-- Documents a run could not read or clean.
CREATE TABLE failures (
  run_id      BIGINT NOT NULL,
  ordinal     INTEGER NOT NULL,
  location    VARCHAR NOT NULL,
  reason      VARCHAR NOT NULL,
  recorded_at TIMESTAMP NOT NULL, -- UTC
  PRIMARY KEY (run_id, ordinal)
);
