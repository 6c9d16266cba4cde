-- AI Agent Context
-- Purpose:   Dynamic, tenant-defined fields on CMIS entities (campaigns, content, ads, posts ...):
--            field groups, definitions, select options, aliases used by importers, typed values
--            per entity and their change history; plus the global meta_* catalogue that documents
--            the schema itself (objects, business terms, functions) for people and AI agents.
-- Tables:    cmis.field_groups, cmis.field_definitions, cmis.field_options, cmis.field_aliases,
--            cmis.field_values, cmis.field_value_history, cmis.meta_documentation,
--            cmis.meta_field_dictionary, cmis.meta_function_descriptions
-- Depends:   core_identity_and_access (cmis.orgs, cmis.users, cmis.email_address).
--            meta_* tables are global (no org_id, no RLS). FKs in all_constraints.sql.

CREATE TYPE cmis.field_data_type AS ENUM ('text', 'long_text', 'number', 'currency', 'boolean', 'date', 'datetime', 'select', 'multi_select', 'url', 'email', 'json');
COMMENT ON TYPE cmis.field_data_type IS 'Data type of a dynamic field; decides which value_* column of cmis.field_values is used.';

CREATE DOMAIN cmis.field_key AS text
    CHECK (VALUE ~ '^[a-z][a-z0-9_]{0,62}$');
COMMENT ON DOMAIN cmis.field_key IS 'Machine name of a dynamic field: lower_snake_case, at most 63 characters.';

CREATE TABLE cmis.field_groups (
    field_group_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    entity_type text NOT NULL,
    name text NOT NULL,
    description text,
    display_order integer DEFAULT 0 NOT NULL,
    is_collapsed boolean DEFAULT false NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT field_groups_pkey PRIMARY KEY (field_group_id),
    CONSTRAINT field_groups_entity_type_check CHECK (entity_type IN ('campaign', 'content', 'ad_campaign', 'social_post', 'asset', 'contact', 'offering'))
);
COMMENT ON TABLE cmis.field_groups IS 'Sections that group dynamic fields on an entity form.';

CREATE TABLE cmis.field_definitions (
    field_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    field_group_id uuid,
    entity_type text NOT NULL,
    field_key cmis.field_key NOT NULL,
    key_path public.ltree,
    label text NOT NULL,
    help_text text,
    data_type cmis.field_data_type NOT NULL,
    is_required boolean DEFAULT false NOT NULL,
    is_searchable boolean DEFAULT false NOT NULL,
    is_system boolean DEFAULT false NOT NULL,
    default_value jsonb,
    validation_rules jsonb DEFAULT '{}'::jsonb NOT NULL,
    numeric_range numrange,
    display_order integer DEFAULT 0 NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(label, '') || ' ' || coalesce(field_key::text, '') || ' ' || coalesce(help_text, ''))) STORED,
    created_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    deleted_at timestamptz,
    CONSTRAINT field_definitions_pkey PRIMARY KEY (field_id),
    CONSTRAINT field_definitions_entity_type_check CHECK (entity_type IN ('campaign', 'content', 'ad_campaign', 'social_post', 'asset', 'contact', 'offering')),
    CONSTRAINT field_definitions_range_only_numeric CHECK (numeric_range IS NULL OR data_type IN ('number', 'currency')),
    CONSTRAINT field_definitions_rules_object CHECK (jsonb_typeof(validation_rules) = 'object')
);
COMMENT ON TABLE cmis.field_definitions IS 'Custom fields a tenant defines on an entity type.';
COMMENT ON COLUMN cmis.field_definitions.key_path IS 'Hierarchical path (group.sub.field) for nested JSON export.';
COMMENT ON COLUMN cmis.field_definitions.numeric_range IS 'Allowed range for number and currency fields.';

CREATE TABLE cmis.field_options (
    option_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    field_id uuid NOT NULL,
    option_value text NOT NULL,
    label text NOT NULL,
    color char(7),
    sort_order integer DEFAULT 0 NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT field_options_pkey PRIMARY KEY (option_id),
    CONSTRAINT field_options_color_check CHECK (color IS NULL OR color ~ '^#[0-9a-fA-F]{6}$')
);
COMMENT ON TABLE cmis.field_options IS 'Choices of select and multi_select fields.';

CREATE TABLE cmis.field_aliases (
    alias_id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    field_id uuid NOT NULL,
    source_system text NOT NULL,
    alias text NOT NULL,
    transform_expression text,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT field_aliases_pkey PRIMARY KEY (alias_id),
    CONSTRAINT field_aliases_source_check CHECK (source_system IN ('csv', 'hubspot', 'salesforce', 'meta', 'google', 'api'))
);
COMMENT ON TABLE cmis.field_aliases IS 'External column names that importers map onto a field.';

CREATE TABLE cmis.field_values (
    field_value_id uuid DEFAULT uuidv7() NOT NULL,
    org_id uuid NOT NULL,
    field_id uuid NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    value_text text,
    value_number numeric,
    value_boolean boolean,
    value_date date,
    value_timestamp timestamptz,
    value_json jsonb,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(value_text, ''))) STORED,
    updated_by uuid,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT field_values_pkey PRIMARY KEY (field_value_id),
    CONSTRAINT field_values_single_value CHECK (num_nonnulls(value_text, value_number, value_boolean, value_date, value_timestamp, value_json) <= 1)
);
COMMENT ON TABLE cmis.field_values IS 'Value of a dynamic field for one entity; exactly the value_* column of the field type is set.';
COMMENT ON COLUMN cmis.field_values.entity_id IS 'Primary key of the entity (campaign_id, post_id ...) of type entity_type.';

