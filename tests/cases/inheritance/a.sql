CREATE SCHEMA app;

CREATE TABLE app.contacts (
    contact_id uuid NOT NULL,
    org_id uuid NOT NULL,
    email text NOT NULL,
    full_name text
);

CREATE TABLE app.lead_contacts (
    contact_id uuid NOT NULL,
    org_id uuid NOT NULL,
    email text NOT NULL,
    full_name text,
    lead_score integer DEFAULT 0 NOT NULL
);
