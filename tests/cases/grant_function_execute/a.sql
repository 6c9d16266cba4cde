CREATE SCHEMA app;

CREATE FUNCTION app.current_org_id() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.current_org_id', true), '')::uuid $$;
