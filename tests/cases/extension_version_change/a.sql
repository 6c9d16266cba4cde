CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public VERSION '1.7';
CREATE SCHEMA app;

CREATE TABLE app.settings (
    setting_id bigint NOT NULL,
    attrs public.hstore,
    CONSTRAINT settings_pkey PRIMARY KEY (setting_id)
);
