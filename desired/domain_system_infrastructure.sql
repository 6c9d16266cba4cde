-- AI Agent Context
-- Purpose:   Phase 2 application infrastructure that is not tenant data: the Laravel-style cache
--            and its locks, the database queue (jobs, failed jobs, job batches), web sessions,
--            the scheduler's task list, and the health checks with their sampled results.
--            None of these tables carries org_id, so they have no row-level security; access is
--            limited by GRANTs instead (cmis_readonly cannot read cache values or sessions).
-- Tables:    cmis_ops.cache, cmis_ops.cache_locks, cmis_ops.jobs, cmis_ops.failed_jobs,
--            cmis_ops.job_batches, cmis_ops.sessions, cmis_ops.scheduled_tasks,
--            cmis_system_health.health_checks, cmis_system_health.health_check_results
-- Depends:   extensions_and_schemas (schemas cmis_ops, cmis_system_health),
--            core_identity_and_access (cmis.users for sessions.user_id).
--            Bigint job ids come from sequences in all_sequences.sql; FKs live in
--            all_constraints.sql, indexes in all_indexes.sql, triggers in all_triggers.sql.

CREATE TYPE cmis_system_health.health_status AS ENUM ('ok', 'degraded', 'failing', 'unknown');
COMMENT ON TYPE cmis_system_health.health_status IS 'Outcome of one health check run; ordered from best to worst except unknown.';

CREATE DOMAIN cmis_ops.queue_name AS text
    CHECK (VALUE ~ '^[a-z][a-z0-9_.-]{0,63}$');
COMMENT ON DOMAIN cmis_ops.queue_name IS 'Name of a job queue: lower case, starts with a letter, at most 64 characters.';

CREATE TABLE cmis_ops.cache (
    key text NOT NULL,
    value text NOT NULL,
    expiration integer NOT NULL,
    CONSTRAINT cache_pkey PRIMARY KEY (key),
    CONSTRAINT cache_key_length CHECK (char_length(key) <= 255)
);
COMMENT ON TABLE cmis_ops.cache IS 'Laravel database cache store: serialized values keyed by cache key.';
COMMENT ON COLUMN cmis_ops.cache.expiration IS 'Unix epoch second after which the entry is stale.';

CREATE TABLE cmis_ops.cache_locks (
    key text NOT NULL,
    owner text NOT NULL,
    expiration integer NOT NULL,
    CONSTRAINT cache_locks_pkey PRIMARY KEY (key)
);
COMMENT ON TABLE cmis_ops.cache_locks IS 'Atomic locks of the Laravel cache store (Cache::lock).';
COMMENT ON COLUMN cmis_ops.cache_locks.owner IS 'Random token of the process holding the lock.';

CREATE TABLE cmis_ops.jobs (
    id bigint NOT NULL,
    queue cmis_ops.queue_name DEFAULT 'default' NOT NULL,
    payload jsonb NOT NULL,
    attempts smallint DEFAULT 0 NOT NULL,
    priority smallint DEFAULT 0 NOT NULL,
    batch_id uuid,
    reserved_at timestamptz,
    reserved_by text,
    available_at timestamptz DEFAULT now() NOT NULL,
    created_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT jobs_pkey PRIMARY KEY (id),
    CONSTRAINT jobs_attempts_nonnegative CHECK (attempts >= 0),
    CONSTRAINT jobs_priority_range CHECK (priority BETWEEN -100 AND 100),
    CONSTRAINT jobs_reservation_consistent CHECK ((reserved_at IS NULL) = (reserved_by IS NULL))
);
COMMENT ON TABLE cmis_ops.jobs IS 'Database queue: pending and reserved jobs; a worker deletes a job when it succeeds.';
COMMENT ON COLUMN cmis_ops.jobs.id IS 'Bigint id from cmis_ops.jobs_id_seq (FIFO order within a queue).';
COMMENT ON COLUMN cmis_ops.jobs.reserved_at IS 'Set when a worker takes the job; NULL while the job waits.';

