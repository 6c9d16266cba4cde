CREATE SCHEMA app;

-- Same shape under a new name: without rename hints a differ sees DROP + CREATE.
CREATE TABLE app.campaign_templates (
    draft_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    title text NOT NULL,
    body jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT campaign_templates_pkey PRIMARY KEY (draft_id)
);
