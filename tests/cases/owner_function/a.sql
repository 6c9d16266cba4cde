CREATE SCHEMA app;

CREATE FUNCTION app.slugify(p_name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT lower(regexp_replace(p_name, '[^a-zA-Z0-9]+', '-', 'g')) $$;
