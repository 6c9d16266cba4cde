-- Dependency ordering: a column type changes (integer -> numeric(12,2)) while a view, an
-- index and an RLS policy depend on it; the view and policy must be dropped before the
-- ALTER COLUMN TYPE and re-created after (the index is rebuilt by the ALTER).
CREATE SCHEMA app;

CREATE TABLE app.t (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    owner_name text NOT NULL,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);

CREATE INDEX t_amount_idx ON app.t (amount);

CREATE VIEW app.t_large AS
    SELECT id, owner_name, amount FROM app.t WHERE amount > 100;

ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_non_negative ON app.t
    USING (amount >= 0);
