-- The rarer kinds, diffed by one generic comparator (diff/compare/others.py): casts, operators,
-- operator classes and families, aggregates, rules, event triggers, publications (and their
-- tables and schemas), extended statistics, text search configurations, dictionaries, parsers
-- and templates, collations, conversions, transforms, foreign-data wrappers, servers, user
-- mappings, foreign tables, access methods. Each with its identity (pg_identify_object: schema
-- qualified, whatever search_path), its address (names, args: for DROP / COMMENT / OWNER TO),
-- owner and comment; the definition comes from pg_dump (catalog/dumped.py).
-- Which objects: the CTE managed_rare (_scope.sql).
SELECT r.classid::oid::int8 AS classid, r.objid::int8 AS objid, i.type, i.identity, a.object_names, a.object_args,
       pg_get_userbyid(r.owner) AS owner, obj_description(r.objid, r.classid::regclass::name) AS comment
  FROM managed_rare r
 CROSS JOIN LATERAL pg_identify_object(r.classid, r.objid, 0) AS i
 CROSS JOIN LATERAL pg_identify_object_as_address(r.classid, r.objid, 0) AS a
