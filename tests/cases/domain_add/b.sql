CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE SCHEMA app;

CREATE TABLE app.users (
    user_id uuid DEFAULT uuidv7() NOT NULL,
    display_name text NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);

CREATE DOMAIN app.email_address AS public.citext
    CONSTRAINT email_address_shape CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+$');
