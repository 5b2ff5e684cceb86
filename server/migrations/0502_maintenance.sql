-- 0502: maintenance windows and payment providers (issue 9, built-in runbooks 4 and 5).
--   qm.settings.maintenance_started_at / maintenance_until
--                                    a maintenance window: when it began and when it ends by
--                                    itself. Every reader treats a window whose end has passed as
--                                    off (no job has to switch it off): qm.maintenance_on()
--   console.maintenance_set          on (reason, optional scheduled end) or off; SECURITY DEFINER,
--                                    on-call only (checked in the function, not only by GRANT),
--                                    idempotent by request id, audited as maintenance.set
--   console.maintenance (view)       adds started_at, until, expired
--   storefront.maintenance (view)    what the simulator and the page origin poll (on, message,
--                                    until, retry_after seconds)
--   qm.payment_route                 the storefront's payment route: primary | secondary | auto
--   console.payments_set_route       sets it (on-call only, audited as payments.route)
--   qm.payment_faults                the simulated providers' failure share and latency, a runtime
--                                    control for tests and drills (NULL: the simulator's options);
--                                    only the owner writes it (a fault injection, not an action)
--   storefront.report_ops            the simulator's report: its heartbeat (what it observed) and
--                                    each provider's circuit breaker
--   console.payment_breakers, console.payment_route, console.storefront_heartbeat
--                                    what the console reads
-- Definers read only qm.* tables and pin search_path (pg_temp last); no caller-created object is
-- read.

SET LOCAL ROLE qm_contract;

ALTER TABLE qm.settings
    ADD COLUMN maintenance_started_at timestamptz,
    ADD COLUMN maintenance_until timestamptz;

-- On now: the flag is set and its scheduled end (if any) has not passed.
CREATE FUNCTION qm.maintenance_on() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT s.maintenance AND (s.maintenance_until IS NULL
                                               OR s.maintenance_until > now())
                     FROM qm.settings s WHERE s.id = 1), false);
$$;

CREATE OR REPLACE VIEW console.maintenance AS
    SELECT maintenance AND (maintenance_until IS NULL OR maintenance_until > now()) AS on,
           maintenance_message AS message, changed_by, changed_at,
           maintenance_started_at AS started_at, maintenance_until AS until,
           maintenance AND maintenance_until <= now() AS expired
    FROM qm.settings WHERE id = 1;

CREATE OR REPLACE VIEW storefront.maintenance AS
    SELECT maintenance AND (maintenance_until IS NULL OR maintenance_until > now()) AS on,
           maintenance_message AS message, maintenance_until AS until,
           CASE WHEN maintenance_until IS NULL THEN 300
                ELSE greatest(1, ceil(extract(epoch FROM maintenance_until - now()))::int)
           END AS retry_after
    FROM qm.settings WHERE id = 1;

CREATE OR REPLACE FUNCTION qm.refuse_in_maintenance() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_message text;
BEGIN
    SELECT maintenance_message INTO v_message FROM qm.settings
     WHERE id = 1 AND maintenance AND (maintenance_until IS NULL OR maintenance_until > now());
    IF FOUND THEN
        RAISE EXCEPTION 'the store is in maintenance: %', v_message USING ERRCODE = 'QM503';
    END IF;
END
$$;

-- On with a reason and an optional scheduled end (at most 7 days ahead), or off. Switching on
-- while a window is already open keeps its start and replaces reason and end.
CREATE FUNCTION console.maintenance_set(p_request uuid, p_on boolean, p_reason text,
                                        p_until timestamptz)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_was qm.settings;
    v_was_on boolean;
    v_now timestamptz := clock_timestamp();
    v_result jsonb;
