-- 0104: one round trip and one commit per checkout (issue 13: the storefront at 250 orders/s).
--
-- A shop backend asks its payment provider to charge the card while the checkout page waits, and
-- then places the order. Before this, the storefront placed the order (storefront.checkout, one
-- commit), charged, then recorded the payment (storefront.pay, a second commit): two round trips
-- and two WAL flushes that every checkout waited for. storefront.checkout_and_pay does both in one
-- transaction by calling the two functions themselves, so every rule stays where it was: the
-- cart's live reservations only (QM409), no oversell, the maintenance refusal (QM503), the
-- payment's checks, and the bookkeeping of each (qm.requests rows 'storefront.checkout' under
-- p_request and 'storefront.pay' under a request id derived from it, the order events
-- NULL -> pending -> paid, the payment row). A retry with the same p_request returns the same
-- order and status and applies nothing twice; if any part is refused, nothing of it is kept.
--   p_paid  true: the provider charged the card; false: the card was declined (the order stays
--           pending with payment_status failed: the shopper may pay again with storefront.pay);
--           NULL: no provider took the charge (the order stays pending and unpaid, no payment row).
-- Returns the order id and its status after the call ('pending' or 'paid').
SET LOCAL ROLE qm_contract;

CREATE FUNCTION storefront.checkout_and_pay(p_request uuid, p_cart_id text, p_customer_id bigint,
                                            p_channel text, p_paid boolean,
                                            OUT order_id bigint, OUT status text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    order_id := storefront.checkout(p_request, p_cart_id, p_customer_id, p_channel);
    IF p_paid IS NULL THEN
        status := 'pending';
    ELSE
        -- The payment's own request id: fixed by the checkout's, so a retry finds it.
        status := storefront.pay(md5('storefront.checkout_and_pay/pay:' || p_request::text)::uuid,
                                 order_id, p_paid);
    END IF;
END
$$;

REVOKE EXECUTE ON FUNCTION storefront.checkout_and_pay(uuid, text, bigint, text, boolean)
FROM PUBLIC;
GRANT EXECUTE ON FUNCTION storefront.checkout_and_pay(uuid, text, bigint, text, boolean)
TO qm_storefront;

RESET ROLE;
