CREATE SCHEMA app;

-- c <-> d cycle exists in both; only the ON DELETE action of c_d_id_fkey differs.
CREATE TABLE app.c (
    c_id bigint NOT NULL,
    d_id bigint,
    CONSTRAINT c_pkey PRIMARY KEY (c_id)
);

CREATE TABLE app.d (
    d_id bigint NOT NULL,
    c_id bigint,
    CONSTRAINT d_pkey PRIMARY KEY (d_id),
    CONSTRAINT d_c_id_fkey FOREIGN KEY (c_id) REFERENCES app.c (c_id) DEFERRABLE INITIALLY DEFERRED
);

ALTER TABLE app.c ADD CONSTRAINT c_d_id_fkey FOREIGN KEY (d_id) REFERENCES app.d (d_id)
    DEFERRABLE INITIALLY DEFERRED;
