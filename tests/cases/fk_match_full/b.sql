-- FK match type: a composite foreign key goes from MATCH SIMPLE (default) to MATCH FULL.
CREATE SCHEMA app;

CREATE TABLE app.org_members (
    org_id bigint NOT NULL,
    user_id bigint NOT NULL,
    CONSTRAINT org_members_pkey PRIMARY KEY (org_id, user_id)
);

CREATE TABLE app.audit_entries (
    entry_id bigint NOT NULL,
    org_id bigint,
    user_id bigint,
    CONSTRAINT audit_entries_pkey PRIMARY KEY (entry_id),
    CONSTRAINT audit_entries_member_fkey FOREIGN KEY (org_id, user_id) REFERENCES app.org_members (org_id, user_id) MATCH FULL
);
