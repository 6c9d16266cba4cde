CREATE SCHEMA app;

CREATE TABLE app.api_keys (
    key_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    key_hash text NOT NULL,
    revoked_at timestamptz,
    CONSTRAINT api_keys_pkey PRIMARY KEY (key_id)
);

-- Runs with the owner's rights (bypasses RLS on api_keys) with a pinned search_path.
CREATE FUNCTION app.org_for_api_key(p_key_hash text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$ SELECT org_id FROM app.api_keys WHERE key_hash = p_key_hash AND revoked_at IS NULL $$;
