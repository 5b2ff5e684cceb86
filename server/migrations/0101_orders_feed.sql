-- 0101: the live orders feed's exact keyset query (issue 4, core/orders/OrderFeed).
--
-- A feed reads in a REPEATABLE READ transaction: first pg_current_snapshot() (call it S), then
-- console.orders_changes(P, ...) where P is the snapshot of its previous read. It returns every
-- order row whose writing transaction was not visible in P: change_xid in P's in-progress list,
-- or change_xid >= P's xmax. Afterwards S becomes the new P.
--
-- Why this is exact (every row version delivered once, none skipped):
--   * a row version written by transaction X is returned by read k+1 iff X was not visible in
--     P = S_k and X is visible in S_{k+1} (REPEATABLE READ: every page of one read sees S_{k+1});
--   * a transaction that commits late (a lower change_seq committing after a higher one was
--     seen) was in S_k's in-progress list, so read k+1 (or a later one) returns it;
--   * a version returned by read k was visible in S_k, so it is not in P for read k+1: no
--     duplicates, no overlap window to dedupe;
--   * nothing waits for the oldest running transaction (console.orders_feed in 0002 only returns
--     rows older than the cluster's xmin, so one long transaction anywhere stalls that feed).
-- The cost is bounded by the in-progress list (at most max_connections xids) plus the rows
-- written since; both parts reach the (change_xid, id) index.
SET LOCAL ROLE qm_contract;

CREATE FUNCTION console.orders_changes(since pg_snapshot, after_xid xid8 DEFAULT '0',
                                       after_id bigint DEFAULT 0, max_rows int DEFAULT 500)
RETURNS SETOF console.orders
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT * FROM (
        SELECT * FROM console.orders o
         WHERE o.change_xid = ANY (ARRAY(SELECT pg_snapshot_xip(since)))
           AND (o.change_xid, o.id) > (after_xid, after_id)
        UNION ALL
        SELECT * FROM console.orders o
         WHERE o.change_xid >= greatest(pg_snapshot_xmax(since), after_xid)
           AND (o.change_xid, o.id) > (after_xid, after_id)
    ) c
    ORDER BY c.change_xid, c.id
    LIMIT greatest(1, least(max_rows, 10000));
$$;

COMMENT ON FUNCTION console.orders_changes(pg_snapshot, xid8, bigint, int) IS
    'Orders written by transactions not visible in the snapshot `since`, keyset-paged by '
    '(change_xid, id). Call inside REPEATABLE READ after pg_current_snapshot(); see 0101.';

GRANT EXECUTE ON FUNCTION console.orders_changes(pg_snapshot, xid8, bigint, int)
    TO qm_store_manager, qm_admin, qm_oncall, qm_merchandiser;

RESET ROLE;