CREATE TABLE cmis_ops.failed_jobs (
    id bigint NOT NULL,
    uuid uuid DEFAULT gen_random_uuid() NOT NULL,
    connection text NOT NULL,
    queue cmis_ops.queue_name NOT NULL,
    payload jsonb NOT NULL,
    exception text NOT NULL,
    attempts smallint DEFAULT 0 NOT NULL,
    failed_at timestamptz DEFAULT now() NOT NULL,
    retried_at timestamptz,
    CONSTRAINT failed_jobs_pkey PRIMARY KEY (id),
    CONSTRAINT failed_jobs_retried_after_failure CHECK (retried_at IS NULL OR retried_at >= failed_at)
);
COMMENT ON TABLE cmis_ops.failed_jobs IS 'Jobs that exhausted their attempts, kept for inspection and manual retry.';
COMMENT ON COLUMN cmis_ops.failed_jobs.uuid IS 'Public id used by queue:retry.';

CREATE TABLE cmis_ops.job_batches (
    batch_id uuid DEFAULT uuidv7() NOT NULL,
    name text NOT NULL,
    total_jobs integer DEFAULT 0 NOT NULL,
    pending_jobs integer DEFAULT 0 NOT NULL,
    failed_jobs integer DEFAULT 0 NOT NULL,
    failed_job_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    options jsonb DEFAULT '{}'::jsonb NOT NULL,
    cancelled_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    finished_at timestamptz,
    CONSTRAINT job_batches_pkey PRIMARY KEY (batch_id),
    CONSTRAINT job_batches_counts_valid CHECK (total_jobs >= 0 AND pending_jobs BETWEEN 0 AND total_jobs AND failed_jobs BETWEEN 0 AND total_jobs),
    CONSTRAINT job_batches_finished_after_created CHECK (finished_at IS NULL OR finished_at >= created_at)
);
COMMENT ON TABLE cmis_ops.job_batches IS 'Laravel job batches (Bus::batch) with their progress counters.';

CREATE TABLE cmis_ops.sessions (
    id text NOT NULL,
    user_id uuid,
    ip_address inet,
    user_agent text,
    payload text NOT NULL,
    last_activity timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT sessions_pkey PRIMARY KEY (id),
    CONSTRAINT sessions_id_length CHECK (char_length(id) BETWEEN 20 AND 255)
);
COMMENT ON TABLE cmis_ops.sessions IS 'Laravel database session store for the web UI (API tokens use cmis.user_sessions).';
COMMENT ON COLUMN cmis_ops.sessions.payload IS 'Base64 serialized session data; never readable by cmis_readonly.';

CREATE TABLE cmis_ops.scheduled_tasks (
    task_id uuid DEFAULT gen_random_uuid() NOT NULL,
    task_name text NOT NULL,
    command text NOT NULL,
    cron_expression text NOT NULL,
    timezone_name text DEFAULT 'UTC' NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    without_overlapping boolean DEFAULT true NOT NULL,
    max_runtime interval DEFAULT interval '1 hour' NOT NULL,
    last_started_at timestamptz,
    last_finished_at timestamptz,
    last_exit_code smallint,
    next_run_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT scheduled_tasks_pkey PRIMARY KEY (task_id),
    CONSTRAINT scheduled_tasks_cron_fields CHECK (array_length(regexp_split_to_array(btrim(cron_expression), '\s+'), 1) BETWEEN 5 AND 6),
    CONSTRAINT scheduled_tasks_max_runtime_positive CHECK (max_runtime > interval '0')
);
COMMENT ON TABLE cmis_ops.scheduled_tasks IS 'Scheduler entries (artisan commands on a cron expression) and their last run.';
COMMENT ON COLUMN cmis_ops.scheduled_tasks.cron_expression IS 'Five or six field cron expression, evaluated in timezone_name.';

