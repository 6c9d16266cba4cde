-- AI Agent Context
-- Purpose:   Phase 4: sequences for human-readable numbers (invoice, ticket, batch numbers) that
--            sit beside the UUID keys, with the column defaults and OWNED BY that use them.
-- Tables:    as each section says.
-- Depends:   every domain_*.sql file.

-- public_reference_tables
CREATE SEQUENCE public.funnel_stages_sort_order_seq AS smallint START WITH 10 INCREMENT BY 10 MINVALUE 10 MAXVALUE 32000 CACHE 1 NO CYCLE;
CREATE SEQUENCE public.kpi_metrics_display_order_seq AS smallint START WITH 100 INCREMENT BY 10 MINVALUE 100 MAXVALUE 32000 CACHE 1 NO CYCLE;
ALTER TABLE public.funnel_stages ALTER COLUMN sort_order SET DEFAULT nextval('public.funnel_stages_sort_order_seq'::regclass);
ALTER TABLE public.kpi_metrics ALTER COLUMN display_order SET DEFAULT nextval('public.kpi_metrics_display_order_seq'::regclass);
ALTER SEQUENCE public.funnel_stages_sort_order_seq OWNED BY public.funnel_stages.sort_order;
ALTER SEQUENCE public.kpi_metrics_display_order_seq OWNED BY public.kpi_metrics.display_order;

-- system_infrastructure
CREATE SEQUENCE cmis_ops.jobs_id_seq AS bigint START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 20;
CREATE SEQUENCE cmis_ops.failed_jobs_id_seq AS bigint START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE SEQUENCE cmis_system_health.health_check_results_result_id_seq AS bigint START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 50;
ALTER TABLE cmis_ops.jobs ALTER COLUMN id SET DEFAULT nextval('cmis_ops.jobs_id_seq'::regclass);
ALTER TABLE cmis_ops.failed_jobs ALTER COLUMN id SET DEFAULT nextval('cmis_ops.failed_jobs_id_seq'::regclass);
ALTER TABLE cmis_system_health.health_check_results ALTER COLUMN result_id SET DEFAULT nextval('cmis_system_health.health_check_results_result_id_seq'::regclass);
ALTER SEQUENCE cmis_ops.jobs_id_seq OWNED BY cmis_ops.jobs.id;
ALTER SEQUENCE cmis_ops.failed_jobs_id_seq OWNED BY cmis_ops.failed_jobs.id;
ALTER SEQUENCE cmis_system_health.health_check_results_result_id_seq OWNED BY cmis_system_health.health_check_results.result_id;
GRANT USAGE ON SEQUENCE cmis_ops.jobs_id_seq, cmis_ops.failed_jobs_id_seq,
    cmis_system_health.health_check_results_result_id_seq TO cmis_app;

-- integrations_and_accounts
CREATE SEQUENCE cmis.webhook_deliveries_delivery_id_seq AS bigint START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 10;
CREATE SEQUENCE cmis.integration_sync_number_seq AS bigint START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER TABLE cmis.webhook_deliveries ALTER COLUMN delivery_id SET DEFAULT nextval('cmis.webhook_deliveries_delivery_id_seq'::regclass);
ALTER TABLE cmis.integration_sync_logs ALTER COLUMN sync_number SET DEFAULT nextval('cmis.integration_sync_number_seq'::regclass);
ALTER SEQUENCE cmis.webhook_deliveries_delivery_id_seq OWNED BY cmis.webhook_deliveries.delivery_id;
ALTER SEQUENCE cmis.integration_sync_number_seq OWNED BY cmis.integration_sync_logs.sync_number;
GRANT USAGE ON SEQUENCE cmis.webhook_deliveries_delivery_id_seq, cmis.integration_sync_number_seq TO cmis_app;

