-- AI Agent Context
-- Purpose:   Phase 1 foundation: the 8 extensions and 14 schemas every other file builds on.
-- Tables:    none.
-- Depends:   nothing (roles.sql provides cmis_app and cmis_readonly).

CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS ltree WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA public;

CREATE SCHEMA cmis;
COMMENT ON SCHEMA cmis IS 'Core multi-tenant CMIS objects: identity, campaigns, content, platforms.';
CREATE SCHEMA cmis_ai_analytics;
COMMENT ON SCHEMA cmis_ai_analytics IS 'AI models, embeddings and ML-driven analytics.';
CREATE SCHEMA cmis_analytics;
COMMENT ON SCHEMA cmis_analytics IS 'Reporting aggregates and performance metrics.';
CREATE SCHEMA cmis_audit;
COMMENT ON SCHEMA cmis_audit IS 'Audit trail and compliance evidence.';
CREATE SCHEMA cmis_dev;
COMMENT ON SCHEMA cmis_dev IS 'Developer tooling and experiments that never hold tenant data.';
CREATE SCHEMA cmis_knowledge;
COMMENT ON SCHEMA cmis_knowledge IS 'Knowledge base documents and semantic search.';
CREATE SCHEMA cmis_marketing;
COMMENT ON SCHEMA cmis_marketing IS 'Marketing content, offerings and templates.';
CREATE SCHEMA cmis_ops;
COMMENT ON SCHEMA cmis_ops IS 'Operational jobs, queues and ETL.';
CREATE SCHEMA cmis_security_backup_20251111_202413;
COMMENT ON SCHEMA cmis_security_backup_20251111_202413 IS 'Snapshot of security tables taken 2025-11-11 before the RLS refactor.';
CREATE SCHEMA cmis_staging;
COMMENT ON SCHEMA cmis_staging IS 'Landing area for imports before validation.';
CREATE SCHEMA cmis_system_health;
COMMENT ON SCHEMA cmis_system_health IS 'Health checks and monitoring samples.';
CREATE SCHEMA lab;
COMMENT ON SCHEMA lab IS 'Experimental features behind flags.';
CREATE SCHEMA operations;
COMMENT ON SCHEMA operations IS 'Operational runbooks and maintenance records.';
CREATE SCHEMA archive;
COMMENT ON SCHEMA archive IS 'Historical, cold data moved out of the hot tables.';

GRANT USAGE ON SCHEMA cmis, cmis_ai_analytics, cmis_analytics, cmis_audit, cmis_knowledge,
    cmis_marketing, cmis_ops, cmis_system_health, operations TO cmis_app, cmis_readonly;
GRANT USAGE ON SCHEMA archive, cmis_staging, lab TO cmis_app;
