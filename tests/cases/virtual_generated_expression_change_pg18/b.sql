CREATE SCHEMA app;
CREATE TABLE app.line_items (
    item_id uuid PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (round(quantity * unit_price * 1.2, 2)) VIRTUAL
);
