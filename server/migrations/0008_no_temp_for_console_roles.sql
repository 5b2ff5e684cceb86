-- 0008: no SECURITY DEFINER function runs code its caller wrote (issue 8, finding 1), part 1.
--
-- Reproduced: a merchandiser created a temporary function and a temporary VIEW pg_temp.qm_import
-- calling it, and called console.import_check(). The definer read pg_temp.qm_import (the
-- caller's view), so the caller's function ran as qm_contract. The same held for any temporary
-- relation a definer reads (console.reconcile_repair's CREATE TEMP TABLE IF NOT EXISTS qm_drift
-- kept a caller's own qm_drift, triggers and all) and for relations reached through a search_path
-- that does not list pg_temp (PostgreSQL then searches pg_temp FIRST).
--
-- Three layers:
--   1. Console roles (and PUBLIC) lose TEMP on the database: they cannot create temporary tables,
--      views or functions at all. qm_contract keeps it (0001), so console.import_begin still
--      creates the staging table, which the caller then COPYs into (PostgreSQL gives a session
--      USAGE on its own temporary schema, and import_begin GRANTs INSERT, SELECT on the table).
--   2. A definer reads only temporary tables it created itself, checked by qm.own_temp_table().
--      Here: console.reconcile_repair. The import readers of 0201 are covered by 0299 (they do
--      not exist yet when a new database reaches this file). A DBA who grants TEMP back to a
--      console role opens no hole.
--   3. Every function qm_contract owns pins search_path with pg_temp explicitly LAST: here the
--      triggers of 0001, in 0299 0103's doorbell (which 0103 re-creates).
--
-- This file only touches objects of 0001-0007, so it works in either order: before 0101 on a
-- new database, after 0203 on one that has those already. tests/integration/tst_privileges tries
-- the known escalations as every login role against every SECURITY DEFINER function.

-- 1. TEMP on the database: needs the database owner's (or a superuser's) rights, so before
-- SET ROLE.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, qm_merchandiser, '
                   'qm_store_manager, qm_oncall, qm_admin, qm_storefront', current_database());
    IF EXISTS (SELECT FROM pg_catalog.pg_database d,
                      pg_catalog.aclexplode(coalesce(d.datacl,
                                                     pg_catalog.acldefault('d', d.datdba))) a
                WHERE d.datname = current_database() AND a.grantee = 0
                  AND a.privilege_type = 'TEMPORARY') THEN
        -- A migrator that neither owns the database nor is a superuser cannot revoke it; the
        -- definers stay safe (layer 2), but tell the DBA.
        RAISE WARNING 'TEMPORARY on database % is still granted to PUBLIC: run REVOKE '
                      'TEMPORARY ON DATABASE % FROM PUBLIC as its owner',
                      current_database(), current_database();
    END IF;
END
$$;

SET LOCAL ROLE qm_contract;

-- ---------------------------------------------------------------------------------------------
-- 2. Temporary tables a definer reads must be its own.
-- ---------------------------------------------------------------------------------------------
-- Raises QM403 unless pg_temp.<p_name> is a plain table that qm_contract created in this
-- session's own temporary schema, with nothing attached that could run someone else's code.
CREATE FUNCTION qm.own_temp_table(p_name text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_class c
                    WHERE c.relname = p_name
                      AND c.relnamespace = pg_my_temp_schema()
                      AND c.relkind = 'r'
                      AND c.relowner = 'qm_contract'::regrole
                      AND NOT c.relhastriggers
                      AND NOT c.relhasrules
                      AND NOT c.relrowsecurity) THEN
        RAISE EXCEPTION 'pg_temp.% is not a staging table this session''s console call created',
                        p_name
            USING ERRCODE = 'QM403',
                  HINT = 'Console functions read only the temporary tables they create themselves '
                         '(an import starts with console.import_begin() in the same transaction).';
    END IF;
END
$$;
REVOKE EXECUTE ON FUNCTION qm.own_temp_table(text) FROM PUBLIC;

