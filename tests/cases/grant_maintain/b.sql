-- PG17+ MAINTAIN privilege (VACUUM/ANALYZE/REINDEX/...): GRANT MAINTAIN on a table to cmis_app, only in B.
CREATE SCHEMA app;

CREATE TABLE app.events (
    event_id bigint NOT NULL,
    kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (event_id)
);

GRANT MAINTAIN ON TABLE app.events TO cmis_app;
