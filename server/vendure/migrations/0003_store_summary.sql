-- 0003 (Vendure): the Overview page's one row, as console.store_summary (server/migrations/0002),
-- so that the console's summary read only swaps the schema name. Reads Vendure's tables directly
-- (SECURITY DEFINER: console roles have no right on them), polled every few seconds, so the
-- catalog counts come from pg_class/pg_stats estimates above 100k variants as on the reference
-- store. Nothing is created in `public`.
--   products / active_products  variants not soft-deleted / also enabled with an enabled product
--   orders_today, revenue_today placed since midnight (the server's time zone); revenue counts
--                               orders whose payment settled, in major units of each order's
--                               currency (the reference store sums its one currency the same way)
--   open_reservations           allocations not yet sold, released or cancelled
--   low_stock                   stock rows at or below their out-of-stock threshold
--   maintenance                 always false: Vendure has no storefront maintenance switch the
--                               console owns (the message is NULL)
CREATE FUNCTION qm_vendure.store_summary_now()
RETURNS TABLE (products bigint, products_estimated boolean, active_products bigint,
               orders_today bigint, revenue_today numeric, open_reservations bigint,
               low_stock bigint, last_order_at timestamptz, maintenance boolean,
               maintenance_message text, at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_est double precision;
    v_freq real;
    v_since timestamp := date_trunc('day', now()) AT TIME ZONE 'UTC';
BEGIN
    SELECT c.reltuples INTO v_est FROM pg_class c WHERE c.oid = 'public.product_variant'::regclass;
    IF v_est > 100000 THEN
        products := v_est::bigint;
        products_estimated := true;
        SELECT s.most_common_freqs[array_position(s.most_common_vals::text::text[], 'true')]
          INTO v_freq
          FROM pg_stats s
         WHERE s.schemaname = 'public' AND s.tablename = 'product_variant'
           AND s.attname = 'enabled';
        active_products := (v_est * coalesce(v_freq, 1))::bigint;
    ELSE
        SELECT count(*), count(*) FILTER (WHERE v.enabled AND p.enabled AND p."deletedAt" IS NULL)
          INTO products, active_products
          FROM public.product_variant v JOIN public.product p ON p.id = v."productId"
         WHERE v."deletedAt" IS NULL;
        products_estimated := false;
    END IF;
    SELECT count(*),
           coalesce(sum(qm_vendure.major(o."subTotalWithTax"::bigint + o."shippingWithTax",
                                         o."currencyCode"))
                    FILTER (WHERE o.state IN ('PaymentSettled', 'Modifying',
                                              'ArrangingAdditionalPayment', 'PartiallyShipped',
                                              'Shipped', 'PartiallyDelivered', 'Delivered')), 0)
      INTO orders_today, revenue_today
      FROM public."order" o WHERE o."orderPlacedAt" >= v_since;
    SELECT count(*) INTO open_reservations
      FROM public.stock_movement a
     WHERE a.type = 'ALLOCATION'
       AND NOT EXISTS (SELECT FROM public.stock_movement m
                        WHERE m."orderLineId" = a."orderLineId"
                          AND m.type IN ('SALE', 'RELEASE', 'CANCELLATION'));
    SELECT count(*) INTO low_stock
      FROM public.stock_level l
      JOIN public.product_variant v ON v.id = l."productVariantId"
      CROSS JOIN qm_vendure.default_channel() d
     WHERE l."stockOnHand" - l."stockAllocated"
           <= CASE WHEN v."useGlobalOutOfStockThreshold" THEN d.out_of_stock_threshold
                   ELSE v."outOfStockThreshold" END;
    SELECT qm_vendure.utc(max(o."orderPlacedAt")) INTO last_order_at FROM public."order" o;
    maintenance := false;
    maintenance_message := NULL;
    at := now();
    RETURN NEXT;
END
$$;

CREATE VIEW qm_vendure.store_summary AS SELECT * FROM qm_vendure.store_summary_now();

REVOKE EXECUTE ON FUNCTION qm_vendure.store_summary_now() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION qm_vendure.store_summary_now()
    TO qm_merchandiser, qm_store_manager, qm_oncall, qm_admin;
GRANT SELECT ON qm_vendure.store_summary
    TO qm_merchandiser, qm_store_manager, qm_oncall, qm_admin;
