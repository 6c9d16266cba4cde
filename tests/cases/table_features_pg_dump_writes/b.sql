-- (see a.sql)
CREATE SCHEMA app;
CREATE TABLE app.orgs (org_id uuid PRIMARY KEY);
CREATE TABLE app.events (
    event_id bigint GENERATED ALWAYS AS IDENTITY,
    org_id uuid NOT NULL REFERENCES app.orgs (org_id),
    kind text NOT NULL CHECK (kind <> ''),
    happened_at timestamptz NOT NULL DEFAULT now(),
    day date GENERATED ALWAYS AS ((happened_at AT TIME ZONE 'UTC')::date) STORED,
    PRIMARY KEY (event_id, happened_at)
) PARTITION BY RANGE (happened_at);
CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app.events_default PARTITION OF app.events DEFAULT;
ALTER TABLE app.events ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.events_default ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_org ON app.events USING (org_id IS NOT NULL);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER events_touch BEFORE INSERT ON app.events FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE INDEX events_kind ON app.events (kind);
ALTER TABLE app.events_default ALTER COLUMN kind SET DEFAULT 'other';
CREATE TABLE app.hashed (id int NOT NULL, v text) PARTITION BY HASH (id);
CREATE TABLE app.hashed_0 PARTITION OF app.hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE app.hashed_1 PARTITION OF app.hashed FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER TABLE app.hashed REPLICA IDENTITY FULL;
CREATE TYPE app.pair AS (a int, b int);
CREATE TABLE app.pairs OF app.pair (PRIMARY KEY (a));
CREATE UNLOGGED TABLE app.cache (k text PRIMARY KEY, v jsonb);
CREATE TABLE app.parent1 (a int CHECK (a > 0) NO INHERIT, b int);
CREATE TABLE app.parent2 (c int);
CREATE TABLE app.child (d int) INHERITS (app.parent1);
CREATE TABLE app.ranges (r int4range, EXCLUDE USING gist (r WITH &&) DEFERRABLE);
ALTER TABLE app.cache ALTER COLUMN v SET STATISTICS 500;
CREATE INDEX cache_v ON app.cache ((v->>'x'));
ALTER TABLE app.cache CLUSTER ON cache_pkey;
CREATE RECURSIVE VIEW app.nums (n) AS SELECT 1 UNION ALL SELECT n + 1 FROM nums WHERE n < 10;
CREATE MATERIALIZED VIEW app.mv AS SELECT kind, count(*) FROM app.events GROUP BY kind WITH NO DATA;
CREATE VIEW app.v_checked AS SELECT * FROM app.cache WHERE k <> '' WITH LOCAL CHECK OPTION;
CREATE DOMAIN app.d1 AS int CHECK (VALUE > 0);
CREATE DOMAIN app.d2 AS app.d1 CHECK (VALUE < 100);
CREATE TABLE app.domained (x app.d2, xs app.d1[]);
