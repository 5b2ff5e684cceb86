-- 0302: two-person approval of runbook runs (issue 9).
--   console.runbook_approvals          one row per run that asks for approval: the runbook's name
--                                      and content hash, the run's parameters, who asked, who
--                                      approved, when it expires, when it was used
--   console.runbook_approval_request   the requester (on-call) asks for run p_run
--   console.runbook_approval_approve   a second on-call role approves what it reviewed: the same
--                                      content hash and parameters, never its own request
--   console.runbook_approval_consume   the engine, as the requester, uses the approval once right
--                                      before the run acts; refused when it is missing, expired,
--                                      used, or for another runbook file or other parameters
-- Each call is audited (runbooks.approval_request / runbooks.approve / runbooks.approval_consume).
-- The table is written only through these SECURITY DEFINER functions: console roles may read it,
-- never write it. The functions use only qm_contract's own objects (qualified, search_path
-- pg_catalog first) and nothing a caller can create or replace.

SET LOCAL ROLE qm_contract;

CREATE TABLE console.runbook_approvals (
    run_id       uuid        PRIMARY KEY,
    runbook      text        NOT NULL CHECK (length(runbook) BETWEEN 1 AND 200),
    content_hash text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    parameters   jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(parameters) = 'object'),
    requested_by text        NOT NULL DEFAULT session_user,
    requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    valid_for    interval    NOT NULL,
    -- Until approval: the request's deadline to be approved; after: the approval's deadline to
    -- be used.
    expires_at   timestamptz NOT NULL,
    approved_by  text,
    approved_at  timestamptz,
    consumed_at  timestamptz,
    CHECK (approved_by IS NULL OR approved_by <> requested_by)
);
CREATE INDEX runbook_approvals_recent ON console.runbook_approvals (requested_at DESC);

-- On-call only: both the requester and the approver.
CREATE FUNCTION qm.runbook_approval_require_oncall(p_what text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'qm_oncall', 'MEMBER') THEN
        RAISE EXCEPTION '% may not % runbook runs: it needs the role qm_oncall', session_user,
                        p_what USING ERRCODE = '42501';
    END IF;
END
$$;

-- Asks for approval of run p_run (a new uuid) of runbook p_runbook whose file has the SHA-256
-- p_hash, with the parameters p_params (as resolved: defaults filled in). The request (and then
-- the approval) is valid for p_valid_seconds (1 s to 1 h; default 15 min). Returns the audit id.
CREATE FUNCTION console.runbook_approval_request(p_run uuid, p_runbook text, p_hash text,
                                                 p_params jsonb, p_valid_seconds int)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_valid interval;
BEGIN
    PERFORM qm.runbook_approval_require_oncall('request approval of');
    IF p_run IS NULL OR p_runbook IS NULL OR p_hash IS NULL THEN
        PERFORM qm.bad_input('run_id', 'run id, runbook and content hash are required');
    END IF;
    IF p_hash !~ '^[0-9a-f]{64}$' THEN
        PERFORM qm.bad_input('content_hash', 'the SHA-256 of the runbook file, 64 hex digits');
    END IF;
    IF p_params IS NOT NULL AND jsonb_typeof(p_params) <> 'object' THEN
        PERFORM qm.bad_input('parameters', 'an object of parameter values');
    END IF;
    IF length(coalesce(p_params, '{}')::text) > 16384 THEN
        PERFORM qm.bad_input('parameters', 'at most 16 KiB of parameters');
    END IF;
    IF coalesce(p_valid_seconds, 900) NOT BETWEEN 1 AND 3600 THEN
        PERFORM qm.bad_input('valid_seconds', 'between 1 and 3600 seconds');
    END IF;
    IF EXISTS (SELECT FROM console.runbook_approvals WHERE run_id = p_run) THEN
        RAISE EXCEPTION 'run % already asked for approval', p_run USING ERRCODE = 'QM409';
    END IF;
    v_valid := make_interval(secs => coalesce(p_valid_seconds, 900));
    INSERT INTO console.runbook_approvals (run_id, runbook, content_hash, parameters, valid_for,
                                           expires_at)
    VALUES (p_run, p_runbook, p_hash, coalesce(p_params, '{}'), v_valid,
            clock_timestamp() + v_valid);
    RETURN qm.audit('runbooks.approval_request', p_runbook, p_run,
                    jsonb_build_object('run_id', p_run, 'content_hash', p_hash,
                                       'parameters', coalesce(p_params, '{}'),
                                       'valid_seconds', coalesce(p_valid_seconds, 900)),
                    '{}');
END
$$;