CREATE TABLE cmis_system_health.health_checks (
    check_id uuid DEFAULT gen_random_uuid() NOT NULL,
    check_name text NOT NULL,
    component text NOT NULL,
    check_type text NOT NULL,
    interval_seconds integer DEFAULT 60 NOT NULL,
    warn_threshold_ms integer,
    fail_threshold_ms integer,
    is_enabled boolean DEFAULT true NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    last_status cmis_system_health.health_status DEFAULT 'unknown' NOT NULL,
    last_checked_at timestamptz,
    created_at timestamptz DEFAULT now() NOT NULL,
    updated_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT health_checks_pkey PRIMARY KEY (check_id),
    CONSTRAINT health_checks_type_valid CHECK (check_type IN ('database', 'queue', 'cache', 'storage', 'http', 'platform_api', 'scheduler')),
    CONSTRAINT health_checks_interval_range CHECK (interval_seconds BETWEEN 10 AND 86400),
    CONSTRAINT health_checks_thresholds_ordered CHECK (warn_threshold_ms IS NULL OR fail_threshold_ms IS NULL OR warn_threshold_ms < fail_threshold_ms)
);
COMMENT ON TABLE cmis_system_health.health_checks IS 'Registered health checks (database, queue depth, platform APIs, ...) and their latest status.';
COMMENT ON COLUMN cmis_system_health.health_checks.last_status IS 'Denormalised status of the newest result, maintained by trigger.';

CREATE TABLE cmis_system_health.health_check_results (
    result_id bigint NOT NULL,
    check_id uuid NOT NULL,
    status cmis_system_health.health_status NOT NULL,
    latency_ms integer,
    message text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    host_name text,
    observed_at timestamptz DEFAULT now() NOT NULL,
    CONSTRAINT health_check_results_pkey PRIMARY KEY (result_id),
    CONSTRAINT health_check_results_latency_nonnegative CHECK (latency_ms >= 0)
);
COMMENT ON TABLE cmis_system_health.health_check_results IS 'Append-only samples of health check runs; rows are never updated.';

-- Views.
CREATE VIEW cmis_ops.v_queue_depth AS
    SELECT j.queue,
           count(*) FILTER (WHERE j.reserved_at IS NULL AND j.available_at <= now()) AS ready_jobs,
           count(*) FILTER (WHERE j.reserved_at IS NULL AND j.available_at > now()) AS delayed_jobs,
           count(*) FILTER (WHERE j.reserved_at IS NOT NULL) AS reserved_jobs,
           min(j.created_at) FILTER (WHERE j.reserved_at IS NULL) AS oldest_waiting_at
      FROM cmis_ops.jobs j
     GROUP BY j.queue;
COMMENT ON VIEW cmis_ops.v_queue_depth IS 'Ready, delayed and reserved job counts per queue.';

CREATE VIEW cmis_system_health.v_current_health AS
    SELECT c.check_id,
           c.check_name,
           c.component,
           c.check_type,
           c.last_status AS status,
           r.status AS reported_status,
           r.latency_ms,
           r.message,
           r.observed_at,
           (r.observed_at IS NULL OR r.observed_at < now() - make_interval(secs => c.interval_seconds * 3)) AS is_stale
      FROM cmis_system_health.health_checks c
      LEFT JOIN LATERAL (
            SELECT hr.status, hr.latency_ms, hr.message, hr.observed_at
              FROM cmis_system_health.health_check_results hr
             WHERE hr.check_id = c.check_id
             ORDER BY hr.observed_at DESC
             LIMIT 1) r ON true
     WHERE c.is_enabled;
COMMENT ON VIEW cmis_system_health.v_current_health IS 'Status of every enabled check (latency thresholds applied) with its newest result, flagged stale after three missed intervals.';

-- Privileges.
GRANT SELECT, INSERT, UPDATE, DELETE ON cmis_ops.cache, cmis_ops.cache_locks, cmis_ops.jobs,
    cmis_ops.failed_jobs, cmis_ops.job_batches, cmis_ops.sessions, cmis_ops.scheduled_tasks,
    cmis_system_health.health_checks, cmis_system_health.health_check_results TO cmis_app;
GRANT SELECT ON cmis_ops.v_queue_depth, cmis_system_health.v_current_health TO cmis_app;
GRANT SELECT ON cmis_ops.jobs, cmis_ops.failed_jobs, cmis_ops.job_batches, cmis_ops.scheduled_tasks,
    cmis_system_health.health_checks, cmis_system_health.health_check_results,
    cmis_ops.v_queue_depth, cmis_system_health.v_current_health TO cmis_readonly;