-- campaigns_and_contexts
CREATE SEQUENCE cmis.campaign_number_seq AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1000 NO MAXVALUE CACHE 1;
CREATE SEQUENCE cmis.campaign_status_history_history_id_seq AS bigint START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 25;
ALTER TABLE cmis.campaigns ALTER COLUMN campaign_number SET DEFAULT nextval('cmis.campaign_number_seq'::regclass);
ALTER TABLE cmis.campaign_status_history ALTER COLUMN history_id SET DEFAULT nextval('cmis.campaign_status_history_history_id_seq'::regclass);
ALTER SEQUENCE cmis.campaign_number_seq OWNED BY cmis.campaigns.campaign_number;
ALTER SEQUENCE cmis.campaign_status_history_history_id_seq OWNED BY cmis.campaign_status_history.history_id;
GRANT USAGE ON SEQUENCE cmis.campaign_number_seq, cmis.campaign_status_history_history_id_seq TO cmis_app;

-- content_and_creative
CREATE SEQUENCE cmis.creative_asset_number_seq AS bigint START WITH 100000 INCREMENT BY 1 MINVALUE 100000 NO MAXVALUE CACHE 10;
CREATE SEQUENCE cmis.creative_brief_number_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE cmis_marketing.content_item_number_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 5;
ALTER TABLE cmis.creative_assets ALTER COLUMN asset_number SET DEFAULT nextval('cmis.creative_asset_number_seq'::regclass);
ALTER TABLE cmis.creative_briefs ALTER COLUMN brief_number SET DEFAULT nextval('cmis.creative_brief_number_seq'::regclass);
ALTER TABLE cmis_marketing.content_items ALTER COLUMN item_number SET DEFAULT nextval('cmis_marketing.content_item_number_seq'::regclass);
ALTER SEQUENCE cmis.creative_asset_number_seq OWNED BY cmis.creative_assets.asset_number;
ALTER SEQUENCE cmis.creative_brief_number_seq OWNED BY cmis.creative_briefs.brief_number;
ALTER SEQUENCE cmis_marketing.content_item_number_seq OWNED BY cmis_marketing.content_items.item_number;
GRANT USAGE ON SEQUENCE cmis.creative_asset_number_seq, cmis.creative_brief_number_seq,
    cmis_marketing.content_item_number_seq TO cmis_app;

-- ad_platforms
CREATE SEQUENCE cmis.ad_campaigns_number_seq AS integer START WITH 1000 INCREMENT BY 1 CACHE 1;
CREATE SEQUENCE cmis.ad_sync_runs_run_number_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 50;
CREATE SEQUENCE cmis.ad_budget_changes_change_number_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 20;
ALTER TABLE cmis.ad_campaigns ALTER COLUMN ad_campaign_number SET DEFAULT nextval('cmis.ad_campaigns_number_seq'::regclass);
ALTER TABLE cmis.ad_sync_runs ALTER COLUMN run_number SET DEFAULT nextval('cmis.ad_sync_runs_run_number_seq'::regclass);
ALTER TABLE cmis.ad_budget_changes ALTER COLUMN change_number SET DEFAULT nextval('cmis.ad_budget_changes_change_number_seq'::regclass);
ALTER SEQUENCE cmis.ad_campaigns_number_seq OWNED BY cmis.ad_campaigns.ad_campaign_number;
ALTER SEQUENCE cmis.ad_sync_runs_run_number_seq OWNED BY cmis.ad_sync_runs.run_number;
ALTER SEQUENCE cmis.ad_budget_changes_change_number_seq OWNED BY cmis.ad_budget_changes.change_number;
GRANT USAGE, SELECT ON SEQUENCE cmis.ad_campaigns_number_seq, cmis.ad_sync_runs_run_number_seq,
    cmis.ad_budget_changes_change_number_seq TO cmis_app;

