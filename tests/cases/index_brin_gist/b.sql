-- Non-btree index methods: a BRIN index whose pages_per_range changes (16 -> 32) and a GiST index
-- on a tsrange column that exists only in B.
CREATE SCHEMA app;

CREATE TABLE app.bookings (
    booking_id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    during tsrange NOT NULL,
    CONSTRAINT bookings_pkey PRIMARY KEY (booking_id)
);

CREATE INDEX bookings_created_at_brin ON app.bookings USING brin (created_at) WITH (pages_per_range = 32);
CREATE INDEX bookings_during_gist ON app.bookings USING gist (during);
