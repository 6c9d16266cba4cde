-- A plain schema: default session settings.
CREATE SCHEMA app;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE DOMAIN app.email AS public.citext CHECK (VALUE OPERATOR(public.~) '@');
CREATE TABLE app.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact app.email NOT NULL,
    starts_at timestamptz NOT NULL DEFAULT '2024-01-01 09:00:00+00',
    window_len interval NOT NULL DEFAULT '1 day 02:00:00',
    ratio double precision NOT NULL DEFAULT 0.1,
    note text DEFAULT 'a\b'
);
CREATE VIEW app.upcoming AS SELECT id, contact, starts_at FROM app.events WHERE starts_at > '2024-06-01 00:00:00+00';