-- testing_and_experiments
CREATE SEQUENCE cmis.experiments_number_seq AS integer START WITH 100 INCREMENT BY 1 MINVALUE 100 NO CYCLE;
CREATE SEQUENCE lab.experiment_event_log_event_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 100;
ALTER TABLE cmis.experiments ALTER COLUMN experiment_number SET DEFAULT nextval('cmis.experiments_number_seq'::regclass);
ALTER TABLE lab.experiment_event_log ALTER COLUMN event_seq SET DEFAULT nextval('lab.experiment_event_log_event_seq'::regclass);
ALTER SEQUENCE cmis.experiments_number_seq OWNED BY cmis.experiments.experiment_number;
ALTER SEQUENCE lab.experiment_event_log_event_seq OWNED BY lab.experiment_event_log.event_seq;
GRANT USAGE, SELECT ON SEQUENCE cmis.experiments_number_seq, lab.experiment_event_log_event_seq TO cmis_app;

-- social_media_publishing
CREATE SEQUENCE cmis.social_posts_number_seq AS integer START WITH 10001 INCREMENT BY 1 CACHE 10;
CREATE SEQUENCE cmis.social_publish_attempts_number_seq AS bigint START WITH 1 INCREMENT BY 1 MAXVALUE 9223372036854775807 CACHE 25;
ALTER TABLE cmis.social_posts ALTER COLUMN post_number SET DEFAULT nextval('cmis.social_posts_number_seq'::regclass);
ALTER TABLE cmis.social_publish_attempts ALTER COLUMN attempt_number SET DEFAULT nextval('cmis.social_publish_attempts_number_seq'::regclass);
ALTER SEQUENCE cmis.social_posts_number_seq OWNED BY cmis.social_posts.post_number;
ALTER SEQUENCE cmis.social_publish_attempts_number_seq OWNED BY cmis.social_publish_attempts.attempt_number;
GRANT USAGE, SELECT ON SEQUENCE cmis.social_posts_number_seq, cmis.social_publish_attempts_number_seq TO cmis_app;

-- fields_and_metadata
CREATE SEQUENCE cmis.field_value_history_change_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 50;
CREATE SEQUENCE cmis.meta_documentation_number_seq AS smallint START WITH 1 INCREMENT BY 1 MAXVALUE 32000;
ALTER TABLE cmis.field_value_history ALTER COLUMN change_seq SET DEFAULT nextval('cmis.field_value_history_change_seq'::regclass);
ALTER TABLE cmis.meta_documentation ALTER COLUMN doc_number SET DEFAULT nextval('cmis.meta_documentation_number_seq'::regclass);
ALTER SEQUENCE cmis.field_value_history_change_seq OWNED BY cmis.field_value_history.change_seq;
ALTER SEQUENCE cmis.meta_documentation_number_seq OWNED BY cmis.meta_documentation.doc_number;
GRANT USAGE, SELECT ON SEQUENCE cmis.field_value_history_change_seq TO cmis_app;

-- ai_and_analytics
CREATE SEQUENCE cmis_ai_analytics.ai_inference_requests_number_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 100;
CREATE SEQUENCE cmis_analytics.report_runs_number_seq AS integer START WITH 1 INCREMENT BY 1 NO MAXVALUE CYCLE;
ALTER TABLE cmis_ai_analytics.ai_inference_requests ALTER COLUMN request_number SET DEFAULT nextval('cmis_ai_analytics.ai_inference_requests_number_seq'::regclass);
ALTER TABLE cmis_analytics.report_runs ALTER COLUMN run_number SET DEFAULT nextval('cmis_analytics.report_runs_number_seq'::regclass);
ALTER SEQUENCE cmis_ai_analytics.ai_inference_requests_number_seq OWNED BY cmis_ai_analytics.ai_inference_requests.request_number;
ALTER SEQUENCE cmis_analytics.report_runs_number_seq OWNED BY cmis_analytics.report_runs.run_number;
GRANT USAGE, SELECT ON SEQUENCE cmis_ai_analytics.ai_inference_requests_number_seq, cmis_analytics.report_runs_number_seq TO cmis_app;

