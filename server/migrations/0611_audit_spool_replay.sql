-- 0611: replaying a waiting audit spool on purpose, by on-call or an admin (issue 9).
--
-- A runbook declared `for_dead_primary` keeps auditing while the database is down: the console
-- appends its entries to a local spool file (core/safety/auditspool.h) and writes them into the
-- chain later. Until now that later write went through console.audit_intent / audit_outcome,
-- which accept an outcome only from the role that wrote its intent, and an intent only from a
-- role that may run the action: a spool left waiting could be replayed only by the same
-- database role.
--
-- console.audit_replay_spooled writes ONE spooled entry (phase intent, outcome or entry) into
-- qm.audit_log unless the chain already has it (same request id and phase), under the lock
-- qm.audit takes for every row, so that replays running at once, or again after a crash, never
-- double an entry. Who may replay: members of qm_oncall (on-call, and qm_admin, which is a member
-- of it), checked in the function; the role must also be allowed to run the entry's
-- action (qm.role_for_action), as for audit_intent: on-call cannot put a catalog.* entry in the
-- chain this way.
--
-- What the chain says, honestly: the row's actor is the role that replayed it (session_user,
-- as qm.audit records for every row: the chain states who wrote each row). The spool's own
-- account - when it was spooled, by which signed-in user, on which host - goes into the plan
-- (intent, entry) or the outcome (outcome: its plan is the link to the intent) as
-- {"spooled": {..., "replayed_by": <role>}}. The original actor there is what the local spool
-- file claims; the server cannot check it.
--
-- Returns the entry's audit id and whether this call wrote it (false: the chain had it).

SET LOCAL ROLE qm_contract;

CREATE FUNCTION console.audit_replay_spooled(p_request uuid, p_phase text, p_action text,
                                             p_target text, p_plan jsonb, p_outcome jsonb,
                                             p_spooled jsonb)
RETURNS TABLE (audit_id bigint, written boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_role text;
    v_spooled jsonb;
    v_intent record;
    v_prev jsonb;
    v_id bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'qm_oncall', 'MEMBER') THEN
        RAISE EXCEPTION '% may not replay spooled audit entries: that needs the on-call or '
                        'admin role (qm_oncall)', session_user
            USING ERRCODE = '42501';
    END IF;
    IF p_request IS NULL THEN
        PERFORM qm.bad_input('request_id', 'is required');
    END IF;
    IF p_phase IS NULL OR p_phase NOT IN ('intent', 'outcome', 'entry') THEN
        PERFORM qm.bad_input('phase', 'must be intent, outcome or entry');
    END IF;
    IF p_action IS NULL OR p_action !~ '^[a-z][a-z0-9_.:-]{0,99}$' THEN
        PERFORM qm.bad_input('action', 'must look like area.verb (lower case, up to 100 chars)');
    END IF;
    v_role := qm.role_for_action(p_action);
    IF NOT pg_has_role(session_user, v_role, 'MEMBER') THEN
        RAISE EXCEPTION '% may not replay % entries: they need the role %', session_user,
                        p_action, v_role
            USING ERRCODE = '42501';
    END IF;
    v_spooled := (CASE WHEN jsonb_typeof(p_spooled) = 'object' THEN p_spooled ELSE '{}' END)
                 || jsonb_build_object('replayed_by', session_user::text);

    -- qm.audit takes this lock too: a replay that committed meanwhile is seen below.
    PERFORM pg_advisory_xact_lock(hashtext('qm.audit_log'));
    IF p_phase = 'intent' THEN
        SELECT a.id INTO v_id FROM qm.audit_log a
        WHERE a.request_id = p_request AND a.outcome = '{"phase": "intent"}'::jsonb
        ORDER BY a.id LIMIT 1;
    ELSIF p_phase = 'outcome' THEN
        SELECT a.id INTO v_id FROM qm.audit_log a
        WHERE a.request_id = p_request AND a.plan ->> 'phase' = 'outcome'
        ORDER BY a.id LIMIT 1;
    ELSE
        SELECT a.id INTO v_id FROM qm.audit_log a
        WHERE a.request_id = p_request ORDER BY a.id LIMIT 1;
    END IF;
    IF FOUND THEN
        RETURN QUERY SELECT v_id, false;
        RETURN;
    END IF;

    IF p_phase = 'intent' THEN
        -- Claimed like console.audit_intent's: a later retry of that request id is a retry.
        v_prev := qm.begin_request(p_request, 'console.audit_intent');
        IF v_prev IS NOT NULL THEN
            RAISE EXCEPTION 'request id % was already used for another intent', p_request
                USING ERRCODE = 'QM409', COLUMN = 'request_id';
        END IF;
        v_id := qm.audit(p_action, p_target, p_request,
                         coalesce(p_plan, '{}') || jsonb_build_object('spooled', v_spooled),
                         jsonb_build_object('phase', 'intent'));
        PERFORM qm.finish_request(p_request, jsonb_build_object('audit_id', v_id,
                                                                'actor', session_user::text,
                                                                'action', p_action));
    ELSIF p_phase = 'outcome' THEN
        SELECT a.id, a.action, a.target INTO v_intent
        FROM qm.audit_log a
        WHERE a.request_id = p_request AND a.outcome = '{"phase": "intent"}'::jsonb
        ORDER BY a.id LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no intent was recorded for request %', p_request
                USING ERRCODE = 'QM404', COLUMN = 'request_id';
        END IF;
        v_id := qm.audit(v_intent.action, v_intent.target, p_request,
                         jsonb_build_object('phase', 'outcome', 'intent_id', v_intent.id),
                         coalesce(p_outcome, '{}') || jsonb_build_object('spooled', v_spooled));
    ELSE
        v_prev := qm.begin_request(p_request, 'console.record_audit');
        IF v_prev IS NOT NULL THEN
            RAISE EXCEPTION 'request id % was already used', p_request
                USING ERRCODE = 'QM409', COLUMN = 'request_id';
        END IF;
        v_id := qm.audit(p_action, p_target, p_request,
                         coalesce(p_plan, '{}') || jsonb_build_object('spooled', v_spooled),
                         coalesce(p_outcome, '{}'));
        PERFORM qm.finish_request(p_request, jsonb_build_object('audit_id', v_id));
    END IF;
    RETURN QUERY SELECT v_id, true;
END
$$;

REVOKE EXECUTE ON FUNCTION
    console.audit_replay_spooled(uuid, text, text, text, jsonb, jsonb, jsonb)
FROM PUBLIC;
-- Every console role may call it, so that a role without the right gets the sentence above (what
-- it needs) rather than "permission denied for function"; the check in the body is the gate.
-- qm_admin is a member of qm_oncall. The UI offers Replay to roles with `audit.record`
-- (console.my_capabilities: qm_oncall), the same set.
GRANT EXECUTE ON FUNCTION
    console.audit_replay_spooled(uuid, text, text, text, jsonb, jsonb, jsonb)
TO qm_merchandiser, qm_store_manager, qm_oncall;

RESET ROLE;
