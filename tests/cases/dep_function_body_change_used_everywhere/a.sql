CREATE SCHEMA app;

CREATE FUNCTION app.normalize_code(c text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT upper(btrim(c)) $$;

CREATE TABLE app.items (
    item_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    code text DEFAULT app.normalize_code('new') NOT NULL,
    code_norm text GENERATED ALWAYS AS (app.normalize_code(code)) STORED,
    CONSTRAINT items_pkey PRIMARY KEY (item_id),
    CONSTRAINT items_code_normalized CHECK (code = app.normalize_code(code))
);

CREATE INDEX items_normalized_code_idx ON app.items (app.normalize_code(code));

ALTER TABLE app.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_not_hidden ON app.items
    USING (app.normalize_code(code) <> 'HIDDEN');
