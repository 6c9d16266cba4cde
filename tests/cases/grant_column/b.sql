CREATE SCHEMA app;

CREATE TABLE app.users (
    user_id uuid DEFAULT uuidv7() NOT NULL,
    email text NOT NULL,
    display_name text NOT NULL,
    password_hash text,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);

-- Read-only role may see who users are, but never password hashes.
GRANT SELECT (user_id, email, display_name) ON app.users TO cmis_readonly;
GRANT UPDATE (display_name) ON app.users TO cmis_app;
