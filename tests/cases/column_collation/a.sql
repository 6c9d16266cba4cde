CREATE SCHEMA app;

CREATE TABLE app.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id)
);
