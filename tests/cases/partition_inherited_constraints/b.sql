CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id uuid PRIMARY KEY);
CREATE TABLE app.metrics (
    org_id uuid NOT NULL REFERENCES app.orgs (org_id),
    day date NOT NULL,
    value numeric NOT NULL CONSTRAINT metrics_value_positive CHECK (value >= 0),
    note text,
    PRIMARY KEY (org_id, day)
) PARTITION BY RANGE (day);
CREATE TABLE app.metrics_2026 PARTITION OF app.metrics FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE app.metrics_2027 PARTITION OF app.metrics FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
ALTER TABLE app.metrics_2027 ADD CONSTRAINT metrics_2027_note_short CHECK (length(note) < 200);
