-- AI Agent Context
-- Purpose:   Phase 5: triggers of every domain: updated_at stamps, audit capture, guards.
-- Tables:    as each trigger says.
-- Depends:   all_functions.sql.

-- core_identity_and_access
CREATE TRIGGER orgs_set_updated_at BEFORE UPDATE ON cmis.orgs
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON cmis.users
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER user_orgs_set_updated_at BEFORE UPDATE ON cmis.user_orgs
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER roles_set_updated_at BEFORE UPDATE ON cmis.roles
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER roles_protect_system BEFORE UPDATE OR DELETE ON cmis.roles
    FOR EACH ROW WHEN (OLD.is_system) EXECUTE FUNCTION cmis.prevent_system_role_change();

-- public_reference_tables
CREATE TRIGGER countries_set_updated_at BEFORE UPDATE ON public.countries
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER currencies_set_updated_at BEFORE UPDATE ON public.currencies
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER industries_set_updated_at BEFORE UPDATE ON public.industries
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER platforms_set_updated_at BEFORE UPDATE ON public.platforms
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER regions_maintain_path BEFORE INSERT OR UPDATE OF region_code, parent_region_code, path ON public.regions
    FOR EACH ROW EXECUTE FUNCTION public.maintain_tree_path('region_code', 'parent_region_code');
CREATE TRIGGER regions_cascade_path AFTER UPDATE ON public.regions
    FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION public.cascade_tree_path('region_code', 'parent_region_code');
CREATE TRIGGER industries_maintain_path BEFORE INSERT OR UPDATE OF industry_code, parent_industry_code, path ON public.industries
    FOR EACH ROW EXECUTE FUNCTION public.maintain_tree_path('industry_code', 'parent_industry_code');
CREATE TRIGGER industries_cascade_path AFTER UPDATE ON public.industries
    FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION public.cascade_tree_path('industry_code', 'parent_industry_code');

-- system_infrastructure
CREATE TRIGGER scheduled_tasks_set_updated_at BEFORE UPDATE ON cmis_ops.scheduled_tasks
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER health_checks_set_updated_at BEFORE UPDATE ON cmis_system_health.health_checks
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER health_check_results_apply_to_check AFTER INSERT ON cmis_system_health.health_check_results
    FOR EACH ROW EXECUTE FUNCTION cmis_system_health.apply_result_to_check();
CREATE TRIGGER health_check_results_append_only BEFORE UPDATE ON cmis_system_health.health_check_results
    FOR EACH ROW EXECUTE FUNCTION cmis_system_health.results_are_append_only();

-- integrations_and_accounts
CREATE TRIGGER integrations_set_updated_at BEFORE UPDATE ON cmis.integrations
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER integrations_track_status BEFORE INSERT OR UPDATE OF status ON cmis.integrations
    FOR EACH ROW EXECUTE FUNCTION cmis.integrations_track_status();
CREATE TRIGGER platform_connections_set_updated_at BEFORE UPDATE ON cmis.platform_connections
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER oauth_tokens_set_updated_at BEFORE UPDATE ON cmis.oauth_tokens
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER social_accounts_set_updated_at BEFORE UPDATE ON cmis.social_accounts
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ad_accounts_set_updated_at BEFORE UPDATE ON cmis.ad_accounts
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER webhooks_set_updated_at BEFORE UPDATE ON cmis.webhooks
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER webhook_deliveries_apply_outcome AFTER INSERT ON cmis.webhook_deliveries
    FOR EACH ROW EXECUTE FUNCTION cmis.webhooks_apply_delivery_outcome();

-- campaigns_and_contexts
CREATE TRIGGER campaigns_set_updated_at BEFORE UPDATE ON cmis.campaigns
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER campaigns_guard_status BEFORE UPDATE OF status ON cmis.campaigns
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION cmis.campaigns_guard_status_transition();
CREATE TRIGGER campaigns_log_status_insert AFTER INSERT ON cmis.campaigns
    FOR EACH ROW EXECUTE FUNCTION cmis.campaigns_log_status_change();
CREATE TRIGGER campaigns_log_status_update AFTER UPDATE OF status ON cmis.campaigns
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION cmis.campaigns_log_status_change();
CREATE TRIGGER campaign_status_history_append_only BEFORE UPDATE ON cmis.campaign_status_history
    FOR EACH ROW EXECUTE FUNCTION cmis.campaign_status_history_immutable();
