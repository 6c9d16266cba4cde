-- Every rarer kind pg_dump can write for a schema, added (forward) and dropped (reverse; each
-- dropped before what it needs, whatever its kind): casts, operators, operator families and
-- classes, aggregates (ordered-set too), rules, event triggers, publications with tables,
-- columns, row filters and schemas, extended statistics, text search objects, collations,
-- conversions, transforms, foreign-data wrappers, servers, user mappings, foreign tables,
-- access methods -- with owners, comments and grants.
CREATE SCHEMA app;
CREATE TABLE app.readings (id integer PRIMARY KEY, sensor integer NOT NULL, a integer, b integer, value numeric NOT NULL);
CREATE TYPE app.level AS ENUM ('low', 'mid', 'high');
