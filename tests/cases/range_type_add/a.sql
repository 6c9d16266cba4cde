CREATE SCHEMA app;

CREATE TABLE app.measurements (
    measurement_id bigint NOT NULL,
    CONSTRAINT measurements_pkey PRIMARY KEY (measurement_id)
);
