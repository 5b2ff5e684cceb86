-- 0006 (Vendure): console.audit_replay_spooled of the reference store (server/migrations 0611)
-- beside Vendure, with the same signature, so that a waiting audit spool is replayed by on-call
-- or an admin whatever role spooled it. The chain row's actor is the replaying role
-- (session_user); the spool's own account (spooled at, by, on which host) goes into the plan
-- (intent, entry) or the outcome (outcome) as {"spooled": {..., "replayed_by": <role>}}. One
-- entry per call, skipped when the chain has it (same request id and phase).

CREATE OR REPLACE FUNCTION qm_vendure.audit_replay_spooled(p_request uuid, p_phase text,
                                                           p_action text, p_target text,
                                                           p_plan jsonb, p_outcome jsonb,
                                                           p_spooled jsonb)
RETURNS TABLE (audit_id bigint, written boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_role text;
    v_spooled jsonb;
    v_intent record;
    v_id bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'qm_oncall', 'MEMBER') THEN
        RAISE EXCEPTION '% may not replay spooled audit entries: that needs the on-call or '
                        'admin role (qm_oncall)', session_user
            USING ERRCODE = '42501';
    END IF;
    IF p_request IS NULL THEN
        RAISE EXCEPTION 'request_id is required' USING ERRCODE = '22023', COLUMN = 'request_id';
    END IF;
    IF p_phase IS NULL OR p_phase NOT IN ('intent', 'outcome', 'entry') THEN
        RAISE EXCEPTION 'phase must be intent, outcome or entry'
            USING ERRCODE = '22023', COLUMN = 'phase';
    END IF;
    PERFORM qm_vendure_private.check_action(p_action);
    v_role := qm_vendure_private.role_for_action(p_action);
    IF NOT pg_has_role(session_user, v_role, 'MEMBER') THEN
        RAISE EXCEPTION '% may not replay % entries: they need the role %', session_user,
                        p_action, v_role
            USING ERRCODE = '42501';
    END IF;
    v_spooled := (CASE WHEN jsonb_typeof(p_spooled) = 'object' THEN p_spooled ELSE '{}' END)
                 || jsonb_build_object('replayed_by', session_user::text);

    PERFORM pg_advisory_xact_lock(hashtext('qm_vendure.audit_log'));
    IF p_phase = 'intent' THEN
        SELECT a.id INTO v_id FROM qm_vendure_private.audit_log a
        WHERE a.request_id = p_request AND a.outcome = '{"phase": "intent"}'::jsonb
        ORDER BY a.id LIMIT 1;
    ELSIF p_phase = 'outcome' THEN
        SELECT a.id INTO v_id FROM qm_vendure_private.audit_log a
        WHERE a.request_id = p_request AND a.plan ->> 'phase' = 'outcome'
        ORDER BY a.id LIMIT 1;
    ELSE
        SELECT a.id INTO v_id FROM qm_vendure_private.audit_log a
        WHERE a.request_id = p_request ORDER BY a.id LIMIT 1;
    END IF;
    IF FOUND THEN
        RETURN QUERY SELECT v_id, false;
        RETURN;
    END IF;

    IF p_phase = 'outcome' THEN
        SELECT a.id, a.action, a.target INTO v_intent
        FROM qm_vendure_private.audit_log a
        WHERE a.request_id = p_request AND a.outcome = '{"phase": "intent"}'::jsonb
        ORDER BY a.id LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no intent was recorded for request %', p_request
                USING ERRCODE = 'QM404', COLUMN = 'request_id';
        END IF;
        v_id := qm_vendure_private.audit(v_intent.action, v_intent.target, p_request,
                    jsonb_build_object('phase', 'outcome', 'intent_id', v_intent.id),
                    coalesce(p_outcome, '{}') || jsonb_build_object('spooled', v_spooled));
    ELSE
        v_id := qm_vendure_private.audit(p_action, p_target, p_request,
                    coalesce(p_plan, '{}') || jsonb_build_object('spooled', v_spooled),
                    CASE WHEN p_phase = 'intent' THEN jsonb_build_object('phase', 'intent')
                         ELSE coalesce(p_outcome, '{}') END);
    END IF;
    RETURN QUERY SELECT v_id, true;
END
$$;

REVOKE EXECUTE ON FUNCTION
    qm_vendure.audit_replay_spooled(uuid, text, text, text, jsonb, jsonb, jsonb)
FROM PUBLIC;
-- Every console role may call it and gets the sentence above when it may not replay.
GRANT EXECUTE ON FUNCTION
    qm_vendure.audit_replay_spooled(uuid, text, text, text, jsonb, jsonb, jsonb)
TO qm_merchandiser, qm_store_manager, qm_oncall;
