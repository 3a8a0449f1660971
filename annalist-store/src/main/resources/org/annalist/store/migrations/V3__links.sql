-- V3: event links across articles (annalist-link): linked events (one happening with all its
-- reports), their mentions and the parties on each side, the linked-event id registry and its
-- change log, story threads and their timelines.
-- linked_events, linked_event_mentions, linked_event_parties, stories and story_events are
-- replaced whole by each linking; linked_event_ids keeps every id ever issued (ids are never
-- reused) and linked_event_changes only grows.

CREATE TABLE linked_events (
  id                  VARCHAR PRIMARY KEY, -- ev-<earliest mention id>, kept across runs
  cameo               VARCHAR NOT NULL,    -- the dominant CAMEO code
  root                VARCHAR NOT NULL,
  quad                INTEGER NOT NULL,
  goldstein           DOUBLE NOT NULL,
  source_code         VARCHAR,
  source_name         VARCHAR,
  target_code         VARCHAR,
  target_name         VARCHAR,
  date                VARCHAR,             -- ISO day or TIMEX3 value
  date_precision      VARCHAR NOT NULL,    -- DAY, WEEK, MONTH, YEAR, PUBLICATION, UNKNOWN
  day                 DATE,                -- first day of date
  place               VARCHAR,
  place_precision     VARCHAR NOT NULL,    -- CLAUSE, DATELINE, NONE
  articles            INTEGER NOT NULL,
  outlets             INTEGER NOT NULL,
  independent_outlets INTEGER NOT NULL,
  first_report        DATE,
  last_report         DATE,
  disputed            BOOLEAN NOT NULL
);

-- Every report of a linked event: one coded event (events.id) of one article. Also the registry of
-- which linked event each mention was last linked into.
CREATE TABLE linked_event_mentions (
  mention_id     VARCHAR PRIMARY KEY, -- events.id
  event_id       VARCHAR NOT NULL,    -- linked_events.id
  ordinal        INTEGER NOT NULL,    -- earliest report first
  article_id     VARCHAR NOT NULL,
  outlet         VARCHAR,
  published      DATE,
  copy_group     VARCHAR NOT NULL,    -- near-duplicate copy group of the article
  cameo          VARCHAR NOT NULL,
  source_code    VARCHAR,
  target_code    VARCHAR,
  date           VARCHAR,
  date_precision VARCHAR NOT NULL,
  place          VARCHAR,
  factuality     VARCHAR NOT NULL,    -- ASSERTED, CLAIMED, DENIED, DISPUTED, FUTURE, ...
  asserted_name  VARCHAR,
  asserted_code  VARCHAR
);

CREATE TABLE linked_event_parties (
  event_id VARCHAR NOT NULL,
  side     VARCHAR NOT NULL, -- asserts, denies
  ordinal  INTEGER NOT NULL,
  name     VARCHAR NOT NULL,
  code     VARCHAR,
  PRIMARY KEY (event_id, side, ordinal)
);

-- Every linked-event id ever issued, in order of issue. A retired id has been merged into
-- successor, or dropped (successor null) when none of its mentions exists any more.
CREATE TABLE linked_event_ids (
  id        VARCHAR PRIMARY KEY,
  seq       BIGINT NOT NULL,
  retired   BOOLEAN NOT NULL,
  successor VARCHAR
);

-- Merges, splits and drops of linked-event ids, in the order they happened.
CREATE TABLE linked_event_changes (
  seq         BIGINT PRIMARY KEY,
  kind        VARCHAR NOT NULL, -- MERGED, SPLIT, DROPPED
  from_id     VARCHAR NOT NULL,
  to_id       VARCHAR,
  recorded_at TIMESTAMP NOT NULL -- UTC
);

CREATE TABLE stories (
  id       VARCHAR PRIMARY KEY, -- st-<first linked event id without ev->
  title    VARCHAR NOT NULL,
  actors   VARCHAR NOT NULL,    -- JSON array of principal actor codes
  place    VARCHAR,
  cameo    VARCHAR NOT NULL,    -- dominant 3-digit code
  articles INTEGER NOT NULL,
  events   INTEGER NOT NULL,
  first    DATE NOT NULL,
  last     DATE NOT NULL
);

CREATE TABLE story_events (
  story_id    VARCHAR NOT NULL,
  ordinal     INTEGER NOT NULL,
  event_id    VARCHAR NOT NULL,
  day         DATE NOT NULL,
  date        VARCHAR,
  cameo       VARCHAR NOT NULL,
  label       VARCHAR NOT NULL,
  source_code VARCHAR,
  target_code VARCHAR,
  place       VARCHAR,
  articles    INTEGER NOT NULL,
  PRIMARY KEY (story_id, ordinal)
);

-- Article groups of the last linking (org.annalist.link.article.ArticleLinker), replaced whole
-- by each linking: the near-duplicate copy group (wire copy, re-post, light edit) and the
-- same-happening cluster of every linked article. A group's id is its smallest article id; an
-- article with no copy is its own copy group.
CREATE TABLE article_groups (
  article_id VARCHAR PRIMARY KEY,
  copy_group VARCHAR NOT NULL,
  happening  VARCHAR NOT NULL,
  day        DATE                -- the date the linker used (publication, else from the text)
);
