CREATE SCHEMA app;

CREATE FUNCTION app.f(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT x * 2 $$;

CREATE TABLE app.t (
    id integer NOT NULL,
    x integer NOT NULL,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);

CREATE VIEW app.v1 AS
    SELECT id, app.f(x) AS fx FROM app.t;

CREATE VIEW app.v2 AS
    SELECT id, fx FROM app.v1 WHERE fx > 0;
