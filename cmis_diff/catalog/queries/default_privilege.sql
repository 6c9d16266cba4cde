SELECT concat_ws('.', pg_get_userbyid(d.defaclrole), coalesce(d.defaclnamespace::regnamespace::text, '*'), d.defaclobjtype::text) AS identity,
       (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM unnest(d.defaclacl) x) AS definition
  FROM pg_default_acl d
