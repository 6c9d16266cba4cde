CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft');
CREATE TABLE app.orgs (id uuid NOT NULL, c0 integer);
ALTER TABLE app.orgs OWNER TO cmis_app;
