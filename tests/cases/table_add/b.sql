CREATE SCHEMA app;

CREATE TABLE app.orgs (
    org_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT orgs_pkey PRIMARY KEY (org_id),
    CONSTRAINT orgs_slug_key UNIQUE (slug)
);

CREATE TABLE app.campaigns (
    campaign_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    status text DEFAULT 'draft' NOT NULL,
    budget_cents bigint,
    starts_on date,
    ends_on date,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT campaigns_pkey PRIMARY KEY (campaign_id),
    CONSTRAINT campaigns_org_id_fkey FOREIGN KEY (org_id) REFERENCES app.orgs (org_id) ON DELETE CASCADE
);
