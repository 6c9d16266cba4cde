-- Materialized view index: an existing matview gains a unique index (needed for REFRESH ... CONCURRENTLY).
CREATE SCHEMA app;

CREATE TABLE app.orders (
    order_id bigint NOT NULL,
    org_id bigint NOT NULL,
    amount_cents bigint NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (order_id)
);

CREATE MATERIALIZED VIEW app.org_revenue AS
    SELECT org_id, sum(amount_cents) AS revenue_cents FROM app.orders GROUP BY org_id;

CREATE UNIQUE INDEX org_revenue_org_id_key ON app.org_revenue (org_id);
