-- 0601: audit rows of a long transaction are chained at its commit, not when they are written
-- (issue 9: a switchover must not wait for a bulk edit).
--
-- qm.audit (0002) appends under pg_advisory_xact_lock(hashtext('qm.audit_log')), held until the
-- transaction ends. A bulk edit runs all its chunks in one transaction and audits each chunk, so
-- from its first chunk on every other audited action of every session (a purge's intent, the
-- switchover runbook's own entry) waited for the whole edit to commit.
--
-- Now a path that audits inside a transaction doing long work calls qm.audit_deferred (same
-- arguments as qm.audit, no id returned): it stages the row in qm.audit_staged, and a
-- DEFERRABLE INITIALLY DEFERRED constraint trigger appends the staged rows through qm.audit at
-- the commit, in staging order, and deletes them. The chain lock is then held only while the
-- transaction commits. A rolled-back transaction leaves nothing: its staged rows and their
-- trigger events go with it. What stays immediate: everything that needs the row's id or must be
-- on record before an action runs (console.audit_intent / audit_outcome / record_audit, 0009,
-- 0010: the intent commits before the action), the approvals of 0302, and the functions that
-- end their transaction right after their audit row anyway.
--
-- Idempotency is unchanged: the deferred paths find an earlier attempt by request id in
-- qm.requests (qm.begin_request, console.request_result: written at once, visible in the same
-- transaction), never in the log. A concurrent retry waits on that row as before.
--
-- The chaining cannot be skipped by the session that staged the rows: console roles have no
-- right on schema qm (no INSERT, SELECT, DELETE on the staging table); SET CONSTRAINTS ...
-- IMMEDIATE only chains them earlier (and holds the chain lock from then on, as qm.audit did);
-- the trigger fires for a row deleted before the commit as well (it appends the row as it was
-- staged); ENABLE ALWAYS keeps it firing under session_replication_role = replica. The chain's
-- head is read in the transaction's snapshot, so qm.audit and qm.audit_deferred now refuse
-- anything but READ COMMITTED (a REPEATABLE READ snapshot links the row to a stale head).
-- At rest the staging table is empty: rows live only inside their own transaction.

SET LOCAL ROLE qm_contract;

CREATE TABLE qm.audit_staged (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action      text NOT NULL,
    target      text,
    request_id  uuid,
    plan        jsonb,
    outcome     jsonb
);
REVOKE ALL ON qm.audit_staged FROM PUBLIC;

CREATE FUNCTION qm.audit_read_committed() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audited changes run in READ COMMITTED transactions (this one is %)',
                        current_setting('transaction_isolation')
            USING ERRCODE = '0A000',
                  HINT = 'the audit chain is appended at commit from the latest committed head';
    END IF;
END
$$;

-- qm.audit as 0002 wrote it, but refused outside READ COMMITTED. Under REPEATABLE READ or
-- SERIALIZABLE the head it reads after taking the lock is the transaction's snapshot, not the
-- latest committed row: a console role that opened such a transaction before another append and
-- then called console.audit_intent linked its row to a stale head, and verify_audit_chain named
-- it as a broken row from then on.
CREATE OR REPLACE FUNCTION qm.audit(p_action text, p_target text, p_request uuid,
                                    p_plan jsonb, p_outcome jsonb) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id bigint;
    v_at timestamptz;
    v_prev bytea;
    v_key bytea;
BEGIN
    PERFORM qm.audit_read_committed();
    PERFORM pg_advisory_xact_lock(hashtext('qm.audit_log'));
    SELECT hash INTO v_prev FROM qm.audit_log ORDER BY id DESC LIMIT 1;
    v_prev := coalesce(v_prev, '\x'::bytea);
    SELECT key INTO STRICT v_key FROM qm.audit_key WHERE id = 1;
    v_id := nextval(pg_get_serial_sequence('qm.audit_log', 'id'));
    v_at := clock_timestamp();
    p_target := coalesce(p_target, '');
    p_plan := coalesce(p_plan, '{}');
    p_outcome := coalesce(p_outcome, '{}');
    INSERT INTO qm.audit_log (id, at, actor, action, target, request_id, plan, outcome,
                              prev_hash, hash)
    VALUES (v_id, v_at, session_user, p_action, p_target, p_request, p_plan, p_outcome, v_prev,
            qm.audit_hash(v_key, v_prev, v_id, v_at, session_user, p_action, p_target,
                          p_request, p_plan, p_outcome));
    RETURN v_id;
END
$$;

-- Stages one audit row of this transaction; it joins the chain when the transaction commits.
CREATE FUNCTION qm.audit_deferred(p_action text, p_target text, p_request uuid, p_plan jsonb,
                                  p_outcome jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM qm.audit_read_committed();
    INSERT INTO qm.audit_staged (action, target, request_id, plan, outcome)
    VALUES (p_action, p_target, p_request, p_plan, p_outcome);
END
$$;

-- At the commit (deferred): the staged row through qm.audit (the chain lock, the head, the HMAC;
-- actor = session_user, at = the commit's clock), then out of the staging table. A definer: it
-- fires as the session's own role, which has no right on qm.
CREATE FUNCTION qm.audit_chain_staged() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM qm.audit(NEW.action, NEW.target, NEW.request_id, NEW.plan, NEW.outcome);
    DELETE FROM qm.audit_staged WHERE id = NEW.id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER audit_staged_chain AFTER INSERT ON qm.audit_staged
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION qm.audit_chain_staged();
ALTER TABLE qm.audit_staged ENABLE ALWAYS TRIGGER audit_staged_chain;

REVOKE EXECUTE ON FUNCTION qm.audit_read_committed(),
    qm.audit_deferred(text, text, uuid, jsonb, jsonb), qm.audit_chain_staged() FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- The paths that audit inside a long transaction, as 0003 wrote them but for qm.audit_deferred:
-- the bulk edit's chunks (core/catalog/bulkedit.cpp: every chunk in one transaction) and the
-- edit applier's batch of product edits (one transaction). Signatures, owners, grants unchanged.
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION console.update_product(p_request uuid, p_product_id bigint,
                                                  p_expected_version int, p_changes jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_old shop.products;
    v_new shop.products;
    v_key text;
    v_value jsonb;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.update_product');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_changes IS NULL OR jsonb_typeof(p_changes) <> 'object' THEN
        PERFORM qm.bad_input('changes', 'must be a JSON object');
    END IF;
    SELECT * INTO v_old FROM shop.products WHERE id = p_product_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'product % not found', p_product_id USING ERRCODE = 'QM404';
    END IF;
    IF v_old.version IS DISTINCT FROM p_expected_version THEN
        PERFORM qm.drop_request(p_request);
        RETURN jsonb_build_object('status', 'conflict', 'product', to_jsonb(v_old));
    END IF;
    v_new := v_old;
    FOR v_key, v_value IN SELECT key, value FROM jsonb_each(p_changes) LOOP
        CASE v_key
        WHEN 'sku' THEN v_new.sku := qm.json_text('sku', v_value, 1, 64);
        WHEN 'name' THEN v_new.name := qm.json_text('name', v_value, 1, 300);
        WHEN 'description' THEN v_new.description := qm.json_text('description', v_value, 0, 20000);
        WHEN 'status' THEN v_new.status := qm.json_status(v_value);
        WHEN 'price' THEN v_new.price := qm.json_price('price', v_value);
        WHEN 'currency' THEN v_new.currency := qm.json_currency(v_value);
        WHEN 'category_id' THEN v_new.category_id := qm.json_category(v_value);
        WHEN 'tags' THEN v_new.tags := qm.json_tags('tags', v_value);
        WHEN 'attributes' THEN
            IF jsonb_typeof(v_value) <> 'object' THEN
                PERFORM qm.bad_input('attributes', 'must be a JSON object');
            END IF;
            v_new.attributes := v_value;
        ELSE
            RAISE EXCEPTION 'unknown field %: editable fields are sku, name, description, '
                            'status, price, currency, category_id, attributes, tags', v_key
                USING ERRCODE = 'QM400', COLUMN = v_key;
        END CASE;
    END LOOP;
    IF v_new.sku <> v_old.sku AND EXISTS (SELECT FROM shop.products WHERE sku = v_new.sku) THEN
        RAISE EXCEPTION 'sku % is already used by another product', v_new.sku
            USING ERRCODE = 'QM409', COLUMN = 'sku';
    END IF;
    UPDATE shop.products
       SET sku = v_new.sku, name = v_new.name, description = v_new.description,
           status = v_new.status, price = v_new.price, currency = v_new.currency,
           category_id = v_new.category_id, tags = v_new.tags, attributes = v_new.attributes
     WHERE id = p_product_id
    RETURNING * INTO v_new;
    IF v_new.price <> v_old.price OR v_new.currency <> v_old.currency THEN
        INSERT INTO shop.price_history (product_id, old_price, new_price, currency, request_id)
        VALUES (p_product_id, v_old.price, v_new.price, v_new.currency, p_request);
    END IF;
    v_result := jsonb_build_object('status', 'applied', 'product', to_jsonb(v_new));
    PERFORM qm.audit_deferred('catalog.update_product', 'product:' || v_old.sku, p_request,
        jsonb_build_object('product_id', p_product_id, 'expected_version', p_expected_version,
                           'changes', p_changes,
                           'before', (SELECT jsonb_object_agg(k, to_jsonb(v_old) -> k)
                                      FROM jsonb_object_keys(p_changes) k)),
        jsonb_build_object('status', 'applied', 'version', v_new.version));
    RETURN qm.finish_request(p_request, v_result);
END
$$;

CREATE OR REPLACE FUNCTION console.bulk_price_change(p_request uuid, p_product_ids bigint[],
                                                     p_mode text, p_value numeric,
                                                     p_rounding text DEFAULT 'cents')
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_bad record;
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.bulk_price_change');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_mode IS NULL OR p_mode NOT IN ('percent', 'amount') THEN
        PERFORM qm.bad_input('mode', format('must be percent or amount (got %s)', p_mode));
    END IF;
    IF p_rounding IS NULL OR p_rounding NOT IN ('none', 'cents', 'x.99', 'x.95') THEN
        PERFORM qm.bad_input('rounding', format('must be none, cents, x.99 or x.95 (got %s)',
                                                p_rounding));
    END IF;
    IF p_value IS NULL OR (p_mode = 'percent' AND p_value < -100) THEN
        PERFORM qm.bad_input('value', 'must be a number (a percentage no lower than -100)');
    END IF;
    IF p_product_ids IS NULL OR cardinality(p_product_ids) = 0 THEN
        PERFORM qm.bad_input('product_ids', 'no products selected');
    END IF;
    -- Lock the rows in id order (two bulk changes never deadlock), then check, then write.
    PERFORM FROM shop.products WHERE id = ANY (p_product_ids) ORDER BY id FOR UPDATE;
    SELECT sku, price INTO v_bad FROM shop.products
     WHERE id = ANY (p_product_ids)
       AND qm.round_price(CASE p_mode WHEN 'percent' THEN price * (1 + p_value / 100)
                                      ELSE price + p_value END, p_rounding) < 0
     LIMIT 1;
    IF FOUND THEN
        PERFORM qm.bad_input('value', format('the price of %s (%s) would go below 0',
                                             v_bad.sku, v_bad.price));
    END IF;
    WITH upd AS (
        UPDATE shop.products p
           SET price = qm.round_price(CASE p_mode WHEN 'percent' THEN o.price * (1 + p_value / 100)
                                                 ELSE o.price + p_value END, p_rounding)
          FROM (SELECT id, price FROM shop.products WHERE id = ANY (p_product_ids)) o
         WHERE p.id = o.id
        RETURNING p.id, o.price AS old_price, p.price AS new_price, p.currency
    ), hist AS (
        INSERT INTO shop.price_history (product_id, old_price, new_price, currency, request_id)
        SELECT id, old_price, new_price, currency, p_request FROM upd
         WHERE new_price <> old_price
    )
    SELECT jsonb_build_object('count', count(*),
                              'total_before', coalesce(sum(old_price), 0),
                              'total_after', coalesce(sum(new_price), 0))
      INTO v_result FROM upd;
    PERFORM qm.audit_deferred('catalog.bulk_price_change',
        format('%s products', cardinality(p_product_ids)), p_request,
        jsonb_build_object('mode', p_mode, 'value', p_value, 'rounding', p_rounding,
                           'product_count', cardinality(p_product_ids),
                           'sample', to_jsonb(p_product_ids[1:20])),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

CREATE OR REPLACE FUNCTION console.bulk_set_field(p_request uuid, p_product_ids bigint[],
                                                  p_field text, p_value jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_prev jsonb;
    v_count bigint;
    v_text text;
    v_int int;
    v_tags text[];
    v_result jsonb;
BEGIN
    v_prev := qm.begin_request(p_request, 'console.bulk_set_field');
    IF v_prev IS NOT NULL THEN
        RETURN v_prev;
    END IF;
    IF p_product_ids IS NULL OR cardinality(p_product_ids) = 0 THEN
        PERFORM qm.bad_input('product_ids', 'no products selected');
    END IF;
    PERFORM FROM shop.products WHERE id = ANY (p_product_ids) ORDER BY id FOR UPDATE;
    CASE p_field
    WHEN 'status' THEN
        v_text := qm.json_status(p_value);
        UPDATE shop.products SET status = v_text
         WHERE id = ANY (p_product_ids) AND status <> v_text;
    WHEN 'currency' THEN
        v_text := qm.json_currency(p_value);
        UPDATE shop.products SET currency = v_text
         WHERE id = ANY (p_product_ids) AND currency <> v_text;
    WHEN 'category_id' THEN
        v_int := qm.json_category(p_value);
        UPDATE shop.products SET category_id = v_int
         WHERE id = ANY (p_product_ids) AND category_id IS DISTINCT FROM v_int;
    WHEN 'tags_add' THEN
        v_tags := qm.json_tags('tags_add', p_value);
        UPDATE shop.products
           SET tags = ARRAY(SELECT DISTINCT t FROM unnest(tags || v_tags) t ORDER BY t)
         WHERE id = ANY (p_product_ids) AND NOT tags @> v_tags;
    WHEN 'tags_remove' THEN
        v_tags := qm.json_tags('tags_remove', p_value);
        UPDATE shop.products
           SET tags = ARRAY(SELECT t FROM unnest(tags) WITH ORDINALITY u (t, n)
                            WHERE t <> ALL (v_tags) ORDER BY n)
         WHERE id = ANY (p_product_ids) AND tags && v_tags;
    WHEN 'attributes_merge' THEN
        IF jsonb_typeof(p_value) IS DISTINCT FROM 'object' THEN
            PERFORM qm.bad_input('attributes_merge', 'must be a JSON object');
        END IF;
        UPDATE shop.products SET attributes = attributes || p_value
         WHERE id = ANY (p_product_ids) AND NOT attributes @> p_value;
    ELSE
        PERFORM qm.bad_input('field', format('cannot bulk-set %s (status, currency, category_id, '
                                             'tags_add, tags_remove, attributes_merge)', p_field));
    END CASE;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    v_result := jsonb_build_object('count', v_count, 'field', p_field);
    PERFORM qm.audit_deferred('catalog.bulk_set_field',
        format('%s products', cardinality(p_product_ids)), p_request,
        jsonb_build_object('field', p_field, 'value', p_value,
                           'product_count', cardinality(p_product_ids),
                           'sample', to_jsonb(p_product_ids[1:20])),
        v_result);
    RETURN qm.finish_request(p_request, v_result);
END
$$;

RESET ROLE;
