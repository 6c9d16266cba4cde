-- Extension relocated: citext moves from schema public to schema ext (ALTER EXTENSION ... SET SCHEMA),
-- with a column of the extension's type that must survive the move.
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;
CREATE SCHEMA app;

CREATE TABLE app.users (
    user_id bigint NOT NULL,
    email ext.citext NOT NULL,
    CONSTRAINT users_pkey PRIMARY KEY (user_id)
);
