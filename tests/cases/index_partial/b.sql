CREATE SCHEMA app;

CREATE TABLE app.users (
    user_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    email text NOT NULL,
    display_name text NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);

-- Only live users need a unique e-mail per org.
CREATE UNIQUE INDEX users_org_id_email_live_key ON app.users (org_id, email) WHERE deleted_at IS NULL;
