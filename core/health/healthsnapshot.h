#pragma once

#include "db/cluster.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace qm {

struct RedisHealth
{
    QString name; // host:port
    bool configured = false;
    bool up = false;
    double roundTripMs = -1; // PING round trip
    QString error; // why it is down
};

// What the health strip and the node list show: one value per probe round, plain data.
struct HealthSnapshot
{
    quint64 sequence = 0; // increases with every snapshot of one monitor
    QDateTime at;
    QVector<db::NodeStatus> nodes; // PostgreSQL servers, primary first
    RedisHealth redis;

    const db::NodeStatus *primary() const;
    bool primaryUp() const;
    QVector<db::NodeStatus> replicas() const;
    double worstRoundTripMs() const; // over every server that answered; -1 when none did
};

// How a server looks on the strip: green, amber (answering but lagging or slow), red, grey.
enum class HealthLevel { Unknown, Ok, Warning, Down };

struct HealthThresholds
{
    double replicaLagSeconds = 5.0; // a replica lagging more is amber
    double slowRoundTripMs = 100.0; // a server answering slower is amber
};

HealthLevel healthLevel(const db::NodeStatus &node, const HealthThresholds &limits);
HealthLevel healthLevel(const RedisHealth &redis, const HealthThresholds &limits);

} // namespace qm

Q_DECLARE_METATYPE(qm::HealthSnapshot)
