-- Extension version change: hstore installed at 1.7 in A and 1.8 in B (ALTER EXTENSION ... UPDATE TO).
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public VERSION '1.8';
CREATE SCHEMA app;

CREATE TABLE app.settings (
    setting_id bigint NOT NULL,
    attrs public.hstore,
    CONSTRAINT settings_pkey PRIMARY KEY (setting_id)
);