BEGIN
    IF NOT pg_has_role(session_user, 'qm_oncall', 'MEMBER') THEN
        RAISE EXCEPTION '% may not switch maintenance mode: it needs the role qm_oncall',
            session_user USING ERRCODE = '42501';
    END IF;
    v_prev := qm.begin_request(p_request, 'console.maintenance_set');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_on IS NULL THEN
        PERFORM qm.bad_input('on', 'must be true or false');
    END IF;
    IF length(coalesce(p_reason, '')) > 500 THEN
        PERFORM qm.bad_input('reason', 'at most 500 characters');
    END IF;
    IF p_on AND p_until IS NOT NULL
       AND (p_until <= v_now OR p_until > v_now + interval '7 days') THEN
        PERFORM qm.bad_input('until', 'must be in the future and at most 7 days ahead');
    END IF;
    SELECT * INTO v_was FROM qm.settings WHERE id = 1 FOR UPDATE;
    v_was_on := v_was.maintenance
                AND (v_was.maintenance_until IS NULL OR v_was.maintenance_until > now());
    IF p_on THEN
        UPDATE qm.settings
           SET maintenance = true, maintenance_message = coalesce(p_reason, ''),
               maintenance_started_at = CASE WHEN v_was_on THEN v_was.maintenance_started_at
                                             ELSE v_now END,
               maintenance_until = p_until, changed_by = session_user, changed_at = v_now
         WHERE id = 1;
    ELSE
        UPDATE qm.settings
           SET maintenance = false, maintenance_message = '', maintenance_until = NULL,
               changed_by = session_user, changed_at = v_now
         WHERE id = 1;
    END IF;
    v_result := jsonb_build_object('status', 'applied', 'on', p_on,
                                   'reason', coalesce(p_reason, ''), 'until', p_until,
                                   'started_at', (SELECT maintenance_started_at FROM qm.settings
                                                  WHERE id = 1));
    PERFORM qm.audit('maintenance.set', 'store', p_request,
        jsonb_build_object('was_on', v_was_on, 'on', p_on, 'reason', coalesce(p_reason, ''),
                           'until', p_until),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- The old entry point (0004) keeps working and now records the window too (no scheduled end).
CREATE OR REPLACE FUNCTION console.set_maintenance(p_request uuid, p_on boolean,
                                                   p_message text DEFAULT '')
RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT console.maintenance_set(p_request, p_on, p_message, NULL);
$$;

-- The Overview's summary (0002) with the window's end: an expired window reads as off.
CREATE OR REPLACE FUNCTION console.store_summary_now()
RETURNS TABLE (products bigint, products_estimated boolean, active_products bigint,
               orders_today bigint, revenue_today numeric, open_reservations bigint,
               low_stock bigint, last_order_at timestamptz, maintenance boolean,
               maintenance_message text, at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_est double precision;
    v_freq real;
BEGIN
    SELECT c.reltuples INTO v_est FROM pg_class c WHERE c.oid = 'shop.products'::regclass;
    IF v_est > 100000 THEN
        products := v_est::bigint;
        products_estimated := true;
        SELECT s.most_common_freqs[array_position(s.most_common_vals::text::text[], 'active')]
          INTO v_freq
          FROM pg_stats s
         WHERE s.schemaname = 'shop' AND s.tablename = 'products' AND s.attname = 'status';
        IF v_freq IS NOT NULL THEN
            active_products := (v_est * v_freq)::bigint;
        ELSE
            SELECT count(*) INTO active_products FROM shop.products p WHERE p.status = 'active';
        END IF;
    ELSE
        SELECT count(*), count(*) FILTER (WHERE p.status = 'active')
          INTO products, active_products FROM shop.products p;
        products_estimated := false;
    END IF;
    SELECT count(*), coalesce(sum(o.total) FILTER (WHERE o.payment_status = 'paid'), 0)
      INTO orders_today, revenue_today
      FROM shop.orders o WHERE o.created_at >= date_trunc('day', now());
    SELECT count(*) INTO open_reservations
      FROM shop.reservations r WHERE r.status = 'held' AND r.expires_at > now();
    SELECT count(*) INTO low_stock
      FROM shop.stock_levels l WHERE l.on_hand - l.reserved <= l.low_stock_threshold;
    SELECT max(o.created_at) INTO last_order_at FROM shop.orders o;
    SELECT s.maintenance AND (s.maintenance_until IS NULL OR s.maintenance_until > now()),
           s.maintenance_message INTO maintenance, maintenance_message
      FROM qm.settings s WHERE s.id = 1;
    at := now();
    RETURN NEXT;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Payment providers.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE qm.payment_route (
    id         int PRIMARY KEY CHECK (id = 1),
    route      text NOT NULL DEFAULT 'primary' CHECK (route IN ('primary', 'secondary', 'auto')),
    reason     text NOT NULL DEFAULT '',
    changed_by text,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO qm.payment_route (id) VALUES (1);

CREATE TABLE qm.payment_faults (
    provider   text PRIMARY KEY CHECK (provider IN ('primary', 'secondary')),
    fail_rate  double precision CHECK (fail_rate BETWEEN 0 AND 1),
    latency_ms int CHECK (latency_ms BETWEEN 0 AND 60000),
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO qm.payment_faults (provider) VALUES ('primary'), ('secondary');

CREATE TABLE qm.payment_breakers (
    reporter        text NOT NULL CHECK (length(reporter) BETWEEN 1 AND 100),
    provider        text NOT NULL CHECK (provider IN ('primary', 'secondary')),
    state           text NOT NULL CHECK (state IN ('closed', 'open', 'half_open')),
    failure_rate    double precision NOT NULL,
    window_calls    int NOT NULL,
    trips           bigint NOT NULL,
    last_trip_at    timestamptz,
    open_until      timestamptz,
    charges_ok      bigint NOT NULL,
    charges_failed  bigint NOT NULL,
    rejected        bigint NOT NULL,
    reported_at     timestamptz NOT NULL,
    PRIMARY KEY (reporter, provider)
);

CREATE TABLE qm.storefront_heartbeat (
    reporter            text PRIMARY KEY CHECK (length(reporter) BETWEEN 1 AND 100),
    reported_at         timestamptz NOT NULL,
    maintenance         boolean NOT NULL,
    route               text NOT NULL,
    route_changed_at    timestamptz,
    orders              bigint NOT NULL,
    paid                bigint NOT NULL,
    refused_maintenance bigint NOT NULL,
    unpaid_no_provider  bigint NOT NULL
);

CREATE VIEW storefront.payment_settings AS
    SELECT r.route, r.changed_at AS route_changed_at,
           p.fail_rate AS primary_fail_rate, p.latency_ms AS primary_latency_ms,
           s.fail_rate AS secondary_fail_rate, s.latency_ms AS secondary_latency_ms
    FROM qm.payment_route r
    LEFT JOIN qm.payment_faults p ON p.provider = 'primary'
    LEFT JOIN qm.payment_faults s ON s.provider = 'secondary'
    WHERE r.id = 1;

-- The simulator's report, every second or so: its heartbeat and its breakers. Rows of reporters
-- silent for an hour are removed.
CREATE FUNCTION storefront.report_ops(p_reporter text, p_heartbeat jsonb, p_breakers jsonb)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_b jsonb;
BEGIN
    IF p_reporter IS NULL OR length(p_reporter) NOT BETWEEN 1 AND 100 THEN
        PERFORM qm.bad_input('reporter', '1 to 100 characters');
    END IF;
    IF jsonb_typeof(p_heartbeat) IS DISTINCT FROM 'object'
       OR jsonb_typeof(coalesce(p_breakers, '[]')) IS DISTINCT FROM 'array'
       OR jsonb_array_length(coalesce(p_breakers, '[]')) > 2 THEN
        PERFORM qm.bad_input('report', 'a heartbeat object and at most two breakers');
    END IF;
    INSERT INTO qm.storefront_heartbeat AS h (reporter, reported_at, maintenance, route,
                                              route_changed_at, orders, paid,
                                              refused_maintenance, unpaid_no_provider)
    VALUES (p_reporter, clock_timestamp(), coalesce((p_heartbeat ->> 'maintenance')::boolean, false),
            coalesce(left(p_heartbeat ->> 'route', 20), ''),
            (p_heartbeat ->> 'route_changed_at')::timestamptz,
            coalesce((p_heartbeat ->> 'orders')::bigint, 0),
            coalesce((p_heartbeat ->> 'paid')::bigint, 0),
            coalesce((p_heartbeat ->> 'refused_maintenance')::bigint, 0),
            coalesce((p_heartbeat ->> 'unpaid_no_provider')::bigint, 0))
    ON CONFLICT (reporter) DO UPDATE
        SET reported_at = excluded.reported_at, maintenance = excluded.maintenance,
            route = excluded.route, route_changed_at = excluded.route_changed_at,
            orders = excluded.orders, paid = excluded.paid,
            refused_maintenance = excluded.refused_maintenance,
            unpaid_no_provider = excluded.unpaid_no_provider;
    FOR v_b IN SELECT * FROM jsonb_array_elements(coalesce(p_breakers, '[]')) LOOP
        INSERT INTO qm.payment_breakers AS b (reporter, provider, state, failure_rate,
                                              window_calls, trips, last_trip_at, open_until,
                                              charges_ok, charges_failed, rejected, reported_at)
        VALUES (p_reporter, v_b ->> 'provider', v_b ->> 'state',
                coalesce((v_b ->> 'failure_rate')::double precision, 0),
                coalesce((v_b ->> 'window_calls')::int, 0),
                coalesce((v_b ->> 'trips')::bigint, 0),
                (v_b ->> 'last_trip_at')::timestamptz, (v_b ->> 'open_until')::timestamptz,
                coalesce((v_b ->> 'charges_ok')::bigint, 0),
                coalesce((v_b ->> 'charges_failed')::bigint, 0),
                coalesce((v_b ->> 'rejected')::bigint, 0), clock_timestamp())
        ON CONFLICT (reporter, provider) DO UPDATE
            SET state = excluded.state, failure_rate = excluded.failure_rate,
                window_calls = excluded.window_calls, trips = excluded.trips,
                last_trip_at = excluded.last_trip_at, open_until = excluded.open_until,
                charges_ok = excluded.charges_ok, charges_failed = excluded.charges_failed,
                rejected = excluded.rejected, reported_at = excluded.reported_at;
    END LOOP;
    DELETE FROM qm.storefront_heartbeat WHERE reported_at < clock_timestamp() - interval '1 hour';
    DELETE FROM qm.payment_breakers WHERE reported_at < clock_timestamp() - interval '1 hour';
END
$$;

CREATE FUNCTION console.payments_set_route(p_request uuid, p_route text, p_reason text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_was qm.payment_route;
    v_result jsonb;
BEGIN
    IF NOT pg_has_role(session_user, 'qm_oncall', 'MEMBER') THEN
        RAISE EXCEPTION '% may not route payments: it needs the role qm_oncall', session_user
            USING ERRCODE = '42501';
    END IF;
    v_prev := qm.begin_request(p_request, 'console.payments_set_route');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_route IS NULL OR p_route NOT IN ('primary', 'secondary', 'auto') THEN
        PERFORM qm.bad_input('route', 'must be primary, secondary or auto');
    END IF;
    IF length(coalesce(p_reason, '')) > 500 THEN
        PERFORM qm.bad_input('reason', 'at most 500 characters');
    END IF;
    SELECT * INTO v_was FROM qm.payment_route WHERE id = 1 FOR UPDATE;
    UPDATE qm.payment_route SET route = p_route, reason = coalesce(p_reason, ''),
                                changed_by = session_user, changed_at = clock_timestamp()
     WHERE id = 1;
    v_result := jsonb_build_object('status', 'applied', 'route', p_route,
                                   'changed_at', (SELECT changed_at FROM qm.payment_route
                                                  WHERE id = 1));
    PERFORM qm.audit('payments.route', 'payments', p_request,
        jsonb_build_object('was', v_was.route, 'route', p_route,
                           'reason', coalesce(p_reason, '')),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

-- The newest reporter's breakers (one simulator normally runs; with several, the one that
-- reported last), with the route it applies.
CREATE VIEW console.payment_breakers AS
    SELECT b.provider, b.state, b.failure_rate, b.window_calls, b.trips, b.last_trip_at,
           b.open_until, b.charges_ok, b.charges_failed, b.rejected, b.reporter, b.reported_at,
           h.route AS route_applied, h.route_changed_at AS route_seen_at
    FROM qm.payment_breakers b
    JOIN qm.storefront_heartbeat h ON h.reporter = b.reporter
    WHERE b.reporter = (SELECT h2.reporter FROM qm.storefront_heartbeat h2
                        ORDER BY h2.reported_at DESC LIMIT 1);

CREATE VIEW console.payment_route AS
    SELECT route, reason, changed_by, changed_at FROM qm.payment_route WHERE id = 1;

CREATE VIEW console.storefront_heartbeat AS
    SELECT reporter, reported_at, maintenance, route, route_changed_at, orders, paid,
           refused_maintenance, unpaid_no_provider
    FROM qm.storefront_heartbeat;

-- Payment routing and load tests (the Capacity workspace's, qmctl loadtest) are on-call work,
-- like maintenance.
CREATE OR REPLACE FUNCTION qm.role_for_action(p_action text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE split_part(p_action, '.', 1)
        WHEN 'cache' THEN 'qm_oncall'
        WHEN 'varnish' THEN 'qm_oncall'
        WHEN 'runbooks' THEN 'qm_oncall'
        WHEN 'maintenance' THEN 'qm_oncall'
        WHEN 'queues' THEN 'qm_oncall'
        WHEN 'payments' THEN 'qm_oncall'
        WHEN 'loadtest' THEN 'qm_oncall'
        WHEN 'catalog' THEN 'qm_merchandiser'
        WHEN 'stock' THEN 'qm_store_manager'
        WHEN 'reservations' THEN 'qm_store_manager'
        WHEN 'orders' THEN 'qm_store_manager'
        ELSE 'qm_admin'
    END;
$$;

CREATE OR REPLACE FUNCTION console.my_capabilities() RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(cap ORDER BY cap), '{}') FROM (
        SELECT unnest(caps) AS cap FROM (VALUES
            ('qm_merchandiser', ARRAY['console.read', 'catalog.edit']),
            ('qm_store_manager', ARRAY['console.read', 'stock.adjust', 'stock.reconcile',
                                       'reservations.release', 'orders.act']),
            ('qm_oncall', ARRAY['console.read', 'cache.purge', 'runbooks.run',
                                'maintenance.set', 'audit.record', 'queues.act',
                                'payments.route', 'loadtest.run']),
            ('qm_admin', ARRAY['admin', 'feed.configure']),
            ('qm_storefront', ARRAY['storefront'])) r (role, caps)
        WHERE pg_has_role(current_user, r.role, 'MEMBER')
        GROUP BY 1) c;
$$;

REVOKE ALL ON qm.payment_route, qm.payment_faults, qm.payment_breakers, qm.storefront_heartbeat
FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION
    qm.maintenance_on(),
    console.maintenance_set(uuid, boolean, text, timestamptz),
    storefront.report_ops(text, jsonb, jsonb),
    console.payments_set_route(uuid, text, text)
FROM PUBLIC;
GRANT SELECT ON console.maintenance, console.payment_breakers, console.payment_route,
    console.storefront_heartbeat
TO qm_merchandiser, qm_store_manager, qm_oncall;
GRANT EXECUTE ON FUNCTION
    console.maintenance_set(uuid, boolean, text, timestamptz),
    console.payments_set_route(uuid, text, text)
TO qm_oncall;
GRANT SELECT ON storefront.maintenance, storefront.payment_settings TO qm_storefront;
GRANT EXECUTE ON FUNCTION storefront.report_ops(text, jsonb, jsonb) TO qm_storefront;

RESET ROLE;
