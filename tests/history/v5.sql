-- v5: audit events in a partitioned table; the ticket counter becomes an identity column's
-- neighbour (the serial's table is re-owned again); priorities back to integer keys.
CREATE TABLE cmis.audit_events (
    event_id bigint GENERATED ALWAYS AS IDENTITY,
    org_id uuid NOT NULL,
    happened_at timestamptz NOT NULL DEFAULT now(),
    payload jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (event_id, happened_at)
) PARTITION BY RANGE (happened_at);
CREATE TABLE cmis.audit_events_2025 PARTITION OF cmis.audit_events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE cmis.audit_events_2026 PARTITION OF cmis.audit_events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX audit_events_org_idx ON cmis.audit_events (org_id, happened_at);
GRANT SELECT ON cmis.audit_events TO cmis_readonly;

ALTER TABLE cmis.support_tickets OWNER TO postgres;
ALTER TABLE cmis.support_tickets ALTER COLUMN priority_id TYPE integer;
ALTER TABLE cmis.ticket_priorities ALTER COLUMN priority_id TYPE integer;
ALTER TABLE cmis.invoices ADD COLUMN due_on date, ADD COLUMN paid_on date, ADD COLUMN reference text;
