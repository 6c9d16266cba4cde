CREATE SCHEMA app;

CREATE FUNCTION app.cents_to_units(cents bigint) RETURNS numeric
    LANGUAGE sql
    AS $$ SELECT cents / 100.0 $$;

CREATE FUNCTION app.org_window(n integer) RETURNS SETOF integer
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN QUERY SELECT g FROM generate_series(1, n) AS g;
END
$$;
