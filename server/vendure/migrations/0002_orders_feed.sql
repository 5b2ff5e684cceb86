-- 0002 (Vendure): the live orders feed's read, with console.orders_changes' signature
-- (server/migrations/0101), so core/orders' feed only swaps the schema name.
--
-- Vendure's "order" table gets no trigger, column or index from us, so there is no change_xid
-- column to index. qm_vendure.orders.change_xid is the row's own xmin (the transaction that
-- wrote its current version) as an xid8. The reference rule "written by a transaction not
-- visible in the previous read's snapshot P" becomes, here, "xmin >= P's xmin":
--   * a version whose xmin < xmin(P) was written by a transaction that had ended when P was
--     taken, so an earlier read returned it: nothing is missed;
--   * Vendure (TypeORM) nests transactions with SAVEPOINTs, and a row written inside one has
--     the subtransaction's xid as xmin, which is not in P's in-progress list (pg_snapshot
--     lists top-level xids only) even when its parent was running at P. A subtransaction's xid
--     is above its parent's, and the parent's is >= xmin(P), so "xmin >= xmin(P)" still
--     returns it, where console.orders_changes' "in xip(P) or >= xmax(P)" would miss it;
--   * the price: versions written by transactions that ended before P but started after
--     P's oldest running transaction are returned again (duplicates, never gaps). The feed
--     keeps each order's newest version (core/orders compact()), so a repeat is harmless.
-- Cost: no index can serve xmin, so each call reads the whole "order" table (README: figures);
-- SECURITY DEFINER so that the scan can pre-filter on xmin, which the view does not show.
-- Call inside REPEATABLE READ after pg_current_snapshot(), exactly like the reference.
CREATE FUNCTION qm_vendure.orders_changes(since pg_snapshot, after_xid xid8 DEFAULT '0',
                                          after_id bigint DEFAULT 0, max_rows int DEFAULT 500)
RETURNS SETOF qm_vendure.orders
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_bound xid8 := greatest(pg_snapshot_xmin(since), after_xid);
    v_next bigint := pg_snapshot_xmax(pg_current_snapshot())::text::bigint;
    v_next32 bigint := v_next & 4294967295;
    v_span bigint := v_next - v_bound::text::bigint;
BEGIN
    -- The scan's pre-filter, in 32-bit arithmetic on xmin against bounds computed once (the
    -- view's change_xid costs more per row, age() much more): a row's distance back from the
    -- snapshot's next xid, modulo 2^32, at most the bound's. The same mapping as
    -- qm_vendure.xid8_of, so exact; the test on change_xid below is the definition.
    RETURN QUERY
    SELECT * FROM qm_vendure.orders o
     WHERE o.id IN (SELECT x.id FROM public."order" x
                     WHERE x."orderPlacedAt" IS NOT NULL
                       AND (v_next32 - x.xmin::text::bigint + 4294967296) % 4294967296 <= v_span)
       AND o.change_xid >= v_bound
       AND (o.change_xid, o.id) > (after_xid, after_id)
     ORDER BY o.change_xid, o.id
     LIMIT greatest(1, least(max_rows, 10000));
END
$$;

COMMENT ON FUNCTION qm_vendure.orders_changes(pg_snapshot, xid8, bigint, int) IS
    'Placed orders whose current version was written by a transaction at or after the oldest one '
    'running in `since` (a superset of those not visible in it), keyset-paged by (change_xid, id). '
    'Call inside REPEATABLE READ after pg_current_snapshot(); see 0002.';

REVOKE EXECUTE ON FUNCTION qm_vendure.orders_changes(pg_snapshot, xid8, bigint, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION qm_vendure.orders_changes(pg_snapshot, xid8, bigint, int)
    TO qm_store_manager, qm_admin, qm_oncall, qm_merchandiser;