CREATE TRIGGER contexts_set_updated_at BEFORE UPDATE ON cmis.contexts
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER contexts_maintain_path BEFORE INSERT OR UPDATE OF parent_context_id, slug, path ON cmis.contexts
    FOR EACH ROW EXECUTE FUNCTION cmis.contexts_maintain_path();
CREATE TRIGGER contexts_cascade_path AFTER UPDATE ON cmis.contexts
    FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION cmis.contexts_cascade_path();
CREATE TRIGGER segments_set_updated_at BEFORE UPDATE ON cmis.segments
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER audiences_set_updated_at BEFORE UPDATE ON cmis.audiences
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER campaign_budgets_set_updated_at BEFORE UPDATE ON cmis.campaign_budgets
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER campaign_budgets_match_currency BEFORE INSERT OR UPDATE OF currency_code, campaign_id ON cmis.campaign_budgets
    FOR EACH ROW EXECUTE FUNCTION cmis.campaign_budgets_match_currency();
CREATE TRIGGER campaign_channels_set_updated_at BEFORE UPDATE ON cmis.campaign_channels
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE CONSTRAINT TRIGGER campaign_channels_allocation_limit AFTER INSERT OR UPDATE OF allocation_pct, is_active ON cmis.campaign_channels
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION cmis.campaign_channels_check_allocation();
CREATE TRIGGER campaign_goals_set_updated_at BEFORE UPDATE ON cmis.campaign_goals
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER campaign_milestones_set_updated_at BEFORE UPDATE ON cmis.campaign_milestones
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER campaign_members_set_updated_at BEFORE UPDATE ON cmis.campaign_members
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();

-- content_and_creative
CREATE TRIGGER creative_assets_set_updated_at BEFORE UPDATE ON cmis.creative_assets
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER creative_assets_validate_media BEFORE INSERT OR UPDATE OF mime_type, media_kind, file_size_bytes ON cmis.creative_assets
    FOR EACH ROW EXECUTE FUNCTION cmis.creative_assets_validate_media();
CREATE TRIGGER creative_asset_versions_assign_no BEFORE INSERT ON cmis.creative_asset_versions
    FOR EACH ROW EXECUTE FUNCTION cmis.creative_asset_versions_assign_no();
CREATE TRIGGER creative_asset_versions_promote AFTER INSERT ON cmis.creative_asset_versions
    FOR EACH ROW EXECUTE FUNCTION cmis.creative_asset_versions_promote();
CREATE TRIGGER copy_components_set_updated_at BEFORE UPDATE ON cmis.copy_components
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER creative_briefs_set_updated_at BEFORE UPDATE ON cmis.creative_briefs
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER creative_variants_set_updated_at BEFORE UPDATE ON cmis.creative_variants
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER content_plans_set_updated_at BEFORE UPDATE ON cmis_marketing.content_plans
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER content_items_set_updated_at BEFORE UPDATE ON cmis_marketing.content_items
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER content_items_guard_published BEFORE UPDATE ON cmis_marketing.content_items
    FOR EACH ROW EXECUTE FUNCTION cmis_marketing.content_items_guard_published();
CREATE TRIGGER content_approvals_apply_decision AFTER UPDATE OF decision ON cmis_marketing.content_approvals
    FOR EACH ROW WHEN (OLD.decision IS DISTINCT FROM NEW.decision) EXECUTE FUNCTION cmis_marketing.content_approvals_apply_decision();
CREATE TRIGGER content_calendar_slots_set_updated_at BEFORE UPDATE ON cmis_marketing.content_calendar_slots
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER content_comments_set_updated_at BEFORE UPDATE ON cmis_marketing.content_comments
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();

