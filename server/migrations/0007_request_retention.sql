-- 0007: qm.requests keeps one row per request id so that a retry returns the first result; the
-- storefront writes one per call, so the table grows without bound unless pruned. A request id
-- only needs remembering for as long as a client may retry it (minutes to hours): prune what is
-- older than a retention window (at least one hour, default seven days).

SET LOCAL ROLE qm_contract;

CREATE FUNCTION console.prune_requests(p_request uuid, p_older_than interval DEFAULT '7 days')
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_count bigint;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.prune_requests');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'count')::bigint;
    END IF;
    IF p_older_than IS NULL OR p_older_than < interval '1 hour' THEN
        PERFORM qm.bad_input('older_than', 'must be at least 1 hour');
    END IF;
    DELETE FROM qm.requests WHERE at < now() - p_older_than AND request_id <> p_request;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    PERFORM qm.audit('admin.prune_requests', 'qm.requests', p_request,
                     jsonb_build_object('older_than', p_older_than::text),
                     jsonb_build_object('count', v_count));
    PERFORM qm.finish_request(p_request, jsonb_build_object('count', v_count));
    RETURN v_count;
END
$$;

REVOKE EXECUTE ON FUNCTION console.prune_requests(uuid, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION console.prune_requests(uuid, interval) TO qm_admin;

RESET ROLE;
