CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'active');
CREATE TABLE app.orgs (id uuid NOT NULL, c0 numeric(12,2));
CREATE TABLE app.contacts (id uuid NOT NULL, c0 app.status DEFAULT 'draft');
