-- AI Agent Context
-- Purpose:   Phase 2 lookup data shared by every tenant: geography (countries, regions, timezones),
--            money (currencies), language (languages, locales), business classification
--            (industries), platform catalogue (platforms, API versions, ad objectives, placements,
--            formats, bid strategies, billing events) and marketing vocabularies (content and
--            channel types, media types, aspect ratios, funnel stages, KPI metrics, attribution
--            models, demographic buckets, devices, calls to action). Lookup tables carry no org_id,
--            so they have no row-level security; the application only reads them.
-- Tables:    public.regions, public.countries, public.currencies, public.languages, public.locales,
--            public.timezones, public.industries, public.platforms, public.platform_api_versions,
--            public.ad_objective_types, public.ad_placement_types, public.ad_formats,
--            public.bid_strategies, public.billing_event_types, public.content_types,
--            public.channel_types, public.media_mime_types, public.aspect_ratios,
--            public.funnel_stages, public.kpi_metrics, public.attribution_models,
--            public.age_ranges, public.genders, public.device_types, public.call_to_action_types
-- Depends:   extensions_and_schemas (ltree, citext, btree_gist), roles.sql (cmis_app, cmis_readonly).
--            FKs live in all_constraints.sql, indexes in all_indexes.sql, sequences in
--            all_sequences.sql, helpers in all_functions.sql, triggers in all_triggers.sql.

CREATE TYPE public.media_kind AS ENUM ('image', 'video', 'audio', 'text', 'document', 'html5', 'carousel');
COMMENT ON TYPE public.media_kind IS 'Physical kind of a creative or a content type.';

CREATE TYPE public.metric_aggregation AS ENUM ('sum', 'avg', 'min', 'max', 'ratio', 'last');
COMMENT ON TYPE public.metric_aggregation IS 'How a KPI metric rolls up over time and dimensions.';

CREATE DOMAIN public.iso_country_code AS char(2)
    CHECK (VALUE ~ '^[A-Z]{2}$');
COMMENT ON DOMAIN public.iso_country_code IS 'ISO 3166-1 alpha-2 country code, upper case.';

CREATE DOMAIN public.iso_currency_code AS char(3)
    CHECK (VALUE ~ '^[A-Z]{3}$');
COMMENT ON DOMAIN public.iso_currency_code IS 'ISO 4217 alphabetic currency code, upper case.';

CREATE TABLE public.regions (
    region_code text NOT NULL,
    name text NOT NULL,
    parent_region_code text,
    path public.ltree,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT regions_pkey PRIMARY KEY (region_code),
    CONSTRAINT regions_code_format CHECK (region_code ~ '^[a-z0-9_]+$')
);
COMMENT ON TABLE public.regions IS 'Sales and reporting regions (EMEA, APAC, ...) arranged as a tree.';
COMMENT ON COLUMN public.regions.path IS 'Materialised ltree path of region codes from the root, maintained by trigger.';

CREATE TABLE public.countries (
    country_code public.iso_country_code NOT NULL,
    iso3_code char(3) NOT NULL,
    numeric_code smallint,
    name text NOT NULL,
    official_name text,
    region_code text,
    default_currency_code public.iso_currency_code,
    phone_prefix text,
    is_eu_member boolean DEFAULT false NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT countries_pkey PRIMARY KEY (country_code),
    CONSTRAINT countries_iso3_format CHECK (iso3_code ~ '^[A-Z]{3}$'),
    CONSTRAINT countries_numeric_code_range CHECK (numeric_code BETWEEN 1 AND 999),
    CONSTRAINT countries_phone_prefix_format CHECK (phone_prefix ~ '^\+[0-9]{1,4}$')
);
COMMENT ON TABLE public.countries IS 'ISO 3166-1 countries used for targeting, billing and reporting.';
COMMENT ON COLUMN public.countries.country_code IS 'ISO 3166-1 alpha-2 code, the natural key.';

