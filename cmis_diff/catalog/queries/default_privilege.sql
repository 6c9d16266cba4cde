-- every grantee, the role itself included (FOR ROLE x ... TO x / FROM x is stored explicitly)
SELECT concat_ws('.', quote_ident(pg_get_userbyid(d.defaclrole)), coalesce(d.defaclnamespace::regnamespace::text, '*'), d.defaclobjtype::text) AS identity,
       (SELECT string_agg((CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END), ',' ORDER BY (CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END || '=' || x.privilege_type || CASE WHEN x.is_grantable THEN '*' ELSE '' END)) FROM aclexplode(d.defaclacl) x) AS definition
  FROM pg_default_acl d
