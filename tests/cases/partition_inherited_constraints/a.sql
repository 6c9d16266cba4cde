-- Constraints a partition inherits from its parent (CHECK, FK, NOT NULL) are PostgreSQL's to
-- add and drop with the parent's: a new partition, or one that goes, must not get them twice.
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id uuid PRIMARY KEY);
CREATE TABLE app.metrics (
    org_id uuid NOT NULL REFERENCES app.orgs (org_id),
    day date NOT NULL,
    value numeric NOT NULL CONSTRAINT metrics_value_positive CHECK (value >= 0),
    PRIMARY KEY (org_id, day)
) PARTITION BY RANGE (day);
CREATE TABLE app.metrics_2025 PARTITION OF app.metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
