CREATE SCHEMA app;

CREATE TABLE app.docs (
    doc_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    body text NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT docs_pkey PRIMARY KEY (doc_id)
);

CREATE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TRIGGER docs_touch BEFORE UPDATE ON app.docs
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
