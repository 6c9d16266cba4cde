-- The same schema plus one column, written the way pg_dump (and other tools) leave a session:
-- an empty search_path, another time zone and date style, a role. None of it may change how
-- the objects are inspected.
SELECT pg_catalog.set_config('search_path', '', false);
SET TimeZone = 'Asia/Tokyo';
SET DateStyle = 'SQL, DMY';
SET IntervalStyle = 'sql_standard';
SET extra_float_digits = 0;
SET standard_conforming_strings = off;
SET check_function_bodies = false;
CREATE SCHEMA app;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE DOMAIN app.email AS public.citext CHECK (VALUE OPERATOR(public.~) '@');
CREATE TABLE app.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact app.email NOT NULL,
    starts_at timestamptz NOT NULL DEFAULT '2024-01-01 18:00:00+09',
    window_len interval NOT NULL DEFAULT '1 day 02:00:00',
    ratio double precision NOT NULL DEFAULT 0.1,
    note text DEFAULT E'a\\b',
    tags public.citext[]
);
CREATE VIEW app.upcoming AS SELECT id, contact, starts_at FROM app.events WHERE starts_at > '2024-06-01 09:00:00+09';
GRANT USAGE, CREATE ON SCHEMA app TO cmis_app;
SET ROLE cmis_app;
CREATE TABLE app.owned_by_app (id integer PRIMARY KEY, email app.email);
RESET ROLE;
