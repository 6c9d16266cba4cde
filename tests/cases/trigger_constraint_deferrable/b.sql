-- Constraint trigger: CREATE CONSTRAINT TRIGGER ... DEFERRABLE INITIALLY DEFERRED, only in B
-- (the trigger function exists in both).
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

CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT OR UPDATE OR DELETE ON app.ledger_entries
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION app.check_ledger_balance();
