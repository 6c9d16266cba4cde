-- A composite type used by a table column, a function and a view: created once, before them.
CREATE SCHEMA app;
