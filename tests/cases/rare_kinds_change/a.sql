-- The rarer kinds changed in place or re-created: an operator's function, a cast's context, an
-- aggregate's initial value (a view uses it), a rule's action (CREATE OR REPLACE), an event
-- trigger's tags, a publication's columns and row filter, statistics kinds, a text search
-- mapping, a server's and a user mapping's options, a table's access method; owners and
-- comments changed alone.
CREATE SCHEMA app;
CREATE TABLE app.readings (id integer PRIMARY KEY, sensor integer NOT NULL, a integer, b integer, value numeric NOT NULL);
CREATE TABLE app.readings_archive (LIKE app.readings);
CREATE TYPE app.level AS ENUM ('low', 'mid', 'high');
CREATE FUNCTION app.level_rank(app.level) RETURNS integer LANGUAGE sql IMMUTABLE
    RETURN array_position(enum_range(NULL::app.level), $1);
CREATE CAST (app.level AS integer) WITH FUNCTION app.level_rank(app.level) AS ASSIGNMENT;
CREATE FUNCTION app.near(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN abs($1 - $2) < 2;
CREATE FUNCTION app.very_near(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN abs($1 - $2) < 1;
CREATE OPERATOR app.=~= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.near);
CREATE VIEW app.close_pairs AS SELECT r1.id AS a_id, r2.id AS b_id FROM app.readings r1 JOIN app.readings r2 ON r1.sensor OPERATOR(app.=~=) r2.sensor;
CREATE FUNCTION app.sum_sq_step(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN coalesce($1, 0) + $2 * $2;
CREATE AGGREGATE app.sum_sq(numeric) (SFUNC = app.sum_sq_step, STYPE = numeric, INITCOND = '0');
CREATE VIEW app.reading_stats AS SELECT sensor, app.sum_sq(value) AS sq FROM app.readings GROUP BY sensor;
GRANT SELECT ON app.reading_stats TO cmis_readonly;
CREATE RULE readings_keep AS ON DELETE TO app.readings DO ALSO INSERT INTO app.readings_archive SELECT old.*;
CREATE FUNCTION app.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER app_ddl_notice ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION app.on_ddl();
CREATE PUBLICATION readings_pub FOR TABLE app.readings (id, sensor, value) WHERE (value > 0);
CREATE STATISTICS app.readings_ab (dependencies) ON a, b FROM app.readings;
CREATE TEXT SEARCH DICTIONARY app.plain (TEMPLATE = pg_catalog.simple, accept = false);
CREATE TEXT SEARCH CONFIGURATION app.plain_en (COPY = pg_catalog.english);
CREATE FOREIGN DATA WRAPPER archive_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER archive_fdw OPTIONS (host 'archive.internal', dbname 'cold');
CREATE USER MAPPING FOR cmis_app SERVER archive OPTIONS (user 'reader');
CREATE COLLATION app.bytewise (provider = libc, locale = 'C');
COMMENT ON COLLATION app.bytewise IS 'Byte order.';
CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE app.scratchpad (id integer);