-- templates_and_generation
CREATE SEQUENCE cmis_marketing.content_templates_number_seq AS integer START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE cmis_marketing.generation_requests_number_seq AS bigint START WITH 100000 INCREMENT BY 1 CACHE 20;
ALTER TABLE cmis_marketing.content_templates ALTER COLUMN template_number SET DEFAULT nextval('cmis_marketing.content_templates_number_seq'::regclass);
ALTER TABLE cmis_marketing.generation_requests ALTER COLUMN request_number SET DEFAULT nextval('cmis_marketing.generation_requests_number_seq'::regclass);
ALTER SEQUENCE cmis_marketing.content_templates_number_seq OWNED BY cmis_marketing.content_templates.template_number;
ALTER SEQUENCE cmis_marketing.generation_requests_number_seq OWNED BY cmis_marketing.generation_requests.request_number;
GRANT USAGE, SELECT ON SEQUENCE cmis_marketing.content_templates_number_seq, cmis_marketing.generation_requests_number_seq TO cmis_app;

-- data_and_workflows
CREATE SEQUENCE cmis_ops.etl_run_number_seq AS bigint START WITH 1000 INCREMENT BY 1 CACHE 20;
CREATE SEQUENCE cmis_staging.import_batch_number_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 CACHE 10;
CREATE SEQUENCE cmis.workflow_run_number_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 50;
ALTER TABLE cmis_ops.etl_runs ALTER COLUMN run_number SET DEFAULT nextval('cmis_ops.etl_run_number_seq'::regclass);
ALTER TABLE cmis_staging.import_batches ALTER COLUMN batch_number SET DEFAULT nextval('cmis_staging.import_batch_number_seq'::regclass);
ALTER TABLE cmis.workflow_runs ALTER COLUMN run_number SET DEFAULT nextval('cmis.workflow_run_number_seq'::regclass);
ALTER SEQUENCE cmis_ops.etl_run_number_seq OWNED BY cmis_ops.etl_runs.run_number;
ALTER SEQUENCE cmis_staging.import_batch_number_seq OWNED BY cmis_staging.import_batches.batch_number;
ALTER SEQUENCE cmis.workflow_run_number_seq OWNED BY cmis.workflow_runs.run_number;
GRANT USAGE, SELECT ON SEQUENCE cmis_ops.etl_run_number_seq, cmis_staging.import_batch_number_seq,
    cmis.workflow_run_number_seq TO cmis_app;

-- offerings_and_bundles
CREATE SEQUENCE cmis_marketing.offering_sku_number_seq AS integer START WITH 10000 INCREMENT BY 1 MINVALUE 10000 MAXVALUE 99999999 CACHE 1;
CREATE SEQUENCE cmis_marketing.price_list_number_seq AS integer START WITH 100 INCREMENT BY 10 CACHE 1;
ALTER TABLE cmis_marketing.offerings ALTER COLUMN sku_number SET DEFAULT nextval('cmis_marketing.offering_sku_number_seq'::regclass);
ALTER TABLE cmis_marketing.price_lists ALTER COLUMN price_list_number SET DEFAULT nextval('cmis_marketing.price_list_number_seq'::regclass);
ALTER SEQUENCE cmis_marketing.offering_sku_number_seq OWNED BY cmis_marketing.offerings.sku_number;
ALTER SEQUENCE cmis_marketing.price_list_number_seq OWNED BY cmis_marketing.price_lists.price_list_number;
GRANT USAGE, SELECT ON SEQUENCE cmis_marketing.offering_sku_number_seq, cmis_marketing.price_list_number_seq TO cmis_app;

