-- cmis-diff plan 1
-- live: postgresql://postgres@/full1?host=/root/.local/share/cmis-diff/pg18
-- live-fingerprint: sha256:80d93ace123a53423bd71b52459bd4da73f646b8f5413cdf7243e04ac71421ab
-- desired-hash: sha256:1e1fafdd540c1f098e32a87ac58b463a055de2d436a7ceec9fd4da9fe774b5ca
-- tool: cmis-diff 0.1.0, scratch server 18.6
-- hazards: data-loss 0, table-rewrite 0, full-scan 2, long-lock 0, security 0, non-transactional 0
-- changes: 3 create, 3 alter, 2 drop
-- verified: yes, rehearsed on a schema-only copy of live (0 statements reordered)
-- live-kinds: column=4005b62209e0 constraint=c2c84a9c46ac extension=d2cbd6d9e5b4 function=6d7cda212fb6 index=448987722bfc policy=d1152c44f2bf relation=155f29117fa1 schema=e7313b2f96da sequence=18b73c4be739 trigger=930cc079ce27 type=298e45508351

-- [drop] constraint cmis.user_sessions.user_sessions_org_id_fkey
alter table "cmis"."user_sessions" drop constraint "user_sessions_org_id_fkey";

-- [drop] constraint cmis.user_sessions.user_sessions_user_id_fkey
alter table "cmis"."user_sessions" drop constraint "user_sessions_user_id_fkey";

-- [alter] table cmis.user_sessions
alter table "cmis"."user_sessions" enable row level security;

-- [create] policy cmis.user_sessions.user_sessions_tenant_isolation
create policy "user_sessions_tenant_isolation"
on "cmis"."user_sessions"
as permissive
for all
to public
using (((org_id IS NULL) OR (org_id = cmis.current_org_id())));

-- [create] constraint cmis.user_sessions.user_sessions_org_id_fkey
ALTER TABLE "cmis"."user_sessions" ADD CONSTRAINT "user_sessions_org_id_fkey" FOREIGN KEY (org_id) REFERENCES cmis.orgs(org_id) ON DELETE SET NULL NOT VALID;

-- [alter] constraint cmis.user_sessions.user_sessions_org_id_fkey  !! full-scan
alter table "cmis"."user_sessions" validate constraint "user_sessions_org_id_fkey";

-- [create] constraint cmis.user_sessions.user_sessions_user_id_fkey
ALTER TABLE "cmis"."user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY (user_id) REFERENCES cmis.users(user_id) ON DELETE CASCADE NOT VALID;

-- [alter] constraint cmis.user_sessions.user_sessions_user_id_fkey  !! full-scan
alter table "cmis"."user_sessions" validate constraint "user_sessions_user_id_fkey";
