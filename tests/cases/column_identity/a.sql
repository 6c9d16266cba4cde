CREATE SCHEMA app;

CREATE TABLE app.audit_events (
    event_id bigint NOT NULL,
    org_id uuid NOT NULL,
    action text NOT NULL,
    occurred_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT audit_events_pkey PRIMARY KEY (event_id)
);
