// Patroni REST answers read by PatroniClient::parseCluster/parseConfig and judged by reasonsFor:
// numbers beyond qint64 (found by tests/fuzz/fuzz_patroni) must not wrap into a negative lag that
// passes the pre-flight.
#include "ha/patroniclient.h"

#include <QJsonDocument>
#include <QTest>

using namespace qm::ha;
using K = PreflightReason::Kind;

class TstPatroniParse : public QObject
{
    Q_OBJECT

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

private slots:
    void hugeLagIsTooHigh()
    {
        const auto c = PatroniClient::parseCluster(
            json(R"({"members":[{"name":"p","role":"leader","state":"running","timeline":1},
                    {"name":"r","role":"replica","state":"streaming","timeline":1,"lag":1e30}]})"),
            QUrl());
        QVERIFY(c);
        const PatroniMember *r = c->member(QStringLiteral("r"));
        QVERIFY(r && r->lagBytes);
        QVERIFY2(*r->lagBytes > 0, qPrintable(QString::number(*r->lagBytes)));
        const auto reasons
            = PatroniClient::reasonsFor(c.value(), PatroniConfig {}, QStringLiteral("r"));
        Preflight p;
        p.reasons = reasons;
        QVERIFY2(p.has(K::LagTooHigh), "a replica 1e30 bytes behind passed the lag check");
        QVERIFY(!p.ok());
    }

    void hugeConfigNumbersClamp()
    {
        const PatroniConfig cfg
            = PatroniClient::parseConfig(json(R"({"maximum_lag_on_failover": -1e300})"));
        QVERIFY2(
            cfg.maximumLagOnFailover < 0, qPrintable(QString::number(cfg.maximumLagOnFailover)));
        QCOMPARE(clampedInt64(QJsonValue(1e300)), qint64(1) << 53);
        QCOMPARE(clampedInt64(QJsonValue(-1e300)), -(qint64(1) << 53));
        QCOMPARE(clampedInt64(QJsonValue(1048576.0)), qint64(1048576));
        QCOMPARE(clampedInt64(QJsonValue(QStringLiteral("1MB")), 7), qint64(7));
    }
};

QTEST_GUILESS_MAIN(TstPatroniParse)
#include "tst_patroniparse.moc"
