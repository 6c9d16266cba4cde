CREATE SCHEMA app;

CREATE TABLE app.users (
    user_id bigint NOT NULL,
    email text NOT NULL,
    api_token text,
    active boolean DEFAULT true NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);

CREATE INDEX users_email_lower_idx ON app.users (lower(email)) WHERE deleted_at IS NULL;
