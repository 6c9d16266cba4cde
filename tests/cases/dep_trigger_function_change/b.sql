-- Dependency ordering: the trigger's function is replaced by a differently named one. The new
-- function must exist before the trigger is re-pointed at it, and the old function can only be
-- dropped after the trigger no longer uses it.
CREATE SCHEMA app;

CREATE TABLE app.docs (
    doc_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    body text NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT docs_pkey PRIMARY KEY (doc_id)
);

CREATE FUNCTION app.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.updated_at := clock_timestamp();
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER docs_touch BEFORE UPDATE ON app.docs
    FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();
