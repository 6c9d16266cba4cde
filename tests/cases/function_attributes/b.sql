-- Function attributes only: STRICT, STABLE, PARALLEL SAFE, COST 50 on a scalar function and
-- ROWS 20 on a set-returning function (A has the defaults: VOLATILE, CALLED ON NULL INPUT, ...).
CREATE SCHEMA app;

CREATE FUNCTION app.cents_to_units(cents bigint) RETURNS numeric
    LANGUAGE sql STRICT STABLE PARALLEL SAFE COST 50
    AS $$ SELECT cents / 100.0 $$;

CREATE FUNCTION app.org_window(n integer) RETURNS SETOF integer
    LANGUAGE plpgsql STABLE ROWS 20
    AS $$
BEGIN
    RETURN QUERY SELECT g FROM generate_series(1, n) AS g;
END
$$;
