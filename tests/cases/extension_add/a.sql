CREATE SCHEMA app;

CREATE TABLE app.contacts (
    contact_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    full_name text NOT NULL,
    CONSTRAINT contacts_pkey PRIMARY KEY (contact_id)
);