-- ad_platforms
CREATE TRIGGER ad_campaigns_set_updated_at BEFORE UPDATE ON cmis.ad_campaigns
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ad_sets_set_updated_at BEFORE UPDATE ON cmis.ad_sets
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ad_creatives_set_updated_at BEFORE UPDATE ON cmis.ad_creatives
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ads_set_updated_at BEFORE UPDATE ON cmis.ads
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ad_metrics_daily_set_updated_at BEFORE UPDATE ON cmis.ad_metrics_daily
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ad_audiences_set_updated_at BEFORE UPDATE ON cmis.ad_audiences
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ad_platform_sync_states_set_updated_at BEFORE UPDATE ON cmis.ad_platform_sync_states
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ad_rules_set_updated_at BEFORE UPDATE ON cmis.ad_rules
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ad_campaigns_status_guard BEFORE UPDATE OF status ON cmis.ad_campaigns
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION cmis.ad_entity_status_guard();
CREATE TRIGGER ad_sets_status_guard BEFORE UPDATE OF status ON cmis.ad_sets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION cmis.ad_entity_status_guard();
CREATE TRIGGER ads_status_guard BEFORE UPDATE OF status ON cmis.ads
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION cmis.ad_entity_status_guard();
CREATE TRIGGER ad_campaigns_log_budget_change AFTER UPDATE OF daily_budget, lifetime_budget ON cmis.ad_campaigns
    FOR EACH ROW WHEN (OLD.daily_budget IS DISTINCT FROM NEW.daily_budget OR OLD.lifetime_budget IS DISTINCT FROM NEW.lifetime_budget)
    EXECUTE FUNCTION cmis.ad_campaigns_log_budget_change();
CREATE TRIGGER ad_sets_log_budget_change AFTER UPDATE OF daily_budget, bid_amount ON cmis.ad_sets
    FOR EACH ROW WHEN (OLD.daily_budget IS DISTINCT FROM NEW.daily_budget OR OLD.bid_amount IS DISTINCT FROM NEW.bid_amount)
    EXECUTE FUNCTION cmis.ad_sets_log_budget_change();
CREATE TRIGGER ad_metrics_daily_normalize BEFORE INSERT OR UPDATE OF org_id, ad_campaign_id, currency ON cmis.ad_metrics_daily
    FOR EACH ROW EXECUTE FUNCTION cmis.ad_metrics_daily_normalize();

-- testing_and_experiments
CREATE TRIGGER experiments_set_updated_at BEFORE UPDATE ON cmis.experiments
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER experiment_variants_set_updated_at BEFORE UPDATE ON cmis.experiment_variants
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER experiment_feature_flags_set_updated_at BEFORE UPDATE ON lab.experiment_feature_flags
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER experiments_guard_transition BEFORE UPDATE OF status ON cmis.experiments
    FOR EACH ROW EXECUTE FUNCTION cmis.experiments_guard_transition();

-- social_media_publishing
CREATE TRIGGER social_posts_set_updated_at BEFORE UPDATE ON cmis.social_posts
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER social_approval_requests_set_updated_at BEFORE UPDATE ON cmis.social_approval_requests
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER publishing_queues_set_updated_at BEFORE UPDATE ON cmis.publishing_queues
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER publishing_queue_items_set_updated_at BEFORE UPDATE ON cmis.publishing_queue_items
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER scheduled_social_posts_set_updated_at BEFORE UPDATE ON cmis.scheduled_social_posts
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER social_comments_set_updated_at BEFORE UPDATE ON cmis.social_comments
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER social_hashtag_sets_set_updated_at BEFORE UPDATE ON cmis.social_hashtag_sets
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER social_posts_guard_published BEFORE UPDATE ON cmis.social_posts
    FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION cmis.social_posts_guard_published();
CREATE TRIGGER social_posts_capture_version AFTER UPDATE OF caption, hashtags, link_url ON cmis.social_posts
    FOR EACH ROW WHEN (OLD.caption IS DISTINCT FROM NEW.caption OR OLD.hashtags IS DISTINCT FROM NEW.hashtags OR OLD.link_url IS DISTINCT FROM NEW.link_url)
    EXECUTE FUNCTION cmis.social_posts_capture_version();

-- fields_and_metadata
CREATE TRIGGER field_groups_set_updated_at BEFORE UPDATE ON cmis.field_groups
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER field_definitions_set_updated_at BEFORE UPDATE ON cmis.field_definitions
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER field_options_set_updated_at BEFORE UPDATE ON cmis.field_options
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER field_values_set_updated_at BEFORE UPDATE ON cmis.field_values
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER meta_documentation_set_updated_at BEFORE UPDATE ON cmis.meta_documentation
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER meta_field_dictionary_set_updated_at BEFORE UPDATE ON cmis.meta_field_dictionary
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER meta_function_descriptions_set_updated_at BEFORE UPDATE ON cmis.meta_function_descriptions
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER field_values_validate BEFORE INSERT OR UPDATE ON cmis.field_values
    FOR EACH ROW EXECUTE FUNCTION cmis.field_values_validate();
