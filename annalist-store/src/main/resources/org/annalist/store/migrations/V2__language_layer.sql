-- V2: what the language layer extracts from each article (entities, time expressions, quotes,
-- coded events).
-- All offsets point into articles.body. Rows of an article are replaced whole when it is
-- extracted again (by a newer extraction version).

CREATE TABLE extractions (
  article_id   VARCHAR PRIMARY KEY,
  version      VARCHAR NOT NULL,
  extracted_at TIMESTAMP NOT NULL -- UTC
);

CREATE TABLE time_expressions (
  article_id VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  text       VARCHAR NOT NULL,
  type       VARCHAR NOT NULL, -- DATE, TIME, DURATION, SET
  value      VARCHAR NOT NULL, -- TIMEX3 value
  anchoring  VARCHAR NOT NULL, -- ABSOLUTE, RESOLVED (against the publication date), UNRESOLVED
  mod        VARCHAR,          -- TIMEX3 mod: APPROX, START, END, EARLY, LATE, ...
  range_end  VARCHAR,          -- "Tuesday to Friday": the end value
  PRIMARY KEY (article_id, ordinal)
);

-- An article's entities; key is article-local (e1, e2, ...).
CREATE TABLE article_entities (
  article_id VARCHAR NOT NULL,
  key        VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  name       VARCHAR NOT NULL,
  type       VARCHAR NOT NULL,
  aliases    VARCHAR NOT NULL, -- JSON array of strings
  PRIMARY KEY (article_id, key)
);

CREATE TABLE entity_roles (
  article_id   VARCHAR NOT NULL,
  key          VARCHAR NOT NULL,
  ordinal      INTEGER NOT NULL,
  title        VARCHAR NOT NULL,
  organization VARCHAR,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL,
  PRIMARY KEY (article_id, key, ordinal)
);

CREATE TABLE entity_mentions (
  article_id VARCHAR NOT NULL,
  key        VARCHAR NOT NULL,
  ordinal    INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (article_id, key, ordinal)
);

CREATE TABLE quotes (
  article_id     VARCHAR NOT NULL,
  ordinal        INTEGER NOT NULL,
  span_start     INTEGER NOT NULL,
  span_end       INTEGER NOT NULL,
  text           VARCHAR NOT NULL,
  kind           VARCHAR NOT NULL, -- DIRECT, PARTIAL, INDIRECT
  sentence       INTEGER NOT NULL,
  speaker_name   VARCHAR,
  speaker_start  INTEGER,
  speaker_end    INTEGER,
  speaker_entity VARCHAR,          -- article-local entity key
  relayed_name   VARCHAR,
  relayed_start  INTEGER,
  relayed_end    INTEGER,
  relayed_entity VARCHAR,
  verb           VARCHAR,
  verb_start     INTEGER,
  verb_end       INTEGER,
  PRIMARY KEY (article_id, ordinal)
);

-- Coded events (CAMEO, PLOVER, Goldstein, QuadClass), one row each; actors flattened.
CREATE TABLE events (
  article_id      VARCHAR NOT NULL,
  ordinal         INTEGER NOT NULL,
  id              VARCHAR NOT NULL,
  sentence        INTEGER NOT NULL,
  cameo           VARCHAR NOT NULL,
  root            VARCHAR NOT NULL,
  plover          VARCHAR,
  plover_mode     VARCHAR,
  goldstein       DOUBLE NOT NULL,
  quad            INTEGER NOT NULL,
  source_code     VARCHAR,
  source_name     VARCHAR,
  source_entity   VARCHAR,
  source_text     VARCHAR,
  source_start    INTEGER,
  source_end      INTEGER,
  target_code     VARCHAR,
  target_name     VARCHAR,
  target_entity   VARCHAR,
  target_text     VARCHAR,
  target_start    INTEGER,
  target_end      INTEGER,
  date            VARCHAR,
  date_precision  VARCHAR NOT NULL,
  place           VARCHAR,
  place_precision VARCHAR NOT NULL,
  factuality      VARCHAR NOT NULL,
  asserted_code   VARCHAR,
  asserted_name   VARCHAR,
  asserted_entity VARCHAR,
  asserted_text   VARCHAR,
  asserted_start  INTEGER,
  asserted_end    INTEGER,
  trigger         VARCHAR NOT NULL,
  trigger_start   INTEGER NOT NULL,
  trigger_end     INTEGER NOT NULL,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
);
