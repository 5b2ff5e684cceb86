-- 0105: the live orders feed's read no longer grows with the orders table (issue 13).
--
-- console.orders_changes (0101) is a SQL function with a SET clause, so it is never inlined: its
-- query was planned once per call with the arguments as parameters (a generic plan), which
-- cannot know that `change_xid >= xmax(since)` selects only the last few rows. The plan walked
-- the (change_xid, id) index from its first entry (the row comparison
-- `(change_xid, id) > (after_xid, after_id)` was the scan's start key; it is not merged with the
-- scalar bound) or scanned the whole table: measured here with 140,000 orders, 33-55 ms on an
-- idle machine and 80-270 ms on the loaded one for a read that found nothing, every read, growing
-- with the table. As PL/pgSQL, the query is planned with the call's values (custom plans: the
-- plan cache keeps them, as a generic plan costs far more): 0.06 ms to run it, 0.5-2 ms to plan
-- it. The row comparison is also written as a scalar bound plus a filter, so the index scan
-- starts at the snapshot's xmax whatever the plan. Same rows, same order, same signature.
SET LOCAL ROLE qm_contract;

CREATE OR REPLACE FUNCTION console.orders_changes(since pg_snapshot, after_xid xid8 DEFAULT '0',
                                                  after_id bigint DEFAULT 0,
                                                  max_rows int DEFAULT 500)
RETURNS SETOF console.orders
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT * FROM (
        SELECT * FROM console.orders o
         WHERE o.change_xid = ANY (ARRAY(SELECT pg_snapshot_xip(since)))
           AND o.change_xid >= after_xid
           AND (o.change_xid > after_xid OR o.id > after_id)
        UNION ALL
        SELECT * FROM console.orders o
         WHERE o.change_xid >= greatest(pg_snapshot_xmax(since), after_xid)
           AND (o.change_xid > after_xid OR o.id > after_id)
    ) c
    ORDER BY c.change_xid, c.id
    LIMIT greatest(1, least(max_rows, 10000));
END
$$;

RESET ROLE;