CREATE TRIGGER field_values_record_history AFTER INSERT OR UPDATE OR DELETE ON cmis.field_values
    FOR EACH ROW EXECUTE FUNCTION cmis.field_values_record_history();
CREATE TRIGGER field_definitions_guard_type_change BEFORE UPDATE OF data_type ON cmis.field_definitions
    FOR EACH ROW WHEN (OLD.data_type IS DISTINCT FROM NEW.data_type) EXECUTE FUNCTION cmis.field_definitions_guard_type_change();

-- ai_and_analytics
CREATE TRIGGER ai_models_set_updated_at BEFORE UPDATE ON cmis_ai_analytics.ai_models
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER embeddings_set_updated_at BEFORE UPDATE ON cmis_ai_analytics.embeddings
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER cognitive_trends_set_updated_at BEFORE UPDATE ON cmis_ai_analytics.cognitive_trends
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER ai_insights_set_updated_at BEFORE UPDATE ON cmis_ai_analytics.ai_insights
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER performance_daily_set_updated_at BEFORE UPDATE ON cmis_analytics.performance_daily
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER kpi_targets_set_updated_at BEFORE UPDATE ON cmis_analytics.kpi_targets
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER report_definitions_set_updated_at BEFORE UPDATE ON cmis_analytics.report_definitions
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER embeddings_set_content_hash BEFORE INSERT OR UPDATE OF content ON cmis_ai_analytics.embeddings
    FOR EACH ROW EXECUTE FUNCTION cmis_ai_analytics.embeddings_set_content_hash();
CREATE CONSTRAINT TRIGGER attribution_touchpoints_check_credit AFTER INSERT OR UPDATE OF credit, conversion_key, attribution_model ON cmis_analytics.attribution_touchpoints
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION cmis_analytics.attribution_touchpoints_check_credit();

-- templates_and_generation
CREATE TRIGGER content_templates_set_updated_at BEFORE UPDATE ON cmis_marketing.content_templates
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER template_variables_set_updated_at BEFORE UPDATE ON cmis_marketing.template_variables
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER prompt_templates_set_updated_at BEFORE UPDATE ON cmis_marketing.prompt_templates
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER brand_voice_profiles_set_updated_at BEFORE UPDATE ON cmis_marketing.brand_voice_profiles
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER generated_contents_set_updated_at BEFORE UPDATE ON cmis_marketing.generated_contents
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER generation_feedback_set_updated_at BEFORE UPDATE ON cmis_marketing.generation_feedback
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER content_templates_version_bump BEFORE UPDATE OF body, subject_line, variables ON cmis_marketing.content_templates
    FOR EACH ROW WHEN (OLD.body IS DISTINCT FROM NEW.body OR OLD.subject_line IS DISTINCT FROM NEW.subject_line OR OLD.variables IS DISTINCT FROM NEW.variables)
    EXECUTE FUNCTION cmis_marketing.content_templates_version_bump();
CREATE TRIGGER generated_contents_single_selection BEFORE INSERT OR UPDATE OF is_selected ON cmis_marketing.generated_contents
    FOR EACH ROW WHEN (NEW.is_selected) EXECUTE FUNCTION cmis_marketing.generated_contents_single_selection();

-- data_and_workflows
CREATE TRIGGER etl_pipelines_set_updated_at BEFORE UPDATE ON cmis_ops.etl_pipelines
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER etl_runs_set_updated_at BEFORE UPDATE ON cmis_ops.etl_runs
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER data_sync_cursors_set_updated_at BEFORE UPDATE ON cmis_ops.data_sync_cursors
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER import_batches_set_updated_at BEFORE UPDATE ON cmis_staging.import_batches
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER workflows_set_updated_at BEFORE UPDATE ON cmis.workflows
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER workflow_steps_set_updated_at BEFORE UPDATE ON cmis.workflow_steps
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER workflow_runs_set_updated_at BEFORE UPDATE ON cmis.workflow_runs
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER automation_rules_set_updated_at BEFORE UPDATE ON cmis.automation_rules
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER etl_runs_stamp_timestamps BEFORE INSERT OR UPDATE OF status ON cmis_ops.etl_runs
    FOR EACH ROW EXECUTE FUNCTION cmis_ops.stamp_run_timestamps();
