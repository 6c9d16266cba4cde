CREATE SCHEMA app;
CREATE TABLE app.t (id integer PRIMARY KEY, v numeric);
CREATE TABLE app.log (id integer, at timestamptz);
CREATE TYPE app.level AS ENUM ('low', 'high');
