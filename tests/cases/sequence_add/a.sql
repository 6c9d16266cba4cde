CREATE SCHEMA app;

CREATE TABLE app.invoices (
    invoice_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    total_cents bigint NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (invoice_id)
);