-- teams_and_communication
CREATE SEQUENCE cmis.notification_sequence_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 100;
ALTER TABLE cmis.notifications ALTER COLUMN sequence_number SET DEFAULT nextval('cmis.notification_sequence_seq'::regclass);
ALTER SEQUENCE cmis.notification_sequence_seq OWNED BY cmis.notifications.sequence_number;
GRANT USAGE, SELECT ON SEQUENCE cmis.notification_sequence_seq TO cmis_app;

-- compliance_and_audit
CREATE SEQUENCE cmis_audit.audit_log_event_number_seq AS bigint START WITH 1 INCREMENT BY 1 NO MAXVALUE CACHE 100;
CREATE SEQUENCE cmis_audit.violation_number_seq AS integer START WITH 1 INCREMENT BY 1 CACHE 5;
CREATE SEQUENCE cmis_audit.dsr_ticket_number_seq AS integer START WITH 5001 INCREMENT BY 1 MINVALUE 5001 NO CYCLE;
ALTER TABLE cmis_audit.audit_log ALTER COLUMN event_number SET DEFAULT nextval('cmis_audit.audit_log_event_number_seq'::regclass);
ALTER TABLE cmis_audit.compliance_violations ALTER COLUMN violation_number SET DEFAULT nextval('cmis_audit.violation_number_seq'::regclass);
ALTER TABLE cmis_audit.data_subject_requests ALTER COLUMN ticket_number SET DEFAULT nextval('cmis_audit.dsr_ticket_number_seq'::regclass);
ALTER SEQUENCE cmis_audit.audit_log_event_number_seq OWNED BY cmis_audit.audit_log.event_number;
ALTER SEQUENCE cmis_audit.violation_number_seq OWNED BY cmis_audit.compliance_violations.violation_number;
ALTER SEQUENCE cmis_audit.dsr_ticket_number_seq OWNED BY cmis_audit.data_subject_requests.ticket_number;
GRANT USAGE, SELECT ON SEQUENCE cmis_audit.audit_log_event_number_seq, cmis_audit.violation_number_seq,
    cmis_audit.dsr_ticket_number_seq TO cmis_app;

-- advanced_features
CREATE SEQUENCE cmis_knowledge.document_number_seq AS integer START WITH 1 INCREMENT BY 1 CACHE 10;
CREATE SEQUENCE lab.feature_flag_number_seq AS smallint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 NO CYCLE;
ALTER TABLE cmis_knowledge.documents ALTER COLUMN document_number SET DEFAULT nextval('cmis_knowledge.document_number_seq'::regclass);
ALTER TABLE lab.feature_flags ALTER COLUMN flag_number SET DEFAULT nextval('lab.feature_flag_number_seq'::regclass);
ALTER SEQUENCE cmis_knowledge.document_number_seq OWNED BY cmis_knowledge.documents.document_number;
ALTER SEQUENCE lab.feature_flag_number_seq OWNED BY lab.feature_flags.flag_number;
GRANT USAGE, SELECT ON SEQUENCE cmis_knowledge.document_number_seq TO cmis_app;

-- archive_and_backups
CREATE SEQUENCE archive.archive_job_number_seq AS bigint START WITH 1 INCREMENT BY 1 CACHE 1;
CREATE SEQUENCE archive.restore_request_number_seq AS integer START WITH 1 INCREMENT BY 1 MAXVALUE 999999 NO CYCLE;
ALTER TABLE archive.archive_jobs ALTER COLUMN job_number SET DEFAULT nextval('archive.archive_job_number_seq'::regclass);
ALTER TABLE archive.restore_requests ALTER COLUMN request_number SET DEFAULT nextval('archive.restore_request_number_seq'::regclass);
ALTER SEQUENCE archive.archive_job_number_seq OWNED BY archive.archive_jobs.job_number;
ALTER SEQUENCE archive.restore_request_number_seq OWNED BY archive.restore_requests.request_number;
GRANT USAGE, SELECT ON SEQUENCE archive.archive_job_number_seq, archive.restore_request_number_seq TO cmis_app;
