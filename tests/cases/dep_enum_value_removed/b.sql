-- Dependency ordering: an enum value is removed, which PostgreSQL cannot do in place. The
-- type must be rebuilt, and everything using it moved over: a table column, its DEFAULT
-- ('draft') and a function whose signature takes the enum.
CREATE SCHEMA app;

CREATE TYPE app.status AS ENUM ('draft', 'active');

CREATE TABLE app.documents (
    document_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    title text NOT NULL,
    status app.status DEFAULT 'draft' NOT NULL,
    CONSTRAINT documents_pkey PRIMARY KEY (document_id)
);

CREATE FUNCTION app.is_live(s app.status) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s = 'active' $$;
