CREATE SCHEMA app;

CREATE TABLE app.contacts (
    contact_id uuid NOT NULL,
    org_id uuid NOT NULL,
    email text NOT NULL,
    full_name text
);

-- Same columns as A, but now a child of app.contacts (legacy table inheritance).
CREATE TABLE app.lead_contacts (
    lead_score integer DEFAULT 0 NOT NULL
) INHERITS (app.contacts);
