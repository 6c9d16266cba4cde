-- Dependency ordering: f's return type changes (int -> bigint), so f must be dropped and
-- re-created, and the view chain v1 -> v2 built on it dropped before and re-created after;
-- v2 also gains a column.
CREATE SCHEMA app;

CREATE FUNCTION app.f(x integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT x::bigint * 2 $$;

CREATE TABLE app.t (
    id integer NOT NULL,
    x integer NOT NULL,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);

CREATE VIEW app.v1 AS
    SELECT id, app.f(x) AS fx FROM app.t;

CREATE VIEW app.v2 AS
    SELECT id, fx, fx + 1 AS fx_next FROM app.v1 WHERE fx > 0;
