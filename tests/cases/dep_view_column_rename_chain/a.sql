CREATE SCHEMA app;

CREATE TABLE app.people (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT people_pkey PRIMARY KEY (id)
);

CREATE VIEW app.v1 AS
    SELECT id, name, created_at FROM app.people;

CREATE VIEW app.v2 AS
    SELECT id, name FROM app.v1;

CREATE FUNCTION app.count_named(p text) RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM app.v2 WHERE v2.name = p;
END;
