-- Range type: CREATE TYPE ... AS RANGE (subtype float8, subtype_diff float8mi) plus a column using it, only in B.
CREATE SCHEMA app;

CREATE TYPE app.floatrange AS RANGE (
    subtype = float8,
    subtype_diff = float8mi
);

CREATE TABLE app.measurements (
    measurement_id bigint NOT NULL,
    tolerance app.floatrange,
    CONSTRAINT measurements_pkey PRIMARY KEY (measurement_id)
);
