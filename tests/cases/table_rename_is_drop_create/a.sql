CREATE SCHEMA app;

CREATE TABLE app.campaign_drafts (
    draft_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    title text NOT NULL,
    body jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT campaign_drafts_pkey PRIMARY KEY (draft_id)
);
