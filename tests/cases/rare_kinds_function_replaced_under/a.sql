-- A function that must be dropped and re-created (its parameter renamed) under an operator, an
-- aggregate and a cast that use it: they are dropped first and created again around it.
CREATE SCHEMA app;
CREATE TYPE app.level AS ENUM ('low', 'high');
CREATE FUNCTION app.level_rank(lvl app.level) RETURNS integer LANGUAGE sql IMMUTABLE RETURN array_position(enum_range(NULL::app.level), lvl);
CREATE CAST (app.level AS integer) WITH FUNCTION app.level_rank(app.level);
CREATE FUNCTION app.near(x integer, y integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN abs(x - y) < 2;
CREATE OPERATOR app.=~= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.near);
COMMENT ON OPERATOR app.=~= (integer, integer) IS 'Close enough.';
CREATE FUNCTION app.sum_sq_step(acc numeric, v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN coalesce(acc, 0) + v * v;
CREATE AGGREGATE app.sum_sq(numeric) (SFUNC = app.sum_sq_step, STYPE = numeric);
