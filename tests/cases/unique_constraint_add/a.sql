CREATE SCHEMA app;

CREATE TABLE app.user_orgs (
    user_id uuid NOT NULL,
    org_id uuid NOT NULL,
    role_name text DEFAULT 'member' NOT NULL,
    invited_email text
);
