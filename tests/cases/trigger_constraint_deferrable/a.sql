CREATE SCHEMA app;

CREATE TABLE app.ledger_entries (
    entry_id bigint NOT NULL,
    amount_cents bigint NOT NULL,
    CONSTRAINT ledger_entries_pkey PRIMARY KEY (entry_id)
);

CREATE FUNCTION app.check_ledger_balance() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF (SELECT coalesce(sum(amount_cents), 0) FROM app.ledger_entries) <> 0 THEN
        RAISE EXCEPTION 'ledger does not balance';
    END IF;
    RETURN NULL;
END
$$;
