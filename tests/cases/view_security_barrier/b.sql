-- View option: the same view gains WITH (security_barrier = true).
CREATE SCHEMA app;

CREATE TABLE app.accounts (
    account_id bigint NOT NULL,
    org_id bigint NOT NULL,
    secret_note text,
    CONSTRAINT accounts_pkey PRIMARY KEY (account_id)
);

CREATE VIEW app.accounts_public WITH (security_barrier = true) AS
    SELECT account_id, org_id FROM app.accounts WHERE org_id > 0;
