SELECT p.polrelid::regclass::text || '.' || quote_ident(p.polname) AS identity,
       concat_ws(' | ', 'cmd=' || p.polcmd::text, 'permissive=' || p.polpermissive,
                 'roles=' || (SELECT string_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END, ',' ORDER BY 1)
                                FROM unnest(p.polroles) r),
                 'using=' || pg_get_expr(p.polqual, p.polrelid), 'check=' || pg_get_expr(p.polwithcheck, p.polrelid),
                 'comment=' || obj_description(p.oid, 'pg_policy')) AS definition
  FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN managed_ns n ON n.oid = c.relnamespace
