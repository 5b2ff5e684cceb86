-- 0009: write-ahead audit for actions outside the database (cache purges, runbooks, failovers).
-- The console records the intent (plan, request id) BEFORE it acts and does not act when that
-- write fails; it records the outcome afterwards under the same request id. Both are rows of the
-- hash-chained qm.audit_log (qm.audit from 0002), linked by request_id: the intent row's outcome
-- is {"phase": "intent"}, the outcome row's plan is {"phase": "outcome", "intent_id": ...}.
-- The server checks the right to act here too: an action's prefix names the group role it needs
-- (cache.* and varnish.* need qm_oncall...), whatever the client believes. console.record_audit (0004) stays
-- for callers that audit after the fact.

SET LOCAL ROLE qm_contract;

CREATE INDEX audit_log_request ON qm.audit_log (request_id) WHERE request_id IS NOT NULL;

-- The group role an action needs, by the part of its name before the first dot. Unknown areas
-- are for qm_admin only (a new area must be added here, deliberately).
CREATE FUNCTION qm.role_for_action(p_action text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE split_part(p_action, '.', 1)
        WHEN 'cache' THEN 'qm_oncall'
        WHEN 'varnish' THEN 'qm_oncall'
        WHEN 'runbooks' THEN 'qm_oncall'
        WHEN 'maintenance' THEN 'qm_oncall'
        WHEN 'catalog' THEN 'qm_merchandiser'
        WHEN 'stock' THEN 'qm_store_manager'
        WHEN 'reservations' THEN 'qm_store_manager'
        WHEN 'orders' THEN 'qm_store_manager'
        ELSE 'qm_admin'
    END;
$$;

-- Before acting: returns the intent's audit id. Refused (42501) when the signed-in role may not
-- run this kind of action. The same request id again returns the first id (a retried call),
-- unless another role or action used it.
CREATE FUNCTION console.audit_intent(p_request uuid, p_action text, p_target text, p_plan jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_role text;
    v_prev jsonb;
    v_id bigint;
BEGIN
    IF p_action IS NULL OR p_action !~ '^[a-z][a-z0-9_.:-]{0,99}$' THEN
        PERFORM qm.bad_input('action', 'must look like area.verb (lower case, up to 100 chars)');
    END IF;
    v_role := qm.role_for_action(p_action);
    IF NOT pg_has_role(session_user, v_role, 'MEMBER') THEN
        RAISE EXCEPTION '% may not run %: it needs the role %', session_user, p_action, v_role
            USING ERRCODE = '42501';
    END IF;
    v_prev := qm.begin_request(p_request, 'console.audit_intent');
    IF v_prev IS NOT NULL THEN
        IF v_prev ->> 'actor' IS DISTINCT FROM session_user::text
           OR v_prev ->> 'action' IS DISTINCT FROM p_action THEN
            RAISE EXCEPTION 'request id % was already used for another intent', p_request
                USING ERRCODE = 'QM409', COLUMN = 'request_id';
        END IF;
        RETURN (v_prev ->> 'audit_id')::bigint;
    END IF;
    v_id := qm.audit(p_action, p_target, p_request, coalesce(p_plan, '{}'),
                     jsonb_build_object('phase', 'intent'));
    PERFORM qm.finish_request(p_request, jsonb_build_object('audit_id', v_id,
                                                            'actor', session_user::text,
                                                            'action', p_action));
    RETURN v_id;
END
$$;

-- After acting: the outcome of the intent with this request id. Only the role that wrote the
-- intent may write its outcome; once per request id (a retried call returns the first id).
CREATE FUNCTION console.audit_outcome(p_request uuid, p_outcome jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_intent record;
    v_key uuid;
    v_prev jsonb;
    v_id bigint;
BEGIN
    IF p_request IS NULL THEN
        PERFORM qm.bad_input('request_id', 'is required');
    END IF;
    SELECT id, actor, action, target INTO v_intent
    FROM qm.audit_log
    WHERE request_id = p_request AND outcome = '{"phase": "intent"}'::jsonb
    ORDER BY id LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no intent was recorded for request %', p_request
            USING ERRCODE = 'QM404', COLUMN = 'request_id';
    END IF;
    IF v_intent.actor IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION 'only % may record the outcome of request %', v_intent.actor, p_request
            USING ERRCODE = '42501';
    END IF;
    -- Its own key in qm.requests: the intent's request id is taken by audit_intent.
    v_key := md5('console.audit_outcome:' || p_request::text)::uuid;
    v_prev := qm.begin_request(v_key, 'console.audit_outcome');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'audit_id')::bigint;
    END IF;
    v_id := qm.audit(v_intent.action, v_intent.target, p_request,
                     jsonb_build_object('phase', 'outcome', 'intent_id', v_intent.id),
                     coalesce(p_outcome, '{}'));
    PERFORM qm.finish_request(v_key, jsonb_build_object('audit_id', v_id));
    RETURN v_id;
END
$$;

REVOKE EXECUTE ON FUNCTION qm.role_for_action(text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION console.audit_intent(uuid, text, text, jsonb),
    console.audit_outcome(uuid, jsonb) FROM PUBLIC;
-- Every console role may try; audit_intent checks that the role may run the action.
GRANT EXECUTE ON FUNCTION console.audit_intent(uuid, text, text, jsonb),
    console.audit_outcome(uuid, jsonb)
TO qm_merchandiser, qm_store_manager, qm_oncall;
