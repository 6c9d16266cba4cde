-- Dependency ordering: view v1 gains a column in the middle of its select list, which
-- CREATE OR REPLACE VIEW cannot do, so v1 must be dropped and re-created - and with it the
-- view v2 built on v1 and the BEGIN ATOMIC SQL function that reads v2 (it depends on v2).
CREATE SCHEMA app;

CREATE TABLE app.people (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT people_pkey PRIMARY KEY (id)
);

CREATE VIEW app.v1 AS
    SELECT id, email, name, created_at FROM app.people;

CREATE VIEW app.v2 AS
    SELECT id, name FROM app.v1;

CREATE FUNCTION app.count_named(p text) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM app.v2 WHERE v2.name = p;
END;
