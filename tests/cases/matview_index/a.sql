CREATE SCHEMA app;

CREATE TABLE app.orders (
    order_id bigint NOT NULL,
    org_id bigint NOT NULL,
    amount_cents bigint NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (order_id)
);

CREATE MATERIALIZED VIEW app.org_revenue AS
    SELECT org_id, sum(amount_cents) AS revenue_cents FROM app.orders GROUP BY org_id;