CREATE TRIGGER workflow_runs_stamp_timestamps BEFORE INSERT OR UPDATE OF status ON cmis.workflow_runs
    FOR EACH ROW EXECUTE FUNCTION cmis_ops.stamp_run_timestamps();
CREATE TRIGGER workflow_step_runs_stamp_timestamps BEFORE INSERT OR UPDATE OF status ON cmis.workflow_step_runs
    FOR EACH ROW EXECUTE FUNCTION cmis_ops.stamp_run_timestamps();
CREATE TRIGGER workflows_guard_activation BEFORE INSERT OR UPDATE OF status ON cmis.workflows
    FOR EACH ROW EXECUTE FUNCTION cmis.guard_workflow_activation();
CREATE TRIGGER workflow_steps_bump_version AFTER INSERT OR DELETE OR UPDATE OF step_order, action_type, config, next_step_id, deleted_at ON cmis.workflow_steps
    FOR EACH ROW EXECUTE FUNCTION cmis.bump_workflow_version();
CREATE TRIGGER etl_pipelines_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_ops.etl_pipelines
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('pipeline_id');
CREATE TRIGGER workflows_audit AFTER INSERT OR UPDATE OR DELETE ON cmis.workflows
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('workflow_id');
CREATE TRIGGER automation_rules_audit AFTER INSERT OR UPDATE OR DELETE ON cmis.automation_rules
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('rule_id');

-- offerings_and_bundles
CREATE TRIGGER offerings_set_updated_at BEFORE UPDATE ON cmis_marketing.offerings
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER bundles_set_updated_at BEFORE UPDATE ON cmis_marketing.bundles
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER price_lists_set_updated_at BEFORE UPDATE ON cmis_marketing.price_lists
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER price_list_entries_set_updated_at BEFORE UPDATE ON cmis_marketing.price_list_entries
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER bundle_items_check_tenant BEFORE INSERT OR UPDATE OF org_id, bundle_id, offering_id ON cmis_marketing.bundle_items
    FOR EACH ROW EXECUTE FUNCTION cmis_marketing.check_bundle_item_tenant();
CREATE TRIGGER offerings_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_marketing.offerings
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('offering_id');
CREATE TRIGGER bundles_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_marketing.bundles
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('bundle_id');
CREATE TRIGGER price_lists_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_marketing.price_lists
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('price_list_id');
CREATE TRIGGER price_list_entries_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_marketing.price_list_entries
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('entry_id');

-- teams_and_communication
CREATE TRIGGER teams_set_updated_at BEFORE UPDATE ON cmis.teams
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER team_members_set_updated_at BEFORE UPDATE ON cmis.team_members
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER comments_set_updated_at BEFORE UPDATE ON cmis.comments
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER notification_preferences_set_updated_at BEFORE UPDATE ON cmis.notification_preferences
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER teams_set_path BEFORE INSERT OR UPDATE ON cmis.teams
    FOR EACH ROW EXECUTE FUNCTION cmis.set_team_path();
CREATE TRIGGER teams_cascade_path AFTER UPDATE ON cmis.teams
    FOR EACH ROW WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION cmis.cascade_team_path();
CREATE TRIGGER comments_stamp_edit BEFORE INSERT OR UPDATE ON cmis.comments
    FOR EACH ROW EXECUTE FUNCTION cmis.stamp_comment_edit();
CREATE TRIGGER comment_mentions_notify AFTER INSERT ON cmis.comment_mentions
    FOR EACH ROW EXECUTE FUNCTION cmis.notify_comment_mention();
CREATE TRIGGER teams_audit AFTER INSERT OR UPDATE OR DELETE ON cmis.teams
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('team_id');
CREATE TRIGGER team_members_audit AFTER INSERT OR UPDATE OR DELETE ON cmis.team_members
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('team_member_id');