CREATE TABLE public.currencies (
    currency_code public.iso_currency_code NOT NULL,
    numeric_code smallint,
    name text NOT NULL,
    symbol text,
    minor_units smallint DEFAULT 2 NOT NULL,
    is_crypto boolean DEFAULT false NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT currencies_pkey PRIMARY KEY (currency_code),
    CONSTRAINT currencies_minor_units_range CHECK (minor_units BETWEEN 0 AND 8)
);
COMMENT ON TABLE public.currencies IS 'ISO 4217 currencies for budgets, spend and billing.';
COMMENT ON COLUMN public.currencies.minor_units IS 'Digits after the decimal point (2 for USD, 0 for JPY, 3 for KWD).';

CREATE TABLE public.languages (
    language_code text NOT NULL,
    iso639_2_code char(3),
    name text NOT NULL,
    native_name text,
    is_rtl boolean DEFAULT false NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT languages_pkey PRIMARY KEY (language_code),
    CONSTRAINT languages_code_format CHECK (language_code ~ '^[a-z]{2,3}$')
);
COMMENT ON TABLE public.languages IS 'ISO 639 languages of copy, content and audiences.';
COMMENT ON COLUMN public.languages.is_rtl IS 'True for right-to-left scripts (Arabic, Hebrew, ...).';

