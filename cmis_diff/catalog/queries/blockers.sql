-- The session holding the strongest granted lock on a relation of this database (not us): what a
-- lock timeout on live most likely waited for. Parameter: pids to leave out (our own sessions).
SELECT l.relation::regclass::text, l.mode, l.pid, a.state, a.query
  FROM pg_catalog.pg_locks l
  JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
 WHERE l.granted AND l.locktype = 'relation'
   AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
   AND l.pid <> pg_catalog.pg_backend_pid() AND NOT (l.pid = ANY (%s::int[]))
 ORDER BY CASE l.mode WHEN 'AccessExclusiveLock' THEN 0 WHEN 'ExclusiveLock' THEN 1
                      WHEN 'ShareRowExclusiveLock' THEN 2 WHEN 'ShareLock' THEN 3
                      WHEN 'ShareUpdateExclusiveLock' THEN 4 ELSE 5 END, l.pid
 LIMIT 1
