CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE SCHEMA app;

CREATE TABLE app.users (
    user_id bigint NOT NULL,
    email public.citext NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);