CREATE TABLE cmis.field_value_history (
    history_id uuid DEFAULT uuidv7() NOT NULL,
    change_seq bigint NOT NULL,
    org_id uuid NOT NULL,
    field_value_id uuid,
    field_id uuid NOT NULL,
    entity_id uuid NOT NULL,
    old_value jsonb,
    new_value jsonb,
    changed_by uuid,
    changed_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT field_value_history_pkey PRIMARY KEY (history_id),
    CONSTRAINT field_value_history_changed CHECK (old_value IS DISTINCT FROM new_value)
);
COMMENT ON TABLE cmis.field_value_history IS 'Append-only change log of field values, written by trigger.';

CREATE TABLE cmis.meta_documentation (
    doc_id uuid DEFAULT gen_random_uuid() NOT NULL,
    doc_number smallint NOT NULL,
    object_kind text NOT NULL,
    schema_name name NOT NULL,
    object_name text NOT NULL,
    summary text NOT NULL,
    body text,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    doc_version integer DEFAULT 1 NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(object_name, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(body, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT meta_documentation_pkey PRIMARY KEY (doc_id),
    CONSTRAINT meta_documentation_kind_check CHECK (object_kind IN ('schema', 'table', 'column', 'view', 'function', 'trigger', 'type')),
    CONSTRAINT meta_documentation_version_check CHECK (doc_version > 0)
);
COMMENT ON TABLE cmis.meta_documentation IS 'Global documentation of schema objects for developers and AI agents.';

CREATE TABLE cmis.meta_field_dictionary (
    dictionary_id uuid DEFAULT gen_random_uuid() NOT NULL,
    term public.citext NOT NULL,
    definition text NOT NULL,
    data_type text,
    example_values text[] DEFAULT '{}'::text[] NOT NULL,
    related_terms public.citext[] DEFAULT '{}'::public.citext[] NOT NULL,
    owner_team text,
    owner_email cmis.email_address,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(term::text, '') || ' ' || coalesce(definition, ''))) STORED,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT meta_field_dictionary_pkey PRIMARY KEY (dictionary_id),
    CONSTRAINT meta_field_dictionary_term_length CHECK (char_length(term::text) BETWEEN 2 AND 120)
);
COMMENT ON TABLE cmis.meta_field_dictionary IS 'Business glossary: what a metric or field name means across CMIS.';

CREATE TABLE cmis.meta_function_descriptions (
    function_description_id uuid DEFAULT gen_random_uuid() NOT NULL,
    schema_name name NOT NULL,
    function_name name NOT NULL,
    signature text NOT NULL,
    purpose text NOT NULL,
    is_security_definer boolean DEFAULT false NOT NULL,
    volatility char(1) DEFAULT 'v' NOT NULL,
    security_notes text,
    examples jsonb DEFAULT '[]'::jsonb NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT meta_function_descriptions_pkey PRIMARY KEY (function_description_id),
    CONSTRAINT meta_function_descriptions_volatility_check CHECK (volatility IN ('i', 's', 'v')),
    CONSTRAINT meta_function_descriptions_definer_notes CHECK (NOT is_security_definer OR security_notes IS NOT NULL)
);
COMMENT ON TABLE cmis.meta_function_descriptions IS 'Plain-language description of database functions; SECURITY DEFINER ones must explain their safety.';

-- Row-level security: tenant isolation by org_id (meta_* tables are global).
ALTER TABLE cmis.field_groups ENABLE ROW LEVEL SECURITY;
CREATE POLICY field_groups_tenant_isolation ON cmis.field_groups
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.field_definitions ENABLE ROW LEVEL SECURITY;
CREATE POLICY field_definitions_tenant_isolation ON cmis.field_definitions
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.field_options ENABLE ROW LEVEL SECURITY;
CREATE POLICY field_options_tenant_isolation ON cmis.field_options
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.field_aliases ENABLE ROW LEVEL SECURITY;
CREATE POLICY field_aliases_tenant_isolation ON cmis.field_aliases
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.field_values ENABLE ROW LEVEL SECURITY;
CREATE POLICY field_values_tenant_isolation ON cmis.field_values
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());
ALTER TABLE cmis.field_value_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY field_value_history_tenant_isolation ON cmis.field_value_history
    USING (org_id = cmis.current_org_id()) WITH CHECK (org_id = cmis.current_org_id());

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis.field_groups, cmis.field_definitions, cmis.field_options,
    cmis.field_aliases, cmis.field_values TO cmis_app;
GRANT SELECT, INSERT ON cmis.field_value_history TO cmis_app;
GRANT SELECT ON cmis.meta_documentation, cmis.meta_field_dictionary, cmis.meta_function_descriptions TO cmis_app;
GRANT SELECT ON cmis.field_groups, cmis.field_definitions, cmis.field_options, cmis.field_aliases,
    cmis.field_values, cmis.field_value_history, cmis.meta_documentation, cmis.meta_field_dictionary,
    cmis.meta_function_descriptions TO cmis_readonly;
