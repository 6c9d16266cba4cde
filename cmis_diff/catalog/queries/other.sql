-- The rarer kinds (diff/compare/others.py), each with a definition of its own from the catalog
-- (the comparator uses pg_dump's statements; this is the independent check), and kinds
-- cmis-diff does not diff at all (security labels, subscriptions, large objects, languages made
-- without an extension): counted so that a difference is reported, never silent. Secret options
-- (names saying password or secret) count by name only: their values are never read.
SELECT i.type || ' ' || i.identity AS identity,
       concat_ws(' | ', 'def=' || CASE r.classid
           WHEN 'pg_cast'::regclass THEN (SELECT concat_ws(',', c.castfunc::regprocedure::text, c.castcontext::text,
                                                           c.castmethod::text) FROM pg_cast c WHERE c.oid = r.objid)
           WHEN 'pg_operator'::regclass THEN (
               SELECT concat_ws(',', o.oprcode::regprocedure::text, o.oprresult::regtype::text, o.oprcom::regoperator::text,
                                o.oprnegate::regoperator::text, o.oprrest::regproc::text, o.oprjoin::regproc::text,
                                o.oprcanmerge, o.oprcanhash) FROM pg_operator o WHERE o.oid = r.objid)
           WHEN 'pg_opfamily'::regclass THEN concat_ws(';',
               (SELECT string_agg(concat_ws(':', a.amopstrategy, a.amoplefttype::regtype::text, a.amoprighttype::regtype::text,
                                            a.amopopr::regoperator::text, a.amoppurpose::text, a.amopsortfamily),
                                  ',' ORDER BY a.amopstrategy, a.amoplefttype::regtype::text, a.amoprighttype::regtype::text)
                  FROM pg_amop a WHERE a.amopfamily = r.objid),
               (SELECT string_agg(concat_ws(':', a.amprocnum, a.amproclefttype::regtype::text, a.amprocrighttype::regtype::text,
                                            a.amproc::regprocedure::text),
                                  ',' ORDER BY a.amprocnum, a.amproclefttype::regtype::text, a.amprocrighttype::regtype::text)
                  FROM pg_amproc a WHERE a.amprocfamily = r.objid))
           WHEN 'pg_opclass'::regclass THEN (
               SELECT concat_ws(',', c.opcintype::regtype::text, c.opcdefault, c.opckeytype::regtype::text,
                                (pg_identify_object('pg_opfamily'::regclass, c.opcfamily, 0)).identity)
                 FROM pg_opclass c WHERE c.oid = r.objid)
           WHEN 'pg_proc'::regclass THEN (
               SELECT concat_ws(',', a.aggkind::text, a.aggnumdirectargs, a.aggtransfn::regproc::text, a.aggfinalfn::regproc::text,
                                a.aggcombinefn::regproc::text, a.aggserialfn::regproc::text, a.aggdeserialfn::regproc::text,
                                a.aggmtransfn::regproc::text, a.aggminvtransfn::regproc::text, a.aggmfinalfn::regproc::text,
                                a.aggfinalextra, a.aggmfinalextra, a.aggfinalmodify::text, a.aggmfinalmodify::text,
                                a.aggsortop::regoperator::text, a.aggtranstype::regtype::text, a.aggtransspace,
                                a.aggmtranstype::regtype::text, a.aggmtransspace, a.agginitval, a.aggminitval,
                                pg_get_function_result(a.aggfnoid))
                 FROM pg_aggregate a WHERE a.aggfnoid = r.objid)
           WHEN 'pg_rewrite'::regclass THEN pg_get_ruledef(r.objid)
           WHEN 'pg_event_trigger'::regclass THEN (
               SELECT concat_ws(',', e.evtevent, e.evtfoid::regprocedure::text, e.evtenabled::text, e.evttags::text)
                 FROM pg_event_trigger e WHERE e.oid = r.objid)
           WHEN 'pg_publication'::regclass THEN (
               SELECT (to_jsonb(p) - 'oid' - 'pubname' - 'pubowner')::text FROM pg_publication p WHERE p.oid = r.objid)
           WHEN 'pg_publication_rel'::regclass THEN (
               SELECT concat_ws(',', pg_get_expr(p.prqual, p.prrelid),
                                (SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a
                                  WHERE a.attrelid = p.prrelid AND a.attnum = ANY (p.prattrs)))
                 FROM pg_publication_rel p WHERE p.oid = r.objid)
           WHEN 'pg_statistic_ext'::regclass THEN (
               SELECT concat_ws(',', pg_get_statisticsobjdef(s.oid), s.stxstattarget) FROM pg_statistic_ext s WHERE s.oid = r.objid)
           WHEN 'pg_ts_config'::regclass THEN (
               SELECT concat_ws(';', (pg_identify_object('pg_ts_parser'::regclass, c.cfgparser, 0)).identity,
                                (SELECT string_agg(concat_ws(':', m.maptokentype, m.mapseqno, m.mapdict::regdictionary::text),
                                                   ',' ORDER BY m.maptokentype, m.mapseqno)
                                   FROM pg_ts_config_map m WHERE m.mapcfg = c.oid))
                 FROM pg_ts_config c WHERE c.oid = r.objid)
           WHEN 'pg_ts_dict'::regclass THEN (
               SELECT concat_ws(';', (pg_identify_object('pg_ts_template'::regclass, d.dicttemplate, 0)).identity, d.dictinitoption)
                 FROM pg_ts_dict d WHERE d.oid = r.objid)
           WHEN 'pg_ts_parser'::regclass THEN (
               SELECT concat_ws(',', p.prsstart::regproc::text, p.prstoken::regproc::text, p.prsend::regproc::text,
                                p.prsheadline::regproc::text, p.prslextype::regproc::text) FROM pg_ts_parser p WHERE p.oid = r.objid)
           WHEN 'pg_ts_template'::regclass THEN (
               SELECT concat_ws(',', t.tmplinit::regproc::text, t.tmpllexize::regproc::text) FROM pg_ts_template t WHERE t.oid = r.objid)
           WHEN 'pg_collation'::regclass THEN (
               SELECT concat_ws(',', c.collprovider::text, c.collisdeterministic, c.collencoding, c.collcollate, c.collctype,
                                -- named colliculocale before PG17, no ICU rules before PG16
                                coalesce(to_jsonb(c) ->> 'colllocale', to_jsonb(c) ->> 'colliculocale'),
                                to_jsonb(c) ->> 'collicurules') FROM pg_collation c WHERE c.oid = r.objid)
           WHEN 'pg_conversion'::regclass THEN (
               SELECT concat_ws(',', pg_encoding_to_char(c.conforencoding), pg_encoding_to_char(c.contoencoding),
                                c.conproc::regproc::text, c.condefault) FROM pg_conversion c WHERE c.oid = r.objid)
           WHEN 'pg_transform'::regclass THEN (
               SELECT concat_ws(',', t.trffromsql::regprocedure::text, t.trftosql::regprocedure::text)
                 FROM pg_transform t WHERE t.oid = r.objid)
           WHEN 'pg_foreign_data_wrapper'::regclass THEN (
               SELECT concat_ws(',', w.fdwhandler::regproc::text, w.fdwvalidator::regproc::text, w.fdwacl::text,
                                (SELECT string_agg(o, ',' ORDER BY o)
                                   FROM unnest(w.fdwoptions) o WHERE NOT split_part(o, '=', 1) ILIKE ANY (ARRAY['%password%', '%secret%'])))
                 FROM pg_foreign_data_wrapper w WHERE w.oid = r.objid)
           WHEN 'pg_foreign_server'::regclass THEN (
               SELECT concat_ws(',', w.fdwname, s.srvtype, s.srvversion, s.srvacl::text,
                                (SELECT string_agg(o, ',' ORDER BY o)
                                   FROM unnest(s.srvoptions) o WHERE NOT split_part(o, '=', 1) ILIKE ANY (ARRAY['%password%', '%secret%'])))
                 FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw WHERE s.oid = r.objid)
           WHEN 'pg_user_mapping'::regclass THEN (
               SELECT string_agg(o, ',' ORDER BY o) FROM pg_user_mappings u, unnest(u.umoptions) o
                WHERE u.umid = r.objid AND NOT split_part(o, '=', 1) ILIKE ANY (ARRAY['%password%', '%secret%']))
           WHEN 'pg_class'::regclass THEN (
               SELECT concat_ws(';', s.srvname, f.ftoptions::text,
                                (SELECT string_agg(a.attname || ':' || a.attfdwoptions::text, ',' ORDER BY a.attnum)
                                   FROM pg_attribute a WHERE a.attrelid = f.ftrelid AND a.attfdwoptions IS NOT NULL))
                 FROM pg_foreign_table f JOIN pg_foreign_server s ON s.oid = f.ftserver WHERE f.ftrelid = r.objid)
           WHEN 'pg_am'::regclass THEN (
               SELECT concat_ws(',', a.amtype::text, a.amhandler::regproc::text) FROM pg_am a WHERE a.oid = r.objid)
           END,
           -- secret options by name only: whether one is set, never its value
           'secrets=' || (SELECT string_agg(split_part(o, '=', 1), ',' ORDER BY o)
                            FROM unnest(CASE r.classid
                                     WHEN 'pg_foreign_data_wrapper'::regclass THEN (SELECT fdwoptions FROM pg_foreign_data_wrapper WHERE oid = r.objid)
                                     WHEN 'pg_foreign_server'::regclass THEN (SELECT srvoptions FROM pg_foreign_server WHERE oid = r.objid)
                                     WHEN 'pg_user_mapping'::regclass THEN (SELECT umoptions FROM pg_user_mappings WHERE umid = r.objid)
                                     END) o
                           WHERE split_part(o, '=', 1) ILIKE ANY (ARRAY['%password%', '%secret%'])),
           'owner=' || pg_get_userbyid(r.owner), 'comment=' || obj_description(r.objid, r.classid::regclass::name)) AS definition
  FROM managed_rare r CROSS JOIN LATERAL pg_identify_object(r.classid, r.objid, 0) AS i
 WHERE i.type NOT IN ('function', 'procedure')  -- kind function has them
UNION ALL
SELECT 'security label ' || l.provider || ' ' || i.type || ' ' || i.identity, l.label
  FROM pg_seclabel l CROSS JOIN LATERAL pg_identify_object(l.classoid, l.objoid, l.objsubid) AS i
UNION ALL
SELECT 'subscription ' || quote_ident(s.subname), NULL
  FROM pg_subscription s WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
UNION ALL
SELECT 'large object ' || m.oid, NULL FROM pg_largeobject_metadata m
UNION ALL
SELECT 'language ' || quote_ident(l.lanname), concat_ws(',', l.lanpltrusted, l.lanplcallfoid::regproc::text)
  FROM pg_language l
 WHERE l.oid >= 16384 AND NOT EXISTS (SELECT 1 FROM ext_member e WHERE e.classid = 'pg_language'::regclass AND e.objid = l.oid)
