-- Details pg_dump writes that plans must carry, created from nothing and taken away again: a
-- composite type's attribute comment, type grants, a domain with a default, FORCE RLS, column
-- grants with grant options, a sequence OWNED BY, VARIADIC / INOUT / OUT functions with SET and
-- COST, a materialized view's owner and index, an identity column's sequence options, column
-- STORAGE and COMPRESSION, a partial index WITH fillfactor, table and TOAST storage parameters.
CREATE SCHEMA app;
