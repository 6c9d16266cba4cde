CREATE SCHEMA app;

CREATE TABLE app.t (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    owner_name text NOT NULL,
    amount integer NOT NULL,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);

CREATE INDEX t_amount_idx ON app.t (amount);

CREATE VIEW app.t_large AS
    SELECT id, owner_name, amount FROM app.t WHERE amount > 100;

ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_non_negative ON app.t
    USING (amount >= 0);
