-- 0005 (Vendure): the audit chain beside Vendure appends only in READ COMMITTED transactions, as
-- the reference store's qm.audit does since its migration 0601. The head an append links to is
-- read after the chain's advisory lock; under REPEATABLE READ or SERIALIZABLE that read sees the
-- transaction's snapshot, not the latest committed row, so a console role that opened such a
-- transaction before another console's append and then called qm_vendure.audit_intent linked
-- its row to a stale head (verify_audit_chain named it as broken from then on).
--
-- Every Vendure audit write is a short transaction of its own (the intent commits before the
-- Admin API call, the outcome after it): the chain lock is never held across long work here, so
-- nothing is deferred to the commit as in the reference store's 0601. 0004 re-creates this
-- function when qm_vendure is migrated again; this file then runs after it again.

CREATE OR REPLACE FUNCTION qm_vendure_private.audit(p_action text, p_target text, p_request uuid,
                                         p_plan jsonb, p_outcome jsonb) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id bigint;
    v_at timestamptz;
    v_prev bytea;
    v_key bytea;
BEGIN
    IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audited changes run in READ COMMITTED transactions (this one is %)',
                        pg_catalog.current_setting('transaction_isolation')
            USING ERRCODE = '0A000',
                  HINT = 'the audit chain is appended from the latest committed head';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('qm_vendure.audit_log'));
    SELECT a.hash INTO v_prev FROM qm_vendure_private.audit_log a ORDER BY a.id DESC LIMIT 1;
    v_prev := coalesce(v_prev, '\x'::bytea);
    SELECT k.key INTO STRICT v_key FROM qm_vendure_private.audit_key k WHERE k.id = 1;
    v_id := nextval(pg_get_serial_sequence('qm_vendure_private.audit_log', 'id'));
    v_at := clock_timestamp();
    p_target := coalesce(p_target, '');
    p_plan := coalesce(p_plan, '{}');
    p_outcome := coalesce(p_outcome, '{}');
    INSERT INTO qm_vendure_private.audit_log (id, at, actor, action, target, request_id, plan,
                                              outcome, prev_hash, hash)
    VALUES (v_id, v_at, session_user, p_action, p_target, p_request, p_plan, p_outcome, v_prev,
            qm_vendure_private.audit_hash(v_key, v_prev, v_id, v_at, session_user, p_action,
                                          p_target, p_request, p_plan, p_outcome));
    RETURN v_id;
END
$$;
