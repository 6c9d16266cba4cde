CREATE SCHEMA app;

CREATE TABLE app.contacts (
    contact_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    first_name text NOT NULL,
    last_name text,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || coalesce(last_name, '')) STORED,
    CONSTRAINT contacts_pkey PRIMARY KEY (contact_id)
);
