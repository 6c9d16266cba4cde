-- A function that must be dropped and re-created (its parameter renamed) under an operator, an
-- aggregate and a cast that use it: they are dropped first and created again around it.
CREATE SCHEMA app;
CREATE TYPE app.level AS ENUM ('low', 'high');
CREATE FUNCTION app.level_rank(level app.level) RETURNS integer LANGUAGE sql IMMUTABLE RETURN array_position(enum_range(NULL::app.level), level);
CREATE CAST (app.level AS integer) WITH FUNCTION app.level_rank(app.level);
CREATE FUNCTION app.near(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN abs(a - b) < 2;
CREATE OPERATOR app.=~= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.near);
COMMENT ON OPERATOR app.=~= (integer, integer) IS 'Close enough.';
CREATE FUNCTION app.sum_sq_step(total numeric, v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN coalesce(total, 0) + v * v;
CREATE AGGREGATE app.sum_sq(numeric) (SFUNC = app.sum_sq_step, STYPE = numeric);
