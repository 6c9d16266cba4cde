CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.reports (
    report_id uuid PRIMARY KEY,
    campaign_id uuid
);
