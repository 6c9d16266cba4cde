-- AI Agent Context
-- Purpose:   Product catalog of a tenant: offerings (products, services, subscriptions, add-ons),
--            bundles of offerings with their pricing mode, price lists with time-bounded entries,
--            and the links that feature offerings in campaigns.
-- Tables:    cmis_marketing.offerings, cmis_marketing.bundles, cmis_marketing.bundle_items,
--            cmis_marketing.price_lists, cmis_marketing.price_list_entries,
--            cmis_marketing.offering_campaign_links
-- Views:     cmis_marketing.bundle_pricing
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.current_org_id),
--            campaigns_and_contexts (cmis.campaigns). Sequences in all_sequences.sql, FKs and
--            exclusion constraints in all_constraints.sql, indexes in all_indexes.sql.

CREATE TYPE cmis_marketing.offering_kind AS ENUM ('product', 'service', 'subscription', 'add_on');
COMMENT ON TYPE cmis_marketing.offering_kind IS 'What an offering is; subscriptions must have a recurring billing interval.';

CREATE DOMAIN cmis_marketing.money_amount AS numeric(14,2)
    CHECK (VALUE >= 0);
COMMENT ON DOMAIN cmis_marketing.money_amount IS 'Non-negative amount of money with two decimals.';

CREATE DOMAIN cmis_marketing.currency_code AS char(3)
    CHECK (VALUE ~ '^[A-Z]{3}$');
COMMENT ON DOMAIN cmis_marketing.currency_code IS 'ISO 4217 currency code in upper case.';