-- compliance_and_audit
CREATE TRIGGER compliance_rules_set_updated_at BEFORE UPDATE ON cmis_audit.compliance_rules
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER compliance_violations_set_updated_at BEFORE UPDATE ON cmis_audit.compliance_violations
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER data_retention_policies_set_updated_at BEFORE UPDATE ON cmis_audit.data_retention_policies
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER consent_records_set_updated_at BEFORE UPDATE ON cmis_audit.consent_records
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER data_subject_requests_set_updated_at BEFORE UPDATE ON cmis_audit.data_subject_requests
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER access_reviews_set_updated_at BEFORE UPDATE ON cmis_audit.access_reviews
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER legal_holds_set_updated_at BEFORE UPDATE ON cmis_audit.legal_holds
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON cmis_audit.audit_log
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.prevent_audit_mutation();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON cmis_audit.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION cmis_audit.prevent_audit_mutation();
CREATE TRIGGER data_subject_requests_set_due_at BEFORE INSERT OR UPDATE ON cmis_audit.data_subject_requests
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.set_dsr_due_at();
CREATE TRIGGER compliance_rules_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_audit.compliance_rules
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('rule_id');
CREATE TRIGGER data_retention_policies_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_audit.data_retention_policies
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('policy_id');
CREATE TRIGGER consent_records_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_audit.consent_records
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('consent_id');
CREATE TRIGGER data_subject_requests_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_audit.data_subject_requests
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('request_id');
CREATE TRIGGER access_review_items_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_audit.access_review_items
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('item_id');
CREATE TRIGGER legal_holds_audit AFTER INSERT OR UPDATE OR DELETE ON cmis_audit.legal_holds
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('hold_id');
CREATE TRIGGER consent_records_audit_truncate AFTER TRUNCATE ON cmis_audit.consent_records
    FOR EACH STATEMENT EXECUTE FUNCTION cmis_audit.capture_row_change();

-- advanced_features
CREATE TRIGGER document_collections_set_updated_at BEFORE UPDATE ON cmis_knowledge.document_collections
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER documents_set_updated_at BEFORE UPDATE ON cmis_knowledge.documents
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER campaign_orchestrations_set_updated_at BEFORE UPDATE ON cmis.campaign_orchestrations
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER orchestration_steps_set_updated_at BEFORE UPDATE ON cmis.orchestration_steps
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER feature_flags_set_updated_at BEFORE UPDATE ON lab.feature_flags
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER feature_flag_overrides_set_updated_at BEFORE UPDATE ON lab.feature_flag_overrides
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER documents_invalidate_embedding BEFORE UPDATE OF title, body ON cmis_knowledge.documents
    FOR EACH ROW EXECUTE FUNCTION cmis_knowledge.invalidate_embedding();
CREATE TRIGGER campaign_orchestrations_check_campaign BEFORE INSERT OR UPDATE OF org_id, campaign_id, status ON cmis.campaign_orchestrations
    FOR EACH ROW EXECUTE FUNCTION cmis.check_orchestration_campaign();
CREATE TRIGGER campaign_orchestrations_audit AFTER INSERT OR UPDATE OR DELETE ON cmis.campaign_orchestrations
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('orchestration_id');
CREATE TRIGGER feature_flags_audit AFTER INSERT OR UPDATE OR DELETE ON lab.feature_flags
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('flag_id');
CREATE TRIGGER feature_flag_overrides_audit AFTER INSERT OR UPDATE OR DELETE ON lab.feature_flag_overrides
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('override_id');

-- archive_and_backups
CREATE TRIGGER restore_requests_set_updated_at BEFORE UPDATE ON archive.restore_requests
    FOR EACH ROW EXECUTE FUNCTION cmis.set_updated_at();
CREATE TRIGGER archived_campaigns_protect_snapshot BEFORE UPDATE ON archive.archived_campaigns
    FOR EACH ROW EXECUTE FUNCTION archive.protect_snapshot();
CREATE TRIGGER archived_audit_log_append_only BEFORE UPDATE OR DELETE ON archive.archived_audit_log
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.prevent_audit_mutation();
CREATE TRIGGER restore_requests_stamp_decision BEFORE UPDATE OF status ON archive.restore_requests
    FOR EACH ROW EXECUTE FUNCTION archive.stamp_restore_decision();
CREATE TRIGGER restore_requests_audit AFTER INSERT OR UPDATE OR DELETE ON archive.restore_requests
    FOR EACH ROW EXECUTE FUNCTION cmis_audit.capture_row_change('restore_request_id');
