-- Found by the property test: the role that becomes the owner held a grant (MAINTAIN); its
-- privileges become implicit, so the plan must not revoke them after ALTER OWNER.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft');
CREATE TABLE app.campaigns (id uuid NOT NULL, c0 integer);
CREATE TABLE app.orgs (id uuid NOT NULL, c0 integer);
GRANT MAINTAIN ON app.orgs TO cmis_app;