-- 0004's version created qm_drift with IF NOT EXISTS, so a caller's own temporary qm_drift (with
-- the caller's triggers) was kept and written by qm_contract. Now: dropped (fails on anything
-- not qm_contract's), created, verified, and always named pg_temp.qm_drift.
CREATE OR REPLACE FUNCTION console.reconcile_repair(p_request uuid) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
SET client_min_messages = warning AS $$
DECLARE
    v_prev jsonb;
    v_ledger int;
    v_reserved int;
    v_skipped jsonb;
    v_sample jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.reconcile_repair');
    IF v_prev IS NOT NULL THEN
        RETURN (v_prev ->> 'count')::int;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('console.reconcile_repair'));
    DROP TABLE IF EXISTS pg_temp.qm_drift;
    CREATE TEMP TABLE qm_drift (product_id bigint, warehouse_id int,
        on_hand_drift bigint, reserved_drift bigint) ON COMMIT DROP;
    PERFORM qm.own_temp_table('qm_drift');
    INSERT INTO pg_temp.qm_drift
    SELECT product_id, warehouse_id, on_hand_drift, reserved_drift
      FROM console.reconcile_report WHERE NOT ok;
    SELECT jsonb_agg(to_jsonb(d)) INTO v_sample FROM (SELECT * FROM pg_temp.qm_drift LIMIT 50) d;

    INSERT INTO shop.stock_movements (product_id, warehouse_id, delta, reason, note, request_id)
    SELECT product_id, warehouse_id, on_hand_drift, 'reconcile',
           'on_hand differed from the ledger sum by ' || on_hand_drift, p_request
      FROM pg_temp.qm_drift WHERE on_hand_drift <> 0;
    GET DIAGNOSTICS v_ledger = ROW_COUNT;

    PERFORM FROM shop.stock_levels s
     WHERE (s.product_id, s.warehouse_id) IN
           (SELECT product_id, warehouse_id FROM pg_temp.qm_drift WHERE reserved_drift <> 0)
     ORDER BY s.product_id, s.warehouse_id FOR UPDATE;
    UPDATE shop.stock_levels s
       SET reserved = s.reserved - d.reserved_drift, updated_at = clock_timestamp()
      FROM pg_temp.qm_drift d
     WHERE d.reserved_drift <> 0 AND s.product_id = d.product_id
       AND s.warehouse_id = d.warehouse_id
       AND s.reserved - d.reserved_drift BETWEEN 0 AND s.on_hand;
    GET DIAGNOSTICS v_reserved = ROW_COUNT;
    SELECT jsonb_agg(jsonb_build_object('product_id', d.product_id,
                                        'warehouse_id', d.warehouse_id))
      INTO v_skipped
      FROM pg_temp.qm_drift d JOIN shop.stock_levels s USING (product_id, warehouse_id)
     WHERE d.reserved_drift <> 0 AND s.reserved <> (SELECT coalesce(sum(qty), 0)
                                                     FROM shop.reservations r
                                                    WHERE r.status = 'held'
                                                      AND r.product_id = d.product_id
                                                      AND r.warehouse_id = d.warehouse_id);
    PERFORM qm.audit('stock.reconcile_repair', 'stock', p_request,
        jsonb_build_object('drifted_rows', (SELECT count(*) FROM pg_temp.qm_drift),
                           'sample', v_sample),
        jsonb_build_object('ledger_fixes', v_ledger, 'reserved_fixes', v_reserved,
                           'skipped', coalesce(v_skipped, '[]')));
    PERFORM qm.finish_request(p_request, jsonb_build_object('count', v_ledger + v_reserved));
    RETURN v_ledger + v_reserved;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- 3. search_path: when pg_temp is not listed, PostgreSQL searches it FIRST for relations and
-- types. These triggers run as whoever writes the table, which is qm_contract inside every
-- definer. (0103 re-creates orders_notify; 0299 pins it again.)
-- ---------------------------------------------------------------------------------------------
ALTER FUNCTION shop.products_touch() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION shop.refuse_change() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION shop.orders_touch() SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION shop.orders_notify() SET search_path = pg_catalog, pg_temp;

RESET ROLE;
