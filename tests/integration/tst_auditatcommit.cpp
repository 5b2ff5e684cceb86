// The audit chain's lock is held only while a transaction commits (migration 0601, issue 9): a
// bulk edit's chunks stage their audit rows (qm.audit_deferred) and a deferred trigger chains
// them at the commit. Against the sandbox's PostgreSQL with several sessions through libpqxx:
// an open transaction with staged rows does not block another session's audited action (that
// session waits at most lock_timeout, so a block fails instead of hanging: no clock is read),
// rolled-back rows never reach the chain, committed rows appear once and in order, also from
// sessions committing interleaved, and a console role can neither touch the staging table nor
// skip the chaining. The last case runs the real BulkEditor held after its first audited chunk.
#include "catalog/bulkedit.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "pqcheck.h"
#include "testenv.h"

#include <QUuid>
#include <QtTest>
#include <algorithm>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace {

using qmtest::connectAs;
using qmtest::stateOf;

std::string newRequest()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

template <typename... Args>
pqxx::row one(pqxx::connection &c, const std::string &sql, Args &&...args)
{
    pqxx::work tx(c);
    pqxx::row r = tx.exec_params1(sql, std::forward<Args>(args)...);
    tx.commit();
    return r;
}

// The SQLSTATE the statements fail with in one transaction ("" when they succeed).
std::string failure(
    pqxx::connection &c, const std::vector<std::string> &statements, std::string *message = nullptr)
{
    try {
        pqxx::work tx(c);
        for (const std::string &s : statements)
            tx.exec(s);
        tx.commit();
    } catch (const pqxx::sql_error &e) {
        if (message)
            *message = e.what();
        return stateOf(e);
    }
    return {};
}

// The session waits at most 3 s for any lock, then fails (55P03) instead of hanging.
void waitAtMost3s(pqxx::connection &c)
{
    pqxx::nontransaction n(c);
    n.exec("set lock_timeout = '3s'");
}

// A session of the test: every lock it waits for fails it after 3 s, so that a chain lock held
// too long fails the test instead of hanging it (the test's sessions share one thread).
std::unique_ptr<pqxx::connection> session(const QString &user)
{
    auto c = connectAs(user);
    waitAtMost3s(*c);
    return c;
}

const char *kBulk = "select console.bulk_price_change($1::uuid, $2::bigint[], 'amount', "
                    "0.01, 'none')::text";

} // namespace

class TestAuditAtCommit : public QObject
{
    Q_OBJECT
    std::unique_ptr<pqxx::connection> m_owner;
    std::vector<qint64> m_products;

    // "{a,b}" of n of this test's products from index `from`.
    std::string ids(int from, int n) const
    {
        std::string s = "{";
        for (int i = from; i < from + n; ++i)
            s += (i > from ? "," : "") + std::to_string(m_products.at(i));
        return s + "}";
    }

    qint64 ownerCount(const std::string &sql, const std::string &arg)
    {
        return one(*m_owner, sql, arg)[0].as<qint64>();
    }

    qint64 rowsOf(const std::string &request)
    {
        return ownerCount("select count(*) from qm.audit_log where request_id = $1::uuid", request);
    }

    qint64 idOf(const std::string &request)
    {
        return ownerCount(
            "select coalesce(min(id), -1) from qm.audit_log where request_id = $1::uuid", request);
    }

