-- Kinds cmis-diff does not diff (yet): counted so that a difference is reported, never silent.
SELECT 'event_trigger ' || quote_ident(evtname) AS identity, concat_ws(' | ', evtevent, evtenabled::text, evtfoid::regproc::text) AS definition FROM pg_event_trigger
UNION ALL SELECT 'publication ' || quote_ident(pubname), concat_ws(' | ', puballtables, pubinsert, pubupdate, pubdelete) FROM pg_publication
UNION ALL SELECT 'statistics ' || quote_ident(n.nspname) || '.' || quote_ident(s.stxname), array_to_string(s.stxkind, ',') FROM pg_statistic_ext s JOIN managed_ns n ON n.oid = s.stxnamespace
UNION ALL SELECT 'text_search_config ' || quote_ident(n.nspname) || '.' || quote_ident(c.cfgname), NULL FROM pg_ts_config c JOIN managed_ns n ON n.oid = c.cfgnamespace
   WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_ts_config'::regclass AND e.objid = c.oid)
UNION ALL SELECT 'operator ' || o.oid::regoperator::text, NULL FROM pg_operator o JOIN managed_ns n ON n.oid = o.oprnamespace
   WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_operator'::regclass AND e.objid = o.oid)
UNION ALL SELECT 'cast ' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL), c.castfunc::regproc::text
  FROM pg_cast c WHERE c.oid >= 16384
   AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_cast'::regclass AND e.objid = c.oid)
UNION ALL SELECT 'collation ' || quote_ident(n.nspname) || '.' || quote_ident(c.collname), concat_ws(' | ', c.collprovider::text, c.collcollate, to_jsonb(c) ->> 'colllocale') FROM pg_collation c JOIN managed_ns n ON n.oid = c.collnamespace
   WHERE NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_collation'::regclass AND e.objid = c.oid)
UNION ALL SELECT 'foreign_server ' || quote_ident(srvname), NULL FROM pg_foreign_server
UNION ALL SELECT 'rule ' || r.ev_class::regclass::text || '.' || quote_ident(r.rulename), pg_get_ruledef(r.oid)
  FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN managed_ns n ON n.oid = c.relnamespace WHERE r.rulename <> '_RETURN'
