-- 0006: who may call what. Group roles (NOLOGIN, created in 0001):
--   qm_merchandiser   catalog functions
--   qm_store_manager  stock, reservation and order functions
--   qm_oncall         audit records for outside actions, maintenance mode
--   qm_admin          member of the three above, plus the orders-feed trigger switch
--   qm_storefront     the storefront schema's functions and views
-- Console roles read every console view and no table; EXECUTE is granted function by function
-- and revoked from PUBLIC everywhere. Login users are the sandbox's (or the DBA's) business.

-- Role membership needs the migrator's own rights (not qm_contract's).
GRANT qm_merchandiser, qm_store_manager, qm_oncall TO qm_admin;

SET LOCAL ROLE qm_contract;

REVOKE ALL ON SCHEMA shop, qm, console, storefront, qm_sandbox FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA shop, qm, console, storefront FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA shop, qm, console, storefront, qm_sandbox FROM PUBLIC;

-- Reading: every console role sees every console view.
GRANT USAGE ON SCHEMA console TO qm_merchandiser, qm_store_manager, qm_oncall;
GRANT SELECT ON ALL TABLES IN SCHEMA console TO qm_merchandiser, qm_store_manager, qm_oncall;
GRANT EXECUTE ON FUNCTION
    console.store_summary_now(),
    console.orders_feed(xid8, bigint, int),
    console.my_capabilities(),
    console.verify_audit_chain(),
    console.orders_notify_installed()
TO qm_merchandiser, qm_store_manager, qm_oncall;

GRANT EXECUTE ON FUNCTION
    console.update_product(uuid, bigint, int, jsonb),
    console.bulk_price_change(uuid, bigint[], text, numeric, text),
    console.bulk_set_field(uuid, bigint[], text, jsonb)
TO qm_merchandiser;

GRANT EXECUTE ON FUNCTION
    console.adjust_stock(uuid, bigint, int, int, text, text),
    console.stock_count(uuid, bigint, int, int, int, text),
    console.release_reservation(uuid, bigint, text),
    console.release_expired_reservations(uuid),
    console.reconcile_repair(uuid),
    console.cancel_order(uuid, bigint, text),
    console.refund_order(uuid, bigint, text, boolean),
    console.mark_shipped(uuid, bigint, text),
    console.add_order_note(uuid, bigint, text)
TO qm_store_manager;

GRANT EXECUTE ON FUNCTION
    console.record_audit(uuid, text, text, jsonb, jsonb),
    console.set_maintenance(uuid, boolean, text)
TO qm_oncall;

GRANT EXECUTE ON FUNCTION
    console.install_orders_notify(uuid),
    console.drop_orders_notify(uuid)
TO qm_admin;

-- The storefront.
GRANT USAGE ON SCHEMA storefront TO qm_storefront;
GRANT SELECT ON ALL TABLES IN SCHEMA storefront TO qm_storefront;
GRANT EXECUTE ON FUNCTION
    storefront.reserve(uuid, text, bigint, int, int, interval),
    storefront.checkout(uuid, text, bigint, text),
    storefront.pay(uuid, bigint, boolean),
    storefront.advance_fulfilment(uuid, bigint, text),
    storefront.expire_reservations(),
    storefront.abandon_cart(uuid, text),
    storefront.ensure_customer(text, text)
TO qm_storefront;

RESET ROLE;
