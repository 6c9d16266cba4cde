CREATE SCHEMA app;

-- PG18 records NOT NULL in pg_constraint; here the constraint carries a custom name.
CREATE TABLE app.users (
    user_id uuid DEFAULT uuidv7() NOT NULL,
    email text CONSTRAINT users_email_required NOT NULL,
    display_name text,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);