CREATE TABLE cmis_marketing.offerings (
    offering_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    sku_number integer NOT NULL,
    sku text NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    kind cmis_marketing.offering_kind DEFAULT 'product' NOT NULL,
    description text,
    base_price cmis_marketing.money_amount NOT NULL,
    currency cmis_marketing.currency_code DEFAULT 'USD' NOT NULL,
    billing_interval text DEFAULT 'one_time' NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    available_from timestamptz,
    available_until timestamptz,
    created_by uuid,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(sku, '') || ' ' || coalesce(description, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT offerings_pkey PRIMARY KEY (offering_id),
    CONSTRAINT offerings_sku_format CHECK (sku ~ '^[A-Z0-9][A-Z0-9._-]*$'),
    CONSTRAINT offerings_slug_format CHECK (slug ~ '^[a-z0-9][a-z0-9-]*$'),
    CONSTRAINT offerings_billing_interval_check CHECK (billing_interval IN ('one_time', 'monthly', 'quarterly', 'yearly')),
    CONSTRAINT offerings_subscription_recurring CHECK (kind <> 'subscription' OR billing_interval <> 'one_time'),
    CONSTRAINT offerings_availability_order CHECK (available_until IS NULL OR available_from IS NULL OR available_until > available_from)
);
COMMENT ON TABLE cmis_marketing.offerings IS 'Sellable items of a tenant: products, services, subscriptions and add-ons.';
COMMENT ON COLUMN cmis_marketing.offerings.sku_number IS 'Internal catalogue number from cmis_marketing.offering_sku_number_seq.';
COMMENT ON COLUMN cmis_marketing.offerings.base_price IS 'List price before price lists, bundles and promotions.';

CREATE TABLE cmis_marketing.bundles (
    bundle_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    description text,
    pricing_mode text DEFAULT 'sum_of_items' NOT NULL,
    fixed_price cmis_marketing.money_amount,
    discount_percent numeric(5,2),
    currency cmis_marketing.currency_code DEFAULT 'USD' NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    valid_during tstzrange,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT bundles_pkey PRIMARY KEY (bundle_id),
    CONSTRAINT bundles_pricing_mode_check CHECK (pricing_mode IN ('sum_of_items', 'fixed', 'percent_discount')),
    CONSTRAINT bundles_fixed_price_required CHECK ((pricing_mode = 'fixed') = (fixed_price IS NOT NULL)),
    CONSTRAINT bundles_discount_required CHECK (pricing_mode <> 'percent_discount' OR discount_percent IS NOT NULL),
    CONSTRAINT bundles_discount_percent_check CHECK (discount_percent IS NULL OR discount_percent BETWEEN 0 AND 100)
);
COMMENT ON TABLE cmis_marketing.bundles IS 'Packages of offerings sold together at a computed, fixed or discounted price.';
COMMENT ON COLUMN cmis_marketing.bundles.pricing_mode IS 'sum_of_items, fixed (fixed_price) or percent_discount (discount_percent off the sum).';

CREATE TABLE cmis_marketing.bundle_items (
    bundle_item_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    bundle_id uuid NOT NULL,
    offering_id uuid NOT NULL,
    quantity integer DEFAULT 1 NOT NULL,
    position smallint DEFAULT 0 NOT NULL,
    is_optional boolean DEFAULT false NOT NULL,
    price_override cmis_marketing.money_amount,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT bundle_items_pkey PRIMARY KEY (bundle_item_id),
    CONSTRAINT bundle_items_quantity_check CHECK (quantity > 0),
    CONSTRAINT bundle_items_position_check CHECK (position >= 0)
);
COMMENT ON TABLE cmis_marketing.bundle_items IS 'Offerings contained in a bundle, with quantity and an optional unit price override.';

CREATE TABLE cmis_marketing.price_lists (
    price_list_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    price_list_number integer NOT NULL,
    name text NOT NULL,
    currency cmis_marketing.currency_code NOT NULL,
    region_code char(2),
    customer_segment text,
    is_default boolean DEFAULT false NOT NULL,
    status text DEFAULT 'draft' NOT NULL,
    valid_during tstzrange DEFAULT tstzrange(now(), NULL::timestamptz) NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT price_lists_pkey PRIMARY KEY (price_list_id),
    CONSTRAINT price_lists_region_code_check CHECK (region_code IS NULL OR region_code ~ '^[A-Z]{2}$'),
    CONSTRAINT price_lists_status_check CHECK (status IN ('draft', 'published', 'retired')),
    CONSTRAINT price_lists_valid_during_not_empty CHECK (NOT isempty(valid_during))
);
COMMENT ON TABLE cmis_marketing.price_lists IS 'Named price lists per currency, region or customer segment, valid for a period.';
COMMENT ON COLUMN cmis_marketing.price_lists.is_default IS 'At most one live default price list per org (partial unique index).';

CREATE TABLE cmis_marketing.price_list_entries (
    entry_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    price_list_id uuid NOT NULL,
    offering_id uuid NOT NULL,
    unit_price cmis_marketing.money_amount NOT NULL,
    min_quantity integer DEFAULT 1 NOT NULL,
    valid_during tstzrange DEFAULT tstzrange(now(), NULL::timestamptz) NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT price_list_entries_pkey PRIMARY KEY (entry_id),
    CONSTRAINT price_list_entries_min_quantity_check CHECK (min_quantity >= 1),
    CONSTRAINT price_list_entries_valid_during_not_empty CHECK (NOT isempty(valid_during))
);
COMMENT ON TABLE cmis_marketing.price_list_entries IS 'Unit price of an offering in a price list, per quantity tier and validity period.';
COMMENT ON COLUMN cmis_marketing.price_list_entries.valid_during IS 'Entries of one offering and tier may not overlap in time (exclusion constraint).';

CREATE TABLE cmis_marketing.offering_campaign_links (
    link_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    offering_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    link_role text DEFAULT 'featured' NOT NULL,
    promo_price cmis_marketing.money_amount,
    starts_at timestamptz,
    ends_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT offering_campaign_links_pkey PRIMARY KEY (link_id),
    CONSTRAINT offering_campaign_links_role_check CHECK (link_role IN ('featured', 'upsell', 'cross_sell', 'promo')),
    CONSTRAINT offering_campaign_links_promo_price CHECK (link_role <> 'promo' OR promo_price IS NOT NULL),
    CONSTRAINT offering_campaign_links_period_check CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
);
COMMENT ON TABLE cmis_marketing.offering_campaign_links IS 'Offerings promoted by a campaign, with an optional promotional price.';

-- Views.
CREATE VIEW cmis_marketing.bundle_pricing WITH (security_invoker = true) AS
SELECT b.bundle_id,
       b.org_id,
       b.name,
       b.pricing_mode,
       b.currency,
       count(bi.bundle_item_id) AS item_count,
       coalesce(sum(coalesce(bi.price_override, o.base_price) * bi.quantity) FILTER (WHERE NOT bi.is_optional), 0)::numeric(14,2) AS list_price,
       CASE b.pricing_mode
           WHEN 'fixed' THEN b.fixed_price::numeric(14,2)
           WHEN 'percent_discount' THEN round(coalesce(sum(coalesce(bi.price_override, o.base_price) * bi.quantity) FILTER (WHERE NOT bi.is_optional), 0) * (100 - b.discount_percent) / 100, 2)
           ELSE coalesce(sum(coalesce(bi.price_override, o.base_price) * bi.quantity) FILTER (WHERE NOT bi.is_optional), 0)::numeric(14,2)
       END AS effective_price
  FROM cmis_marketing.bundles b
  LEFT JOIN cmis_marketing.bundle_items bi ON bi.bundle_id = b.bundle_id
  LEFT JOIN cmis_marketing.offerings o ON o.offering_id = bi.offering_id AND o.deleted_at IS NULL
 WHERE b.deleted_at IS NULL
 GROUP BY b.bundle_id, b.org_id, b.name, b.pricing_mode, b.currency, b.fixed_price, b.discount_percent;
COMMENT ON VIEW cmis_marketing.bundle_pricing IS 'List and effective price of each live bundle (required items only); runs with the caller''s RLS.';

-- Row-level security: tenant isolation by org_id.
ALTER TABLE cmis_marketing.offerings ENABLE ROW LEVEL SECURITY;
CREATE POLICY offerings_tenant_isolation ON cmis_marketing.offerings
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.bundles ENABLE ROW LEVEL SECURITY;
CREATE POLICY bundles_tenant_isolation ON cmis_marketing.bundles
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.bundle_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY bundle_items_tenant_isolation ON cmis_marketing.bundle_items
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.price_lists ENABLE ROW LEVEL SECURITY;
CREATE POLICY price_lists_tenant_isolation ON cmis_marketing.price_lists
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.price_list_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY price_list_entries_tenant_isolation ON cmis_marketing.price_list_entries
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis_marketing.offering_campaign_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY offering_campaign_links_tenant_isolation ON cmis_marketing.offering_campaign_links
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_marketing.offerings, cmis_marketing.bundles,
    cmis_marketing.bundle_items, cmis_marketing.price_lists, cmis_marketing.price_list_entries,
    cmis_marketing.offering_campaign_links TO cmis_app;
GRANT SELECT ON cmis_marketing.offerings, cmis_marketing.bundles, cmis_marketing.bundle_items,
    cmis_marketing.price_lists, cmis_marketing.price_list_entries,
    cmis_marketing.offering_campaign_links TO cmis_readonly;
GRANT SELECT ON cmis_marketing.bundle_pricing TO cmis_app, cmis_readonly;