    // The chain as a console role verifies it: whole, and the range from `from` (0501).
    void verifyChain(qint64 from)
    {
        auto merch = session(QStringLiteral("merch"));
        const pqxx::row all
            = one(*merch, "select ok, first_bad_id from console.verify_audit_chain()");
        QVERIFY2(all[0].as<bool>(), all[1].c_str());
        const pqxx::row range = one(
            *merch, "select ok, checked from console.verify_audit_chain($1::bigint, NULL)", from);
        QVERIFY(range[0].as<bool>());
        QVERIFY(range[1].as<qint64>() > 0);
        QCOMPARE(one(*m_owner, "select count(*) from qm.audit_staged")[0].as<qint64>(), qint64(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_owner = session(QStringLiteral("qm_owner"));
        pqxx::work tx(*m_owner);
        const std::string tag = newRequest().substr(0, 8);
        for (const auto &row : tx.exec_params(
                 "insert into shop.products (sku, name, status, price) "
                 "select format('ALC-%s-%s', $1::text, lpad(i::text, 3, '0')), 'Audit at commit', "
                 "'active', 10 from generate_series(1, 40) i returning id",
                 tag))
            m_products.push_back(row[0].as<qint64>());
        tx.commit();
        std::sort(m_products.begin(), m_products.end());
        QCOMPARE(int(m_products.size()), 40);
    }

    void openTransactionDoesNotBlockOtherAuditedActions()
    {
        auto merch = session(QStringLiteral("merch"));
        auto oncall = session(QStringLiteral("oncall"));
        auto merch2 = session(QStringLiteral("merch"));
        const std::string chunk0 = newRequest(), chunk1 = newRequest();
        pqxx::work edit(*merch);
        edit.exec_params(kBulk, chunk0, ids(0, 3));
        edit.exec_params(kBulk, chunk1, ids(3, 3));
        // The edit stays open with two audited chunks. Another session's write-ahead intent (the
        // switchover runbook's first entry) and another whole bulk edit go through meanwhile.
        const std::string intent = newRequest();
        std::string message;
        try {
            one(*oncall,
                "select console.audit_intent($1::uuid, 'runbooks.run', 'postgres-switchover', "
                "'{\"test\": \"tst_auditatcommit\"}')",
                intent);
        } catch (const pqxx::sql_error &e) {
            QFAIL(qPrintable(
                QStringLiteral("an audited action waited for the open bulk edit "
                               "(%1): %2")
                    .arg(QString::fromStdString(stateOf(e)), QString::fromUtf8(e.what()))));
        }
        const std::string other = newRequest();
        one(*merch2, kBulk, other, ids(10, 2));
        QCOMPARE(rowsOf(intent), qint64(1));
        QCOMPARE(rowsOf(other), qint64(1));
        QCOMPARE(rowsOf(chunk0), qint64(0)); // staged: not in the chain before the commit
        edit.commit();
        QCOMPARE(rowsOf(chunk0), qint64(1));
        QCOMPARE(rowsOf(chunk1), qint64(1));
        // Chained at the commit: after what the other sessions appended meanwhile, in order.
        QVERIFY(idOf(chunk0) > idOf(intent));
        QVERIFY(idOf(chunk0) > idOf(other));
        QCOMPARE(idOf(chunk1), idOf(chunk0) + 1);
        verifyChain(idOf(intent));
    }

    void rolledBackRowsNeverReachTheChain()
    {
        auto merch = session(QStringLiteral("merch"));
        const std::string a = newRequest(), b = newRequest();
        const std::string before = one(*m_owner,
            "select sum(price)::text from shop.products where id = any ($1::bigint[])",
            ids(14, 4))[0]
                                       .as<std::string>();
        {
            pqxx::work tx(*merch);
            tx.exec_params(kBulk, a, ids(14, 2));
            tx.exec_params(kBulk, b, ids(16, 2));
            tx.abort();
        }
        // A savepoint rolled back inside a committed transaction takes its staged row with it.
        const std::string kept = newRequest(), dropped = newRequest();
        {
            pqxx::work tx(*merch);
            tx.exec_params(kBulk, kept, ids(18, 1));
            tx.exec("savepoint s");
            tx.exec_params(kBulk, dropped, ids(19, 1));
            tx.exec("rollback to savepoint s");
            tx.commit();
        }
        QCOMPARE(rowsOf(a), qint64(0));
        QCOMPARE(rowsOf(b), qint64(0));
        QCOMPARE(rowsOf(dropped), qint64(0));
        QCOMPARE(rowsOf(kept), qint64(1));
        QCOMPARE(one(*m_owner,
                     "select sum(price)::text from shop.products where id = any ($1::bigint[])",
                     ids(14, 4))[0]
                     .as<std::string>(),
            before);
        // Nothing of the rolled-back request is on record: a retry applies it.
        QVERIFY(one(*merch, "select console.request_result($1::uuid) is null", a)[0].as<bool>());
        verifyChain(idOf(kept));
    }

    void interleavedCommitsChainOnceInOrder()
    {
        auto s1 = session(QStringLiteral("merch"));
        auto s2 = session(QStringLiteral("merch"));
        std::vector<std::string> r1, r2;
        for (int i = 0; i < 3; ++i) {
            r1.push_back(newRequest());
            r2.push_back(newRequest());
        }
        pqxx::work t1(*s1);
        pqxx::work t2(*s2);
        try {
            for (int i = 0; i < 3; ++i) { // disjoint products: the two wait for nothing
                t1.exec_params(kBulk, r1[i], ids(20 + i, 1));
                t2.exec_params(kBulk, r2[i], ids(25 + i, 1));
            }
        } catch (const pqxx::sql_error &e) {
            QFAIL(qPrintable(
                QStringLiteral("one open bulk edit waited for the other (%1): %2")
                    .arg(QString::fromStdString(stateOf(e)), QString::fromUtf8(e.what()))));
        }
        t2.commit(); // the one that started second commits first
        t1.commit();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rowsOf(r1[i]), qint64(1));
            QCOMPARE(rowsOf(r2[i]), qint64(1));
        }
        // Each transaction's rows are consecutive, in staging order; commit order between them.
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(idOf(r2[i]), idOf(r2[0]) + i);
            QCOMPARE(idOf(r1[i]), idOf(r1[0]) + i);
        }
        QVERIFY(idOf(r1[0]) > idOf(r2[2]));
        verifyChain(idOf(r2[0]));
    }

    void lookupsInTheSameTransactionFindTheStagedWork()
    {
        auto merch = session(QStringLiteral("merch"));
        auto other = session(QStringLiteral("merch"));
        const std::string request = newRequest();
        pqxx::work tx(*merch);
        const std::string first = tx.exec_params1(kBulk, request, ids(30, 2))[0].as<std::string>();
        // BulkEditor's "chunk 0 on record" check and a retry in the same transaction: the
        // request id is in qm.requests at once, so the retry returns the first result and stages
        // nothing more.
        QVERIFY(!tx.exec_params1("select console.request_result($1::uuid)", request)[0].is_null());
        QCOMPARE(tx.exec_params1(kBulk, request, ids(30, 2))[0].as<std::string>(), first);
        // Another session does not see it before the commit.
        QVERIFY(
            one(*other, "select console.request_result($1::uuid) is null", request)[0].as<bool>());
        tx.commit();
        QCOMPARE(rowsOf(request), qint64(1));
        QCOMPARE(one(*other, "select console.request_result($1::uuid)::text", request)[0]
                     .as<std::string>(),
            first);
        verifyChain(idOf(request));
    }

    void consoleRolesCannotSkipTheChaining()
    {
        auto merch = session(QStringLiteral("merch"));
        // No right on the staging table or the staging function (schema qm is closed).
        for (const char *sql : {"insert into qm.audit_staged (action) values ('catalog.forged')",
                 "select count(*) from qm.audit_staged", "delete from qm.audit_staged",
                 "select qm.audit_deferred('catalog.forged', '', NULL, '{}', '{}')",
                 "select qm.audit_chain_staged()"}) {
            QCOMPARE(failure(*merch, {sql}), std::string("42501"));
        }
        // Deleting the own staged row in the same transaction is refused (the edit rolls back).
        const std::string deleted = newRequest();
        QCOMPARE(failure(*merch,
                     {"select console.bulk_price_change('" + deleted + "', '" + ids(32, 1)
                             + "', 'amount', 0.01, 'none')",
                         "delete from qm.audit_staged"}),
            std::string("42501"));
        QCOMPARE(rowsOf(deleted), qint64(0));
        // Immediate constraints only chain earlier; deferring by name is refused.
        const std::string now = newRequest();
        QCOMPARE(failure(*merch,
                     {"set constraints all immediate",
                         "select console.bulk_price_change('" + now + "', '" + ids(33, 1)
                             + "', 'amount', 0.01, 'none')",
                         "set constraints all deferred"}),
            std::string());
        QCOMPARE(rowsOf(now), qint64(1));
        QCOMPARE(failure(*merch, {"set constraints qm.audit_staged_chain deferred"}),
            std::string("42501"));
        // REPEATABLE READ would chain against a stale head: refused before anything is staged.
        std::string message;
        const std::string rr = newRequest();
        QCOMPARE(failure(*merch,
                     {"set transaction isolation level repeatable read",
                         "select console.bulk_price_change('" + rr + "', '" + ids(34, 1)
                             + "', 'amount', 0.01, 'none')"},
                     &message),
            std::string("0A000"));
        QVERIFY2(QString::fromStdString(message).contains(QLatin1String("READ COMMITTED")),
            message.c_str());
        // Even the owner deleting a staged row does not keep it out of the chain: the trigger
        // appends the row as it was staged.
        const std::string owned = newRequest();
        QCOMPARE(failure(*m_owner,
                     {"select console.bulk_price_change('" + owned + "', '" + ids(35, 1)
                             + "', 'amount', 0.01, 'none')",
                         "delete from qm.audit_staged"}),
            std::string());
        QCOMPARE(rowsOf(owned), qint64(1));
        verifyChain(idOf(now));
    }

    // Under REPEATABLE READ qm.audit would link its row to the snapshot's head, not the latest
    // committed one (verify_audit_chain then named it broken): refused since 0601.
    void aStaleSnapshotCannotForkTheChain()
    {
        auto oncall = session(QStringLiteral("oncall"));
        auto other = session(QStringLiteral("oncall"));
        const std::string first = newRequest();
        std::string state;
        {
            pqxx::work tx(*oncall);
            tx.exec("set transaction isolation level repeatable read");
            tx.exec("select count(*) from console.audit_log"); // the snapshot is taken here
            one(*other, "select console.audit_intent($1::uuid, 'runbooks.run', 'fresh', '{}')",
                first);
            try {
                tx.exec_params(
                    "select console.audit_intent($1::uuid, 'runbooks.run', 'stale', '{}')",
                    newRequest());
            } catch (const pqxx::sql_error &e) {
                state = stateOf(e);
            }
        }
        QCOMPARE(state, std::string("0A000"));
        verifyChain(idOf(first));
    }

    // The console's bulk edit held after its first audited chunk (the test locks a product of
    // the second chunk): another session's audited action still goes through.
    void bulkEditorHeldAfterItsFirstChunkBlocksNobody()
    {
        qm::db::Cluster cluster(qmtest::clusterConfig(QStringLiteral("merch")));
        QVERIFY(qm::db::waitBlocking(cluster.start()).ok());
        auto holder = connectAs(QStringLiteral("qm_owner"));
        pqxx::work hold(*holder);
        hold.exec_params("select 1 from shop.products where id = $1 for update", m_products.at(38));

        qm::catalog::BulkEditor editor(&cluster);
        qm::catalog::BulkChange change;
        change.kind = qm::catalog::BulkChange::Kind::PriceAmount;
        change.value = QStringLiteral("0.01");
        change.rounding = QStringLiteral("none");
        qm::catalog::BulkTarget target;
        for (int i = 36; i < 40; ++i)
            target.ids << m_products.at(i);
        const QUuid request = QUuid::createUuid();
        auto progress = std::make_shared<qm::catalog::BulkProgress>();
        auto applied = editor.apply(change, target, request, progress, 2);
        // Chunk 0 (products 36, 37) is audited; chunk 1 waits for the row lock above.
        QTRY_VERIFY_WITH_TIMEOUT(progress->done.load() == 2, 60000);
        QVERIFY(!applied.isFinished());

        auto oncall = session(QStringLiteral("oncall"));
        const std::string intent = newRequest();
        try {
            one(*oncall,
                "select console.audit_intent($1::uuid, 'runbooks.run', 'postgres-switchover', "
                "'{\"test\": \"held bulk edit\"}')",
                intent);
        } catch (const pqxx::sql_error &e) {
            hold.abort();
            QFAIL(qPrintable(
                QStringLiteral("the intent waited for the held bulk edit (%1): %2")
                    .arg(QString::fromStdString(stateOf(e)), QString::fromUtf8(e.what()))));
        }
        hold.abort(); // let chunk 1 go
        QVERIFY(qmtest::waitFor(applied, 60000));
        const auto r = applied.result();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->products, qint64(4));
        const std::string c0 = qm::catalog::BulkEditor::chunkRequestId(request, 0)
                                   .toString(QUuid::WithoutBraces)
                                   .toStdString();
        const std::string c1 = qm::catalog::BulkEditor::chunkRequestId(request, 1)
                                   .toString(QUuid::WithoutBraces)
                                   .toStdString();
        QCOMPARE(rowsOf(c0), qint64(1));
        QCOMPARE(rowsOf(c1), qint64(1));
        QVERIFY(idOf(c0) > idOf(intent));
        QCOMPARE(idOf(c1), idOf(c0) + 1);
        verifyChain(idOf(intent));
    }
};

QTEST_GUILESS_MAIN(TestAuditAtCommit)
#include "tst_auditatcommit.moc"
