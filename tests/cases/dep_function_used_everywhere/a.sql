CREATE SCHEMA app;

CREATE TABLE app.items (
    item_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    code text NOT NULL,
    CONSTRAINT items_pkey PRIMARY KEY (item_id)
);
