SELECT concat_ws('.', pg_get_userbyid(d.defaclrole), coalesce(d.defaclnamespace::regnamespace::text, '*'), d.defaclobjtype::text) AS identity,
       d.defaclacl::text AS definition
  FROM pg_default_acl d