-- Approves run p_run. p_hash and p_params are what the approver reviewed (its own copy of the
-- runbook file, the parameters it was shown): they must equal the request's. The approver must be
-- another role than the requester. From now on the approval is valid for the request's validity.
CREATE FUNCTION console.runbook_approval_approve(p_run uuid, p_hash text, p_params jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_row console.runbook_approvals;
BEGIN
    PERFORM qm.runbook_approval_require_oncall('approve');
    SELECT * INTO v_row FROM console.runbook_approvals WHERE run_id = p_run FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no approval request for run %', p_run USING ERRCODE = 'QM404';
    END IF;
    IF v_row.requested_by = session_user THEN
        RAISE EXCEPTION '% asked for run % and may not approve it: a second on-call role must',
                        session_user, p_run USING ERRCODE = '42501';
    END IF;
    IF v_row.approved_by IS NOT NULL THEN
        RAISE EXCEPTION 'run % was already approved by %', p_run, v_row.approved_by
            USING ERRCODE = 'QM409';
    END IF;
    IF v_row.expires_at <= clock_timestamp() THEN
        RAISE EXCEPTION 'the approval request of run % expired at %: ask again', p_run,
                        v_row.expires_at USING ERRCODE = 'QM409';
    END IF;
    IF p_hash IS DISTINCT FROM v_row.content_hash THEN
        RAISE EXCEPTION 'run % is for another version of runbook % (content hash %, yours %)',
                        p_run, v_row.runbook, left(v_row.content_hash, 12),
                        left(coalesce(p_hash, ''), 12) USING ERRCODE = 'QM409';
    END IF;
    IF coalesce(p_params, '{}') <> v_row.parameters THEN
        RAISE EXCEPTION 'run % has other parameters than the ones approved: %', p_run,
                        v_row.parameters::text USING ERRCODE = 'QM409';
    END IF;
    UPDATE console.runbook_approvals
       SET approved_by = session_user, approved_at = clock_timestamp(),
           expires_at = clock_timestamp() + v_row.valid_for
     WHERE run_id = p_run;
    RETURN qm.audit('runbooks.approve', v_row.runbook, p_run,
                    jsonb_build_object('run_id', p_run, 'content_hash', v_row.content_hash,
                                       'parameters', v_row.parameters,
                                       'requested_by', v_row.requested_by),
                    '{}');
END
$$;

-- Uses the approval of run p_run once, right before the run acts: only the requester, only an
-- approved and unexpired request, only for the same runbook file and parameters. Returns the
-- audit id; any other case raises (the engine runs nothing).
CREATE FUNCTION console.runbook_approval_consume(p_run uuid, p_runbook text, p_hash text,
                                                 p_params jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_row console.runbook_approvals;
BEGIN
    PERFORM qm.runbook_approval_require_oncall('run');
    SELECT * INTO v_row FROM console.runbook_approvals WHERE run_id = p_run FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'run % of % needs two-person approval and has none: ask for it',
                        p_run, p_runbook USING ERRCODE = 'QM409';
    END IF;
    IF v_row.requested_by <> session_user THEN
        RAISE EXCEPTION 'run % was asked for by %, not %', p_run, v_row.requested_by,
                        session_user USING ERRCODE = '42501';
    END IF;
    IF v_row.approved_by IS NULL THEN
        RAISE EXCEPTION 'run % is not approved yet: a second on-call role must approve it', p_run
            USING ERRCODE = 'QM409';
    END IF;
    IF v_row.consumed_at IS NOT NULL THEN
        RAISE EXCEPTION 'the approval of run % was used at %: ask again', p_run, v_row.consumed_at
            USING ERRCODE = 'QM409';
    END IF;
    IF v_row.expires_at <= clock_timestamp() THEN
        RAISE EXCEPTION 'the approval of run % expired at %: ask again', p_run, v_row.expires_at
            USING ERRCODE = 'QM409';
    END IF;
    IF p_runbook IS DISTINCT FROM v_row.runbook OR p_hash IS DISTINCT FROM v_row.content_hash THEN
        RAISE EXCEPTION 'run % was approved for another runbook file (% %), not % %', p_run,
                        v_row.runbook, left(v_row.content_hash, 12), p_runbook,
                        left(coalesce(p_hash, ''), 12) USING ERRCODE = 'QM409';
    END IF;
    IF coalesce(p_params, '{}') <> v_row.parameters THEN
        RAISE EXCEPTION 'run % was approved with other parameters (%)', p_run,
                        v_row.parameters::text USING ERRCODE = 'QM409';
    END IF;
    UPDATE console.runbook_approvals SET consumed_at = clock_timestamp() WHERE run_id = p_run;
    RETURN qm.audit('runbooks.approval_consume', v_row.runbook, p_run,
                    jsonb_build_object('run_id', p_run, 'content_hash', v_row.content_hash,
                                       'approved_by', v_row.approved_by,
                                       'approved_at', v_row.approved_at),
                    '{}');
END
$$;

REVOKE ALL ON console.runbook_approvals FROM PUBLIC;
GRANT SELECT ON console.runbook_approvals TO qm_oncall;
REVOKE EXECUTE ON FUNCTION qm.runbook_approval_require_oncall(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION
    console.runbook_approval_request(uuid, text, text, jsonb, int),
    console.runbook_approval_approve(uuid, text, jsonb),
    console.runbook_approval_consume(uuid, text, text, jsonb)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    console.runbook_approval_request(uuid, text, text, jsonb, int),
    console.runbook_approval_approve(uuid, text, jsonb),
    console.runbook_approval_consume(uuid, text, text, jsonb)
TO qm_oncall;

RESET ROLE;
