CREATE SCHEMA app;

CREATE TABLE app.accounts (
    account_id bigint NOT NULL,
    org_id bigint NOT NULL,
    secret_note text,
    CONSTRAINT accounts_pkey PRIMARY KEY (account_id)
);

CREATE VIEW app.accounts_public AS
    SELECT account_id, org_id FROM app.accounts WHERE org_id > 0;
