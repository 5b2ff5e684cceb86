-- 0301: the runbook engine's server side (issue 9).
--   console.runbook_journal          the step journal of every run (run id, runbook name and
--                                    content hash, step, state, times, actor), written as a run
--                                    goes so that an interrupted run can be resumed and audited
--   console.runbook_journal_append   the only way to write it (SECURITY DEFINER; on-call only)
--   console.runbook_sessions         the queries.cancel preview: long-running and idle-in-
--                                    transaction client sessions, with their query text
--   console.runbook_signal_session   pg_cancel_backend / pg_terminate_backend of one previewed
--                                    session, re-checked on the server (same backend, still over
--                                    the threshold, no superuser, not the caller itself)
-- The journal is append-only for console roles: no UPDATE or DELETE is granted to anyone.

-- The two definers that look at and signal other sessions run as qm_contract, which needs
-- pg_read_all_stats (query text of other roles) and pg_signal_backend (cancel other roles'
-- backends, never a superuser's). Granting them needs the migrator's own rights.
DO $$
BEGIN
    GRANT pg_read_all_stats, pg_signal_backend TO qm_contract;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'could not grant pg_read_all_stats, pg_signal_backend to qm_contract: the '
                  'queries.cancel runbook step will see and cancel only qm_contract''s sessions. '
                  'Run GRANT pg_read_all_stats, pg_signal_backend TO qm_contract as a superuser';
END
$$;

SET LOCAL ROLE qm_contract;

CREATE TABLE console.runbook_journal (
    run_id       uuid        NOT NULL,
    seq          int         NOT NULL CHECK (seq >= 0),
    runbook      text        NOT NULL CHECK (length(runbook) BETWEEN 1 AND 200),
    content_hash text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    step_id      text        CHECK (length(step_id) <= 64),
    state        text        NOT NULL CHECK (state IN ('run_started', 'resumed', 'started',
                                                       'executed', 'verified', 'failed',
                                                       'finished')),
    client_at    timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL DEFAULT session_user,
    detail       jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX runbook_journal_recent ON console.runbook_journal (recorded_at DESC);

-- One journal record. A retried call with the same (run, seq) is a no-op that returns false
-- when the row exists with the same content, and is refused (QM409) when it differs.
CREATE FUNCTION console.runbook_journal_append(p_run uuid, p_seq int, p_runbook text,
                                               p_hash text, p_step text, p_state text,
                                               p_at timestamptz, p_detail jsonb)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev console.runbook_journal;
BEGIN
    IF NOT pg_has_role(session_user, 'qm_oncall', 'MEMBER') THEN
        RAISE EXCEPTION '% may not journal runbook runs: it needs the role qm_oncall', session_user
            USING ERRCODE = '42501';
    END IF;
    IF p_run IS NULL OR p_seq IS NULL OR p_at IS NULL THEN
        PERFORM qm.bad_input('run_id', 'run id, seq and time are required');
    END IF;
    IF length(coalesce(p_detail, '{}')::text) > 65536 THEN
        PERFORM qm.bad_input('detail', 'at most 64 KiB of detail per record');
    END IF;
    SELECT * INTO v_prev FROM console.runbook_journal WHERE run_id = p_run AND seq = p_seq;
    IF FOUND THEN
        IF v_prev.state IS DISTINCT FROM p_state OR v_prev.step_id IS DISTINCT FROM p_step
           OR v_prev.content_hash IS DISTINCT FROM p_hash THEN
            RAISE EXCEPTION 'journal record %/% exists with other content', p_run, p_seq
                USING ERRCODE = 'QM409';
        END IF;
        RETURN false;
    END IF;
    INSERT INTO console.runbook_journal (run_id, seq, runbook, content_hash, step_id, state,
                                         client_at, detail)
    VALUES (p_run, p_seq, p_runbook, p_hash, p_step, p_state, p_at, coalesce(p_detail, '{}'));
    RETURN true;
END
$$;

-- Client sessions of this database that run a statement for more than p_min_seconds, or sit idle
-- in a transaction for that long (p_idle_in_transaction). Never the caller's own session, never
-- a superuser's, never a non-client backend.
CREATE FUNCTION console.runbook_sessions(p_min_seconds double precision,
                                         p_idle_in_transaction boolean)
RETURNS TABLE (pid int, backend_start timestamptz, usename text, application_name text,
               state text, seconds double precision, query text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT a.pid, a.backend_start, a.usename::text, a.application_name, a.state,
           extract(epoch FROM clock_timestamp() -
                   CASE WHEN a.state = 'active' THEN a.query_start ELSE a.state_change END),
           left(a.query, 300)
    FROM pg_stat_activity a
    LEFT JOIN pg_roles r ON r.oid = a.usesysid
    WHERE a.backend_type = 'client backend'
      AND a.datname = current_database()
      AND a.pid <> pg_backend_pid()
      AND NOT coalesce(r.rolsuper, true)
      AND ((a.state = 'active'
            AND a.query_start < clock_timestamp() - make_interval(secs => p_min_seconds))
        OR (p_idle_in_transaction
            AND a.state IN ('idle in transaction', 'idle in transaction (aborted)')
            AND a.state_change < clock_timestamp() - make_interval(secs => p_min_seconds)))
    ORDER BY 6 DESC, a.pid;
$$;

-- Cancels (or terminates) one session the caller previewed: only when it is still the same
-- backend (pid and backend_start) and still qualifies for the same threshold. Returns whether a
-- signal was sent.
CREATE FUNCTION console.runbook_signal_session(p_pid int, p_backend_start timestamptz,
                                               p_terminate boolean,
                                               p_min_seconds double precision)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'qm_oncall', 'MEMBER') THEN
        RAISE EXCEPTION '% may not cancel sessions: it needs the role qm_oncall', session_user
            USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT FROM console.runbook_sessions(p_min_seconds, true) s
                   WHERE s.pid = p_pid AND s.backend_start = p_backend_start) THEN
        RETURN false;
    END IF;
    IF p_terminate THEN
        RETURN pg_terminate_backend(p_pid);
    END IF;
    RETURN pg_cancel_backend(p_pid);
END
$$;

REVOKE ALL ON console.runbook_journal FROM PUBLIC;
GRANT SELECT ON console.runbook_journal TO qm_oncall;
REVOKE EXECUTE ON FUNCTION
    console.runbook_journal_append(uuid, int, text, text, text, text, timestamptz, jsonb),
    console.runbook_sessions(double precision, boolean),
    console.runbook_signal_session(int, timestamptz, boolean, double precision)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    console.runbook_journal_append(uuid, int, text, text, text, text, timestamptz, jsonb),
    console.runbook_sessions(double precision, boolean),
    console.runbook_signal_session(int, timestamptz, boolean, double precision)
TO qm_oncall;

RESET ROLE;
