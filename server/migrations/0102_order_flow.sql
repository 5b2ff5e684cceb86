-- 0102: the Orders workspace's order-flow health strip (issue 4): one cheap row, polled every
-- few seconds by a console that shows the Orders workspace.
SET LOCAL ROLE qm_contract;

-- Recent payment attempts are counted by time.
CREATE INDEX payments_at ON shop.payments (at);

-- orders_last_minute   orders created in the last 60 s
-- per_minute           orders created in each of the 60 whole minutes before this one (oldest
--                      first): the console's EWMA of "expected" runs over it
-- payments, payment_failures   charge attempts of the last 15 minutes, and the declined ones
-- stuck_orders         paid, but not picked for p_stuck_minutes
-- oversell_risk        stock rows with more open carts holding them than units still available
-- at                   the server's clock
CREATE FUNCTION console.order_flow(p_stuck_minutes int DEFAULT 30)
RETURNS TABLE (orders_last_minute bigint, per_minute bigint[], payments bigint,
               payment_failures bigint, stuck_orders bigint, oversell_risk bigint,
               at timestamptz)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH m AS (SELECT date_trunc('minute', now()) AS this_minute)
    SELECT
        (SELECT count(*) FROM console.orders o WHERE o.created_at >= now() - interval '1 minute'),
        (SELECT array_agg(coalesce(c.n, 0) ORDER BY g.minute)
           FROM m, generate_series(m.this_minute - interval '60 minutes',
                                   m.this_minute - interval '1 minute',
                                   interval '1 minute') g (minute)
           LEFT JOIN (SELECT date_trunc('minute', o.created_at) AS minute, count(*) AS n
                        FROM console.orders o, m
                       WHERE o.created_at >= m.this_minute - interval '60 minutes'
                         AND o.created_at < m.this_minute
                       GROUP BY 1) c ON c.minute = g.minute),
        (SELECT count(*) FROM console.payments p
          WHERE p.kind = 'charge' AND p.at >= now() - interval '15 minutes'),
        (SELECT count(*) FROM console.payments p
          WHERE p.kind = 'charge' AND p.status = 'failed'
            AND p.at >= now() - interval '15 minutes'),
        (SELECT count(*) FROM console.orders o
          WHERE o.status = 'paid'
            AND o.updated_at < now() - make_interval(mins => greatest(p_stuck_minutes, 1))),
        (SELECT count(*) FROM (
            SELECT r.product_id, r.warehouse_id, count(DISTINCT r.cart_id) AS carts
              FROM console.reservations r WHERE r.live GROUP BY 1, 2) h
           JOIN console.stock_levels s
             ON s.product_id = h.product_id AND s.warehouse_id = h.warehouse_id
          WHERE s.available < h.carts),
        now();
$$;

GRANT EXECUTE ON FUNCTION console.order_flow(int)
    TO qm_store_manager, qm_admin, qm_oncall, qm_merchandiser;

RESET ROLE;
