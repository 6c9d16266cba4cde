-- Functions dropped with everything that uses them -- a cast, an operator, an aggregate, an event
-- trigger, an operator class, a transform, a rule calling one: each dependent is dropped first,
-- whatever its kind (reverse: the functions come before them).
CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY, v numeric);
CREATE TABLE app.log (id integer, at timestamptz);
CREATE TYPE app.level AS ENUM ('low', 'high');
CREATE FUNCTION app.level_rank(app.level) RETURNS integer LANGUAGE sql IMMUTABLE RETURN array_position(enum_range(NULL::app.level), $1);
CREATE CAST (app.level AS integer) WITH FUNCTION app.level_rank(app.level);
CREATE FUNCTION app.near(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN abs($1 - $2) < 2;
CREATE OPERATOR app.=~= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.near);
CREATE FUNCTION app.sum_sq_step(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN coalesce($1, 0) + $2 * $2;
CREATE AGGREGATE app.sum_sq(numeric) (SFUNC = app.sum_sq_step, STYPE = numeric);
CREATE FUNCTION app.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER app_ddl ON ddl_command_end EXECUTE FUNCTION app.on_ddl();
CREATE FUNCTION app.cmp_desc(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN CASE WHEN $1 < $2 THEN 1 WHEN $1 > $2 THEN -1 ELSE 0 END;
CREATE OPERATOR CLASS app.desc_int_ops FOR TYPE integer USING btree AS
    OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 app.cmp_desc(integer, integer);
CREATE INDEX t_id_desc ON app.t (id app.desc_int_ops);
CREATE FUNCTION app.level_from_sql(internal) RETURNS internal LANGUAGE internal IMMUTABLE AS 'int4recv';
CREATE FUNCTION app.level_to_sql(internal) RETURNS app.level LANGUAGE internal IMMUTABLE AS 'int4recv';
CREATE TRANSFORM FOR app.level LANGUAGE plpgsql (FROM SQL WITH FUNCTION app.level_from_sql(internal), TO SQL WITH FUNCTION app.level_to_sql(internal));
CREATE FUNCTION app.stamp() RETURNS timestamptz LANGUAGE sql STABLE RETURN now();
CREATE RULE t_log AS ON INSERT TO app.t DO ALSO INSERT INTO app.log VALUES (new.id, app.stamp());
