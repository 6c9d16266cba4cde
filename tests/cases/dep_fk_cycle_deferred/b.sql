-- Dependency ordering: FK cycles. Tables a and b reference each other (DEFERRABLE INITIALLY
-- DEFERRED) and exist only here, so both tables must be created before either FK (and in
-- reverse the FKs / tables dropped despite the cycle). In the c <-> d cycle present on both
-- sides only one FK's ON DELETE action changes.
CREATE SCHEMA app;

CREATE TABLE app.a (
    a_id bigint NOT NULL,
    b_id bigint,
    CONSTRAINT a_pkey PRIMARY KEY (a_id)
);

CREATE TABLE app.b (
    b_id bigint NOT NULL,
    a_id bigint NOT NULL,
    CONSTRAINT b_pkey PRIMARY KEY (b_id),
    CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES app.a (a_id) DEFERRABLE INITIALLY DEFERRED
);

ALTER TABLE app.a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES app.b (b_id)
    DEFERRABLE INITIALLY DEFERRED;

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
    ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
