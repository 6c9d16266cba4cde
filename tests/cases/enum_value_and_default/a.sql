CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft');
CREATE TABLE app.orgs (id uuid NOT NULL, c0 numeric(12,2));
CREATE TABLE app.campaigns (id uuid NOT NULL, c0 integer);
CREATE TABLE app.contacts (id uuid NOT NULL, c0 app.status);
GRANT SELECT ON app.contacts TO cmis_readonly;
CREATE VIEW app.v_orgs AS SELECT id FROM app.orgs;
