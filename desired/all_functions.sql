-- AI Agent Context
-- Purpose:   Phase 5: business logic of every domain: trigger functions, tenant helpers,
--            SECURITY DEFINER entry points (each with a fixed search_path), reporting helpers.
-- Tables:    read and written as each function says.
-- Depends:   every domain_*.sql file.

-- shared trigger functions
CREATE FUNCTION cmis.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.set_updated_at() IS 'BEFORE UPDATE trigger: stamps updated_at.';

-- core_identity_and_access
CREATE FUNCTION cmis.user_has_permission(p_user_id uuid, p_org_id uuid, p_permission text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
    SELECT coalesce(
        (SELECT up.is_granted
           FROM cmis.user_permissions up
           JOIN cmis.permissions p ON p.permission_id = up.permission_id
          WHERE up.user_id = p_user_id AND up.org_id = p_org_id AND p.permission_code = p_permission
            AND up.deleted_at IS NULL AND (up.expires_at IS NULL OR up.expires_at > now())
          LIMIT 1),
        EXISTS (SELECT 1
                  FROM cmis.user_orgs uo
                  JOIN cmis.role_permissions rp ON rp.role_id = uo.role_id
                  JOIN cmis.permissions p ON p.permission_id = rp.permission_id
                 WHERE uo.user_id = p_user_id AND uo.org_id = p_org_id AND uo.status = 'active'
                   AND uo.deleted_at IS NULL AND p.permission_code = p_permission))
$$;
COMMENT ON FUNCTION cmis.user_has_permission(uuid, uuid, text) IS 'Effective permission: a per-user override wins over the role.';
REVOKE EXECUTE ON FUNCTION cmis.user_has_permission(uuid, uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.user_has_permission(uuid, uuid, text) TO cmis_app;

CREATE FUNCTION cmis.accept_invitation(p_token_hash bytea, p_user_id uuid) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_inv cmis.org_invitations%ROWTYPE;
BEGIN
    SELECT * INTO v_inv FROM cmis.org_invitations
     WHERE token_hash = p_token_hash AND status = 'invited' AND expires_at > now()
     FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'invitation not found or expired';
    END IF;
    INSERT INTO cmis.user_orgs (user_id, org_id, role_id, status)
    VALUES (p_user_id, v_inv.org_id, v_inv.role_id, 'active')
    ON CONFLICT (user_id, org_id) DO UPDATE SET status = 'active', role_id = EXCLUDED.role_id;
    UPDATE cmis.org_invitations SET status = 'active' WHERE invitation_id = v_inv.invitation_id;
    RETURN v_inv.org_id;
END
$$;
REVOKE EXECUTE ON FUNCTION cmis.accept_invitation(bytea, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.accept_invitation(bytea, uuid) TO cmis_app;

CREATE FUNCTION cmis.active_session_count(p_user_id uuid) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
    SELECT count(*)::integer FROM cmis.user_sessions
     WHERE user_id = p_user_id AND revoked_at IS NULL AND expires_at > now()
$$;

CREATE FUNCTION cmis.revoke_user_sessions(p_user_id uuid) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE cmis.user_sessions SET revoked_at = now()
     WHERE user_id = p_user_id AND revoked_at IS NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

CREATE FUNCTION cmis.prevent_system_role_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.is_system THEN
        RAISE EXCEPTION 'system role % cannot be changed', OLD.role_name;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- public_reference_tables
CREATE FUNCTION public.currency_minor_units(p_currency_code text) RETURNS smallint
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT c.minor_units FROM public.currencies c WHERE c.currency_code = upper(p_currency_code)
$$;
COMMENT ON FUNCTION public.currency_minor_units(text) IS 'Digits after the decimal point of a currency; NULL for an unknown code.';

CREATE FUNCTION public.format_money(p_amount numeric, p_currency_code text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(c.symbol, rtrim(c.currency_code) || ' ')
           || to_char(round(p_amount, c.minor_units),
                      'FM999G999G999G990' || CASE WHEN c.minor_units > 0 THEN 'D' || repeat('0', c.minor_units) ELSE '' END)
      FROM public.currencies c
     WHERE c.currency_code = upper(p_currency_code)
$$;
COMMENT ON FUNCTION public.format_money(numeric, text) IS 'Amount rounded to the currency''s minor units with its symbol, e.g. $1,234.50.';

CREATE FUNCTION public.country_name(p_country_code text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT c.name FROM public.countries c WHERE c.country_code = upper(p_country_code)
$$;

CREATE FUNCTION public.age_range_for(p_age integer) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT a.age_range_code FROM public.age_ranges a WHERE a.age_span @> p_age
$$;
COMMENT ON FUNCTION public.age_range_for(integer) IS 'Age bucket code containing an age (the buckets never overlap).';

CREATE FUNCTION public.platform_supports(p_platform_code text, p_feature text) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(
        (SELECT CASE p_feature
                    WHEN 'ads' THEN p.supports_ads
                    WHEN 'organic' THEN p.supports_organic
                    WHEN 'webhooks' THEN p.supports_webhooks
                    ELSE false
                END
           FROM public.platforms p
          WHERE p.platform_code = p_platform_code AND p.is_active),
        false)
$$;
COMMENT ON FUNCTION public.platform_supports(text, text) IS 'Whether an active platform offers a feature: ads, organic or webhooks.';

CREATE FUNCTION public.resolve_locale(p_locale text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(
        (SELECT l.locale_code FROM public.locales l WHERE l.locale_code = p_locale),
        (SELECT l.locale_code FROM public.locales l
          WHERE l.language_code = lower(split_part(p_locale, '-', 1))
          ORDER BY l.country_code IS NOT NULL, l.locale_code
          LIMIT 1),
        'en')
$$;
COMMENT ON FUNCTION public.resolve_locale(text) IS 'Best supported locale for a requested one: exact match, then same language, then en.';

CREATE FUNCTION public.industry_subtree(p_industry_code text) RETURNS SETOF public.industries
    LANGUAGE sql STABLE
    AS $$
    SELECT d.*
      FROM public.industries r
      JOIN public.industries d ON d.path OPERATOR(public.<@) r.path
     WHERE r.industry_code = p_industry_code
     ORDER BY d.path
$$;
COMMENT ON FUNCTION public.industry_subtree(text) IS 'An industry and all its descendants, in tree order.';

-- Generic ltree maintenance for the lookup trees (regions, industries).
-- TG_ARGV[0] = key column, TG_ARGV[1] = parent key column; the table has a path ltree column.
CREATE FUNCTION public.maintain_tree_path() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_row jsonb := to_jsonb(NEW);
    v_key text := v_row ->> TG_ARGV[0];
    v_parent text := v_row ->> TG_ARGV[1];
    v_parent_path public.ltree;
BEGIN
    IF v_parent IS NULL THEN
        NEW.path := public.text2ltree(v_key);
        RETURN NEW;
    END IF;
    IF v_parent = v_key THEN
        RAISE EXCEPTION '% % cannot be its own parent', TG_TABLE_NAME, v_key;
    END IF;
    EXECUTE format('SELECT path FROM %I.%I WHERE %I = $1', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_ARGV[0])
       INTO v_parent_path USING v_parent;
    IF v_parent_path IS NULL THEN
        -- parent not loaded yet (the parent FK is deferred); the parent's cascade fixes this later
        NEW.path := public.text2ltree(v_key);
    ELSIF v_parent_path OPERATOR(public.~) ('*.' || v_key || '.*')::public.lquery THEN
        RAISE EXCEPTION '% %: moving under % would create a cycle', TG_TABLE_NAME, v_key, v_parent;
    ELSE
        NEW.path := v_parent_path OPERATOR(public.||) public.text2ltree(v_key);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION public.maintain_tree_path() IS 'BEFORE trigger: path := parent path || key (arguments: key column, parent column).';

CREATE FUNCTION public.cascade_tree_path() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- touching path on the children makes their maintain_tree_path trigger recompute it
    EXECUTE format('UPDATE %I.%I SET path = NULL WHERE %I = $1', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_ARGV[1])
      USING to_jsonb(NEW) ->> TG_ARGV[0];
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION public.cascade_tree_path() IS 'AFTER trigger: recompute the paths of the children when a node''s path changed.';

-- system_infrastructure
CREATE FUNCTION cmis_ops.purge_expired_cache() RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_now integer := extract(epoch FROM now())::integer;
    v_cache integer;
    v_locks integer;
BEGIN
    DELETE FROM cmis_ops.cache WHERE expiration <= v_now;
    GET DIAGNOSTICS v_cache = ROW_COUNT;
    DELETE FROM cmis_ops.cache_locks WHERE expiration <= v_now;
    GET DIAGNOSTICS v_locks = ROW_COUNT;
    RETURN v_cache + v_locks;
END
$$;
COMMENT ON FUNCTION cmis_ops.purge_expired_cache() IS 'Deletes expired cache entries and locks; returns the number of rows removed.';

CREATE FUNCTION cmis_ops.acquire_lock(p_key text, p_owner text, p_ttl_seconds integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_now integer := extract(epoch FROM now())::integer;
BEGIN
    INSERT INTO cmis_ops.cache_locks AS l (key, owner, expiration)
    VALUES (p_key, p_owner, v_now + p_ttl_seconds)
    ON CONFLICT (key) DO UPDATE
        SET owner = EXCLUDED.owner, expiration = EXCLUDED.expiration
        WHERE l.expiration <= v_now OR l.owner = EXCLUDED.owner;
    RETURN FOUND;
END
$$;
COMMENT ON FUNCTION cmis_ops.acquire_lock(text, text, integer) IS 'Takes (or extends) a cache lock for p_ttl_seconds; false when another owner holds a live lock.';

CREATE FUNCTION cmis_ops.release_lock(p_key text, p_owner text) RETURNS boolean
    LANGUAGE sql
    AS $$
    WITH released AS (
        DELETE FROM cmis_ops.cache_locks WHERE key = p_key AND owner = p_owner RETURNING 1)
    SELECT count(*) > 0 FROM released
$$;

CREATE FUNCTION cmis_ops.reserve_next_job(p_queue text, p_worker text) RETURNS cmis_ops.jobs
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_ops
    AS $$
DECLARE
    v_job cmis_ops.jobs%ROWTYPE;
BEGIN
    SELECT * INTO v_job
      FROM cmis_ops.jobs
     WHERE queue = p_queue AND reserved_at IS NULL AND available_at <= now()
     ORDER BY priority DESC, available_at, id
     LIMIT 1
       FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    UPDATE cmis_ops.jobs
       SET reserved_at = now(), reserved_by = p_worker, attempts = attempts + 1
     WHERE id = v_job.id
    RETURNING * INTO v_job;
    RETURN v_job;
END
$$;
COMMENT ON FUNCTION cmis_ops.reserve_next_job(text, text) IS 'Reserves the next ready job of a queue for a worker (SKIP LOCKED, highest priority first).';
REVOKE EXECUTE ON FUNCTION cmis_ops.reserve_next_job(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_ops.reserve_next_job(text, text) TO cmis_app;

CREATE FUNCTION cmis_ops.release_job(p_job_id bigint, p_delay_seconds integer DEFAULT 0) RETURNS void
    LANGUAGE sql
    AS $$
    UPDATE cmis_ops.jobs
       SET reserved_at = NULL, reserved_by = NULL,
           available_at = now() + make_interval(secs => p_delay_seconds)
     WHERE id = p_job_id
$$;
COMMENT ON FUNCTION cmis_ops.release_job(bigint, integer) IS 'Puts a reserved job back on its queue after an optional delay (retry with backoff).';

CREATE FUNCTION cmis_ops.fail_job(p_job_id bigint, p_connection text, p_exception text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_ops
    AS $$
DECLARE
    v_job cmis_ops.jobs%ROWTYPE;
    v_failed_id bigint;
    v_failed_uuid uuid;
BEGIN
    DELETE FROM cmis_ops.jobs WHERE id = p_job_id RETURNING * INTO v_job;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'job % not found', p_job_id;
    END IF;
    INSERT INTO cmis_ops.failed_jobs (connection, queue, payload, exception, attempts)
    VALUES (p_connection, v_job.queue, v_job.payload, p_exception, v_job.attempts)
    RETURNING id, uuid INTO v_failed_id, v_failed_uuid;
    IF v_job.batch_id IS NOT NULL THEN
        UPDATE cmis_ops.job_batches
           SET failed_jobs = failed_jobs + 1,
               pending_jobs = greatest(pending_jobs - 1, 0),
               failed_job_ids = array_append(failed_job_ids, v_failed_id)
         WHERE batch_id = v_job.batch_id;
    END IF;
    RETURN v_failed_uuid;
END
$$;
COMMENT ON FUNCTION cmis_ops.fail_job(bigint, text, text) IS 'Moves a job to failed_jobs, updates its batch counters and returns the failed job uuid.';
REVOKE EXECUTE ON FUNCTION cmis_ops.fail_job(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_ops.fail_job(bigint, text, text) TO cmis_app;

CREATE FUNCTION cmis_ops.batch_progress(p_batch_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT CASE WHEN b.total_jobs = 0 THEN 100::numeric
                ELSE round(100.0 * (b.total_jobs - b.pending_jobs) / b.total_jobs, 1)
           END
      FROM cmis_ops.job_batches b
     WHERE b.batch_id = p_batch_id
$$;
COMMENT ON FUNCTION cmis_ops.batch_progress(uuid) IS 'Percentage of processed jobs of a batch (0-100, one decimal).';

CREATE FUNCTION cmis_ops.purge_stale_sessions(p_idle interval DEFAULT interval '2 hours') RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_count integer;
BEGIN
    DELETE FROM cmis_ops.sessions WHERE last_activity < now() - p_idle;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

CREATE FUNCTION cmis_ops.claim_due_task(p_task_name text, p_next_run_at timestamptz) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis_ops.scheduled_tasks t
       SET last_started_at = now(), next_run_at = p_next_run_at
     WHERE t.task_name = p_task_name
       AND t.is_enabled
       AND (t.next_run_at IS NULL OR t.next_run_at <= now())
       AND (NOT t.without_overlapping
            OR t.last_started_at IS NULL
            OR (t.last_finished_at IS NOT NULL AND t.last_finished_at >= t.last_started_at)
            OR t.last_started_at < now() - t.max_runtime);
    RETURN FOUND;
END
$$;
COMMENT ON FUNCTION cmis_ops.claim_due_task(text, timestamptz) IS 'Claims a due scheduled task for this run (honouring without_overlapping) and sets its next run.';

CREATE FUNCTION cmis_system_health.record_check_result(p_check_name text, p_status cmis_system_health.health_status,
        p_latency_ms integer, p_message text DEFAULT NULL, p_details jsonb DEFAULT '{}'::jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_system_health
    AS $$
DECLARE
    v_check_id uuid;
    v_result_id bigint;
BEGIN
    SELECT check_id INTO v_check_id
      FROM cmis_system_health.health_checks
     WHERE check_name = p_check_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown health check %', p_check_name;
    END IF;
    INSERT INTO cmis_system_health.health_check_results (check_id, status, latency_ms, message, details, host_name)
    VALUES (v_check_id, p_status, p_latency_ms, p_message, coalesce(p_details, '{}'::jsonb),
            nullif(current_setting('application_name', true), ''))
    RETURNING result_id INTO v_result_id;
    RETURN v_result_id;
END
$$;
COMMENT ON FUNCTION cmis_system_health.record_check_result(text, cmis_system_health.health_status, integer, text, jsonb) IS 'Entry point for probes: appends a result for a named check and returns its id.';
REVOKE EXECUTE ON FUNCTION cmis_system_health.record_check_result(text, cmis_system_health.health_status, integer, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_system_health.record_check_result(text, cmis_system_health.health_status, integer, text, jsonb) TO cmis_app;

CREATE FUNCTION cmis_system_health.apply_result_to_check() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis_system_health.health_checks c
       SET last_status = CASE
               WHEN NEW.status = 'ok' AND c.fail_threshold_ms IS NOT NULL AND NEW.latency_ms >= c.fail_threshold_ms THEN 'failing'
               WHEN NEW.status = 'ok' AND c.warn_threshold_ms IS NOT NULL AND NEW.latency_ms >= c.warn_threshold_ms THEN 'degraded'
               ELSE NEW.status
           END,
           last_checked_at = NEW.observed_at
     WHERE c.check_id = NEW.check_id
       AND (c.last_checked_at IS NULL OR c.last_checked_at <= NEW.observed_at);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis_system_health.apply_result_to_check() IS 'AFTER INSERT trigger: copies the newest result (latency thresholds applied) onto its health check.';

CREATE FUNCTION cmis_system_health.results_are_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'health check results are append-only (result %)', OLD.result_id
        USING ERRCODE = 'object_not_in_prerequisite_state';
END
$$;

CREATE FUNCTION cmis_system_health.overall_status() RETURNS cmis_system_health.health_status
    LANGUAGE sql STABLE
    AS $$
    SELECT (CASE
                WHEN count(*) = 0 THEN 'unknown'
                WHEN bool_or(h.status = 'failing') THEN 'failing'
                WHEN bool_or(h.status = 'degraded' OR h.is_stale) THEN 'degraded'
                WHEN bool_or(h.status IS NULL OR h.status = 'unknown') THEN 'unknown'
                ELSE 'ok'
            END)::cmis_system_health.health_status
      FROM cmis_system_health.v_current_health h
$$;
COMMENT ON FUNCTION cmis_system_health.overall_status() IS 'Worst current status over all enabled checks; stale checks count as degraded.';

CREATE FUNCTION cmis_system_health.prune_results(p_keep interval DEFAULT interval '30 days') RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_count bigint;
BEGIN
    DELETE FROM cmis_system_health.health_check_results WHERE observed_at < now() - p_keep;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION cmis_system_health.prune_results(interval) IS 'Retention: deletes results older than p_keep (deletes are allowed, updates are not).';

-- integrations_and_accounts
CREATE FUNCTION cmis.integration_is_connected(p_integration_id uuid) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT EXISTS (
        SELECT 1
          FROM cmis.integrations i
         WHERE i.integration_id = p_integration_id
           AND i.status = 'active'
           AND i.deleted_at IS NULL
           AND EXISTS (SELECT 1 FROM cmis.oauth_tokens t
                        WHERE t.integration_id = i.integration_id
                          AND t.revoked_at IS NULL
                          AND (t.expires_at IS NULL OR t.expires_at > now())))
$$;
COMMENT ON FUNCTION cmis.integration_is_connected(uuid) IS 'True when the integration is active and holds a live, unexpired token.';

CREATE FUNCTION cmis.mark_integration_error(p_integration_id uuid, p_error text) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_errors integer;
BEGIN
    UPDATE cmis.integrations
       SET error_count = error_count + 1,
           last_error = left(p_error, 4000),
           status = CASE WHEN error_count + 1 >= 5 THEN 'error'::cmis.integration_status ELSE status END
     WHERE integration_id = p_integration_id
    RETURNING error_count INTO v_errors;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'integration % not found', p_integration_id;
    END IF;
    RETURN v_errors;
END
$$;
COMMENT ON FUNCTION cmis.mark_integration_error(uuid, text) IS 'Records an API error; the fifth consecutive error puts the integration in status error.';

CREATE FUNCTION cmis.store_oauth_token(p_integration_id uuid, p_access_token bytea, p_refresh_token bytea,
        p_encryption_key_id text, p_scopes text[], p_expires_at timestamptz, p_token_type text DEFAULT 'bearer') RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_org_id uuid;
    v_token_id uuid;
BEGIN
    SELECT org_id INTO v_org_id
      FROM cmis.integrations
     WHERE integration_id = p_integration_id
       AND org_id = cmis.current_org_id()
       AND deleted_at IS NULL
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'integration % not found in the current org', p_integration_id
            USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE cmis.oauth_tokens
       SET revoked_at = now()
     WHERE integration_id = p_integration_id AND token_type = p_token_type AND revoked_at IS NULL;
    INSERT INTO cmis.oauth_tokens (org_id, integration_id, token_type, access_token_encrypted,
                                   refresh_token_encrypted, encryption_key_id, scopes, expires_at)
    VALUES (v_org_id, p_integration_id, p_token_type, p_access_token,
            p_refresh_token, p_encryption_key_id, coalesce(p_scopes, '{}'::text[]), p_expires_at)
    RETURNING token_id INTO v_token_id;
    UPDATE cmis.integrations
       SET status = 'active',
           granted_scopes = coalesce(p_scopes, granted_scopes)
     WHERE integration_id = p_integration_id;
    RETURN v_token_id;
END
$$;
COMMENT ON FUNCTION cmis.store_oauth_token(uuid, bytea, bytea, text, text[], timestamptz, text) IS 'Stores a new encrypted token for an integration of the current org, revoking the previous live one, and activates the integration.';
REVOKE EXECUTE ON FUNCTION cmis.store_oauth_token(uuid, bytea, bytea, text, text[], timestamptz, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.store_oauth_token(uuid, bytea, bytea, text, text[], timestamptz, text) TO cmis_app;

CREATE FUNCTION cmis.revoke_integration(p_integration_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
BEGIN
    UPDATE cmis.integrations
       SET status = 'revoked'
     WHERE integration_id = p_integration_id AND org_id = cmis.current_org_id();
    IF NOT FOUND THEN
        RAISE EXCEPTION 'integration % not found in the current org', p_integration_id
            USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE cmis.oauth_tokens SET revoked_at = now()
     WHERE integration_id = p_integration_id AND revoked_at IS NULL;
    UPDATE cmis.platform_connections SET status = 'revoked'
     WHERE integration_id = p_integration_id AND deleted_at IS NULL;
    UPDATE cmis.webhooks SET is_active = false, disabled_at = now()
     WHERE integration_id = p_integration_id AND is_active;
END
$$;
COMMENT ON FUNCTION cmis.revoke_integration(uuid) IS 'Revokes an integration of the current org: its tokens, connections and webhooks.';
REVOKE EXECUTE ON FUNCTION cmis.revoke_integration(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.revoke_integration(uuid) TO cmis_app;

CREATE FUNCTION cmis.tokens_expiring_within(p_window interval)
        RETURNS TABLE (token_id uuid, integration_id uuid, token_type text, expires_at timestamptz, has_refresh_token boolean)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.token_id, t.integration_id, t.token_type, t.expires_at, t.refresh_token_encrypted IS NOT NULL
      FROM cmis.oauth_tokens t
     WHERE t.revoked_at IS NULL
       AND t.expires_at IS NOT NULL
       AND t.expires_at < now() + p_window
     ORDER BY t.expires_at
$$;
COMMENT ON FUNCTION cmis.tokens_expiring_within(interval) IS 'Live tokens (of the tenant, under RLS) that expire within the window, soonest first.';

CREATE FUNCTION cmis.integrations_track_status() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.status = 'active' THEN
        IF TG_OP = 'INSERT' THEN
            NEW.connected_at := coalesce(NEW.connected_at, now());
        ELSIF OLD.status IS DISTINCT FROM NEW.status THEN
            NEW.connected_at := now();
            NEW.disconnected_at := NULL;
            NEW.error_count := 0;
            NEW.last_error := NULL;
        END IF;
    ELSIF NEW.status IN ('revoked', 'disconnected') THEN
        NEW.disconnected_at := coalesce(NEW.disconnected_at, now());
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.integrations_track_status() IS 'BEFORE trigger: stamps connected_at / disconnected_at and clears errors on (re)activation.';

CREATE FUNCTION cmis.webhooks_apply_delivery_outcome() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.succeeded THEN
        UPDATE cmis.webhooks
           SET consecutive_failures = 0,
               last_delivery_at = coalesce(NEW.delivered_at, NEW.created_at)
         WHERE webhook_id = NEW.webhook_id;
    ELSE
        UPDATE cmis.webhooks
           SET consecutive_failures = consecutive_failures + 1,
               is_active = is_active AND consecutive_failures + 1 < max_failures,
               disabled_at = CASE WHEN is_active AND consecutive_failures + 1 >= max_failures THEN now() ELSE disabled_at END
         WHERE webhook_id = NEW.webhook_id;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.webhooks_apply_delivery_outcome() IS 'AFTER INSERT trigger on deliveries: resets or counts failures and disables the webhook at max_failures.';

CREATE FUNCTION cmis.start_integration_sync(p_integration_id uuid, p_sync_type text, p_trigger_source text DEFAULT 'schedule') RETURNS uuid
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_org_id uuid;
    v_sync_log_id uuid;
BEGIN
    SELECT org_id INTO v_org_id
      FROM cmis.integrations
     WHERE integration_id = p_integration_id AND status = 'active' AND deleted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'integration % is not active', p_integration_id;
    END IF;
    INSERT INTO cmis.integration_sync_logs (org_id, integration_id, sync_type, trigger_source)
    VALUES (v_org_id, p_integration_id, p_sync_type, p_trigger_source)
    RETURNING sync_log_id INTO v_sync_log_id;
    RETURN v_sync_log_id;
EXCEPTION
    WHEN exclusion_violation THEN
        RAISE EXCEPTION 'a % sync of integration % is already running', p_sync_type, p_integration_id
            USING ERRCODE = 'lock_not_available';
END
$$;
COMMENT ON FUNCTION cmis.start_integration_sync(uuid, text, text) IS 'Opens a sync run; fails with lock_not_available when one of the same type is running.';

CREATE FUNCTION cmis.finish_integration_sync(p_sync_log_id uuid, p_outcome cmis.sync_outcome,
        p_records_fetched integer DEFAULT 0, p_records_written integer DEFAULT 0, p_error text DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_integration_id uuid;
BEGIN
    IF p_outcome = 'running' THEN
        RAISE EXCEPTION 'finish_integration_sync needs a final outcome';
    END IF;
    UPDATE cmis.integration_sync_logs
       SET outcome = p_outcome,
           finished_at = now(),
           records_fetched = p_records_fetched,
           records_written = p_records_written,
           error_message = p_error
     WHERE sync_log_id = p_sync_log_id AND outcome = 'running'
    RETURNING integration_id INTO v_integration_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'sync % is not running', p_sync_log_id;
    END IF;
    IF p_outcome IN ('succeeded', 'partial') THEN
        UPDATE cmis.integrations SET last_synced_at = now() WHERE integration_id = v_integration_id;
    ELSIF p_outcome = 'failed' THEN
        PERFORM cmis.mark_integration_error(v_integration_id, coalesce(p_error, 'sync failed'));
    END IF;
END
$$;
COMMENT ON FUNCTION cmis.finish_integration_sync(uuid, cmis.sync_outcome, integer, integer, text) IS 'Closes a running sync with its outcome and counts, updating the integration.';

CREATE FUNCTION cmis.integration_health_summary(p_org_id uuid)
        RETURNS TABLE (platform_code text, status cmis.integration_status, integration_count bigint, oldest_sync_at timestamptz)
    LANGUAGE sql STABLE
    AS $$
    SELECT i.platform_code, i.status, count(*), min(i.last_synced_at)
      FROM cmis.integrations i
     WHERE i.org_id = p_org_id AND i.deleted_at IS NULL
     GROUP BY i.platform_code, i.status
     ORDER BY i.platform_code, i.status
$$;

-- campaigns_and_contexts
CREATE FUNCTION cmis.campaign_status_transition_allowed(p_from cmis.campaign_status, p_to cmis.campaign_status) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT p_from = p_to OR CASE p_from
        WHEN 'draft' THEN p_to IN ('planned', 'scheduled', 'active', 'cancelled', 'archived')
        WHEN 'planned' THEN p_to IN ('draft', 'scheduled', 'active', 'cancelled')
        WHEN 'scheduled' THEN p_to IN ('planned', 'active', 'paused', 'cancelled')
        WHEN 'active' THEN p_to IN ('paused', 'completed', 'cancelled')
        WHEN 'paused' THEN p_to IN ('active', 'completed', 'cancelled')
        WHEN 'completed' THEN p_to = 'archived'
        WHEN 'cancelled' THEN p_to = 'archived'
        ELSE false
    END
$$;
COMMENT ON FUNCTION cmis.campaign_status_transition_allowed(cmis.campaign_status, cmis.campaign_status) IS 'The campaign lifecycle graph: may a campaign move from p_from to p_to?';

CREATE FUNCTION cmis.campaigns_guard_status_transition() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT cmis.campaign_status_transition_allowed(OLD.status, NEW.status) THEN
        RAISE EXCEPTION 'campaign % cannot move from % to %', OLD.campaign_number, OLD.status, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'active' AND NEW.launched_at IS NULL THEN
        NEW.launched_at := now();
    ELSIF NEW.status = 'archived' THEN
        NEW.archived_at := coalesce(NEW.archived_at, now());
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.campaigns_guard_status_transition() IS 'BEFORE UPDATE trigger: rejects illegal status moves, stamps launched_at and archived_at.';

CREATE FUNCTION cmis.campaigns_log_status_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_old cmis.campaign_status;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        v_old := OLD.status;
    END IF;
    INSERT INTO cmis.campaign_status_history (org_id, campaign_id, old_status, new_status, changed_by, reason)
    VALUES (NEW.org_id, NEW.campaign_id, v_old, NEW.status,
            nullif(current_setting('app.current_user_id', true), '')::uuid,
            nullif(current_setting('cmis.status_change_reason', true), ''));
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.campaigns_log_status_change() IS 'AFTER trigger: appends the status change (user from app.current_user_id) to campaign_status_history.';

CREATE FUNCTION cmis.campaign_status_history_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'campaign status history is append-only'
        USING ERRCODE = 'object_not_in_prerequisite_state';
END
$$;

CREATE FUNCTION cmis.transition_campaign_status(p_campaign_id uuid, p_new_status cmis.campaign_status, p_reason text DEFAULT NULL)
        RETURNS cmis.campaign_status
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_old cmis.campaign_status;
BEGIN
    SELECT status INTO v_old
      FROM cmis.campaigns
     WHERE campaign_id = p_campaign_id AND org_id = cmis.current_org_id() AND deleted_at IS NULL
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'campaign % not found in the current org', p_campaign_id
            USING ERRCODE = 'no_data_found';
    END IF;
    IF v_old = p_new_status THEN
        RETURN v_old;
    END IF;
    PERFORM set_config('cmis.status_change_reason', coalesce(p_reason, ''), true);
    UPDATE cmis.campaigns SET status = p_new_status WHERE campaign_id = p_campaign_id;
    PERFORM set_config('cmis.status_change_reason', '', true);
    RETURN v_old;
END
$$;
COMMENT ON FUNCTION cmis.transition_campaign_status(uuid, cmis.campaign_status, text) IS 'Moves a campaign of the current org to a new status with a reason; returns the previous status.';
REVOKE EXECUTE ON FUNCTION cmis.transition_campaign_status(uuid, cmis.campaign_status, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.transition_campaign_status(uuid, cmis.campaign_status, text) TO cmis_app;

CREATE FUNCTION cmis.campaign_budget_remaining(p_campaign_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(
        (SELECT sum(b.amount - b.spent_amount)
           FROM cmis.campaign_budgets b
          WHERE b.campaign_id = p_campaign_id AND b.deleted_at IS NULL),
        (SELECT c.total_budget FROM cmis.campaigns c WHERE c.campaign_id = p_campaign_id))::numeric(14,2)
$$;
COMMENT ON FUNCTION cmis.campaign_budget_remaining(uuid) IS 'Unspent budget over all budget lines, or the planned total when there are none.';

CREATE FUNCTION cmis.campaign_is_live(p_campaign_id uuid, p_on date DEFAULT CURRENT_DATE) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT EXISTS (
        SELECT 1 FROM cmis.campaigns c
         WHERE c.campaign_id = p_campaign_id
           AND c.status = 'active'
           AND c.deleted_at IS NULL
           AND c.start_date <= p_on
           AND (c.end_date IS NULL OR c.end_date >= p_on))
$$;

CREATE FUNCTION cmis.search_campaigns(p_query text, p_limit integer DEFAULT 20) RETURNS SETOF cmis.campaigns
    LANGUAGE sql STABLE
    AS $$
    SELECT c.*
      FROM cmis.campaigns c
     WHERE c.org_id = cmis.current_org_id()
       AND c.deleted_at IS NULL
       AND (c.search_vector @@ websearch_to_tsquery('simple'::regconfig, p_query)
            OR c.name OPERATOR(public.%) p_query)
     ORDER BY ts_rank(c.search_vector, websearch_to_tsquery('simple'::regconfig, p_query)) DESC,
              public.similarity(c.name, p_query) DESC
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis.search_campaigns(text, integer) IS 'Full-text plus fuzzy-name search over the current org''s campaigns.';

CREATE FUNCTION cmis.clone_campaign(p_campaign_id uuid, p_new_name text) RETURNS uuid
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_src cmis.campaigns%ROWTYPE;
    v_new_id uuid;
BEGIN
    SELECT * INTO v_src FROM cmis.campaigns WHERE campaign_id = p_campaign_id AND deleted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'campaign % not found', p_campaign_id USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO cmis.campaigns (org_id, name, description, objective_code, funnel_stage_code, priority,
                                currency_code, total_budget, attribution_model_code, ad_account_id,
                                parent_campaign_id, owner_user_id, created_by, tags, metadata)
    VALUES (v_src.org_id, p_new_name, v_src.description, v_src.objective_code, v_src.funnel_stage_code, v_src.priority,
            v_src.currency_code, v_src.total_budget, v_src.attribution_model_code, v_src.ad_account_id,
            v_src.parent_campaign_id, v_src.owner_user_id, nullif(current_setting('app.current_user_id', true), '')::uuid,
            v_src.tags, v_src.metadata || jsonb_build_object('cloned_from', v_src.campaign_id))
    RETURNING campaign_id INTO v_new_id;
    INSERT INTO cmis.campaign_channels (org_id, campaign_id, channel_code, allocation_pct, is_active, settings)
    SELECT ch.org_id, v_new_id, ch.channel_code, ch.allocation_pct, ch.is_active, ch.settings
      FROM cmis.campaign_channels ch WHERE ch.campaign_id = p_campaign_id;
    INSERT INTO cmis.campaign_goals (org_id, campaign_id, metric_code, comparison, target_value, baseline_value, is_primary)
    SELECT g.org_id, v_new_id, g.metric_code, g.comparison, g.target_value, g.baseline_value, g.is_primary
      FROM cmis.campaign_goals g WHERE g.campaign_id = p_campaign_id AND g.deleted_at IS NULL;
    INSERT INTO cmis.campaign_context_links (org_id, campaign_id, context_id, link_type, weight, notes)
    SELECT l.org_id, v_new_id, l.context_id, l.link_type, l.weight, l.notes
      FROM cmis.campaign_context_links l WHERE l.campaign_id = p_campaign_id;
    INSERT INTO cmis.campaign_audiences (org_id, campaign_id, audience_id, is_excluded, bid_modifier)
    SELECT a.org_id, v_new_id, a.audience_id, a.is_excluded, a.bid_modifier
      FROM cmis.campaign_audiences a WHERE a.campaign_id = p_campaign_id;
    RETURN v_new_id;
END
$$;
COMMENT ON FUNCTION cmis.clone_campaign(uuid, text) IS 'Copies a campaign as a new draft with its channels, goals, context links and audiences.';

CREATE FUNCTION cmis.campaign_channels_check_allocation() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_total numeric;
BEGIN
    SELECT sum(ch.allocation_pct) INTO v_total
      FROM cmis.campaign_channels ch
     WHERE ch.campaign_id = NEW.campaign_id AND ch.is_active;
    IF v_total > 100 THEN
        RAISE EXCEPTION 'channel allocations of campaign % add up to % percent', NEW.campaign_id, v_total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.campaign_channels_check_allocation() IS 'Deferred constraint trigger: active channel allocations of a campaign may not exceed 100 percent.';

CREATE FUNCTION cmis.campaign_budgets_match_currency() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_currency char(3);
BEGIN
    SELECT c.currency_code INTO v_currency FROM cmis.campaigns c WHERE c.campaign_id = NEW.campaign_id;
    IF v_currency IS NOT NULL AND v_currency <> NEW.currency_code THEN
        RAISE EXCEPTION 'budget currency % differs from campaign currency %', NEW.currency_code, v_currency
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION cmis.contexts_maintain_path() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_parent_path public.ltree;
BEGIN
    IF NEW.parent_context_id IS NULL THEN
        NEW.path := public.text2ltree(NEW.slug);
        RETURN NEW;
    END IF;
    IF NEW.parent_context_id = NEW.context_id THEN
        RAISE EXCEPTION 'context % cannot be its own parent', NEW.context_id;
    END IF;
    SELECT c.path INTO v_parent_path
      FROM cmis.contexts c
     WHERE c.context_id = NEW.parent_context_id AND c.org_id = NEW.org_id;
    IF v_parent_path IS NULL THEN
        NEW.path := public.text2ltree(NEW.slug);
    ELSIF TG_OP = 'UPDATE' AND OLD.path IS NOT NULL AND v_parent_path OPERATOR(public.<@) OLD.path THEN
        RAISE EXCEPTION 'moving context % under its own descendant would create a cycle', NEW.context_id;
    ELSE
        NEW.path := v_parent_path OPERATOR(public.||) public.text2ltree(NEW.slug);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.contexts_maintain_path() IS 'BEFORE trigger: path := parent path || slug, rejecting cycles.';

CREATE FUNCTION cmis.contexts_cascade_path() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis.contexts SET path = NULL
     WHERE parent_context_id = NEW.context_id AND org_id = NEW.org_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION cmis.context_subtree(p_context_id uuid) RETURNS SETOF cmis.contexts
    LANGUAGE sql STABLE
    AS $$
    SELECT d.*
      FROM cmis.contexts r
      JOIN cmis.contexts d ON d.org_id = r.org_id AND d.path OPERATOR(public.<@) r.path
     WHERE r.context_id = p_context_id AND d.deleted_at IS NULL
     ORDER BY d.path
$$;
COMMENT ON FUNCTION cmis.context_subtree(uuid) IS 'A context and its live descendants, in tree order.';

CREATE FUNCTION cmis.match_contexts(p_embedding public.vector, p_limit integer DEFAULT 5, p_context_type text DEFAULT NULL)
        RETURNS TABLE (context_id uuid, name text, context_type text, similarity double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT c.context_id, c.name, c.context_type, 1 - (c.embedding OPERATOR(public.<=>) p_embedding)
      FROM cmis.contexts c
     WHERE c.org_id = cmis.current_org_id()
       AND c.deleted_at IS NULL
       AND c.is_active
       AND c.embedding IS NOT NULL
       AND (p_context_type IS NULL OR c.context_type = p_context_type)
     ORDER BY c.embedding OPERATOR(public.<=>) p_embedding
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis.match_contexts(public.vector, integer, text) IS 'Nearest contexts of the current org to an embedding (cosine), for retrieval-augmented generation.';

CREATE FUNCTION cmis.audience_age_overlap(p_audience_a uuid, p_audience_b uuid) RETURNS int4range
    LANGUAGE sql STABLE
    AS $$
    SELECT a.age_span * b.age_span
      FROM cmis.audiences a, cmis.audiences b
     WHERE a.audience_id = p_audience_a AND b.audience_id = p_audience_b
$$;

-- content_and_creative
CREATE FUNCTION cmis.find_similar_assets(p_asset_id uuid, p_limit integer DEFAULT 10)
        RETURNS TABLE (asset_id uuid, title text, distance double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT a.asset_id, a.title, a.embedding OPERATOR(public.<=>) s.embedding
      FROM cmis.creative_assets s
      JOIN cmis.creative_assets a ON a.org_id = s.org_id AND a.asset_id <> s.asset_id
     WHERE s.asset_id = p_asset_id
       AND s.embedding IS NOT NULL
       AND a.embedding IS NOT NULL
       AND a.deleted_at IS NULL
     ORDER BY a.embedding OPERATOR(public.<=>) s.embedding
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis.find_similar_assets(uuid, integer) IS 'Assets of the same org closest to a given asset by cosine distance of their embeddings.';

CREATE FUNCTION cmis.asset_storage_bytes(p_org_id uuid) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce((SELECT sum(a.file_size_bytes) FROM cmis.creative_assets a
                      WHERE a.org_id = p_org_id AND a.deleted_at IS NULL), 0)::bigint
         + coalesce((SELECT sum(v.file_size_bytes) FROM cmis.creative_asset_versions v
                      JOIN cmis.creative_assets a ON a.asset_id = v.asset_id
                     WHERE v.org_id = p_org_id AND a.deleted_at IS NULL
                       AND v.version_no < a.current_version), 0)::bigint
$$;
COMMENT ON FUNCTION cmis.asset_storage_bytes(uuid) IS 'Bytes stored by an org: current files plus superseded versions.';

CREATE FUNCTION cmis.copy_fits_format(p_component_id uuid, p_format_code text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT CASE c.component_type
               WHEN 'headline' THEN f.max_headline_chars IS NULL OR c.char_count <= f.max_headline_chars
               WHEN 'primary_text' THEN f.max_body_chars IS NULL OR c.char_count <= f.max_body_chars
               WHEN 'description' THEN f.max_body_chars IS NULL OR c.char_count <= f.max_body_chars
               ELSE true
           END
      FROM cmis.copy_components c
     CROSS JOIN public.ad_formats f
     WHERE c.component_id = p_component_id AND f.format_code = p_format_code
$$;
COMMENT ON FUNCTION cmis.copy_fits_format(uuid, text) IS 'Whether a copy component fits the character limits of an ad format.';

CREATE FUNCTION cmis.creative_assets_validate_media() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_mime public.media_mime_types%ROWTYPE;
BEGIN
    SELECT * INTO v_mime FROM public.media_mime_types m WHERE m.mime_type = NEW.mime_type;
    IF NOT FOUND OR NOT v_mime.is_allowed THEN
        RAISE EXCEPTION 'MIME type % is not allowed', NEW.mime_type USING ERRCODE = 'check_violation';
    END IF;
    IF v_mime.media_kind <> NEW.media_kind THEN
        RAISE EXCEPTION 'MIME type % is %, not %', NEW.mime_type, v_mime.media_kind, NEW.media_kind
            USING ERRCODE = 'check_violation';
    END IF;
    IF v_mime.max_size_bytes IS NOT NULL AND NEW.file_size_bytes > v_mime.max_size_bytes THEN
        RAISE EXCEPTION 'file of % bytes exceeds the % limit of % bytes', NEW.file_size_bytes, NEW.mime_type, v_mime.max_size_bytes
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.creative_assets_validate_media() IS 'BEFORE trigger: MIME type allowed, consistent with media_kind and within its size limit.';

CREATE FUNCTION cmis.creative_asset_versions_assign_no() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- serialise version numbering per asset
    PERFORM 1 FROM cmis.creative_assets a WHERE a.asset_id = NEW.asset_id FOR UPDATE;
    SELECT coalesce(max(v.version_no), 0) + 1 INTO NEW.version_no
      FROM cmis.creative_asset_versions v
     WHERE v.asset_id = NEW.asset_id;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.creative_asset_versions_assign_no() IS 'BEFORE INSERT trigger: next version number of the asset.';

CREATE FUNCTION cmis.creative_asset_versions_promote() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis.creative_assets
       SET current_version = NEW.version_no,
           storage_path = NEW.storage_path,
           file_size_bytes = NEW.file_size_bytes,
           checksum_sha256 = NEW.checksum_sha256
     WHERE asset_id = NEW.asset_id AND current_version < NEW.version_no;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.creative_asset_versions_promote() IS 'AFTER INSERT trigger: the newest version becomes the asset''s current file.';

CREATE FUNCTION cmis_marketing.search_content(p_query text, p_limit integer DEFAULT 20)
        RETURNS TABLE (item_id uuid, title text, status cmis_marketing.content_status, rank real)
    LANGUAGE sql STABLE
    AS $$
    SELECT i.item_id, i.title, i.status, ts_rank(i.search_vector, q.query)
      FROM cmis_marketing.content_items i,
           websearch_to_tsquery('simple'::regconfig, p_query) AS q(query)
     WHERE i.org_id = cmis.current_org_id()
       AND i.deleted_at IS NULL
       AND i.search_vector @@ q.query
     ORDER BY 4 DESC
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis_marketing.search_content(text, integer) IS 'Full-text search (websearch syntax) over the current org''s content items.';

CREATE FUNCTION cmis_marketing.find_similar_content(p_item_id uuid, p_limit integer DEFAULT 10)
        RETURNS TABLE (item_id uuid, title text, distance double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT i.item_id, i.title, i.embedding OPERATOR(public.<=>) s.embedding
      FROM cmis_marketing.content_items s
      JOIN cmis_marketing.content_items i ON i.org_id = s.org_id AND i.item_id <> s.item_id
     WHERE s.item_id = p_item_id
       AND s.embedding IS NOT NULL
       AND i.embedding IS NOT NULL
       AND i.deleted_at IS NULL
     ORDER BY i.embedding OPERATOR(public.<=>) s.embedding
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis_marketing.find_similar_content(uuid, integer) IS 'Content items of the same org nearest to a given item by embedding (duplicate and inspiration finder).';

CREATE FUNCTION cmis_marketing.plan_progress(p_plan_id uuid)
        RETURNS TABLE (status cmis_marketing.content_status, item_count bigint)
    LANGUAGE sql STABLE
    AS $$
    SELECT s.status, count(i.item_id)
      FROM unnest(enum_range(NULL::cmis_marketing.content_status)) AS s(status)
      LEFT JOIN cmis_marketing.content_items i
        ON i.plan_id = p_plan_id AND i.status = s.status AND i.deleted_at IS NULL
     GROUP BY s.status
     ORDER BY s.status
$$;
COMMENT ON FUNCTION cmis_marketing.plan_progress(uuid) IS 'Item count of a plan for every workflow status (zeros included).';

CREATE FUNCTION cmis_marketing.submit_for_review(p_item_id uuid, p_reviewer_ids uuid[]) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_org_id uuid;
    v_status cmis_marketing.content_status;
    v_step smallint;
    v_count integer;
BEGIN
    SELECT org_id, status INTO v_org_id, v_status
      FROM cmis_marketing.content_items
     WHERE item_id = p_item_id AND deleted_at IS NULL
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'content item % not found', p_item_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_status NOT IN ('draft', 'changes_requested') THEN
        RAISE EXCEPTION 'content item % is %, only drafts can be submitted', p_item_id, v_status;
    END IF;
    IF coalesce(cardinality(p_reviewer_ids), 0) = 0 THEN
        RAISE EXCEPTION 'at least one reviewer is required';
    END IF;
    SELECT coalesce(max(a.step), 0) + 1 INTO v_step
      FROM cmis_marketing.content_approvals a
     WHERE a.item_id = p_item_id;
    INSERT INTO cmis_marketing.content_approvals (org_id, item_id, step, reviewer_id)
    SELECT DISTINCT v_org_id, p_item_id, v_step, r.reviewer_id
      FROM unnest(p_reviewer_ids) AS r(reviewer_id);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    UPDATE cmis_marketing.content_items SET status = 'in_review' WHERE item_id = p_item_id;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION cmis_marketing.submit_for_review(uuid, uuid[]) IS 'Opens a new approval step for a draft with the given reviewers; returns the number of requests.';

CREATE FUNCTION cmis_marketing.decide_approval(p_approval_id uuid, p_decision text, p_comment text DEFAULT NULL)
        RETURNS cmis_marketing.content_status
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_marketing
    AS $$
DECLARE
    v_approval cmis_marketing.content_approvals%ROWTYPE;
    v_status cmis_marketing.content_status;
BEGIN
    IF p_decision NOT IN ('approved', 'changes_requested', 'rejected') THEN
        RAISE EXCEPTION 'invalid decision %', p_decision USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO v_approval
      FROM cmis_marketing.content_approvals
     WHERE approval_id = p_approval_id AND org_id = cmis.current_org_id()
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'approval % not found in the current org', p_approval_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_approval.reviewer_id IS DISTINCT FROM nullif(current_setting('app.current_user_id', true), '')::uuid THEN
        RAISE EXCEPTION 'only the assigned reviewer can decide approval %', p_approval_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_approval.decision <> 'pending' THEN
        RAISE EXCEPTION 'approval % was already decided (%)', p_approval_id, v_approval.decision;
    END IF;
    UPDATE cmis_marketing.content_approvals
       SET decision = p_decision, comment = p_comment, decided_at = now()
     WHERE approval_id = p_approval_id;
    SELECT i.status INTO v_status FROM cmis_marketing.content_items i WHERE i.item_id = v_approval.item_id;
    RETURN v_status;
END
$$;
COMMENT ON FUNCTION cmis_marketing.decide_approval(uuid, text, text) IS 'The assigned reviewer (app.current_user_id) decides a pending approval; returns the item''s resulting status.';
REVOKE EXECUTE ON FUNCTION cmis_marketing.decide_approval(uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_marketing.decide_approval(uuid, text, text) TO cmis_app;

CREATE FUNCTION cmis_marketing.content_approvals_apply_decision() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_pending integer;
BEGIN
    IF NEW.decision IN ('changes_requested', 'rejected') THEN
        UPDATE cmis_marketing.content_items
           SET status = 'changes_requested'
         WHERE item_id = NEW.item_id AND status = 'in_review';
    ELSIF NEW.decision = 'approved' THEN
        SELECT count(*) INTO v_pending
          FROM cmis_marketing.content_approvals a
         WHERE a.item_id = NEW.item_id AND a.step = NEW.step AND a.decision <> 'approved';
        IF v_pending = 0 THEN
            UPDATE cmis_marketing.content_items
               SET status = 'approved'
             WHERE item_id = NEW.item_id AND status = 'in_review';
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis_marketing.content_approvals_apply_decision() IS 'AFTER UPDATE trigger: any rejection sends the item back; the last approval of a step approves it.';

CREATE FUNCTION cmis_marketing.content_items_guard_published() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.status = 'published' AND NEW.status = 'published'
       AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.body IS DISTINCT FROM OLD.body) THEN
        RAISE EXCEPTION 'published content item % cannot be edited; archive or duplicate it', OLD.item_number
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NEW.status = 'published' AND OLD.status IS DISTINCT FROM 'published' THEN
        NEW.published_at := coalesce(NEW.published_at, now());
        NEW.publish_error := NULL;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis_marketing.content_items_guard_published() IS 'BEFORE UPDATE trigger: freezes the text of published items and stamps published_at.';

CREATE FUNCTION cmis_marketing.schedule_content_item(p_item_id uuid, p_at timestamptz) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF p_at <= now() THEN
        RAISE EXCEPTION 'publishing time % is in the past', p_at USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE cmis_marketing.content_items
       SET status = 'scheduled', scheduled_at = p_at
     WHERE item_id = p_item_id AND status IN ('approved', 'scheduled') AND deleted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'content item % must be approved before it can be scheduled', p_item_id;
    END IF;
END
$$;

CREATE FUNCTION cmis_marketing.mark_content_published(p_item_id uuid, p_external_post_id text, p_published_at timestamptz DEFAULT now()) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis_marketing.content_items
       SET status = 'published', external_post_id = p_external_post_id, published_at = p_published_at
     WHERE item_id = p_item_id AND status IN ('scheduled', 'approved', 'failed');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'content item % is not ready to be published', p_item_id;
    END IF;
END
$$;
COMMENT ON FUNCTION cmis_marketing.mark_content_published(uuid, text, timestamptz) IS 'Publisher callback: records the platform post id and marks the item published.';

-- ad_platforms
CREATE FUNCTION cmis.ad_campaign_total_spend(p_ad_campaign_id uuid, p_from date DEFAULT NULL, p_to date DEFAULT NULL) RETURNS numeric
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(sum(m.spend), 0)::numeric(14,2)
      FROM cmis.ad_metrics_daily m
     WHERE m.ad_campaign_id = p_ad_campaign_id
       AND m.ad_set_id IS NULL
       AND (p_from IS NULL OR m.metric_date >= p_from)
       AND (p_to IS NULL OR m.metric_date <= p_to)
$$;
COMMENT ON FUNCTION cmis.ad_campaign_total_spend(uuid, date, date) IS 'Spend of an ad campaign over an optional date range (campaign-level metric rows).';

CREATE FUNCTION cmis.ad_campaign_metric_totals(p_ad_campaign_id uuid, p_from date, p_to date) RETURNS cmis_analytics.metric_totals
    LANGUAGE sql STABLE
    AS $$
    SELECT ROW(coalesce(sum(m.impressions), 0)::bigint,
               coalesce(sum(m.clicks), 0)::bigint,
               coalesce(sum(m.spend), 0)::numeric(14,2),
               coalesce(sum(m.conversions), 0)::numeric(14,2),
               coalesce(sum(m.conversion_value), 0)::numeric(14,2))::cmis_analytics.metric_totals
      FROM cmis.ad_metrics_daily m
     WHERE m.ad_campaign_id = p_ad_campaign_id
       AND m.ad_set_id IS NULL
       AND m.metric_date BETWEEN p_from AND p_to
$$;
COMMENT ON FUNCTION cmis.ad_campaign_metric_totals(uuid, date, date) IS 'Summed delivery metrics of an ad campaign between two days, inclusive.';

CREATE FUNCTION cmis.upsert_ad_metric_daily(p_ad_campaign_id uuid, p_ad_set_id uuid, p_ad_id uuid, p_metric_date date,
        p_impressions bigint, p_reach bigint, p_clicks bigint, p_spend numeric, p_conversions numeric,
        p_conversion_value numeric, p_raw_payload jsonb DEFAULT '{}'::jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_org_id uuid;
    v_currency char(3);
    v_id uuid;
BEGIN
    SELECT ac.org_id, ac.currency INTO v_org_id, v_currency
      FROM cmis.ad_campaigns ac
     WHERE ac.ad_campaign_id = p_ad_campaign_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'ad campaign % not found', p_ad_campaign_id USING ERRCODE = 'no_data_found';
    END IF;
    IF cmis.current_org_id() IS NOT NULL AND v_org_id <> cmis.current_org_id() THEN
        RAISE EXCEPTION 'ad campaign % belongs to another organisation', p_ad_campaign_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO cmis.ad_metrics_daily AS m (org_id, ad_campaign_id, ad_set_id, ad_id, metric_date, impressions, reach,
                                            clicks, spend, conversions, conversion_value, currency, raw_payload)
    VALUES (v_org_id, p_ad_campaign_id, p_ad_set_id, p_ad_id, p_metric_date, p_impressions, p_reach,
            p_clicks, p_spend, p_conversions, p_conversion_value, v_currency, coalesce(p_raw_payload, '{}'::jsonb))
    ON CONFLICT ON CONSTRAINT ad_metrics_daily_grain_key DO UPDATE
       SET impressions = EXCLUDED.impressions,
           reach = EXCLUDED.reach,
           clicks = EXCLUDED.clicks,
           spend = EXCLUDED.spend,
           conversions = EXCLUDED.conversions,
           conversion_value = EXCLUDED.conversion_value,
           raw_payload = EXCLUDED.raw_payload
    RETURNING m.ad_metric_id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION cmis.upsert_ad_metric_daily(uuid, uuid, uuid, date, bigint, bigint, bigint, numeric, numeric, numeric, jsonb) IS 'Insert or replace the metrics of one day at campaign, ad set or ad grain (used by the platform sync workers).';
REVOKE EXECUTE ON FUNCTION cmis.upsert_ad_metric_daily(uuid, uuid, uuid, date, bigint, bigint, bigint, numeric, numeric, numeric, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.upsert_ad_metric_daily(uuid, uuid, uuid, date, bigint, bigint, bigint, numeric, numeric, numeric, jsonb) TO cmis_app;

CREATE FUNCTION cmis.ad_entity_status_guard() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.status = 'deleted' AND NEW.status <> 'deleted' THEN
        RAISE EXCEPTION '% row deleted on the platform cannot be reactivated', TG_TABLE_NAME
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'deleted' AND NEW.deleted_at IS NULL THEN
        NEW.deleted_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.ad_entity_status_guard() IS 'BEFORE UPDATE trigger on ad campaigns, ad sets and ads: deleted is final and stamps deleted_at.';

CREATE FUNCTION cmis.ad_campaigns_log_budget_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.daily_budget IS DISTINCT FROM NEW.daily_budget THEN
        INSERT INTO cmis.ad_budget_changes (org_id, ad_campaign_id, budget_kind, old_amount, new_amount, changed_by, reason)
        VALUES (NEW.org_id, NEW.ad_campaign_id, 'daily', OLD.daily_budget, NEW.daily_budget,
                nullif(current_setting('app.current_user_id', true), '')::uuid, 'ad campaign update');
    END IF;
    IF OLD.lifetime_budget IS DISTINCT FROM NEW.lifetime_budget THEN
        INSERT INTO cmis.ad_budget_changes (org_id, ad_campaign_id, budget_kind, old_amount, new_amount, changed_by, reason)
        VALUES (NEW.org_id, NEW.ad_campaign_id, 'lifetime', OLD.lifetime_budget, NEW.lifetime_budget,
                nullif(current_setting('app.current_user_id', true), '')::uuid, 'ad campaign update');
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.ad_campaigns_log_budget_change() IS 'AFTER UPDATE trigger: records daily / lifetime budget changes of an ad campaign.';

CREATE FUNCTION cmis.ad_sets_log_budget_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.daily_budget IS DISTINCT FROM NEW.daily_budget THEN
        INSERT INTO cmis.ad_budget_changes (org_id, ad_campaign_id, ad_set_id, budget_kind, old_amount, new_amount, changed_by, reason)
        VALUES (NEW.org_id, NEW.ad_campaign_id, NEW.ad_set_id, 'daily', OLD.daily_budget, NEW.daily_budget,
                nullif(current_setting('app.current_user_id', true), '')::uuid, 'ad set update');
    END IF;
    IF OLD.bid_amount IS DISTINCT FROM NEW.bid_amount THEN
        INSERT INTO cmis.ad_budget_changes (org_id, ad_campaign_id, ad_set_id, budget_kind, old_amount, new_amount, changed_by, reason)
        VALUES (NEW.org_id, NEW.ad_campaign_id, NEW.ad_set_id, 'bid', OLD.bid_amount, NEW.bid_amount,
                nullif(current_setting('app.current_user_id', true), '')::uuid, 'ad set update');
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION cmis.ad_metrics_daily_normalize() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_org_id uuid;
BEGIN
    NEW.currency := upper(NEW.currency);
    SELECT ac.org_id INTO v_org_id FROM cmis.ad_campaigns ac WHERE ac.ad_campaign_id = NEW.ad_campaign_id;
    IF v_org_id IS DISTINCT FROM NEW.org_id THEN
        RAISE EXCEPTION 'ad metric org_id % does not match its ad campaign org_id %', NEW.org_id, v_org_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.ad_metrics_daily_normalize() IS 'BEFORE INSERT/UPDATE trigger: upper-cases currency and keeps org_id equal to the ad campaign org.';

CREATE FUNCTION cmis.ad_sync_states_due(p_limit integer DEFAULT 50) RETURNS SETOF cmis.ad_platform_sync_states
    LANGUAGE sql STABLE
    AS $$
    SELECT s.*
      FROM cmis.ad_platform_sync_states s
     WHERE s.status IN ('idle', 'failed')
       AND s.next_sync_at <= now()
     ORDER BY s.next_sync_at
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis.ad_sync_states_due(integer) IS 'Sync states whose next run is due, oldest first.';

CREATE FUNCTION cmis.start_ad_sync_run(p_sync_state_id uuid) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_state cmis.ad_platform_sync_states%ROWTYPE;
    v_run_id uuid;
BEGIN
    SELECT * INTO v_state FROM cmis.ad_platform_sync_states
     WHERE sync_state_id = p_sync_state_id AND status IN ('idle', 'failed')
     FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    UPDATE cmis.ad_platform_sync_states SET status = 'running' WHERE sync_state_id = p_sync_state_id;
    INSERT INTO cmis.ad_sync_runs (org_id, integration_id, sync_state_id)
    VALUES (v_state.org_id, v_state.integration_id, v_state.sync_state_id)
    RETURNING sync_run_id INTO v_run_id;
    RETURN v_run_id;
END
$$;
COMMENT ON FUNCTION cmis.start_ad_sync_run(uuid) IS 'Claims an idle sync state for a worker and opens a sync run; NULL if another worker has it.';
REVOKE EXECUTE ON FUNCTION cmis.start_ad_sync_run(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.start_ad_sync_run(uuid) TO cmis_app;

CREATE FUNCTION cmis.finish_ad_sync_run(p_sync_run_id uuid, p_status text, p_rows_fetched integer, p_rows_upserted integer,
        p_next_cursor text DEFAULT NULL, p_error jsonb DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_state_id uuid;
BEGIN
    UPDATE cmis.ad_sync_runs
       SET status = p_status, finished_at = now(), rows_fetched = p_rows_fetched,
           rows_upserted = p_rows_upserted, error_details = p_error
     WHERE sync_run_id = p_sync_run_id AND status = 'running'
    RETURNING sync_state_id INTO v_state_id;
    IF v_state_id IS NULL THEN
        RAISE EXCEPTION 'sync run % is not running', p_sync_run_id;
    END IF;
    IF p_status = 'failed' THEN
        UPDATE cmis.ad_platform_sync_states
           SET status = 'failed',
               consecutive_failures = consecutive_failures + 1,
               last_error = coalesce(p_error ->> 'message', 'unknown error'),
               next_sync_at = now() + least(sync_interval * power(2, consecutive_failures + 1)::integer, interval '1 day')
         WHERE sync_state_id = v_state_id;
    ELSE
        UPDATE cmis.ad_platform_sync_states
           SET status = 'idle',
               consecutive_failures = 0,
               last_error = NULL,
               sync_cursor = coalesce(p_next_cursor, sync_cursor),
               last_synced_at = now(),
               next_sync_at = now() + sync_interval
         WHERE sync_state_id = v_state_id;
    END IF;
END
$$;
COMMENT ON FUNCTION cmis.finish_ad_sync_run(uuid, text, integer, integer, text, jsonb) IS 'Closes a sync run and reschedules its state, backing off exponentially after failures.';
REVOKE EXECUTE ON FUNCTION cmis.finish_ad_sync_run(uuid, text, integer, integer, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.finish_ad_sync_run(uuid, text, integer, integer, text, jsonb) TO cmis_app;

-- testing_and_experiments
CREATE FUNCTION cmis.experiment_variant_weight_total(p_experiment_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(sum(v.weight), 0)
      FROM cmis.experiment_variants v
     WHERE v.experiment_id = p_experiment_id
$$;
COMMENT ON FUNCTION cmis.experiment_variant_weight_total(uuid) IS 'Sum of the variant weights of an experiment (must be 1 to start it).';

CREATE FUNCTION cmis.experiment_two_proportion_z(p_conversions_a bigint, p_samples_a bigint, p_conversions_b bigint, p_samples_b bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE
               WHEN p_samples_a <= 0 OR p_samples_b <= 0 THEN NULL
               WHEN (p_conversions_a + p_conversions_b) IN (0, p_samples_a + p_samples_b) THEN 0
               ELSE round(((p_conversions_b::numeric / p_samples_b) - (p_conversions_a::numeric / p_samples_a))
                          / sqrt(((p_conversions_a + p_conversions_b)::numeric / (p_samples_a + p_samples_b))
                                 * (1 - (p_conversions_a + p_conversions_b)::numeric / (p_samples_a + p_samples_b))
                                 * (1::numeric / p_samples_a + 1::numeric / p_samples_b)), 6)
           END
$$;
COMMENT ON FUNCTION cmis.experiment_two_proportion_z(bigint, bigint, bigint, bigint) IS 'Pooled two-proportion z statistic of variant B against control A.';

CREATE FUNCTION cmis.experiment_variant_conversion_rate(p_variant_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT round(count(*) FILTER (WHERE e.event_type = 'conversion')::numeric
                 / nullif(count(*) FILTER (WHERE e.event_type = 'exposure'), 0), 6)
      FROM lab.experiment_event_log e
     WHERE e.variant_id = p_variant_id
$$;
COMMENT ON FUNCTION cmis.experiment_variant_conversion_rate(uuid) IS 'Conversions per exposure of a variant, from the raw event log.';

CREATE FUNCTION cmis.experiment_assign_variant(p_experiment_id uuid, p_subject_type text, p_subject_key text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_exp cmis.experiments%ROWTYPE;
    v_variant_id uuid;
    v_bucket numeric;
    v_pick numeric;
BEGIN
    SELECT a.variant_id INTO v_variant_id
      FROM cmis.experiment_assignments a
     WHERE a.experiment_id = p_experiment_id AND a.subject_type = p_subject_type AND a.subject_key = p_subject_key;
    IF FOUND THEN
        RETURN v_variant_id;
    END IF;

    SELECT * INTO v_exp FROM cmis.experiments
     WHERE experiment_id = p_experiment_id AND status = 'running' AND deleted_at IS NULL
       AND org_id = cmis.current_org_id();
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;

    -- Stable buckets in [0, 1): one hash decides entry, a second one the variant.
    v_bucket := (hashtextextended(p_experiment_id::text || ':' || p_subject_key, 0) & 1048575)::numeric / 1048576;
    IF v_bucket >= v_exp.traffic_allocation THEN
        RETURN NULL;
    END IF;
    v_pick := (hashtextextended(p_subject_key || ':' || p_experiment_id::text, 1) & 1048575)::numeric / 1048576;

    SELECT w.variant_id INTO v_variant_id
      FROM (SELECT v.variant_id,
                   sum(v.weight) OVER (ORDER BY v.is_control DESC, v.variant_key) AS upper_bound
              FROM cmis.experiment_variants v
             WHERE v.experiment_id = p_experiment_id AND v.weight > 0) w
     WHERE w.upper_bound > v_pick
     ORDER BY w.upper_bound
     LIMIT 1;
    IF v_variant_id IS NULL THEN
        RETURN NULL;
    END IF;

    INSERT INTO cmis.experiment_assignments (org_id, experiment_id, variant_id, subject_type, subject_key)
    VALUES (v_exp.org_id, p_experiment_id, v_variant_id, p_subject_type, p_subject_key)
    ON CONFLICT ON CONSTRAINT experiment_assignments_subject_key DO NOTHING;

    SELECT a.variant_id INTO v_variant_id
      FROM cmis.experiment_assignments a
     WHERE a.experiment_id = p_experiment_id AND a.subject_type = p_subject_type AND a.subject_key = p_subject_key;
    RETURN v_variant_id;
END
$$;
COMMENT ON FUNCTION cmis.experiment_assign_variant(uuid, text, text) IS 'Sticky, hash-based weighted assignment of a subject to a variant of a running experiment; NULL when the subject is outside the traffic allocation.';
REVOKE EXECUTE ON FUNCTION cmis.experiment_assign_variant(uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.experiment_assign_variant(uuid, text, text) TO cmis_app;

CREATE FUNCTION cmis.start_experiment(p_experiment_id uuid, p_ends_at timestamptz DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_controls integer;
    v_weights numeric;
BEGIN
    SELECT count(*) FILTER (WHERE is_control), coalesce(sum(weight), 0)
      INTO v_controls, v_weights
      FROM cmis.experiment_variants
     WHERE experiment_id = p_experiment_id;
    IF v_controls <> 1 THEN
        RAISE EXCEPTION 'experiment % needs exactly one control variant (has %)', p_experiment_id, v_controls;
    END IF;
    IF v_weights <> 1 THEN
        RAISE EXCEPTION 'variant weights of experiment % sum to %, not 1', p_experiment_id, v_weights;
    END IF;
    UPDATE cmis.experiments
       SET status = 'running', run_window = tstzrange(now(), p_ends_at, '[)')
     WHERE experiment_id = p_experiment_id AND status IN ('draft', 'paused');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'experiment % is not in draft or paused state', p_experiment_id;
    END IF;
END
$$;
COMMENT ON FUNCTION cmis.start_experiment(uuid, timestamptz) IS 'Validates variants (one control, weights sum to 1) and starts the experiment now.';

CREATE FUNCTION cmis.complete_experiment(p_experiment_id uuid, p_winner_variant_id uuid DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis.experiments
       SET status = 'completed',
           winner_variant_id = p_winner_variant_id,
           run_window = tstzrange(lower(run_window), now(), '[)')
     WHERE experiment_id = p_experiment_id AND status IN ('running', 'paused');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'experiment % is not running or paused', p_experiment_id;
    END IF;
END
$$;

CREATE FUNCTION cmis.experiments_guard_transition() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.status = NEW.status THEN
        RETURN NEW;
    END IF;
    IF NOT ((OLD.status = 'draft' AND NEW.status IN ('running', 'cancelled'))
         OR (OLD.status = 'running' AND NEW.status IN ('paused', 'completed', 'cancelled'))
         OR (OLD.status = 'paused' AND NEW.status IN ('running', 'completed', 'cancelled'))) THEN
        RAISE EXCEPTION 'experiment % cannot go from % to %', OLD.experiment_id, OLD.status, NEW.status
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.experiments_guard_transition() IS 'BEFORE UPDATE trigger: allows only draft->running->paused/completed transitions (cancel from any open state).';

CREATE FUNCTION lab.feature_flag_enabled(p_flag_key text, p_subject_key text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(
        (SELECT f.is_enabled
                AND (f.expires_at IS NULL OR f.expires_at > now())
                AND (hashtextextended(f.flag_key || ':' || p_subject_key, 0) & 65535) % 100 < f.rollout_percentage
           FROM lab.experiment_feature_flags f
          WHERE f.flag_key = p_flag_key
            AND f.deleted_at IS NULL
            AND (f.org_id = cmis.current_org_id() OR f.org_id IS NULL)
          ORDER BY f.org_id NULLS LAST
          LIMIT 1),
        false)
$$;
COMMENT ON FUNCTION lab.feature_flag_enabled(text, text) IS 'Is a flag on for a subject: the org override wins over the global default, then the stable rollout bucket decides.';

-- social_media_publishing
CREATE FUNCTION cmis.social_engagement_rate(p_likes bigint, p_comments bigint, p_shares bigint, p_saves bigint, p_impressions bigint) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN p_impressions > 0
                THEN round((coalesce(p_likes, 0) + coalesce(p_comments, 0) + coalesce(p_shares, 0) + coalesce(p_saves, 0))::numeric / p_impressions, 6)
           END
$$;
COMMENT ON FUNCTION cmis.social_engagement_rate(bigint, bigint, bigint, bigint, bigint) IS 'Engagements per impression, NULL without impressions (same formula as social_post_metrics.engagement_rate).';

CREATE FUNCTION cmis.social_post_latest_metrics(p_post_id uuid) RETURNS cmis.social_post_metrics
    LANGUAGE sql STABLE
    AS $$
    SELECT m.*
      FROM cmis.social_post_metrics m
     WHERE m.post_id = p_post_id
     ORDER BY m.captured_at DESC
     LIMIT 1
$$;
COMMENT ON FUNCTION cmis.social_post_latest_metrics(uuid) IS 'Most recent metrics snapshot of a post.';

CREATE FUNCTION cmis.social_hashtag_set_used(p_hashtag_set_id uuid) RETURNS integer
    LANGUAGE sql
    AS $$
    UPDATE cmis.social_hashtag_sets
       SET usage_count = usage_count + 1
     WHERE hashtag_set_id = p_hashtag_set_id
    RETURNING usage_count
$$;

CREATE FUNCTION cmis.social_posts_guard_published() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.caption IS DISTINCT FROM OLD.caption
       OR NEW.hashtags IS DISTINCT FROM OLD.hashtags
       OR NEW.platform IS DISTINCT FROM OLD.platform
       OR NEW.integration_id IS DISTINCT FROM OLD.integration_id
       OR NEW.post_type IS DISTINCT FROM OLD.post_type THEN
        RAISE EXCEPTION 'post % is already published; create a new post instead of editing it', OLD.post_id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.social_posts_guard_published() IS 'BEFORE UPDATE trigger on published posts: their content and destination are frozen.';

CREATE FUNCTION cmis.social_posts_capture_version() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO cmis.social_post_versions (org_id, post_id, version_number, caption, hashtags, link_url, edited_by)
    SELECT OLD.org_id, OLD.post_id, coalesce(max(v.version_number), 0) + 1, OLD.caption, OLD.hashtags::text[], OLD.link_url,
           nullif(current_setting('app.current_user_id', true), '')::uuid
      FROM cmis.social_post_versions v
     WHERE v.post_id = OLD.post_id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.social_posts_capture_version() IS 'AFTER UPDATE trigger: keeps the previous caption, hashtags and link of an edited post.';

CREATE FUNCTION cmis.schedule_social_post(p_post_id uuid, p_scheduled_for timestamptz, p_timezone text DEFAULT 'UTC') RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_post cmis.social_posts%ROWTYPE;
    v_id uuid;
BEGIN
    SELECT * INTO v_post FROM cmis.social_posts
     WHERE post_id = p_post_id AND org_id = cmis.current_org_id() AND deleted_at IS NULL
     FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'post % not found', p_post_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_post.status NOT IN ('approved', 'scheduled') THEN
        RAISE EXCEPTION 'post % must be approved before scheduling (status %)', p_post_id, v_post.status;
    END IF;
    IF p_scheduled_for < now() - interval '1 minute' THEN
        RAISE EXCEPTION 'cannot schedule post % in the past', p_post_id;
    END IF;
    PERFORM now() AT TIME ZONE p_timezone;  -- rejects unknown time zone names
    INSERT INTO cmis.scheduled_social_posts (org_id, post_id, integration_id, scheduled_for, timezone, created_by)
    VALUES (v_post.org_id, v_post.post_id, v_post.integration_id, p_scheduled_for, p_timezone,
            nullif(current_setting('app.current_user_id', true), '')::uuid)
    RETURNING scheduled_post_id INTO v_id;
    UPDATE cmis.social_posts SET status = 'scheduled' WHERE post_id = p_post_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION cmis.schedule_social_post(uuid, timestamptz, text) IS 'Schedules an approved post of the current org at a time and marks it scheduled.';
REVOKE EXECUTE ON FUNCTION cmis.schedule_social_post(uuid, timestamptz, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.schedule_social_post(uuid, timestamptz, text) TO cmis_app;

CREATE FUNCTION cmis.claim_publishing_queue_items(p_worker text, p_limit integer DEFAULT 10, p_lease interval DEFAULT '00:05:00'::interval) RETURNS SETOF cmis.publishing_queue_items
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
BEGIN
    RETURN QUERY
    UPDATE cmis.publishing_queue_items qi
       SET status = 'claimed', locked_by = p_worker, locked_until = now() + p_lease, attempts = qi.attempts + 1
     WHERE qi.queue_item_id IN (
            SELECT i.queue_item_id
              FROM cmis.publishing_queue_items i
              JOIN cmis.publishing_queues q ON q.queue_id = i.queue_id
             WHERE i.status = 'queued' AND i.slot_at <= now()
               AND NOT q.is_paused AND q.deleted_at IS NULL
             ORDER BY i.slot_at, i.position
             LIMIT p_limit
             FOR UPDATE OF i SKIP LOCKED)
    RETURNING qi.*;
END
$$;
COMMENT ON FUNCTION cmis.claim_publishing_queue_items(text, integer, interval) IS 'Publisher workers lease due queue items across all tenants (SKIP LOCKED).';
REVOKE EXECUTE ON FUNCTION cmis.claim_publishing_queue_items(text, integer, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.claim_publishing_queue_items(text, integer, interval) TO cmis_app;

CREATE FUNCTION cmis.record_social_publish_attempt(p_post_id uuid, p_scheduled_post_id uuid, p_outcome text, p_http_status smallint,
        p_error_code text DEFAULT NULL, p_response jsonb DEFAULT NULL, p_external_post_id text DEFAULT NULL, p_permalink text DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_attempt_id uuid;
BEGIN
    INSERT INTO cmis.social_publish_attempts (org_id, post_id, scheduled_post_id, integration_id, finished_at, outcome,
                                              http_status, error_code, response)
    SELECT p.org_id, p.post_id, p_scheduled_post_id, p.integration_id, now(), p_outcome, p_http_status, p_error_code, p_response
      FROM cmis.social_posts p
     WHERE p.post_id = p_post_id
    RETURNING attempt_id INTO v_attempt_id;
    IF v_attempt_id IS NULL THEN
        RAISE EXCEPTION 'post % not found', p_post_id;
    END IF;

    IF p_outcome = 'success' THEN
        UPDATE cmis.social_posts
           SET status = 'published', published_at = now(),
               external_post_id = coalesce(p_external_post_id, external_post_id),
               permalink = coalesce(p_permalink, permalink)
         WHERE post_id = p_post_id;
        UPDATE cmis.scheduled_social_posts
           SET status = 'published', published_at = now(), attempt_count = attempt_count + 1
         WHERE scheduled_post_id = p_scheduled_post_id;
    ELSIF p_outcome = 'failure' THEN
        UPDATE cmis.social_posts SET status = 'failed' WHERE post_id = p_post_id;
        UPDATE cmis.scheduled_social_posts
           SET status = 'failed', attempt_count = attempt_count + 1
         WHERE scheduled_post_id = p_scheduled_post_id;
    ELSE
        UPDATE cmis.scheduled_social_posts
           SET attempt_count = attempt_count + 1
         WHERE scheduled_post_id = p_scheduled_post_id;
    END IF;
    RETURN v_attempt_id;
END
$$;
COMMENT ON FUNCTION cmis.record_social_publish_attempt(uuid, uuid, text, smallint, text, jsonb, text, text) IS 'Logs a publish API call and moves the post and its schedule to published / failed.';

CREATE FUNCTION cmis.publishing_queue_next_slot(p_queue_id uuid, p_after timestamptz DEFAULT now()) RETURNS timestamptz
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    v_queue cmis.publishing_queues%ROWTYPE;
    v_day date;
    v_slot time;
    v_candidate timestamptz;
BEGIN
    SELECT * INTO v_queue FROM cmis.publishing_queues WHERE queue_id = p_queue_id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    v_day := (p_after AT TIME ZONE v_queue.timezone)::date;
    FOR i IN 0..13 LOOP
        IF extract(isodow FROM v_day + i)::smallint = ANY (v_queue.active_weekdays) THEN
            FOREACH v_slot IN ARRAY (SELECT array_agg(s ORDER BY s) FROM unnest(v_queue.posting_slots) AS s) LOOP
                v_candidate := ((v_day + i) + v_slot) AT TIME ZONE v_queue.timezone;
                IF v_candidate > p_after
                   AND NOT EXISTS (SELECT 1 FROM cmis.publishing_queue_items qi
                                    WHERE qi.queue_id = p_queue_id AND qi.slot_at = v_candidate
                                      AND qi.status IN ('queued', 'claimed')) THEN
                    RETURN v_candidate;
                END IF;
            END LOOP;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.publishing_queue_next_slot(uuid, timestamptz) IS 'Next free posting slot of a queue after a time, in the queue time zone (looks two weeks ahead).';

-- fields_and_metadata
CREATE FUNCTION cmis.field_value_to_jsonb(p_value cmis.field_values) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(to_jsonb(p_value.value_text), to_jsonb(p_value.value_number), to_jsonb(p_value.value_boolean),
                    to_jsonb(p_value.value_date), to_jsonb(p_value.value_timestamp), p_value.value_json)
$$;
COMMENT ON FUNCTION cmis.field_value_to_jsonb(cmis.field_values) IS 'The one set value_* column of a field value, as jsonb.';

CREATE FUNCTION cmis.entity_field_values(p_entity_type text, p_entity_id uuid) RETURNS jsonb
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(jsonb_object_agg(d.field_key::text, cmis.field_value_to_jsonb(v) ORDER BY d.display_order), '{}'::jsonb)
      FROM cmis.field_values v
      JOIN cmis.field_definitions d ON d.field_id = v.field_id AND d.entity_type = v.entity_type
     WHERE v.entity_type = p_entity_type
       AND v.entity_id = p_entity_id
       AND d.deleted_at IS NULL
$$;
COMMENT ON FUNCTION cmis.entity_field_values(text, uuid) IS 'All custom field values of one entity as a {field_key: value} object.';

CREATE FUNCTION cmis.search_meta_documentation(p_query text, p_limit integer DEFAULT 20)
        RETURNS TABLE(doc_id uuid, object_kind text, schema_name name, object_name text, summary text, rank real)
    LANGUAGE sql STABLE
    AS $$
    SELECT d.doc_id, d.object_kind, d.schema_name, d.object_name, d.summary,
           ts_rank(d.search_vector, q) AS rank
      FROM cmis.meta_documentation d,
           websearch_to_tsquery('simple'::regconfig, p_query) AS q
     WHERE d.search_vector @@ q
     ORDER BY rank DESC, d.object_name
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis.search_meta_documentation(text, integer) IS 'Full-text search over the schema documentation (web search syntax).';

CREATE FUNCTION cmis.set_field_value(p_field_id uuid, p_entity_id uuid, p_value jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_def cmis.field_definitions%ROWTYPE;
    v_id uuid;
    v_text text;
    v_number numeric;
    v_boolean boolean;
    v_date date;
    v_timestamp timestamptz;
    v_json jsonb;
BEGIN
    SELECT * INTO v_def FROM cmis.field_definitions
     WHERE field_id = p_field_id AND org_id = cmis.current_org_id() AND deleted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'field % not found', p_field_id USING ERRCODE = 'no_data_found';
    END IF;

    IF p_value IS NULL OR p_value = 'null'::jsonb THEN
        DELETE FROM cmis.field_values WHERE field_id = p_field_id AND entity_id = p_entity_id;
        RETURN NULL;
    END IF;

    CASE v_def.data_type
        WHEN 'text', 'long_text', 'select', 'url', 'email' THEN v_text := p_value #>> '{}';
        WHEN 'number', 'currency' THEN v_number := (p_value #>> '{}')::numeric;
        WHEN 'boolean' THEN v_boolean := (p_value #>> '{}')::boolean;
        WHEN 'date' THEN v_date := (p_value #>> '{}')::date;
        WHEN 'datetime' THEN v_timestamp := (p_value #>> '{}')::timestamptz;
        ELSE v_json := p_value;
    END CASE;

    INSERT INTO cmis.field_values AS fv (org_id, field_id, entity_type, entity_id, value_text, value_number, value_boolean,
                                         value_date, value_timestamp, value_json, updated_by)
    VALUES (v_def.org_id, v_def.field_id, v_def.entity_type, p_entity_id, v_text, v_number, v_boolean,
            v_date, v_timestamp, v_json, nullif(current_setting('app.current_user_id', true), '')::uuid)
    ON CONFLICT ON CONSTRAINT field_values_entity_key DO UPDATE
       SET value_text = EXCLUDED.value_text,
           value_number = EXCLUDED.value_number,
           value_boolean = EXCLUDED.value_boolean,
           value_date = EXCLUDED.value_date,
           value_timestamp = EXCLUDED.value_timestamp,
           value_json = EXCLUDED.value_json,
           updated_by = EXCLUDED.updated_by
    RETURNING fv.field_value_id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION cmis.set_field_value(uuid, uuid, jsonb) IS 'Sets (or clears, with NULL) a custom field of an entity of the current org, storing the value in the column of its type.';
REVOKE EXECUTE ON FUNCTION cmis.set_field_value(uuid, uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.set_field_value(uuid, uuid, jsonb) TO cmis_app;

CREATE FUNCTION cmis.field_values_validate() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_def cmis.field_definitions%ROWTYPE;
    v_ok boolean;
BEGIN
    SELECT * INTO v_def FROM cmis.field_definitions WHERE field_id = NEW.field_id;
    IF NOT FOUND THEN
        RETURN NEW;  -- the foreign key reports it
    END IF;
    IF v_def.org_id <> NEW.org_id THEN
        RAISE EXCEPTION 'field % belongs to another organisation', NEW.field_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    v_ok := CASE v_def.data_type
        WHEN 'text' THEN num_nonnulls(NEW.value_number, NEW.value_boolean, NEW.value_date, NEW.value_timestamp, NEW.value_json) = 0
        WHEN 'long_text' THEN num_nonnulls(NEW.value_number, NEW.value_boolean, NEW.value_date, NEW.value_timestamp, NEW.value_json) = 0
        WHEN 'url' THEN NEW.value_text IS NULL OR NEW.value_text ~ '^https?://'
        WHEN 'email' THEN NEW.value_text IS NULL OR NEW.value_text ~ '^[^@[:space:]]+@[^@[:space:]]+$'
        WHEN 'select' THEN NEW.value_text IS NULL OR EXISTS (
            SELECT 1 FROM cmis.field_options o WHERE o.field_id = NEW.field_id AND o.option_value = NEW.value_text AND o.is_active)
        WHEN 'multi_select' THEN NEW.value_json IS NULL OR (jsonb_typeof(NEW.value_json) = 'array' AND NOT EXISTS (
            SELECT 1 FROM jsonb_array_elements_text(NEW.value_json) AS e(val)
             WHERE NOT EXISTS (SELECT 1 FROM cmis.field_options o
                                WHERE o.field_id = NEW.field_id AND o.option_value = e.val AND o.is_active)))
        WHEN 'number' THEN num_nonnulls(NEW.value_text, NEW.value_boolean, NEW.value_date, NEW.value_timestamp, NEW.value_json) = 0
                           AND (v_def.numeric_range IS NULL OR NEW.value_number IS NULL OR NEW.value_number <@ v_def.numeric_range)
        WHEN 'currency' THEN num_nonnulls(NEW.value_text, NEW.value_boolean, NEW.value_date, NEW.value_timestamp, NEW.value_json) = 0
                           AND (v_def.numeric_range IS NULL OR NEW.value_number IS NULL OR NEW.value_number <@ v_def.numeric_range)
        WHEN 'boolean' THEN num_nonnulls(NEW.value_text, NEW.value_number, NEW.value_date, NEW.value_timestamp, NEW.value_json) = 0
        WHEN 'date' THEN num_nonnulls(NEW.value_text, NEW.value_number, NEW.value_boolean, NEW.value_timestamp, NEW.value_json) = 0
        WHEN 'datetime' THEN num_nonnulls(NEW.value_text, NEW.value_number, NEW.value_boolean, NEW.value_date, NEW.value_json) = 0
        ELSE num_nonnulls(NEW.value_text, NEW.value_number, NEW.value_boolean, NEW.value_date, NEW.value_timestamp) = 0
    END;
    IF NOT v_ok THEN
        RAISE EXCEPTION 'value does not fit field % of type %', v_def.field_key, v_def.data_type USING ERRCODE = 'check_violation';
    END IF;
    IF v_def.is_required AND num_nonnulls(NEW.value_text, NEW.value_number, NEW.value_boolean, NEW.value_date, NEW.value_timestamp, NEW.value_json) = 0 THEN
        RAISE EXCEPTION 'field % is required', v_def.field_key USING ERRCODE = 'not_null_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.field_values_validate() IS 'BEFORE INSERT/UPDATE trigger: value column, range, options and required flag must match the field definition.';

CREATE FUNCTION cmis.field_values_record_history() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
BEGIN
    IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM cmis.field_definitions d WHERE d.field_id = OLD.field_id) THEN
        RETURN NULL;  -- cascaded delete of the field itself: its history goes too
    END IF;
    v_old := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN cmis.field_value_to_jsonb(OLD) END;
    v_new := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN cmis.field_value_to_jsonb(NEW) END;
    IF v_old IS DISTINCT FROM v_new THEN
        IF TG_OP = 'DELETE' THEN
            INSERT INTO cmis.field_value_history (org_id, field_value_id, field_id, entity_id, old_value, new_value, changed_by)
            VALUES (OLD.org_id, NULL, OLD.field_id, OLD.entity_id, v_old, v_new,
                    nullif(current_setting('app.current_user_id', true), '')::uuid);
        ELSE
            INSERT INTO cmis.field_value_history (org_id, field_value_id, field_id, entity_id, old_value, new_value, changed_by)
            VALUES (NEW.org_id, NEW.field_value_id, NEW.field_id, NEW.entity_id, v_old, v_new,
                    coalesce(NEW.updated_by, nullif(current_setting('app.current_user_id', true), '')::uuid));
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.field_values_record_history() IS 'AFTER INSERT/UPDATE/DELETE trigger: appends the change to cmis.field_value_history.';

CREATE FUNCTION cmis.field_definitions_guard_type_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM cmis.field_values v WHERE v.field_id = OLD.field_id) THEN
        RAISE EXCEPTION 'field % has values; its type cannot change from % to %', OLD.field_key, OLD.data_type, NEW.data_type
            USING ERRCODE = 'object_in_use';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.field_definitions_guard_type_change() IS 'BEFORE UPDATE OF data_type trigger: a field with stored values keeps its type.';

-- ai_and_analytics
CREATE FUNCTION cmis_ai_analytics.embeddings_set_content_hash() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.content_hash := md5(NEW.content);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis_ai_analytics.embeddings_set_content_hash() IS 'BEFORE INSERT/UPDATE trigger: content_hash = md5(content).';

CREATE FUNCTION cmis_ai_analytics.semantic_search(p_query_embedding public.vector, p_source_table name DEFAULT NULL, p_limit integer DEFAULT 10)
        RETURNS TABLE(embedding_id uuid, source_schema name, source_table name, source_id uuid, chunk_index integer, content text, distance double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT e.embedding_id, e.source_schema, e.source_table, e.source_id, e.chunk_index, e.content,
           e.embedding OPERATOR(public.<=>) p_query_embedding AS distance
      FROM cmis_ai_analytics.embeddings e
     WHERE e.org_id = cmis.current_org_id()
       AND (p_source_table IS NULL OR e.source_table = p_source_table)
     ORDER BY e.embedding OPERATOR(public.<=>) p_query_embedding
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis_ai_analytics.semantic_search(public.vector, name, integer) IS 'Nearest chunks of the current org by cosine distance (served by the HNSW index).';

CREATE FUNCTION cmis_ai_analytics.similar_trends(p_trend_id uuid, p_limit integer DEFAULT 5)
        RETURNS TABLE(trend_id uuid, topic text, trend_score numeric, distance double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT t.trend_id, t.topic, t.trend_score, t.topic_embedding OPERATOR(public.<=>) s.topic_embedding AS distance
      FROM cmis_ai_analytics.cognitive_trends s
      JOIN cmis_ai_analytics.cognitive_trends t
        ON t.org_id = s.org_id AND t.trend_id <> s.trend_id AND t.topic_embedding IS NOT NULL AND t.deleted_at IS NULL
     WHERE s.trend_id = p_trend_id
     ORDER BY t.topic_embedding OPERATOR(public.<=>) s.topic_embedding
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis_ai_analytics.similar_trends(uuid, integer) IS 'Trends of the same org closest in meaning to a given trend.';

CREATE FUNCTION cmis_ai_analytics.upsert_embedding(p_model_id uuid, p_source_schema name, p_source_table name, p_source_id uuid,
        p_chunk_index integer, p_content text, p_embedding public.vector, p_token_count integer DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_ai_analytics
    AS $$
DECLARE
    v_org_id uuid := cmis.current_org_id();
    v_id uuid;
BEGIN
    IF v_org_id IS NULL THEN
        RAISE EXCEPTION 'app.current_org_id is not set' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cmis_ai_analytics.ai_models m
                    WHERE m.model_id = p_model_id AND m.task = 'embedding' AND m.is_active
                      AND (m.org_id IS NULL OR m.org_id = v_org_id)) THEN
        RAISE EXCEPTION 'model % is not an active embedding model of this org', p_model_id;
    END IF;
    INSERT INTO cmis_ai_analytics.embeddings AS e (org_id, model_id, source_schema, source_table, source_id, chunk_index,
                                                   content, content_hash, token_count, embedding)
    VALUES (v_org_id, p_model_id, p_source_schema, p_source_table, p_source_id, p_chunk_index,
            p_content, md5(p_content), p_token_count, p_embedding)
    ON CONFLICT ON CONSTRAINT embeddings_source_chunk_key DO UPDATE
       SET content = EXCLUDED.content,
           token_count = EXCLUDED.token_count,
           embedding = EXCLUDED.embedding
     WHERE e.content_hash IS DISTINCT FROM EXCLUDED.content_hash
    RETURNING e.embedding_id INTO v_id;
    IF v_id IS NULL THEN
        SELECT e.embedding_id INTO v_id FROM cmis_ai_analytics.embeddings e
         WHERE e.model_id = p_model_id AND e.source_schema = p_source_schema AND e.source_table = p_source_table
           AND e.source_id = p_source_id AND e.chunk_index = p_chunk_index;
    END IF;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION cmis_ai_analytics.upsert_embedding(uuid, name, name, uuid, integer, text, public.vector, integer) IS 'Stores the embedding of a chunk for the current org; unchanged content (same hash) is left alone.';
REVOKE EXECUTE ON FUNCTION cmis_ai_analytics.upsert_embedding(uuid, name, name, uuid, integer, text, public.vector, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_ai_analytics.upsert_embedding(uuid, name, name, uuid, integer, text, public.vector, integer) TO cmis_app;

CREATE FUNCTION cmis_ai_analytics.record_inference(p_model_id uuid, p_purpose text, p_input_tokens integer, p_output_tokens integer,
        p_latency_ms integer, p_status text DEFAULT 'succeeded', p_error_message text DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_model cmis_ai_analytics.ai_models%ROWTYPE;
    v_id uuid;
BEGIN
    SELECT * INTO v_model FROM cmis_ai_analytics.ai_models WHERE model_id = p_model_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'model % not found', p_model_id;
    END IF;
    INSERT INTO cmis_ai_analytics.ai_inference_requests (org_id, model_id, user_id, purpose, status, input_tokens, output_tokens,
                                                         latency_ms, cost, error_message, completed_at)
    VALUES (cmis.current_org_id(), p_model_id, nullif(current_setting('app.current_user_id', true), '')::uuid, p_purpose, p_status,
            p_input_tokens, p_output_tokens, p_latency_ms,
            round(p_input_tokens / 1000.0 * v_model.cost_per_1k_input_tokens
                  + p_output_tokens / 1000.0 * v_model.cost_per_1k_output_tokens, 6),
            p_error_message, now())
    RETURNING request_id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION cmis_ai_analytics.record_inference(uuid, text, integer, integer, integer, text, text) IS 'Logs one model call of the current org with its token cost.';

CREATE FUNCTION cmis_ai_analytics.model_cost_for_month(p_model_id uuid, p_month date) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(sum(r.cost), 0)
      FROM cmis_ai_analytics.ai_inference_requests r
     WHERE r.model_id = p_model_id
       AND date_trunc('month', r.requested_at AT TIME ZONE 'UTC') = date_trunc('month', p_month::timestamp)
$$;
COMMENT ON FUNCTION cmis_ai_analytics.model_cost_for_month(uuid, date) IS 'Inference cost of a model in the UTC calendar month of a date.';

CREATE FUNCTION cmis_ai_analytics.evaluate_prediction(p_prediction_id uuid, p_actual_value numeric) RETURNS numeric
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_error numeric;
BEGIN
    UPDATE cmis_ai_analytics.predictions
       SET actual_value = p_actual_value,
           absolute_error = abs(predicted_value - p_actual_value),
           evaluated_at = now()
     WHERE prediction_id = p_prediction_id
    RETURNING absolute_error INTO v_error;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'prediction % not found', p_prediction_id;
    END IF;
    RETURN v_error;
END
$$;

CREATE FUNCTION cmis_analytics.safe_divide(p_numerator numeric, p_denominator numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN p_denominator IS NULL OR p_denominator = 0 THEN NULL ELSE p_numerator / p_denominator END $$;
COMMENT ON FUNCTION cmis_analytics.safe_divide(numeric, numeric) IS 'Division that yields NULL instead of failing on a zero denominator.';

CREATE FUNCTION cmis_analytics.campaign_metric_totals(p_campaign_id uuid, p_from date, p_to date) RETURNS cmis_analytics.metric_totals
    LANGUAGE sql STABLE
    AS $$
    SELECT ROW(coalesce(sum(p.impressions), 0)::bigint,
               coalesce(sum(p.clicks), 0)::bigint,
               coalesce(sum(p.spend), 0)::numeric(14,2),
               coalesce(sum(p.conversions), 0)::numeric(14,2),
               coalesce(sum(p.conversion_value), 0)::numeric(14,2))::cmis_analytics.metric_totals
      FROM cmis_analytics.performance_daily p
     WHERE p.campaign_id = p_campaign_id
       AND p.metric_date BETWEEN p_from AND p_to
$$;
COMMENT ON FUNCTION cmis_analytics.campaign_metric_totals(uuid, date, date) IS 'Cross-channel totals of a campaign between two days, inclusive.';

CREATE FUNCTION cmis_analytics.kpi_target_attainment(p_kpi_target_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT round(CASE k.comparison
                     WHEN 'gte' THEN cmis_analytics.safe_divide(k.actual_value, k.target_value)
                     ELSE cmis_analytics.safe_divide(k.target_value, k.actual_value)
                 END, 4)
      FROM cmis_analytics.campaign_kpi_progress_v k
     WHERE k.kpi_target_id = p_kpi_target_id
$$;
COMMENT ON FUNCTION cmis_analytics.kpi_target_attainment(uuid) IS 'Share of a KPI target reached (1 = met); inverted for lower-is-better targets.';

CREATE FUNCTION cmis_analytics.refresh_campaign_performance_monthly() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_analytics
    AS $$
BEGIN
    IF (SELECT c.relispopulated FROM pg_catalog.pg_class c
         WHERE c.oid = 'cmis_analytics.campaign_performance_monthly_mv'::regclass) THEN
        REFRESH MATERIALIZED VIEW CONCURRENTLY cmis_analytics.campaign_performance_monthly_mv;
    ELSE
        REFRESH MATERIALIZED VIEW cmis_analytics.campaign_performance_monthly_mv;
    END IF;
END
$$;
COMMENT ON FUNCTION cmis_analytics.refresh_campaign_performance_monthly() IS 'Refreshes the monthly performance view (concurrently once it has been populated).';
REVOKE EXECUTE ON FUNCTION cmis_analytics.refresh_campaign_performance_monthly() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_analytics.refresh_campaign_performance_monthly() TO cmis_app;

CREATE FUNCTION cmis_analytics.campaign_monthly_performance(p_campaign_id uuid) RETURNS SETOF cmis_analytics.campaign_performance_monthly_mv
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, cmis_analytics
    AS $$
    SELECT mv.*
      FROM cmis_analytics.campaign_performance_monthly_mv mv
     WHERE mv.org_id = cmis.current_org_id()
       AND mv.campaign_id = p_campaign_id
     ORDER BY mv.month, mv.channel
$$;
COMMENT ON FUNCTION cmis_analytics.campaign_monthly_performance(uuid) IS 'Tenant-safe read of the monthly performance view (which has no row-level security).';
REVOKE EXECUTE ON FUNCTION cmis_analytics.campaign_monthly_performance(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_analytics.campaign_monthly_performance(uuid) TO cmis_app;

CREATE FUNCTION cmis_analytics.attribution_touchpoints_check_credit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_total numeric;
BEGIN
    SELECT sum(t.credit) INTO v_total
      FROM cmis_analytics.attribution_touchpoints t
     WHERE t.org_id = NEW.org_id AND t.conversion_key = NEW.conversion_key AND t.attribution_model = NEW.attribution_model;
    IF v_total > 1.000001 THEN
        RAISE EXCEPTION 'credits of conversion % under model % sum to % (> 1)', NEW.conversion_key, NEW.attribution_model, v_total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis_analytics.attribution_touchpoints_check_credit() IS 'Deferred constraint trigger: the credits of one conversion under one model sum to at most 1.';

-- templates_and_generation
CREATE FUNCTION cmis_marketing.template_placeholders(p_body text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(array_agg(DISTINCT m[1] ORDER BY m[1]), '{}'::text[])
      FROM regexp_matches(coalesce(p_body, ''), '\{\{\s*([a-z][a-z0-9_]*)\s*\}\}', 'g') AS m
$$;
COMMENT ON FUNCTION cmis_marketing.template_placeholders(text) IS 'Distinct {{variable}} names used in a template body.';

CREATE FUNCTION cmis_marketing.render_template(p_body text, p_variables jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
DECLARE
    v_result text := p_body;
    v_key text;
    v_value text;
BEGIN
    FOR v_key, v_value IN SELECT j.key, j.value FROM jsonb_each_text(coalesce(p_variables, '{}'::jsonb)) AS j
                              WHERE j.key ~ '^[a-z][a-z0-9_]*$' LOOP
        v_result := regexp_replace(v_result, '\{\{\s*' || v_key || '\s*\}\}', replace(coalesce(v_value, ''), '\', '\\'), 'g');
    END LOOP;
    RETURN v_result;
END
$$;
COMMENT ON FUNCTION cmis_marketing.render_template(text, jsonb) IS 'Replaces {{name}} placeholders by the values of a jsonb object; unknown placeholders stay.';

CREATE FUNCTION cmis_marketing.missing_template_variables(p_template_id uuid, p_variables jsonb) RETURNS text[]
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(array_agg(v.variable_name ORDER BY v.variable_name), '{}'::text[])
      FROM cmis_marketing.template_variables v
     WHERE v.template_id = p_template_id
       AND v.is_required
       AND NOT coalesce(p_variables, '{}'::jsonb) ? v.variable_name
$$;
COMMENT ON FUNCTION cmis_marketing.missing_template_variables(uuid, jsonb) IS 'Required variables of a template that a variables object lacks.';

CREATE FUNCTION cmis_marketing.template_average_rating(p_template_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT round(avg(f.rating), 2)
      FROM cmis_marketing.generation_feedback f
      JOIN cmis_marketing.generated_contents c ON c.generated_content_id = f.generated_content_id
      JOIN cmis_marketing.generation_requests r ON r.generation_request_id = c.generation_request_id
     WHERE r.template_id = p_template_id
$$;
COMMENT ON FUNCTION cmis_marketing.template_average_rating(uuid) IS 'Average user rating of everything generated from a template.';

CREATE FUNCTION cmis_marketing.content_templates_version_bump() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO cmis_marketing.template_versions (org_id, template_id, version_number, subject_line, body, variables, created_by)
    VALUES (OLD.org_id, OLD.template_id, OLD.current_version, OLD.subject_line, OLD.body, OLD.variables,
            nullif(current_setting('app.current_user_id', true), '')::uuid);
    NEW.current_version := OLD.current_version + 1;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis_marketing.content_templates_version_bump() IS 'BEFORE UPDATE trigger: archives the previous body as a version and bumps current_version.';

CREATE FUNCTION cmis_marketing.generated_contents_single_selection() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis_marketing.generated_contents
       SET is_selected = false
     WHERE generation_request_id = NEW.generation_request_id
       AND generated_content_id <> NEW.generated_content_id
       AND is_selected;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis_marketing.generated_contents_single_selection() IS 'BEFORE INSERT/UPDATE trigger: selecting a variant unselects the other variants of its request.';

CREATE FUNCTION cmis_marketing.enqueue_generation(p_template_id uuid, p_prompt_id uuid, p_input_variables jsonb,
        p_campaign_id uuid DEFAULT NULL, p_priority smallint DEFAULT 5, p_variant_count smallint DEFAULT 1) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_marketing
    AS $$
DECLARE
    v_org_id uuid := cmis.current_org_id();
    v_missing text[];
    v_model_id uuid;
    v_brand_voice_id uuid;
    v_id uuid;
BEGIN
    IF v_org_id IS NULL THEN
        RAISE EXCEPTION 'app.current_org_id is not set' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_template_id IS NOT NULL THEN
        PERFORM 1 FROM cmis_marketing.content_templates t
         WHERE t.template_id = p_template_id AND t.org_id = v_org_id AND t.is_active AND t.deleted_at IS NULL;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'template % not found', p_template_id USING ERRCODE = 'no_data_found';
        END IF;
        v_missing := cmis_marketing.missing_template_variables(p_template_id, p_input_variables);
        IF cardinality(v_missing) > 0 THEN
            RAISE EXCEPTION 'missing template variables: %', array_to_string(v_missing, ', ');
        END IF;
    END IF;
    IF p_prompt_id IS NOT NULL THEN
        SELECT p.model_id INTO v_model_id FROM cmis_marketing.prompt_templates p
         WHERE p.prompt_id = p_prompt_id AND p.org_id = v_org_id AND p.is_active AND p.deleted_at IS NULL;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'prompt % not found', p_prompt_id USING ERRCODE = 'no_data_found';
        END IF;
    END IF;
    SELECT b.brand_voice_id INTO v_brand_voice_id FROM cmis_marketing.brand_voice_profiles b
     WHERE b.org_id = v_org_id AND b.is_default AND b.deleted_at IS NULL;

    INSERT INTO cmis_marketing.generation_requests (org_id, template_id, prompt_id, brand_voice_id, campaign_id, model_id,
                                                    requested_by, priority, variant_count, input_variables)
    VALUES (v_org_id, p_template_id, p_prompt_id, v_brand_voice_id, p_campaign_id, v_model_id,
            nullif(current_setting('app.current_user_id', true), '')::uuid, p_priority, p_variant_count,
            coalesce(p_input_variables, '{}'::jsonb))
    RETURNING generation_request_id INTO v_id;
    PERFORM pg_notify('cmis_generation_requests', v_id::text);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION cmis_marketing.enqueue_generation(uuid, uuid, jsonb, uuid, smallint, smallint) IS 'Validates the template/prompt of the current org and queues a generation request (NOTIFY cmis_generation_requests).';
REVOKE EXECUTE ON FUNCTION cmis_marketing.enqueue_generation(uuid, uuid, jsonb, uuid, smallint, smallint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_marketing.enqueue_generation(uuid, uuid, jsonb, uuid, smallint, smallint) TO cmis_app;

CREATE FUNCTION cmis_marketing.claim_next_generation_request() RETURNS cmis_marketing.generation_requests
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_marketing
    AS $$
DECLARE
    v_request cmis_marketing.generation_requests%ROWTYPE;
BEGIN
    UPDATE cmis_marketing.generation_requests r
       SET status = 'running', started_at = now()
     WHERE r.generation_request_id = (
            SELECT q.generation_request_id
              FROM cmis_marketing.generation_requests q
             WHERE q.status = 'queued'
             ORDER BY q.priority, q.requested_at
             LIMIT 1
             FOR UPDATE SKIP LOCKED)
    RETURNING r.* INTO v_request;
    RETURN v_request;
END
$$;
COMMENT ON FUNCTION cmis_marketing.claim_next_generation_request() IS 'Generation workers take the most urgent queued request of any tenant (SKIP LOCKED); NULL when the queue is empty.';
REVOKE EXECUTE ON FUNCTION cmis_marketing.claim_next_generation_request() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_marketing.claim_next_generation_request() TO cmis_app;

CREATE FUNCTION cmis_marketing.complete_generation_request(p_request_id uuid, p_contents text[], p_tokens_used integer DEFAULT NULL) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_marketing
    AS $$
DECLARE
    v_request cmis_marketing.generation_requests%ROWTYPE;
    v_count integer;
BEGIN
    SELECT * INTO v_request FROM cmis_marketing.generation_requests
     WHERE generation_request_id = p_request_id AND status = 'running'
     FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'generation request % is not running', p_request_id;
    END IF;
    INSERT INTO cmis_marketing.generated_contents (org_id, generation_request_id, variant_index, content_text)
    SELECT v_request.org_id, p_request_id, (c.ordinality - 1)::smallint, c.content
      FROM unnest(p_contents) WITH ORDINALITY AS c(content, ordinality)
     WHERE c.content IS NOT NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    UPDATE cmis_marketing.generation_requests
       SET status = CASE WHEN v_count > 0 THEN 'succeeded' ELSE 'failed' END::cmis_marketing.generation_status,
           error_message = CASE WHEN v_count > 0 THEN NULL ELSE 'model returned no content' END,
           tokens_used = p_tokens_used,
           completed_at = now()
     WHERE generation_request_id = p_request_id;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION cmis_marketing.complete_generation_request(uuid, text[], integer) IS 'Stores the generated variants of a running request and marks it succeeded (or failed when empty).';
REVOKE EXECUTE ON FUNCTION cmis_marketing.complete_generation_request(uuid, text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_marketing.complete_generation_request(uuid, text[], integer) TO cmis_app;

-- data_and_workflows
CREATE FUNCTION cmis_ops.start_etl_run(p_pipeline_id uuid) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_ops
    AS $$
DECLARE
    v_pipeline cmis_ops.etl_pipelines%ROWTYPE;
    v_run_id uuid;
BEGIN
    SELECT * INTO v_pipeline FROM cmis_ops.etl_pipelines
     WHERE pipeline_id = p_pipeline_id AND deleted_at IS NULL
     FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'pipeline % not found', p_pipeline_id;
    END IF;
    IF v_pipeline.org_id IS DISTINCT FROM cmis.current_org_id() THEN
        RAISE EXCEPTION 'pipeline % belongs to another tenant', p_pipeline_id;
    END IF;
    IF NOT v_pipeline.is_enabled THEN
        RAISE EXCEPTION 'pipeline % is disabled', v_pipeline.name;
    END IF;
    IF EXISTS (SELECT 1 FROM cmis_ops.etl_runs
                WHERE pipeline_id = p_pipeline_id AND status IN ('queued', 'running')) THEN
        RAISE EXCEPTION 'pipeline % already has an active run', v_pipeline.name;
    END IF;
    INSERT INTO cmis_ops.etl_runs (org_id, pipeline_id, status, started_at)
    VALUES (v_pipeline.org_id, p_pipeline_id, 'running', now())
    RETURNING run_id INTO v_run_id;
    UPDATE cmis_ops.etl_pipelines SET last_run_at = now() WHERE pipeline_id = p_pipeline_id;
    RETURN v_run_id;
END
$$;
COMMENT ON FUNCTION cmis_ops.start_etl_run(uuid) IS 'Starts a run of an enabled pipeline of the current tenant; refuses when one is already active.';
REVOKE EXECUTE ON FUNCTION cmis_ops.start_etl_run(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_ops.start_etl_run(uuid) TO cmis_app;

CREATE FUNCTION cmis_ops.finish_etl_run(p_run_id uuid, p_status cmis_ops.run_status, p_rows_read bigint, p_rows_written bigint, p_rows_rejected bigint, p_error text DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF p_status NOT IN ('succeeded', 'failed', 'cancelled', 'skipped') THEN
        RAISE EXCEPTION 'status % is not terminal', p_status;
    END IF;
    UPDATE cmis_ops.etl_runs
       SET status = p_status,
           finished_at = now(),
           rows_read = p_rows_read,
           rows_written = p_rows_written,
           rows_rejected = p_rows_rejected,
           error_message = p_error
     WHERE run_id = p_run_id AND status IN ('queued', 'running');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'run % is not active', p_run_id;
    END IF;
END
$$;
COMMENT ON FUNCTION cmis_ops.finish_etl_run(uuid, cmis_ops.run_status, bigint, bigint, bigint, text) IS 'Closes an active ETL run with its terminal status and row counters.';

CREATE FUNCTION cmis_ops.pipeline_success_rate(p_pipeline_id uuid, p_window interval DEFAULT '30 days'::interval) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT round(100.0 * count(*) FILTER (WHERE status = 'succeeded') / nullif(count(*), 0), 2)
      FROM cmis_ops.etl_runs
     WHERE pipeline_id = p_pipeline_id
       AND status IN ('succeeded', 'failed')
       AND queued_at >= now() - p_window
$$;
COMMENT ON FUNCTION cmis_ops.pipeline_success_rate(uuid, interval) IS 'Percentage of finished runs that succeeded within the window; NULL when none finished.';

CREATE FUNCTION cmis_ops.stamp_run_timestamps() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.status = 'running' AND NEW.started_at IS NULL THEN
        NEW.started_at := now();
    END IF;
    IF NEW.status IN ('succeeded', 'failed', 'cancelled', 'skipped') AND NEW.finished_at IS NULL THEN
        NEW.finished_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis_ops.stamp_run_timestamps() IS 'BEFORE INSERT/UPDATE trigger of run tables: fills started_at and finished_at from the status.';

CREATE FUNCTION cmis_ops.advance_sync_cursor(p_cursor_id uuid, p_value text) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis_ops.data_sync_cursors
       SET cursor_value = p_value,
           sync_lag = now() - coalesce(last_synced_at, now()),
           last_synced_at = now()
     WHERE cursor_id = p_cursor_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'sync cursor % not found', p_cursor_id;
    END IF;
END
$$;

CREATE FUNCTION cmis_staging.batch_error_count(p_batch_id uuid, p_min_severity text DEFAULT 'error') RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
    SELECT count(*)
      FROM cmis_staging.import_errors
     WHERE batch_id = p_batch_id
       AND CASE p_min_severity
               WHEN 'warning' THEN true
               WHEN 'error' THEN severity IN ('error', 'fatal')
               ELSE severity = 'fatal'
           END
$$;
COMMENT ON FUNCTION cmis_staging.batch_error_count(uuid, text) IS 'Number of findings of a batch at or above a severity (warning, error, fatal).';

CREATE FUNCTION cmis_staging.finalize_batch_validation(p_batch_id uuid) RETURNS text
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_rows integer;
    v_errors integer;
    v_status text;
BEGIN
    SELECT count(*) INTO v_rows FROM cmis_staging.import_rows WHERE batch_id = p_batch_id;
    v_errors := cmis_staging.batch_error_count(p_batch_id, 'error');
    v_status := CASE WHEN cmis_staging.batch_error_count(p_batch_id, 'fatal') > 0 THEN 'rejected' ELSE 'validated' END;
    UPDATE cmis_staging.import_rows r
       SET status = CASE WHEN EXISTS (SELECT 1 FROM cmis_staging.import_errors e
                                       WHERE e.import_row_id = r.import_row_id AND e.severity <> 'warning')
                         THEN 'invalid' ELSE 'valid' END,
           processed_at = now()
     WHERE r.batch_id = p_batch_id AND r.status = 'pending';
    UPDATE cmis_staging.import_batches
       SET status = v_status, row_count = v_rows, error_count = v_errors, validated_at = now()
     WHERE batch_id = p_batch_id;
    RETURN v_status;
END
$$;
COMMENT ON FUNCTION cmis_staging.finalize_batch_validation(uuid) IS 'Marks rows valid/invalid from their errors and the batch validated or rejected (any fatal error rejects it).';

CREATE FUNCTION cmis_staging.purge_discarded_batches(p_older_than interval DEFAULT '14 days'::interval) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_staging
    AS $$
DECLARE
    v_count integer;
BEGIN
    DELETE FROM cmis_staging.import_batches
     WHERE (status IN ('discarded', 'rejected', 'loaded') AND received_at < now() - p_older_than)
        OR (deleted_at IS NOT NULL AND deleted_at < now() - p_older_than);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION cmis_staging.purge_discarded_batches(interval) IS 'Maintenance: deletes finished or discarded batches (rows and errors cascade) of all tenants.';
REVOKE EXECUTE ON FUNCTION cmis_staging.purge_discarded_batches(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_staging.purge_discarded_batches(interval) TO cmis_app;

CREATE FUNCTION cmis.enqueue_workflow_run(p_workflow_id uuid, p_trigger_payload jsonb DEFAULT '{}'::jsonb, p_triggered_by uuid DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_workflow cmis.workflows%ROWTYPE;
    v_first_step uuid;
    v_run_id uuid;
BEGIN
    SELECT * INTO v_workflow FROM cmis.workflows
     WHERE workflow_id = p_workflow_id AND deleted_at IS NULL;
    IF NOT FOUND OR v_workflow.org_id IS DISTINCT FROM cmis.current_org_id() THEN
        RAISE EXCEPTION 'workflow % not found', p_workflow_id;
    END IF;
    IF v_workflow.status <> 'active' THEN
        RAISE EXCEPTION 'workflow % is %, not active', v_workflow.name, v_workflow.status;
    END IF;
    v_first_step := cmis.workflow_next_step(p_workflow_id, 0);
    INSERT INTO cmis.workflow_runs (org_id, workflow_id, workflow_version, trigger_payload, triggered_by, current_step_id)
    VALUES (v_workflow.org_id, p_workflow_id, v_workflow.version, coalesce(p_trigger_payload, '{}'::jsonb), p_triggered_by, v_first_step)
    RETURNING workflow_run_id INTO v_run_id;
    RETURN v_run_id;
END
$$;
COMMENT ON FUNCTION cmis.enqueue_workflow_run(uuid, jsonb, uuid) IS 'Queues a run of an active workflow of the current tenant, positioned on its first step.';
REVOKE EXECUTE ON FUNCTION cmis.enqueue_workflow_run(uuid, jsonb, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.enqueue_workflow_run(uuid, jsonb, uuid) TO cmis_app;

CREATE FUNCTION cmis.workflow_next_step(p_workflow_id uuid, p_after_order integer) RETURNS uuid
    LANGUAGE sql STABLE
    AS $$
    SELECT step_id
      FROM cmis.workflow_steps
     WHERE workflow_id = p_workflow_id AND step_order > p_after_order AND deleted_at IS NULL
     ORDER BY step_order
     LIMIT 1
$$;
COMMENT ON FUNCTION cmis.workflow_next_step(uuid, integer) IS 'Next live step after a step_order (0 for the first step); NULL at the end.';

CREATE FUNCTION cmis.guard_workflow_activation() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.status = 'active' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'active') THEN
        IF NOT EXISTS (SELECT 1 FROM cmis.workflow_steps
                        WHERE workflow_id = NEW.workflow_id AND deleted_at IS NULL) THEN
            RAISE EXCEPTION 'workflow % has no steps and cannot be activated', NEW.name;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.guard_workflow_activation() IS 'BEFORE INSERT/UPDATE trigger: a workflow can only become active when it has live steps.';

CREATE FUNCTION cmis.bump_workflow_version() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis.workflows
       SET version = version + 1
     WHERE workflow_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.workflow_id ELSE NEW.workflow_id END;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.bump_workflow_version() IS 'AFTER trigger on workflow_steps: increments the workflow version when its steps change.';

CREATE FUNCTION cmis.matching_automation_rules(p_org_id uuid, p_event_type text) RETURNS SETOF cmis.automation_rules
    LANGUAGE sql STABLE
    AS $$
    SELECT *
      FROM cmis.automation_rules
     WHERE org_id = p_org_id
       AND event_type = p_event_type
       AND is_enabled
       AND deleted_at IS NULL
       AND (active_during IS NULL OR active_during @> now())
       AND (cooldown IS NULL OR last_fired_at IS NULL OR last_fired_at + cooldown <= now())
     ORDER BY priority, created_at
$$;
COMMENT ON FUNCTION cmis.matching_automation_rules(uuid, text) IS 'Enabled rules of a tenant for an event, in firing order, outside their cooldown.';

CREATE FUNCTION cmis.record_rule_fired(p_rule_id uuid) RETURNS void
    LANGUAGE sql
    AS $$
    UPDATE cmis.automation_rules
       SET last_fired_at = now(), fire_count = fire_count + 1
     WHERE rule_id = p_rule_id
$$;

-- offerings_and_bundles
CREATE FUNCTION cmis_marketing.slugify(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT trim(BOTH '-' FROM regexp_replace(lower(p_text), '[^a-z0-9]+', '-', 'g'))
$$;
COMMENT ON FUNCTION cmis_marketing.slugify(text) IS 'Lower-case, dash-separated slug of a name (ASCII letters and digits only).';

CREATE FUNCTION cmis_marketing.bundle_list_price(p_bundle_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(sum(coalesce(bi.price_override, o.base_price) * bi.quantity), 0)::numeric(14,2)
      FROM cmis_marketing.bundle_items bi
      JOIN cmis_marketing.offerings o ON o.offering_id = bi.offering_id
     WHERE bi.bundle_id = p_bundle_id AND NOT bi.is_optional AND o.deleted_at IS NULL
$$;
COMMENT ON FUNCTION cmis_marketing.bundle_list_price(uuid) IS 'Sum of the required items of a bundle at their (overridden) unit prices.';

CREATE FUNCTION cmis_marketing.bundle_effective_price(p_bundle_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT CASE b.pricing_mode
               WHEN 'fixed' THEN b.fixed_price::numeric(14,2)
               WHEN 'percent_discount' THEN round(cmis_marketing.bundle_list_price(b.bundle_id) * (100 - b.discount_percent) / 100, 2)
               ELSE cmis_marketing.bundle_list_price(b.bundle_id)
           END
      FROM cmis_marketing.bundles b
     WHERE b.bundle_id = p_bundle_id
$$;
COMMENT ON FUNCTION cmis_marketing.bundle_effective_price(uuid) IS 'Price a customer pays for a bundle under its pricing mode.';

CREATE FUNCTION cmis_marketing.offering_price_at(p_offering_id uuid, p_price_list_id uuid, p_quantity integer DEFAULT 1, p_at timestamptz DEFAULT now()) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(
        (SELECT e.unit_price::numeric(14,2)
           FROM cmis_marketing.price_list_entries e
          WHERE e.offering_id = p_offering_id
            AND e.price_list_id = p_price_list_id
            AND e.min_quantity <= p_quantity
            AND e.valid_during @> p_at
          ORDER BY e.min_quantity DESC
          LIMIT 1),
        (SELECT o.base_price::numeric(14,2) FROM cmis_marketing.offerings o WHERE o.offering_id = p_offering_id))
$$;
COMMENT ON FUNCTION cmis_marketing.offering_price_at(uuid, uuid, integer, timestamptz) IS 'Unit price of an offering in a price list for a quantity at a moment; falls back to the base price.';

CREATE FUNCTION cmis_marketing.clone_price_list(p_price_list_id uuid, p_new_name text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_marketing
    AS $$
DECLARE
    v_source cmis_marketing.price_lists%ROWTYPE;
    v_new_id uuid;
BEGIN
    SELECT * INTO v_source FROM cmis_marketing.price_lists
     WHERE price_list_id = p_price_list_id AND deleted_at IS NULL;
    IF NOT FOUND OR v_source.org_id IS DISTINCT FROM cmis.current_org_id() THEN
        RAISE EXCEPTION 'price list % not found', p_price_list_id;
    END IF;
    INSERT INTO cmis_marketing.price_lists (org_id, name, currency, region_code, customer_segment, is_default, status)
    VALUES (v_source.org_id, p_new_name, v_source.currency, v_source.region_code, v_source.customer_segment, false, 'draft')
    RETURNING price_list_id INTO v_new_id;
    INSERT INTO cmis_marketing.price_list_entries (org_id, price_list_id, offering_id, unit_price, min_quantity)
    SELECT e.org_id, v_new_id, e.offering_id, e.unit_price, e.min_quantity
      FROM cmis_marketing.price_list_entries e
     WHERE e.price_list_id = p_price_list_id AND e.valid_during @> now();
    RETURN v_new_id;
END
$$;
COMMENT ON FUNCTION cmis_marketing.clone_price_list(uuid, text) IS 'Copies a price list of the current tenant and its currently valid entries into a new draft list.';
REVOKE EXECUTE ON FUNCTION cmis_marketing.clone_price_list(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_marketing.clone_price_list(uuid, text) TO cmis_app;

CREATE FUNCTION cmis_marketing.check_bundle_item_tenant() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_bundle_org uuid;
    v_offering_org uuid;
BEGIN
    SELECT org_id INTO v_bundle_org FROM cmis_marketing.bundles WHERE bundle_id = NEW.bundle_id;
    SELECT org_id INTO v_offering_org FROM cmis_marketing.offerings WHERE offering_id = NEW.offering_id;
    IF v_bundle_org IS DISTINCT FROM NEW.org_id OR v_offering_org IS DISTINCT FROM NEW.org_id THEN
        RAISE EXCEPTION 'bundle item must belong to the same org as its bundle and offering';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis_marketing.check_bundle_item_tenant() IS 'BEFORE INSERT/UPDATE trigger: a bundle may only contain offerings of its own org.';

CREATE FUNCTION cmis_marketing.retire_offering(p_offering_id uuid) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_bundles integer;
BEGIN
    UPDATE cmis_marketing.offerings
       SET is_active = false, available_until = coalesce(available_until, now()), deleted_at = now()
     WHERE offering_id = p_offering_id AND deleted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'offering % not found', p_offering_id;
    END IF;
    UPDATE cmis_marketing.bundles b
       SET is_active = false
     WHERE b.is_active
       AND EXISTS (SELECT 1 FROM cmis_marketing.bundle_items bi
                    WHERE bi.bundle_id = b.bundle_id AND bi.offering_id = p_offering_id AND NOT bi.is_optional);
    GET DIAGNOSTICS v_bundles = ROW_COUNT;
    RETURN v_bundles;
END
$$;
COMMENT ON FUNCTION cmis_marketing.retire_offering(uuid) IS 'Soft-deletes an offering and deactivates the bundles that require it; returns how many bundles were deactivated.';

CREATE FUNCTION cmis_marketing.search_offerings(p_query text, p_limit integer DEFAULT 20) RETURNS SETOF cmis_marketing.offerings
    LANGUAGE sql STABLE
    AS $$
    SELECT o.*
      FROM cmis_marketing.offerings o
     WHERE o.deleted_at IS NULL
       AND (o.search_vector @@ websearch_to_tsquery('simple', p_query) OR o.name OPERATOR(public.%) p_query)
     ORDER BY ts_rank(o.search_vector, websearch_to_tsquery('simple', p_query)) DESC, public.similarity(o.name, p_query) DESC
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis_marketing.search_offerings(text, integer) IS 'Full-text and fuzzy (trigram) search of live offerings visible to the caller.';

-- teams_and_communication
CREATE FUNCTION cmis.add_team_member(p_team_id uuid, p_user_id uuid, p_role cmis.team_member_role DEFAULT 'member', p_invited_by uuid DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_org_id uuid;
    v_member_id uuid;
BEGIN
    SELECT org_id INTO v_org_id FROM cmis.teams WHERE team_id = p_team_id AND deleted_at IS NULL;
    IF NOT FOUND OR v_org_id IS DISTINCT FROM cmis.current_org_id() THEN
        RAISE EXCEPTION 'team % not found', p_team_id;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cmis.user_orgs
                    WHERE user_id = p_user_id AND org_id = v_org_id AND status = 'active' AND deleted_at IS NULL) THEN
        RAISE EXCEPTION 'user % is not an active member of the org', p_user_id;
    END IF;
    SELECT team_member_id INTO v_member_id FROM cmis.team_members
     WHERE team_id = p_team_id AND user_id = p_user_id AND left_at IS NULL;
    IF FOUND THEN
        UPDATE cmis.team_members SET member_role = p_role WHERE team_member_id = v_member_id;
        RETURN v_member_id;
    END IF;
    INSERT INTO cmis.team_members (org_id, team_id, user_id, member_role, invited_by)
    VALUES (v_org_id, p_team_id, p_user_id, p_role, p_invited_by)
    RETURNING team_member_id INTO v_member_id;
    RETURN v_member_id;
END
$$;
COMMENT ON FUNCTION cmis.add_team_member(uuid, uuid, cmis.team_member_role, uuid) IS 'Adds an active org member to a team of the current tenant, or changes the role of a current member.';
REVOKE EXECUTE ON FUNCTION cmis.add_team_member(uuid, uuid, cmis.team_member_role, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.add_team_member(uuid, uuid, cmis.team_member_role, uuid) TO cmis_app;

CREATE FUNCTION cmis.remove_team_member(p_team_id uuid, p_user_id uuid) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE cmis.team_members
       SET left_at = now()
     WHERE team_id = p_team_id AND user_id = p_user_id AND left_at IS NULL;
    RETURN FOUND;
END
$$;
COMMENT ON FUNCTION cmis.remove_team_member(uuid, uuid) IS 'Ends the current membership of a user in a team (history is kept).';

CREATE FUNCTION cmis.team_member_count(p_team_id uuid) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
    SELECT count(*)::integer FROM cmis.team_members WHERE team_id = p_team_id AND left_at IS NULL
$$;

CREATE FUNCTION cmis.user_team_ids(p_user_id uuid, p_include_ancestors boolean DEFAULT false) RETURNS SETOF uuid
    LANGUAGE sql STABLE
    AS $$
    SELECT DISTINCT t2.team_id
      FROM cmis.team_members tm
      JOIN cmis.teams t ON t.team_id = tm.team_id AND t.deleted_at IS NULL
      JOIN cmis.teams t2 ON t2.org_id = t.org_id AND t2.deleted_at IS NULL
                        AND (t2.team_id = t.team_id
                             OR (p_include_ancestors AND t.path IS NOT NULL AND t2.path IS NOT NULL
                                 AND t2.path OPERATOR(public.@>) t.path))
     WHERE tm.user_id = p_user_id AND tm.left_at IS NULL
$$;
COMMENT ON FUNCTION cmis.user_team_ids(uuid, boolean) IS 'Teams a user currently belongs to, optionally with all their ancestor teams (ltree path).';

CREATE FUNCTION cmis.set_team_path() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_parent_path public.ltree;
    v_label text := replace(NEW.slug, '-', '_');
BEGIN
    IF NEW.parent_team_id IS NULL THEN
        NEW.path := public.text2ltree(v_label);
    ELSE
        SELECT path INTO v_parent_path FROM cmis.teams WHERE team_id = NEW.parent_team_id;
        IF TG_OP = 'UPDATE' AND OLD.path IS NOT NULL AND v_parent_path OPERATOR(public.<@) OLD.path THEN
            RAISE EXCEPTION 'team % cannot be moved under itself or its own descendant', NEW.name;
        END IF;
        NEW.path := coalesce(v_parent_path, public.text2ltree('root')) OPERATOR(public.||) public.text2ltree(v_label);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.set_team_path() IS 'BEFORE INSERT/UPDATE trigger: derives teams.path from the parent path and the slug.';

CREATE FUNCTION cmis.cascade_team_path() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    -- Touching the children re-runs their BEFORE UPDATE trigger, which rebuilds their path.
    UPDATE cmis.teams SET updated_at = now() WHERE parent_team_id = NEW.team_id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.cascade_team_path() IS 'AFTER UPDATE trigger on teams: propagates a changed path to the child teams (recursively).';

CREATE FUNCTION cmis.unread_notification_count(p_user_id uuid) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
    SELECT count(*)::integer
      FROM cmis.notifications
     WHERE user_id = p_user_id AND read_at IS NULL AND (expires_at IS NULL OR expires_at > now())
$$;
COMMENT ON FUNCTION cmis.unread_notification_count(uuid) IS 'Badge count: unread, unexpired notifications of a user in the visible tenant.';

CREATE FUNCTION cmis.mark_notifications_read(p_user_id uuid, p_up_to_sequence bigint DEFAULT NULL) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE cmis.notifications
       SET read_at = now()
     WHERE user_id = p_user_id
       AND read_at IS NULL
       AND (p_up_to_sequence IS NULL OR sequence_number <= p_up_to_sequence);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;
COMMENT ON FUNCTION cmis.mark_notifications_read(uuid, bigint) IS 'Marks a user''s notifications read, all or up to a sequence number; returns how many.';

CREATE FUNCTION cmis.notify_comment_mention() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis
    AS $$
DECLARE
    v_comment cmis.comments%ROWTYPE;
BEGIN
    SELECT * INTO v_comment FROM cmis.comments WHERE comment_id = NEW.comment_id;
    INSERT INTO cmis.notifications (org_id, user_id, notification_type, title, body, entity_type, entity_id, source_comment_id)
    SELECT NEW.org_id, r.user_id, 'comment.mentioned', 'You were mentioned in a comment',
           left(v_comment.body, 280), v_comment.entity_type, v_comment.entity_id, v_comment.comment_id
      FROM (SELECT NEW.mentioned_user_id AS user_id
             WHERE NEW.mentioned_user_id IS NOT NULL
            UNION
            SELECT tm.user_id
              FROM cmis.team_members tm
             WHERE NEW.mentioned_team_id IS NOT NULL AND tm.team_id = NEW.mentioned_team_id AND tm.left_at IS NULL) r
     WHERE r.user_id IS DISTINCT FROM v_comment.author_user_id
       AND NOT EXISTS (SELECT 1 FROM cmis.notification_preferences p
                        WHERE p.user_id = r.user_id AND p.org_id = NEW.org_id
                          AND p.notification_type = 'comment.mentioned' AND p.channel = 'in_app'
                          AND NOT p.is_enabled);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis.notify_comment_mention() IS 'AFTER INSERT trigger on comment_mentions: notifies the mentioned user or team members, honouring in-app preferences.';
REVOKE EXECUTE ON FUNCTION cmis.notify_comment_mention() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis.notify_comment_mention() TO cmis_app;

CREATE FUNCTION cmis.stamp_comment_edit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.body IS DISTINCT FROM OLD.body THEN
        NEW.edited_at := now();
    END IF;
    IF NEW.parent_comment_id IS NOT NULL AND NEW.thread_root_id IS NULL THEN
        SELECT coalesce(c.thread_root_id, c.comment_id) INTO NEW.thread_root_id
          FROM cmis.comments c WHERE c.comment_id = NEW.parent_comment_id;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.stamp_comment_edit() IS 'BEFORE INSERT/UPDATE trigger on comments: sets thread_root_id from the parent and edited_at when the body changes.';

CREATE FUNCTION cmis.comment_thread(p_root_comment_id uuid) RETURNS TABLE (comment_id uuid, parent_comment_id uuid, depth integer, author_user_id uuid, body text, created_at timestamptz)
    LANGUAGE sql STABLE
    AS $$
    WITH RECURSIVE thread AS (
        SELECT c.comment_id, c.parent_comment_id, 0 AS depth, c.author_user_id, c.body, c.created_at,
               ARRAY[c.created_at] AS sort_path
          FROM cmis.comments c
         WHERE c.comment_id = p_root_comment_id AND c.deleted_at IS NULL
        UNION ALL
        SELECT c.comment_id, c.parent_comment_id, t.depth + 1, c.author_user_id, c.body, c.created_at,
               t.sort_path || c.created_at
          FROM cmis.comments c
          JOIN thread t ON c.parent_comment_id = t.comment_id
         WHERE c.deleted_at IS NULL AND t.depth < 50
    )
    SELECT thread.comment_id, thread.parent_comment_id, thread.depth, thread.author_user_id, thread.body, thread.created_at
      FROM thread
     ORDER BY thread.sort_path
$$;
COMMENT ON FUNCTION cmis.comment_thread(uuid) IS 'A comment and its live replies in display order with their depth.';

-- compliance_and_audit
CREATE FUNCTION cmis_audit.capture_row_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_audit
    AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
    v_changed text[];
    v_pk_column text := coalesce(TG_ARGV[0], 'id');
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO cmis_audit.audit_log (org_id, table_schema, table_name, operation, actor_user_id, client_addr)
        VALUES (cmis.current_org_id(), TG_TABLE_SCHEMA, TG_TABLE_NAME, 'TRUNCATE',
                nullif(current_setting('app.current_user_id', true), '')::uuid, inet_client_addr());
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        v_old := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        v_new := to_jsonb(NEW);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT array_agg(n.key ORDER BY n.key) INTO v_changed
          FROM jsonb_each(v_new) AS n(key, value)
         WHERE n.value IS DISTINCT FROM v_old -> n.key
           AND n.key NOT IN ('updated_at', 'search_vector');
        IF v_changed IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;
    v_row := coalesce(v_new, v_old);
    INSERT INTO cmis_audit.audit_log (org_id, table_schema, table_name, operation, row_id,
                                      old_data, new_data, changed_columns, actor_user_id, client_addr)
    VALUES ((v_row ->> 'org_id')::uuid, TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP::cmis_audit.audit_operation,
            v_row ->> v_pk_column, v_old, v_new, v_changed,
            nullif(current_setting('app.current_user_id', true), '')::uuid, inet_client_addr());
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION cmis_audit.capture_row_change() IS 'Generic AFTER trigger: writes INSERT/UPDATE/DELETE (to_jsonb of OLD/NEW) and TRUNCATE into cmis_audit.audit_log. Argument: primary-key column name. No-op updates are skipped.';
REVOKE EXECUTE ON FUNCTION cmis_audit.capture_row_change() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_audit.capture_row_change() TO cmis_app;

CREATE FUNCTION cmis_audit.prevent_audit_mutation() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('cmis_audit.allow_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'cmis_audit.% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END
$$;
COMMENT ON FUNCTION cmis_audit.prevent_audit_mutation() IS 'BEFORE UPDATE/DELETE guard: audit rows are immutable; only the retention purge (cmis_audit.allow_purge = on) may delete.';

CREATE FUNCTION cmis_audit.audit_trail(p_table_schema text, p_table_name text, p_row_id text) RETURNS SETOF cmis_audit.audit_log
    LANGUAGE sql STABLE
    AS $$
    SELECT *
      FROM cmis_audit.audit_log
     WHERE table_schema = p_table_schema AND table_name = p_table_name AND row_id = p_row_id
     ORDER BY event_number
$$;
COMMENT ON FUNCTION cmis_audit.audit_trail(text, text, text) IS 'History of one row, oldest first (subject to the caller''s RLS).';

CREATE FUNCTION cmis_audit.row_as_of(p_table_schema text, p_table_name text, p_row_id text, p_at timestamptz) RETURNS jsonb
    LANGUAGE sql STABLE
    AS $$
    SELECT CASE WHEN a.operation = 'DELETE' THEN NULL ELSE a.new_data END
      FROM cmis_audit.audit_log a
     WHERE a.table_schema = p_table_schema AND a.table_name = p_table_name AND a.row_id = p_row_id
       AND a.occurred_at <= p_at
     ORDER BY a.event_number DESC
     LIMIT 1
$$;
COMMENT ON FUNCTION cmis_audit.row_as_of(text, text, text, timestamptz) IS 'Reconstructs a row as it was at a moment from the audit log; NULL if it did not exist.';

CREATE FUNCTION cmis_audit.record_consent(p_org_id uuid, p_subject_email text, p_purpose text, p_is_granted boolean, p_source text, p_policy_version text DEFAULT NULL, p_evidence jsonb DEFAULT '{}'::jsonb) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_audit
    AS $$
DECLARE
    v_consent_id uuid;
BEGIN
    IF p_org_id IS DISTINCT FROM cmis.current_org_id() THEN
        RAISE EXCEPTION 'consent can only be recorded for the current tenant';
    END IF;
    INSERT INTO cmis_audit.consent_records (org_id, subject_email, purpose, is_granted, source, policy_version, evidence, ip_address)
    VALUES (p_org_id, p_subject_email::cmis.email_address, p_purpose, p_is_granted, p_source, p_policy_version,
            coalesce(p_evidence, '{}'::jsonb), inet_client_addr())
    RETURNING consent_id INTO v_consent_id;
    IF NOT p_is_granted THEN
        UPDATE cmis_audit.consent_records
           SET withdrawn_at = now()
         WHERE org_id = p_org_id AND subject_email = p_subject_email::cmis.email_address AND purpose = p_purpose
           AND is_granted AND withdrawn_at IS NULL;
    END IF;
    RETURN v_consent_id;
END
$$;
COMMENT ON FUNCTION cmis_audit.record_consent(uuid, text, text, boolean, text, text, jsonb) IS 'Appends a consent decision; a refusal withdraws earlier grants for the same purpose.';
REVOKE EXECUTE ON FUNCTION cmis_audit.record_consent(uuid, text, text, boolean, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_audit.record_consent(uuid, text, text, boolean, text, text, jsonb) TO cmis_app;

CREATE FUNCTION cmis_audit.has_consent(p_org_id uuid, p_subject_email text, p_purpose text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(
        (SELECT c.is_granted AND c.withdrawn_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())
           FROM cmis_audit.consent_records c
          WHERE c.org_id = p_org_id AND c.subject_email = p_subject_email::cmis.email_address AND c.purpose = p_purpose
          ORDER BY c.recorded_at DESC, c.consent_id DESC
          LIMIT 1),
        false)
$$;
COMMENT ON FUNCTION cmis_audit.has_consent(uuid, text, text) IS 'Whether the latest decision of a subject for a purpose is an unexpired, unwithdrawn grant.';

CREATE FUNCTION cmis_audit.set_dsr_due_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.due_at IS NULL THEN
        NEW.due_at := NEW.received_at + interval '30 days';
    END IF;
    IF NEW.status IN ('completed', 'rejected') AND NEW.completed_at IS NULL THEN
        NEW.completed_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis_audit.set_dsr_due_at() IS 'BEFORE INSERT/UPDATE trigger on data_subject_requests: statutory due date and completion stamp.';

CREATE FUNCTION cmis_audit.overdue_subject_requests(p_org_id uuid) RETURNS SETOF cmis_audit.data_subject_requests
    LANGUAGE sql STABLE
    AS $$
    SELECT *
      FROM cmis_audit.data_subject_requests
     WHERE org_id = p_org_id AND status NOT IN ('completed', 'rejected') AND due_at < now()
     ORDER BY due_at
$$;

CREATE FUNCTION cmis_audit.open_violation_count(p_org_id uuid, p_min_severity cmis_audit.severity_level DEFAULT 'info') RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
    SELECT count(*)
      FROM cmis_audit.compliance_violations
     WHERE org_id = p_org_id
       AND status IN ('open', 'acknowledged', 'remediating')
       AND severity >= p_min_severity
$$;
COMMENT ON FUNCTION cmis_audit.open_violation_count(uuid, cmis_audit.severity_level) IS 'Unresolved violations of a tenant at or above a severity.';

CREATE FUNCTION cmis_audit.record_check_result(p_rule_id uuid, p_outcome text, p_findings jsonb DEFAULT '[]'::jsonb, p_duration_ms integer DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_rule cmis_audit.compliance_rules%ROWTYPE;
    v_check_id uuid;
BEGIN
    SELECT * INTO v_rule FROM cmis_audit.compliance_rules WHERE rule_id = p_rule_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'compliance rule % not found', p_rule_id;
    END IF;
    INSERT INTO cmis_audit.compliance_checks (org_id, rule_id, outcome, findings, duration_ms)
    VALUES (v_rule.org_id, p_rule_id, p_outcome, coalesce(p_findings, '[]'::jsonb), p_duration_ms)
    RETURNING check_id INTO v_check_id;
    IF p_outcome = 'fail' AND NOT EXISTS (
        SELECT 1 FROM cmis_audit.compliance_violations
         WHERE rule_id = p_rule_id AND status IN ('open', 'acknowledged', 'remediating')) THEN
        INSERT INTO cmis_audit.compliance_violations (org_id, rule_id, check_id, severity, summary, details)
        VALUES (v_rule.org_id, p_rule_id, v_check_id, v_rule.severity, v_rule.code || ' failed: ' || v_rule.title,
                jsonb_build_object('findings', p_findings));
    END IF;
    RETURN v_check_id;
END
$$;
COMMENT ON FUNCTION cmis_audit.record_check_result(uuid, text, jsonb, integer) IS 'Stores a check outcome and opens a violation on the first failure of a rule.';

CREATE FUNCTION cmis_audit.is_under_legal_hold(p_org_id uuid, p_entity_type text, p_entity_id uuid) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
    SELECT EXISTS (
        SELECT 1
          FROM cmis_audit.legal_holds h
         WHERE h.org_id = p_org_id
           AND h.entity_type = p_entity_type
           AND (h.entity_id IS NULL OR h.entity_id = p_entity_id)
           AND h.released_at IS NULL
           AND h.hold_period @> now())
$$;
COMMENT ON FUNCTION cmis_audit.is_under_legal_hold(uuid, text, uuid) IS 'True when an active legal hold covers the entity (or its whole entity type).';

CREATE FUNCTION cmis_audit.complete_access_review(p_review_id uuid) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_pending integer;
BEGIN
    SELECT count(*) INTO v_pending
      FROM cmis_audit.access_review_items
     WHERE review_id = p_review_id AND decision = 'pending';
    IF v_pending > 0 THEN
        RAISE EXCEPTION 'access review % still has % pending items', p_review_id, v_pending;
    END IF;
    UPDATE cmis_audit.access_reviews
       SET status = 'completed', completed_at = now()
     WHERE review_id = p_review_id AND status = 'open';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'access review % is not open', p_review_id;
    END IF;
    RETURN (SELECT count(*)::integer FROM cmis_audit.access_review_items
             WHERE review_id = p_review_id AND decision = 'revoke');
END
$$;
COMMENT ON FUNCTION cmis_audit.complete_access_review(uuid) IS 'Closes an open access review whose items are all decided; returns the number of revocations.';

CREATE FUNCTION cmis_audit.apply_retention_policy(p_policy_id uuid) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_audit
    AS $$
DECLARE
    v_policy cmis_audit.data_retention_policies%ROWTYPE;
    v_cutoff timestamptz;
    v_execution_id uuid;
    v_rows bigint := 0;
BEGIN
    SELECT * INTO v_policy FROM cmis_audit.data_retention_policies
     WHERE policy_id = p_policy_id AND is_active AND deleted_at IS NULL
     FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'retention policy % not found or inactive', p_policy_id;
    END IF;
    IF cmis_audit.is_under_legal_hold(v_policy.org_id, v_policy.target_schema || '.' || v_policy.target_table, NULL) THEN
        RAISE EXCEPTION 'table %.% of this tenant is under legal hold', v_policy.target_schema, v_policy.target_table;
    END IF;
    v_cutoff := now() - v_policy.retention;
    INSERT INTO cmis_audit.retention_executions (org_id, policy_id, cutoff_at)
    VALUES (v_policy.org_id, p_policy_id, v_cutoff)
    RETURNING execution_id INTO v_execution_id;
    IF v_policy.retention_action = 'delete' THEN
        PERFORM set_config('cmis_audit.allow_purge', 'on', true);
        EXECUTE format('DELETE FROM %I.%I WHERE org_id = $1 AND %I < $2',
                       v_policy.target_schema, v_policy.target_table, v_policy.timestamp_column)
          USING v_policy.org_id, v_cutoff;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        PERFORM set_config('cmis_audit.allow_purge', 'off', true);
    ELSE
        RAISE EXCEPTION 'retention action % is carried out by the archive worker', v_policy.retention_action;
    END IF;
    UPDATE cmis_audit.retention_executions
       SET finished_at = now(), rows_affected = v_rows, status = 'succeeded'
     WHERE execution_id = v_execution_id;
    UPDATE cmis_audit.data_retention_policies SET last_applied_at = now() WHERE policy_id = p_policy_id;
    RETURN v_rows;
END
$$;
COMMENT ON FUNCTION cmis_audit.apply_retention_policy(uuid) IS 'Deletes a tenant''s rows older than the retention of a delete policy (unless under legal hold) and logs the execution.';
REVOKE EXECUTE ON FUNCTION cmis_audit.apply_retention_policy(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_audit.apply_retention_policy(uuid) TO cmis_app;

CREATE FUNCTION cmis_audit.log_security_event(p_event_type text, p_severity cmis_audit.severity_level DEFAULT 'info', p_user_id uuid DEFAULT NULL, p_details jsonb DEFAULT '{}'::jsonb) RETURNS uuid
    LANGUAGE sql SECURITY DEFINER
    SET search_path = pg_catalog, cmis_audit
    AS $$
    INSERT INTO cmis_audit.security_events (org_id, user_id, event_type, severity, ip_address, details)
    VALUES (cmis.current_org_id(), p_user_id, p_event_type, p_severity, inet_client_addr(), coalesce(p_details, '{}'::jsonb))
    RETURNING event_id
$$;
COMMENT ON FUNCTION cmis_audit.log_security_event(text, cmis_audit.severity_level, uuid, jsonb) IS 'Records a security event for the current tenant (or none, before sign-in).';
REVOKE EXECUTE ON FUNCTION cmis_audit.log_security_event(text, cmis_audit.severity_level, uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmis_audit.log_security_event(text, cmis_audit.severity_level, uuid, jsonb) TO cmis_app;

-- advanced_features
CREATE FUNCTION cmis_knowledge.match_documents(p_query_embedding public.vector, p_match_count integer DEFAULT 10, p_min_similarity double precision DEFAULT 0.5, p_collection_id uuid DEFAULT NULL) RETURNS TABLE (document_id uuid, title text, summary text, similarity double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT d.document_id, d.title, d.summary, 1 - (d.embedding OPERATOR(public.<=>) p_query_embedding) AS similarity
      FROM cmis_knowledge.documents d
     WHERE d.embedding IS NOT NULL
       AND d.deleted_at IS NULL
       AND d.status = 'published'
       AND (p_collection_id IS NULL OR d.collection_id = p_collection_id)
       AND 1 - (d.embedding OPERATOR(public.<=>) p_query_embedding) >= p_min_similarity
     ORDER BY d.embedding OPERATOR(public.<=>) p_query_embedding
     LIMIT p_match_count
$$;
COMMENT ON FUNCTION cmis_knowledge.match_documents(public.vector, integer, double precision, uuid) IS 'Semantic search: published documents nearest to a query embedding by cosine similarity (HNSW).';

CREATE FUNCTION cmis_knowledge.match_chunks(p_query_embedding public.vector, p_match_count integer DEFAULT 8) RETURNS TABLE (chunk_id uuid, document_id uuid, chunk_index integer, content text, distance double precision)
    LANGUAGE sql STABLE
    AS $$
    SELECT c.chunk_id, c.document_id, c.chunk_index, c.content, c.embedding OPERATOR(public.<=>) p_query_embedding AS distance
      FROM cmis_knowledge.document_chunks c
      JOIN cmis_knowledge.documents d ON d.document_id = c.document_id AND d.deleted_at IS NULL
     WHERE c.embedding IS NOT NULL
     ORDER BY c.embedding OPERATOR(public.<=>) p_query_embedding
     LIMIT p_match_count
$$;
COMMENT ON FUNCTION cmis_knowledge.match_chunks(public.vector, integer) IS 'Retrieval for RAG: the passages nearest to a query embedding (cosine distance).';

CREATE FUNCTION cmis_knowledge.search_documents(p_query text, p_limit integer DEFAULT 20) RETURNS TABLE (document_id uuid, title text, rank real, headline text)
    LANGUAGE sql STABLE
    AS $$
    SELECT d.document_id, d.title,
           ts_rank_cd(d.search_vector, q.query) AS rank,
           ts_headline('simple'::regconfig, coalesce(d.summary, left(d.body, 2000)), q.query) AS headline
      FROM cmis_knowledge.documents d,
           websearch_to_tsquery('simple'::regconfig, p_query) AS q(query)
     WHERE d.search_vector @@ q.query AND d.deleted_at IS NULL
     ORDER BY rank DESC
     LIMIT p_limit
$$;
COMMENT ON FUNCTION cmis_knowledge.search_documents(text, integer) IS 'Keyword search of live documents (title weighted above summary and body) with a highlighted snippet.';

CREATE FUNCTION cmis_knowledge.invalidate_embedding() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.body IS DISTINCT FROM OLD.body OR NEW.title IS DISTINCT FROM OLD.title THEN
        NEW.embedding := NULL;
        NEW.embedding_model := NULL;
        NEW.embedded_at := NULL;
        IF NEW.status = 'published' THEN
            NEW.status := 'processing';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis_knowledge.invalidate_embedding() IS 'BEFORE UPDATE trigger on documents: a changed title or body clears the stale embedding for re-embedding.';

CREATE FUNCTION cmis_knowledge.log_search(p_query_text text, p_query_embedding public.vector, p_result_count integer, p_top_document_id uuid, p_latency_ms integer, p_collection_id uuid DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_search_id uuid;
BEGIN
    INSERT INTO cmis_knowledge.semantic_search_log (org_id, user_id, collection_id, query_text, query_embedding,
                                                    result_count, top_document_id, latency_ms)
    VALUES (cmis.current_org_id(), nullif(current_setting('app.current_user_id', true), '')::uuid, p_collection_id,
            p_query_text, p_query_embedding, p_result_count, p_top_document_id, p_latency_ms)
    RETURNING search_id INTO v_search_id;
    RETURN v_search_id;
END
$$;

CREATE FUNCTION cmis.orchestration_progress(p_orchestration_id uuid) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$
    SELECT round(100.0 * count(*) FILTER (WHERE status IN ('done', 'skipped')) / nullif(count(*), 0), 1)
      FROM cmis.orchestration_steps
     WHERE orchestration_id = p_orchestration_id
$$;
COMMENT ON FUNCTION cmis.orchestration_progress(uuid) IS 'Percentage of the steps of an orchestration that are done or skipped.';

CREATE FUNCTION cmis.start_orchestration(p_orchestration_id uuid) RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_orch cmis.campaign_orchestrations%ROWTYPE;
    v_ready integer;
BEGIN
    SELECT * INTO v_orch FROM cmis.campaign_orchestrations
     WHERE orchestration_id = p_orchestration_id AND deleted_at IS NULL
     FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'orchestration % not found', p_orchestration_id;
    END IF;
    IF v_orch.status NOT IN ('draft', 'scheduled', 'paused') THEN
        RAISE EXCEPTION 'orchestration % cannot start from status %', v_orch.name, v_orch.status;
    END IF;
    UPDATE cmis.campaign_orchestrations
       SET status = 'running', started_at = coalesce(started_at, now())
     WHERE orchestration_id = p_orchestration_id;
    UPDATE cmis.orchestration_steps s
       SET status = 'waiting'
     WHERE s.orchestration_id = p_orchestration_id
       AND s.status = 'pending'
       AND (v_orch.strategy = 'parallel'
            OR s.depends_on_step_id IS NULL AND s.step_order = (SELECT min(step_order) FROM cmis.orchestration_steps
                                                                  WHERE orchestration_id = p_orchestration_id));
    GET DIAGNOSTICS v_ready = ROW_COUNT;
    RETURN v_ready;
END
$$;
COMMENT ON FUNCTION cmis.start_orchestration(uuid) IS 'Moves an orchestration to running and releases its first step (all steps when parallel); returns steps released.';

CREATE FUNCTION cmis.check_orchestration_campaign() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cmis.campaigns c WHERE c.campaign_id = NEW.campaign_id AND c.org_id = NEW.org_id) THEN
        RAISE EXCEPTION 'campaign % does not belong to org %', NEW.campaign_id, NEW.org_id;
    END IF;
    IF NEW.status = 'completed' AND NEW.completed_at IS NULL THEN
        NEW.completed_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cmis.check_orchestration_campaign() IS 'BEFORE INSERT/UPDATE trigger: the orchestrated campaign must belong to the same org; stamps completed_at.';

CREATE FUNCTION lab.is_feature_enabled(p_flag_key text, p_org_id uuid DEFAULT cmis.current_org_id()) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, lab
    AS $$
    SELECT coalesce(
        (SELECT o.is_enabled
           FROM lab.feature_flag_overrides o
          WHERE o.flag_id = f.flag_id AND o.org_id = p_org_id AND o.active_during @> now()
          LIMIT 1),
        f.is_enabled
        OR (f.rollout_percent > 0 AND p_org_id IS NOT NULL
            AND mod(abs(hashtext(f.flag_key || ':' || p_org_id::text)::bigint), 100) < f.rollout_percent))
      FROM lab.feature_flags f
     WHERE f.flag_key = p_flag_key AND f.deleted_at IS NULL AND (f.expires_at IS NULL OR f.expires_at > now())
$$;
COMMENT ON FUNCTION lab.is_feature_enabled(text, uuid) IS 'Flag state for an org: an active override wins, then the global switch, then a stable hash-based percentage rollout. NULL for unknown flags.';
REVOKE EXECUTE ON FUNCTION lab.is_feature_enabled(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lab.is_feature_enabled(text, uuid) TO cmis_app;

CREATE FUNCTION lab.set_feature_override(p_flag_key text, p_is_enabled boolean, p_reason text DEFAULT NULL, p_until timestamptz DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, lab
    AS $$
DECLARE
    v_org_id uuid := cmis.current_org_id();
    v_flag_id uuid;
    v_override_id uuid;
BEGIN
    IF v_org_id IS NULL THEN
        RAISE EXCEPTION 'no current tenant';
    END IF;
    SELECT flag_id INTO v_flag_id FROM lab.feature_flags WHERE flag_key = p_flag_key AND deleted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'feature flag % not found', p_flag_key;
    END IF;
    UPDATE lab.feature_flag_overrides
       SET active_during = tstzrange(lower(active_during), now())
     WHERE flag_id = v_flag_id AND org_id = v_org_id AND active_during @> now();
    INSERT INTO lab.feature_flag_overrides (org_id, flag_id, is_enabled, reason, active_during, created_by)
    VALUES (v_org_id, v_flag_id, p_is_enabled, p_reason, tstzrange(now(), p_until),
            nullif(current_setting('app.current_user_id', true), '')::uuid)
    RETURNING override_id INTO v_override_id;
    RETURN v_override_id;
END
$$;
COMMENT ON FUNCTION lab.set_feature_override(text, boolean, text, timestamptz) IS 'Forces a flag on or off for the current tenant from now (until p_until), closing any active override.';
REVOKE EXECUTE ON FUNCTION lab.set_feature_override(text, boolean, text, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lab.set_feature_override(text, boolean, text, timestamptz) TO cmis_app;

-- archive_and_backups
CREATE FUNCTION archive.archive_campaign(p_campaign_id uuid, p_reason text DEFAULT 'completed', p_archive_job_id uuid DEFAULT NULL) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, archive
    AS $$
DECLARE
    v_snapshot jsonb;
    v_org_id uuid;
    v_archived_id uuid;
BEGIN
    SELECT to_jsonb(c), c.org_id INTO v_snapshot, v_org_id
      FROM cmis.campaigns c
     WHERE c.campaign_id = p_campaign_id
     FOR UPDATE;
    IF NOT FOUND OR v_org_id IS DISTINCT FROM cmis.current_org_id() THEN
        RAISE EXCEPTION 'campaign % not found', p_campaign_id;
    END IF;
    IF cmis_audit.is_under_legal_hold(v_org_id, 'campaign', p_campaign_id) THEN
        RAISE EXCEPTION 'campaign % is under legal hold', p_campaign_id;
    END IF;
    INSERT INTO archive.archived_campaigns (org_id, campaign_id, archive_job_id, campaign_name, snapshot,
                                            archive_reason, archived_by, original_created_at, restore_deadline)
    VALUES (v_org_id, p_campaign_id, p_archive_job_id, v_snapshot ->> 'name', v_snapshot, p_reason,
            nullif(current_setting('app.current_user_id', true), '')::uuid,
            (v_snapshot ->> 'created_at')::timestamptz, now() + interval '1 year')
    RETURNING archived_campaign_id INTO v_archived_id;
    DELETE FROM cmis.campaigns WHERE campaign_id = p_campaign_id;
    RETURN v_archived_id;
END
$$;
COMMENT ON FUNCTION archive.archive_campaign(uuid, text, uuid) IS 'Moves a campaign of the current tenant into archive.archived_campaigns as a JSON snapshot (refused under legal hold).';
REVOKE EXECUTE ON FUNCTION archive.archive_campaign(uuid, text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION archive.archive_campaign(uuid, text, uuid) TO cmis_app;

CREATE FUNCTION archive.archive_audit_log(p_older_than interval DEFAULT '1 year'::interval) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, archive
    AS $$
DECLARE
    v_rows bigint;
BEGIN
    WITH moved AS (
        INSERT INTO archive.archived_audit_log (audit_id, event_number, org_id, table_schema, table_name, operation,
                                                row_id, old_data, new_data, changed_columns, actor_user_id, occurred_at)
        SELECT a.audit_id, a.event_number, a.org_id, a.table_schema, a.table_name, a.operation::text,
               a.row_id, a.old_data, a.new_data, a.changed_columns, a.actor_user_id, a.occurred_at
          FROM cmis_audit.audit_log a
         WHERE a.occurred_at < now() - p_older_than
        ON CONFLICT (audit_id) DO NOTHING
        RETURNING 1)
    SELECT count(*) INTO v_rows FROM moved;
    PERFORM set_config('cmis_audit.allow_purge', 'on', true);
    DELETE FROM cmis_audit.audit_log a
     WHERE a.occurred_at < now() - p_older_than
       AND EXISTS (SELECT 1 FROM archive.archived_audit_log x WHERE x.audit_id = a.audit_id);
    PERFORM set_config('cmis_audit.allow_purge', 'off', true);
    RETURN v_rows;
END
$$;
COMMENT ON FUNCTION archive.archive_audit_log(interval) IS 'Maintenance: moves audit-log rows older than the interval (all tenants) to archive.archived_audit_log.';
REVOKE EXECUTE ON FUNCTION archive.archive_audit_log(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION archive.archive_audit_log(interval) TO cmis_app;

CREATE FUNCTION archive.refresh_archive_summary() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, archive
    AS $$
BEGIN
    REFRESH MATERIALIZED VIEW CONCURRENTLY archive.archive_summary;
END
$$;
COMMENT ON FUNCTION archive.refresh_archive_summary() IS 'Refreshes archive.archive_summary without blocking readers (needs its unique index).';
REVOKE EXECUTE ON FUNCTION archive.refresh_archive_summary() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION archive.refresh_archive_summary() TO cmis_app;

CREATE FUNCTION archive.org_archive_summary() RETURNS SETOF archive.archive_summary
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, archive
    AS $$
    SELECT * FROM archive.archive_summary WHERE org_id = cmis.current_org_id()
$$;
COMMENT ON FUNCTION archive.org_archive_summary() IS 'The current tenant''s row of the (unfiltered) archive summary materialized view.';
REVOKE EXECUTE ON FUNCTION archive.org_archive_summary() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION archive.org_archive_summary() TO cmis_app;

CREATE FUNCTION archive.request_restore(p_archived_campaign_id uuid, p_reason text) RETURNS uuid
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_campaign archive.archived_campaigns%ROWTYPE;
    v_request_id uuid;
BEGIN
    SELECT * INTO v_campaign FROM archive.archived_campaigns WHERE archived_campaign_id = p_archived_campaign_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'archived campaign % not found', p_archived_campaign_id;
    END IF;
    IF v_campaign.restore_deadline IS NOT NULL AND v_campaign.restore_deadline < now() THEN
        RAISE EXCEPTION 'restore deadline of archived campaign % has passed', p_archived_campaign_id;
    END IF;
    INSERT INTO archive.restore_requests (org_id, archived_campaign_id, reason, requested_by)
    VALUES (v_campaign.org_id, p_archived_campaign_id, p_reason, nullif(current_setting('app.current_user_id', true), '')::uuid)
    RETURNING restore_request_id INTO v_request_id;
    RETURN v_request_id;
END
$$;
COMMENT ON FUNCTION archive.request_restore(uuid, text) IS 'Opens a restore request for an archived campaign still within its restore deadline.';

CREATE FUNCTION archive.decide_restore(p_restore_request_id uuid, p_approve boolean) RETURNS archive.restore_status
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_status archive.restore_status := CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END;
BEGIN
    UPDATE archive.restore_requests
       SET status = v_status,
           decided_at = now(),
           decided_by = nullif(current_setting('app.current_user_id', true), '')::uuid
     WHERE restore_request_id = p_restore_request_id AND status = 'requested';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'restore request % is not awaiting a decision', p_restore_request_id;
    END IF;
    RETURN v_status;
END
$$;

CREATE FUNCTION archive.archived_row_count(p_org_id uuid) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
    SELECT (SELECT count(*) FROM archive.archived_campaigns WHERE org_id = p_org_id)
         + (SELECT count(*) FROM archive.archived_workflow_runs WHERE org_id = p_org_id)
         + (SELECT count(*) FROM archive.archived_comments WHERE org_id = p_org_id)
         + (SELECT count(*) FROM archive.archived_audit_log WHERE org_id = p_org_id)
$$;
COMMENT ON FUNCTION archive.archived_row_count(uuid) IS 'Live (not materialized) count of a tenant''s archived rows.';

CREATE FUNCTION archive.protect_snapshot() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.campaign_id IS DISTINCT FROM OLD.campaign_id
       OR NEW.org_id IS DISTINCT FROM OLD.org_id OR NEW.archived_at IS DISTINCT FROM OLD.archived_at THEN
        RAISE EXCEPTION 'archived campaign snapshots are immutable';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION archive.protect_snapshot() IS 'BEFORE UPDATE guard on archived_campaigns: snapshot, identity and archive time never change.';

CREATE FUNCTION archive.stamp_restore_decision() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.status = 'restored' AND NEW.restored_at IS NULL THEN
        NEW.restored_at := now();
    END IF;
    IF NEW.status <> 'requested' AND NEW.decided_at IS NULL THEN
        NEW.decided_at := now();
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION cmis_security_backup_20251111_202413.backup_row_counts() RETURNS TABLE (table_name text, row_count bigint)
    LANGUAGE sql STABLE
    AS $$
    SELECT 'users_backup', count(*) FROM cmis_security_backup_20251111_202413.users_backup
    UNION ALL SELECT 'user_orgs_backup', count(*) FROM cmis_security_backup_20251111_202413.user_orgs_backup
    UNION ALL SELECT 'roles_backup', count(*) FROM cmis_security_backup_20251111_202413.roles_backup
    UNION ALL SELECT 'permissions_backup', count(*) FROM cmis_security_backup_20251111_202413.permissions_backup
    UNION ALL SELECT 'role_permissions_backup', count(*) FROM cmis_security_backup_20251111_202413.role_permissions_backup
    UNION ALL SELECT 'user_permissions_backup', count(*) FROM cmis_security_backup_20251111_202413.user_permissions_backup
$$;
COMMENT ON FUNCTION cmis_security_backup_20251111_202413.backup_row_counts() IS 'Row counts of the 2025-11-11 security snapshot, for verification against the live tables.';

CREATE FUNCTION cmis_security_backup_20251111_202413.memberships_missing_from_live() RETURNS SETOF cmis_security_backup_20251111_202413.user_orgs_backup
    LANGUAGE sql STABLE
    AS $$
    SELECT b.*
      FROM cmis_security_backup_20251111_202413.user_orgs_backup b
     WHERE b.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM cmis.user_orgs u WHERE u.user_id = b.user_id AND u.org_id = b.org_id)
$$;
COMMENT ON FUNCTION cmis_security_backup_20251111_202413.memberships_missing_from_live() IS 'Memberships present in the snapshot but absent from cmis.user_orgs (lost in the RLS refactor?).';

CREATE FUNCTION cmis_security_backup_20251111_202413.permission_drift() RETURNS TABLE (permission_code text, change text)
    LANGUAGE sql STABLE
    AS $$
    SELECT coalesce(b.permission_code, p.permission_code),
           CASE WHEN p.permission_id IS NULL THEN 'removed since backup'
                WHEN b.permission_id IS NULL THEN 'added since backup'
                ELSE 'changed' END
      FROM cmis_security_backup_20251111_202413.permissions_backup b
      FULL JOIN cmis.permissions p ON p.permission_id = b.permission_id
     WHERE p.permission_id IS NULL OR b.permission_id IS NULL
        OR p.permission_code IS DISTINCT FROM b.permission_code
        OR p.category IS DISTINCT FROM b.category
$$;
COMMENT ON FUNCTION cmis_security_backup_20251111_202413.permission_drift() IS 'Differences between the permission catalogue now and in the snapshot.';
