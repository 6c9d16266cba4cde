CREATE SCHEMA app;

CREATE TYPE app.status AS ENUM ('draft', 'active', 'archived');

CREATE TABLE app.documents (
    document_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    title text NOT NULL,
    status app.status DEFAULT 'draft' NOT NULL,
    CONSTRAINT documents_pkey PRIMARY KEY (document_id)
);

CREATE FUNCTION app.is_live(s app.status) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT s = 'active' $$;
