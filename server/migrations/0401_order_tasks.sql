-- 0401: the order pipeline's processed tasks (issue 10, "The order pipeline's queue").
--
-- The storefront simulator publishes every placed order to the Redis Stream qm:orders:placed; a
-- worker pool consumes it with one consumer group per task (fulfilment, email, erp). A stream
-- delivers at least once (a worker killed before XACK, an entry claimed from a dead consumer, a
-- dead letter replayed), so the effect of a task is made idempotent here: pipeline.complete_task
-- records (order, task) once; a second delivery finds it done and changes nothing.
-- pipeline.task_runs logs every execution that reached the database: a (order, task) with two
-- runs means the idempotency check failed ("processed twice"; it must stay 0).
-- Its own schema: nothing here assumes shop.* (the orders may live in another store).
SET LOCAL ROLE qm_contract;

CREATE SCHEMA pipeline;

CREATE TABLE pipeline.order_tasks (
    order_id bigint NOT NULL,
    task text NOT NULL CHECK (task ~ '^[a-z][a-z0-9_-]{0,39}$'),
    entry_id text NOT NULL, -- the stream entry whose delivery did it
    attempt int NOT NULL DEFAULT 1,
    replay_of text, -- the dead letter's id when it came from a replay
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (order_id, task)
);

CREATE TABLE pipeline.task_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL,
    task text NOT NULL,
    entry_id text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_runs_order_task ON pipeline.task_runs (order_id, task);

-- Whether (order, task) is done: a worker skips the work of a re-delivered entry.
CREATE FUNCTION pipeline.task_done(p_order bigint, p_task text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT FROM pipeline.order_tasks WHERE order_id = p_order AND task = p_task);
$$;

-- Records the task's effect once. True: this call did it; false: it was done before (the caller
-- acknowledges the entry and counts a skipped duplicate). Serialised per (order, task) so that two
-- deliveries racing (an entry claimed while its first consumer still works on it) cannot both win.
CREATE FUNCTION pipeline.complete_task(p_order bigint, p_task text, p_entry text, p_attempt int,
                                       p_replay_of text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_order IS NULL OR p_task IS NULL OR p_entry IS NULL THEN
        RAISE EXCEPTION 'order, task and entry are required' USING ERRCODE = '22023';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('pipeline.order_tasks'), hashtext(p_task || ':' || p_order));
    IF EXISTS (SELECT FROM pipeline.order_tasks WHERE order_id = p_order AND task = p_task) THEN
        RETURN false;
    END IF;
    INSERT INTO pipeline.task_runs (order_id, task, entry_id) VALUES (p_order, p_task, p_entry);
    INSERT INTO pipeline.order_tasks (order_id, task, entry_id, attempt, replay_of)
    VALUES (p_order, p_task, p_entry, coalesce(p_attempt, 1), p_replay_of)
    ON CONFLICT DO NOTHING;
    RETURN true;
END
$$;

-- Per task: how many orders it processed, how many (order, task) ran more than once (must be 0),
-- how many came from a replayed dead letter, and when it last did something.
CREATE VIEW console.pipeline_tasks AS
    SELECT t.task, t.processed, t.replayed, t.last_at,
           coalesce(d.twice, 0) AS processed_twice
    FROM (SELECT task, count(*) AS processed, count(replay_of) AS replayed,
                 max(processed_at) AS last_at
          FROM pipeline.order_tasks GROUP BY task) t
    LEFT JOIN (SELECT task, count(*) AS twice
               FROM (SELECT task FROM pipeline.task_runs GROUP BY order_id, task
                     HAVING count(*) > 1) x GROUP BY task) d ON d.task = t.task;

-- Queue actions (replay, claim, trim) are on-call work, like cache purges.
CREATE OR REPLACE FUNCTION qm.role_for_action(p_action text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE split_part(p_action, '.', 1)
        WHEN 'cache' THEN 'qm_oncall'
        WHEN 'varnish' THEN 'qm_oncall'
        WHEN 'runbooks' THEN 'qm_oncall'
        WHEN 'maintenance' THEN 'qm_oncall'
        WHEN 'queues' THEN 'qm_oncall'
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
                                'maintenance.set', 'audit.record', 'queues.act']),
            ('qm_admin', ARRAY['admin', 'feed.configure']),
            ('qm_storefront', ARRAY['storefront'])) r (role, caps)
        WHERE pg_has_role(current_user, r.role, 'MEMBER')
        GROUP BY 1) c;
$$;

REVOKE ALL ON SCHEMA pipeline FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA pipeline FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA pipeline FROM PUBLIC;
GRANT USAGE ON SCHEMA pipeline TO qm_storefront;
GRANT EXECUTE ON FUNCTION pipeline.task_done(bigint, text),
    pipeline.complete_task(bigint, text, text, int, text) TO qm_storefront;
GRANT SELECT ON console.pipeline_tasks TO qm_merchandiser, qm_store_manager, qm_oncall;

RESET ROLE;
