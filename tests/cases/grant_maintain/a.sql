CREATE SCHEMA app;

CREATE TABLE app.events (
    event_id bigint NOT NULL,
    kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (event_id)
);
