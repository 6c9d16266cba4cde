-- Dependency ordering: a column type changes uuid -> bigint, for which no cast exists; the
-- tool must emit a valid USING expression (or report the column as not convertible).
CREATE SCHEMA app;

CREATE TABLE app.t (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    external_ref bigint,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);
