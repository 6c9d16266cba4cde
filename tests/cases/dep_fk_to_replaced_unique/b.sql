-- Dependency ordering: the unique constraint a FK references is replaced (renamed
-- parent_code_key -> parent_code_uq and made NULLS NOT DISTINCT). The FK depends on the
-- constraint's index, so it must be dropped before and re-added after the swap.
CREATE SCHEMA app;

CREATE TABLE app.parent (
    parent_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    code text,
    CONSTRAINT parent_pkey PRIMARY KEY (parent_id),
    CONSTRAINT parent_code_uq UNIQUE NULLS NOT DISTINCT (code)
);

CREATE TABLE app.child (
    child_id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    parent_code text NOT NULL,
    CONSTRAINT child_pkey PRIMARY KEY (child_id),
    CONSTRAINT child_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES app.parent (code)
);
