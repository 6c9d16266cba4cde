CREATE SCHEMA app;
CREATE TABLE app.readings (id integer PRIMARY KEY, sensor integer NOT NULL, a integer, b integer, value numeric NOT NULL);
CREATE TYPE app.level AS ENUM ('low', 'mid', 'high');

CREATE FUNCTION app.level_rank(app.level) RETURNS integer LANGUAGE sql IMMUTABLE
    RETURN array_position(enum_range(NULL::app.level), $1);
CREATE CAST (app.level AS integer) WITH FUNCTION app.level_rank(app.level) AS ASSIGNMENT;
COMMENT ON CAST (app.level AS integer) IS 'Rank of a level.';

CREATE FUNCTION app.near(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN abs($1 - $2) < 2;
CREATE OPERATOR app.=~= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.near, COMMUTATOR = OPERATOR(app.=~=));
ALTER OPERATOR app.=~= (integer, integer) OWNER TO cmis_app;

CREATE FUNCTION app.cmp_desc(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN $1 < $2 THEN 1 WHEN $1 > $2 THEN -1 ELSE 0 END;
CREATE OPERATOR FAMILY app.desc_ops USING btree;
CREATE OPERATOR CLASS app.desc_int_ops FOR TYPE integer USING btree FAMILY app.desc_ops AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 app.cmp_desc(integer, integer);
CREATE INDEX readings_sensor_desc ON app.readings (sensor app.desc_int_ops);

CREATE FUNCTION app.sum_sq_step(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN coalesce($1, 0) + $2 * $2;
CREATE AGGREGATE app.sum_sq(numeric) (SFUNC = app.sum_sq_step, STYPE = numeric, INITCOND = '0');
COMMENT ON AGGREGATE app.sum_sq(numeric) IS 'Sum of squares.';
GRANT EXECUTE ON FUNCTION app.sum_sq(numeric) TO cmis_readonly;
CREATE AGGREGATE app.pct_disc(float8 ORDER BY anyelement) (
    SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
CREATE VIEW app.reading_stats AS SELECT sensor, app.sum_sq(value) AS sq FROM app.readings GROUP BY sensor;

CREATE TABLE app.readings_archive (LIKE app.readings);
CREATE RULE readings_keep AS ON DELETE TO app.readings DO ALSO
    INSERT INTO app.readings_archive SELECT old.*;

CREATE FUNCTION app.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER app_ddl_notice ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION app.on_ddl();

CREATE PUBLICATION readings_pub FOR TABLE app.readings (id, sensor, value) WHERE (value > 0);
CREATE SCHEMA feeds;
CREATE TABLE feeds.items (id integer PRIMARY KEY);
CREATE PUBLICATION feeds_pub FOR TABLES IN SCHEMA feeds WITH (publish = 'insert');
COMMENT ON PUBLICATION feeds_pub IS 'Everything in feeds.';

CREATE STATISTICS app.readings_ab (dependencies, ndistinct) ON a, b FROM app.readings;
ALTER STATISTICS app.readings_ab SET STATISTICS 500;

CREATE TEXT SEARCH DICTIONARY app.plain (TEMPLATE = pg_catalog.simple, accept = false);
CREATE TEXT SEARCH CONFIGURATION app.plain_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION app.plain_en ALTER MAPPING FOR asciiword WITH app.plain, english_stem;
CREATE TEXT SEARCH PARSER app.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype);
CREATE TEXT SEARCH TEMPLATE app.simple_copy (INIT = dsimple_init, LEXIZE = dsimple_lexize);

CREATE COLLATION app.bytewise (provider = libc, locale = 'C');
CREATE TABLE app.labels (label text COLLATE app.bytewise PRIMARY KEY);
CREATE CONVERSION app.to_latin1 FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;

CREATE FUNCTION app.level_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE AS 'int4recv';
CREATE FUNCTION app.level_to_sql(internal) RETURNS app.level LANGUAGE internal IMMUTABLE AS 'int4recv';
CREATE TRANSFORM FOR app.level LANGUAGE plpgsql (
    FROM SQL WITH FUNCTION app.level_from_sql(internal), TO SQL WITH FUNCTION app.level_to_sql(internal));

CREATE FOREIGN DATA WRAPPER archive_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER archive_fdw OPTIONS (host 'archive.internal', dbname 'cold');
GRANT USAGE ON FOREIGN SERVER archive TO cmis_app;
CREATE USER MAPPING FOR cmis_app SERVER archive OPTIONS (user 'reader');
CREATE FOREIGN TABLE app.old_readings (id integer NOT NULL, value numeric, taken_at timestamptz OPTIONS (column_name 'ts'))
    SERVER archive OPTIONS (table_name 'readings_2019');
COMMENT ON FOREIGN TABLE app.old_readings IS 'Readings before 2020, in the archive.';
GRANT SELECT ON app.old_readings TO cmis_readonly;

CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE app.scratchpad (id integer) USING heap_copy;
