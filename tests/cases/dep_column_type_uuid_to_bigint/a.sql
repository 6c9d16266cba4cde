CREATE SCHEMA app;

CREATE TABLE app.t (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    external_ref uuid,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);
