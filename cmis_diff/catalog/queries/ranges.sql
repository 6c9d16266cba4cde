-- Range types, each with its CREATE TYPE ... AS RANGE options rendered by the server (quote_ident,
-- format_type, regproc), so that two ranges compare equal exactly when their definitions do.
SELECT n.nspname AS schema, t.typname AS name,
       concat_ws(', ',
           'SUBTYPE = ' || format_type(r.rngsubtype, NULL),
           'SUBTYPE_OPCLASS = ' || quote_ident(opn.nspname) || '.' || quote_ident(opc.opcname),
           CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation
                THEN 'COLLATION = ' || quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END,
           CASE WHEN r.rngcanonical <> 0 THEN 'CANONICAL = ' || r.rngcanonical::regproc::text END,
           CASE WHEN r.rngsubdiff <> 0 THEN 'SUBTYPE_DIFF = ' || r.rngsubdiff::regproc::text END,
           'MULTIRANGE_TYPE_NAME = ' || quote_ident(mn.nspname) || '.' || quote_ident(mt.typname)) AS definition
  FROM pg_range r
  JOIN pg_type t ON t.oid = r.rngtypid
  JOIN managed_ns n ON n.oid = t.typnamespace
  JOIN pg_type st ON st.oid = r.rngsubtype
  JOIN pg_opclass opc ON opc.oid = r.rngsubopc JOIN pg_namespace opn ON opn.oid = opc.opcnamespace
  LEFT JOIN pg_collation co ON co.oid = r.rngcollation LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
  JOIN pg_type mt ON mt.oid = r.rngmultitypid JOIN pg_namespace mn ON mn.oid = mt.typnamespace
 WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid)
