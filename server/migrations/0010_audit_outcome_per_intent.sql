-- 0010: the write-ahead audit of 0009, two holes closed.
--
-- 1. console.audit_outcome kept "once per intent" in qm.requests under a key derived from the
--    intent's request id (md5('console.audit_outcome:' || id)). Every console role reads the
--    request ids in console.audit_log and may claim any free id in qm.requests through any
--    function it may run (merch: console.audit_intent with a catalog.* action), so anyone could
--    claim that key first: the author's outcome was then refused (QM409) and the intent stayed
--    open for good. Now the audit log itself says whether the intent has its outcome: the first
--    row of the intent's request id whose plan links to the intent. It is looked up under the
--    lock qm.audit takes for every audit row, so a concurrent retry waits for the first outcome
--    and returns it (read committed, as qm.audit's chain already requires).
-- 2. console.audit_intent returned the first intent's id when its request id came again with the
--    same role and action but another target or plan: the caller then acted on something the
--    log does not name. Now that is refused like another role or action (QM409); a retry with
--    the same content still returns the first id.
--
-- Signatures, owners and grants as in 0009 (CREATE OR REPLACE).

SET LOCAL ROLE qm_contract;

CREATE OR REPLACE FUNCTION console.audit_intent(p_request uuid, p_action text, p_target text,
                                                p_plan jsonb)
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
        -- A retry names exactly what the first call recorded (qm.audit stores '' and '{}' for
        -- NULL), or it is another intent.
        IF NOT EXISTS (SELECT FROM qm.audit_log a
                        WHERE a.id = (v_prev ->> 'audit_id')::bigint
                          AND a.actor = session_user::text AND a.action = p_action
                          AND a.target = coalesce(p_target, '')
                          AND a.plan = coalesce(p_plan, '{}')) THEN
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

CREATE OR REPLACE FUNCTION console.audit_outcome(p_request uuid, p_outcome jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_intent record;
    v_link jsonb;
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
    v_link := jsonb_build_object('phase', 'outcome', 'intent_id', v_intent.id);
    -- qm.audit takes this lock too: an outcome committed by a concurrent call is seen below.
    PERFORM pg_advisory_xact_lock(hashtext('qm.audit_log'));
    SELECT id INTO v_id
    FROM qm.audit_log
    WHERE request_id = p_request AND id <> v_intent.id AND actor = v_intent.actor
      AND plan = v_link
    ORDER BY id LIMIT 1;
    IF FOUND THEN
        RETURN v_id;
    END IF;
    RETURN qm.audit(v_intent.action, v_intent.target, p_request, v_link,
                    coalesce(p_outcome, '{}'));
END
$$;

RESET ROLE;