CREATE TABLE public.locales (
    locale_code text NOT NULL,
    language_code text NOT NULL,
    country_code public.iso_country_code,
    name text NOT NULL,
    date_format text DEFAULT 'YYYY-MM-DD' NOT NULL,
    decimal_separator char(1) DEFAULT '.' NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT locales_pkey PRIMARY KEY (locale_code),
    CONSTRAINT locales_code_format CHECK (locale_code ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
    CONSTRAINT locales_decimal_separator_valid CHECK (decimal_separator IN ('.', ','))
);
COMMENT ON TABLE public.locales IS 'BCP 47 locales (language plus optional country) for formatting and copy.';

CREATE TABLE public.timezones (
    timezone_name text NOT NULL,
    country_code public.iso_country_code,
    utc_offset interval NOT NULL,
    observes_dst boolean DEFAULT false NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT timezones_pkey PRIMARY KEY (timezone_name),
    CONSTRAINT timezones_offset_range CHECK (utc_offset BETWEEN interval '-12 hours' AND interval '14 hours')
);
COMMENT ON TABLE public.timezones IS 'IANA time zones for ad account reporting days and publishing schedules.';
COMMENT ON COLUMN public.timezones.utc_offset IS 'Standard (non-DST) offset from UTC.';

CREATE TABLE public.industries (
    industry_code text NOT NULL,
    name text NOT NULL,
    parent_industry_code text,
    path public.ltree,
    naics_code text,
    description text,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT industries_pkey PRIMARY KEY (industry_code),
    CONSTRAINT industries_code_format CHECK (industry_code ~ '^[a-z0-9_]+$'),
    CONSTRAINT industries_naics_format CHECK (naics_code ~ '^[0-9]{2,6}$')
);
COMMENT ON TABLE public.industries IS 'Industry taxonomy (tree) used to classify orgs, audiences and benchmarks.';
COMMENT ON COLUMN public.industries.path IS 'Materialised ltree path from the root industry, maintained by trigger.';

CREATE TABLE public.platforms (
    platform_code text NOT NULL,
    name text NOT NULL,
    category text NOT NULL,
    api_base_url text,
    supports_ads boolean DEFAULT false NOT NULL,
    supports_organic boolean DEFAULT false NOT NULL,
    supports_webhooks boolean DEFAULT false NOT NULL,
    oauth_scopes text[] DEFAULT '{}'::text[] NOT NULL,
    rate_limit_per_hour integer,
    is_active boolean DEFAULT true NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT platforms_pkey PRIMARY KEY (platform_code),
    CONSTRAINT platforms_code_format CHECK (platform_code ~ '^[a-z][a-z0-9_]*$'),
    CONSTRAINT platforms_category_valid CHECK (category IN ('social', 'search', 'display', 'video', 'messaging', 'email', 'analytics', 'commerce')),
    CONSTRAINT platforms_rate_limit_positive CHECK (rate_limit_per_hour > 0)
);
COMMENT ON TABLE public.platforms IS 'External platforms CMIS integrates with (meta, google_ads, tiktok, linkedin, x, ...).';
COMMENT ON COLUMN public.platforms.platform_code IS 'Stable code referenced by integrations, accounts and ad objects.';

CREATE TABLE public.platform_api_versions (
    platform_code text NOT NULL,
    api_version text NOT NULL,
    released_on date NOT NULL,
    sunset_on date,
    is_default boolean DEFAULT false NOT NULL,
    changelog_url text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT platform_api_versions_pkey PRIMARY KEY (platform_code, api_version),
    CONSTRAINT platform_api_versions_sunset_after_release CHECK (sunset_on IS NULL OR sunset_on > released_on)
);
COMMENT ON TABLE public.platform_api_versions IS 'API versions per platform with their support window.';

CREATE TABLE public.ad_objective_types (
    objective_code text NOT NULL,
    name text NOT NULL,
    funnel_stage_code text,
    description text,
    platform_codes text[] DEFAULT '{}'::text[] NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ad_objective_types_pkey PRIMARY KEY (objective_code),
    CONSTRAINT ad_objective_types_code_format CHECK (objective_code ~ '^[a-z][a-z0-9_]*$')
);
COMMENT ON TABLE public.ad_objective_types IS 'Platform-neutral campaign objectives (awareness, traffic, leads, sales, ...).';
COMMENT ON COLUMN public.ad_objective_types.platform_codes IS 'Platforms that offer an equivalent native objective.';

CREATE TABLE public.ad_placement_types (
    placement_code text NOT NULL,
    platform_code text NOT NULL,
    name text NOT NULL,
    media_kinds public.media_kind[] DEFAULT '{}'::public.media_kind[] NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ad_placement_types_pkey PRIMARY KEY (placement_code)
);
COMMENT ON TABLE public.ad_placement_types IS 'Where an ad can run on a platform (feed, stories, reels, search, ...).';

CREATE TABLE public.ad_formats (
    format_code text NOT NULL,
    platform_code text NOT NULL,
    name text NOT NULL,
    media_kind public.media_kind NOT NULL,
    aspect_ratio_codes text[] DEFAULT '{}'::text[] NOT NULL,
    max_file_size_bytes bigint,
    max_duration_seconds integer,
    max_headline_chars smallint,
    max_body_chars smallint,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT ad_formats_pkey PRIMARY KEY (format_code),
    CONSTRAINT ad_formats_file_size_positive CHECK (max_file_size_bytes > 0),
    CONSTRAINT ad_formats_duration_positive CHECK (max_duration_seconds > 0)
);
COMMENT ON TABLE public.ad_formats IS 'Creative formats per platform with their size and length limits.';

CREATE TABLE public.bid_strategies (
    bid_strategy_code text NOT NULL,
    name text NOT NULL,
    requires_bid_amount boolean DEFAULT false NOT NULL,
    requires_target_roas boolean DEFAULT false NOT NULL,
    description text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT bid_strategies_pkey PRIMARY KEY (bid_strategy_code),
    CONSTRAINT bid_strategies_single_target CHECK (NOT (requires_bid_amount AND requires_target_roas))
);
COMMENT ON TABLE public.bid_strategies IS 'Bidding strategies (lowest_cost, cost_cap, bid_cap, target_roas, ...).';

CREATE TABLE public.billing_event_types (
    billing_event_code text NOT NULL,
    name text NOT NULL,
    unit_label text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT billing_event_types_pkey PRIMARY KEY (billing_event_code)
);
COMMENT ON TABLE public.billing_event_types IS 'What a platform charges for (impressions, clicks, thruplays, ...).';

CREATE TABLE public.content_types (
    content_type_code text NOT NULL,
    name text NOT NULL,
    media_kind public.media_kind NOT NULL,
    max_duration_seconds integer,
    is_ephemeral boolean DEFAULT false NOT NULL,
    description text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT content_types_pkey PRIMARY KEY (content_type_code),
    CONSTRAINT content_types_code_format CHECK (content_type_code ~ '^[a-z][a-z0-9_]*$')
);
COMMENT ON TABLE public.content_types IS 'Kinds of content items (post, story, reel, article, newsletter, ...).';

CREATE TABLE public.channel_types (
    channel_code text NOT NULL,
    name text NOT NULL,
    is_paid boolean DEFAULT false NOT NULL,
    is_owned boolean DEFAULT false NOT NULL,
    sort_order smallint DEFAULT 0 NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT channel_types_pkey PRIMARY KEY (channel_code),
    CONSTRAINT channel_types_paid_or_owned CHECK (NOT (is_paid AND is_owned))
);
COMMENT ON TABLE public.channel_types IS 'Marketing channels (paid_social, organic_social, search, email, web, ...).';

CREATE TABLE public.media_mime_types (
    mime_type text NOT NULL,
    media_kind public.media_kind NOT NULL,
    file_extensions text[] DEFAULT '{}'::text[] NOT NULL,
    max_size_bytes bigint,
    is_allowed boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT media_mime_types_pkey PRIMARY KEY (mime_type),
    CONSTRAINT media_mime_types_format CHECK (mime_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
    CONSTRAINT media_mime_types_max_size_positive CHECK (max_size_bytes > 0)
);
COMMENT ON TABLE public.media_mime_types IS 'Allowed upload MIME types and their size limits.';

CREATE TABLE public.aspect_ratios (
    aspect_ratio_code text NOT NULL,
    width_units smallint NOT NULL,
    height_units smallint NOT NULL,
    ratio numeric(8,4) GENERATED ALWAYS AS (round(width_units::numeric / height_units, 4)) STORED,
    name text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT aspect_ratios_pkey PRIMARY KEY (aspect_ratio_code),
    CONSTRAINT aspect_ratios_units_positive CHECK (width_units > 0 AND height_units > 0),
    CONSTRAINT aspect_ratios_code_format CHECK (aspect_ratio_code ~ '^[0-9]+:[0-9]+$')
);
COMMENT ON TABLE public.aspect_ratios IS 'Creative aspect ratios (1:1, 4:5, 9:16, 16:9, 1.91:1 as 191:100).';

CREATE TABLE public.funnel_stages (
    stage_code text NOT NULL,
    name text NOT NULL,
    sort_order smallint NOT NULL,
    description text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT funnel_stages_pkey PRIMARY KEY (stage_code)
);
COMMENT ON TABLE public.funnel_stages IS 'Marketing funnel stages (awareness, consideration, conversion, retention, advocacy).';

CREATE TABLE public.kpi_metrics (
    metric_code text NOT NULL,
    name text NOT NULL,
    unit text NOT NULL,
    aggregation public.metric_aggregation DEFAULT 'sum' NOT NULL,
    higher_is_better boolean DEFAULT true NOT NULL,
    formula text,
    display_order smallint NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT kpi_metrics_pkey PRIMARY KEY (metric_code),
    CONSTRAINT kpi_metrics_unit_valid CHECK (unit IN ('count', 'currency', 'percent', 'ratio', 'seconds')),
    CONSTRAINT kpi_metrics_ratio_has_formula CHECK (aggregation <> 'ratio' OR formula IS NOT NULL)
);
COMMENT ON TABLE public.kpi_metrics IS 'KPI catalogue (impressions, ctr, cpc, cpa, roas, ...) used by goals and reports.';
COMMENT ON COLUMN public.kpi_metrics.formula IS 'For ratio metrics: the expression over base metrics, e.g. clicks / impressions.';

CREATE TABLE public.attribution_models (
    model_code text NOT NULL,
    name text NOT NULL,
    click_lookback_days smallint DEFAULT 7 NOT NULL,
    view_lookback_days smallint DEFAULT 1 NOT NULL,
    is_data_driven boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT attribution_models_pkey PRIMARY KEY (model_code),
    -- Two BETWEENs joined by AND would not survive PostgreSQL's own deparse/reparse (the stored
    -- tree nests, the re-parsed one is flat), so no tool could reproduce it exactly: spelled out.
    CONSTRAINT attribution_models_lookback_range CHECK (click_lookback_days >= 0 AND click_lookback_days <= 90
                                                        AND view_lookback_days >= 0 AND view_lookback_days <= 30)
);
COMMENT ON TABLE public.attribution_models IS 'Conversion attribution models (last_click, first_click, linear, time_decay, data_driven).';

CREATE TABLE public.age_ranges (
    age_range_code text NOT NULL,
    age_span int4range NOT NULL,
    label text NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT age_ranges_pkey PRIMARY KEY (age_range_code),
    CONSTRAINT age_ranges_span_bounded CHECK (lower(age_span) >= 13 AND NOT lower_inf(age_span))
);
COMMENT ON TABLE public.age_ranges IS 'Non-overlapping age buckets (18-24, 25-34, ...) used in targeting and breakdowns.';

CREATE TABLE public.genders (
    gender_code text NOT NULL,
    label text NOT NULL,
    sort_order smallint DEFAULT 0 NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT genders_pkey PRIMARY KEY (gender_code)
);
COMMENT ON TABLE public.genders IS 'Gender buckets as reported by ad platforms (female, male, unknown).';

CREATE TABLE public.device_types (
    device_type_code text NOT NULL,
    label text NOT NULL,
    is_mobile boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT device_types_pkey PRIMARY KEY (device_type_code)
);
COMMENT ON TABLE public.device_types IS 'Device categories for targeting and breakdowns (desktop, mobile, tablet, ctv).';

CREATE TABLE public.call_to_action_types (
    cta_code text NOT NULL,
    label text NOT NULL,
    platform_codes text[] DEFAULT '{}'::text[] NOT NULL,
    requires_link boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT call_to_action_types_pkey PRIMARY KEY (cta_code),
    CONSTRAINT call_to_action_types_code_format CHECK (cta_code ~ '^[A-Z][A-Z0-9_]*$')
);
COMMENT ON TABLE public.call_to_action_types IS 'Call-to-action buttons (LEARN_MORE, SHOP_NOW, SIGN_UP, ...) and where they exist.';

-- Views.
CREATE VIEW public.v_platform_capabilities AS
    SELECT p.platform_code,
           p.name,
           p.category,
           p.supports_ads,
           p.supports_organic,
           p.supports_webhooks,
           v.api_version AS default_api_version,
           v.sunset_on AS default_api_sunset_on,
           (SELECT count(*) FROM public.ad_formats f WHERE f.platform_code = p.platform_code) AS ad_format_count,
           (SELECT count(*) FROM public.ad_placement_types pl WHERE pl.platform_code = p.platform_code) AS placement_count
      FROM public.platforms p
      LEFT JOIN public.platform_api_versions v
        ON v.platform_code = p.platform_code AND v.is_default
     WHERE p.is_active;
COMMENT ON VIEW public.v_platform_capabilities IS 'One row per active platform: features, default API version and catalogue sizes.';

-- Privileges: lookup data is read-only for the application and for reporting.
GRANT SELECT ON public.regions, public.countries, public.currencies, public.languages, public.locales,
    public.timezones, public.industries, public.platforms, public.platform_api_versions,
    public.ad_objective_types, public.ad_placement_types, public.ad_formats, public.bid_strategies,
    public.billing_event_types, public.content_types, public.channel_types, public.media_mime_types,
    public.aspect_ratios, public.funnel_stages, public.kpi_metrics, public.attribution_models,
    public.age_ranges, public.genders, public.device_types, public.call_to_action_types,
    public.v_platform_capabilities
    TO cmis_app, cmis_readonly;
