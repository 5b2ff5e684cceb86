#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storefront {

namespace {

std::string quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return ('\'' + v + '\'').toStdString();
}

// The sandbox profile (scripts/sandbox writes it): the primary is the first host. With more than
// one host, libpq tries them in order and takes the one that accepts writes
// (target_session_attrs=read-write): after a failover or a Patroni switchover the shoppers'
// reconnect finds the new primary by itself.
bool readProfile(
    const QString &path, const QString &user, const QString &staff, Options &o, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read profile %1: %2").arg(path, f.errorString());
        return false;
    }
    const QJsonObject profile = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject pg = profile.value(QStringLiteral("postgres")).toObject();
    const QString hostPort = pg.value(QStringLiteral("hosts")).toArray().at(0).toString();
    if (hostPort.isEmpty()) {
        *error = QStringLiteral("profile %1 names no PostgreSQL host").arg(path);
        return false;
    }
    QStringList hosts, ports;
    for (const QJsonValue &h : pg.value(QStringLiteral("hosts")).toArray()) {
        const QString hp = h.toString();
        if (hp.isEmpty())
            continue;
        hosts << hp.section(u':', 0, 0);
        ports << hp.section(u':', 1, 1);
    }
    std::string c = "host=" + quoted(hosts.join(u','));
    c += " port=" + quoted(ports.join(u','));
    if (hosts.size() > 1)
        c += " target_session_attrs=read-write";
    c += " dbname=" + quoted(pg.value(QStringLiteral("database")).toString());
    const QString passfile = pg.value(QStringLiteral("passfile")).toString();
    if (!passfile.isEmpty())
        c += " passfile=" + quoted(passfile);
    c += " sslmode="
        + quoted(pg.value(QStringLiteral("sslmode")).toString(QStringLiteral("prefer")));
    // The profile's CA file (verify-full profiles of QM_SANDBOX_TLS=1 sandboxes).
    const QString caFile = profile.value(QStringLiteral("ca_file")).toString();
    if (!caFile.isEmpty())
        c += " sslrootcert=" + quoted(caFile);
    c += " connect_timeout=3";
    o.conninfo = c + " application_name='qm-storefront' user=" + quoted(user);
    if (!staff.isEmpty() && staff != QLatin1String("none"))
        o.staffConninfo = c + " application_name='qm-storefront-staff' user=" + quoted(staff);
    const QJsonObject redis = profile.value(QStringLiteral("redis")).toObject();
    if (o.redisHost.isEmpty() && !redis.isEmpty()) {
        o.redisHost = redis.value(QStringLiteral("host")).toString(QStringLiteral("127.0.0.1"));
        o.redisPort = redis.value(QStringLiteral("port")).toInt(6379);
    }
    // The Redis ACL user: the profile's, or (user_from_database) the shoppers' database user;
    // its password from the profile's Redis passfile ("user password" lines).
    o.redisUser = redis.value(QStringLiteral("user_from_database")).toBool()
        ? user
        : redis.value(QStringLiteral("user")).toString();
    QFile users(redis.value(QStringLiteral("passfile")).toString());
    if (!o.redisUser.isEmpty() && users.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : users.readAll().split('\n')) {
            const QList<QByteArray> f = line.trimmed().split(' ');
            if (f.size() == 2 && QString::fromUtf8(f[0]) == o.redisUser)
                o.redisPassword = QString::fromUtf8(f[1]);
        }
    }
    return true;
}

// TASK=VALUE pairs (repeated or comma-separated). Latencies take ms (default) or s.
bool parseTaskMap(
    const QStringList &values, bool latency, std::map<std::string, double> &out, QString *error)
{
    for (const QString &value : values) {
        for (const QString &pair : value.split(u',', Qt::SkipEmptyParts)) {
            const QString task = pair.section(u'=', 0, 0).trimmed();
            QString v = pair.section(u'=', 1).trimmed();
            double scale = 1;
            if (latency && v.endsWith(QLatin1String("ms"))) {
                v.chop(2);
            } else if (latency && v.endsWith(u's')) {
                v.chop(1);
                scale = 1000;
            }
            bool good = false;
            const double d = v.toDouble(&good) * scale;
            const bool known = task == QLatin1String("all") || task == QLatin1String("fulfilment")
                || task == QLatin1String("email") || task == QLatin1String("erp");
            if (!good || d < 0 || !known || (!latency && d > 1)) {
                *error = QStringLiteral("bad task value '%1' (TASK=%2 with TASK one of "
                                        "fulfilment, email, erp, all)")
                             .arg(pair, latency ? QStringLiteral("50ms") : QStringLiteral("0.05"));
                return false;
            }
            out[task.toStdString()] = d;
        }
    }
    return true;
}

} // namespace

bool parseOptions(Options &o, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Storefront simulator: shoppers browse through the Redis cache, reserve stock, check out "
        "and pay through the shop's functions; a back office fulfils, cancels and refunds.\n"
        "Prints JSON lines: progress every --report-every seconds and a summary at the end."));
    p.addHelpOption();
    auto opt = [&p](const char *name, const char *help, const char *value, QString def = {}) {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value) {
            option.setValueName(QString::fromLatin1(value));
            option.setDefaultValue(def);
        }
        p.addOption(option);
        return option;
    };
    const QString env = qEnvironmentVariable("QM_SANDBOX_DIR");
    const auto profile
        = opt("profile", "Sandbox profile.json (default $QM_SANDBOX_DIR/profile.json).", "file",
            env.isEmpty() ? QString() : env + QStringLiteral("/profile.json"));
    const auto pg = opt("pg", "libpq connection string (instead of a profile).", "conninfo");
    const auto user
        = opt("user", "Database user (with --profile).", "name", QStringLiteral("storefront"));
    const auto staff
        = opt("staff-user", "Customer-service user for cancels, refunds, restocks ('none': off).",
            "name", QStringLiteral("manager"));
    const auto staffPg
        = opt("staff-pg", "libpq connection string of the customer-service user.", "conninfo");
    const auto redis = opt("redis", "Redis host:port, or 'none' (default: the profile's).", "addr");
    const auto workers = opt("workers", "Shopper threads.", "n", QString::number(o.workers));
    const auto rate = opt("rate", "Target orders per second (0 = as fast as possible).", "r",
        QString::number(o.rate));
    const auto duration = opt("duration", "Stop after this many seconds (0 = run until stopped).",
        "s", QStringLiteral("0"));
    const auto maxOrders
        = opt("max-orders", "Stop after this many orders.", "n", QStringLiteral("0"));
    const auto report = opt("report-every", "Seconds between progress lines (0 = none).", "s",
        QString::number(o.reportEverySec));
    const auto seed = opt("seed", "Random seed.", "n", QString::number(o.seed));
    const auto browse
        = opt("browse", "Product pages viewed per session.", "n", QString::number(o.browse));
    const auto abandon
        = opt("abandon", "Share of carts abandoned.", "p", QString::number(o.abandonShare));
    const auto payFail
        = opt("pay-fail", "Share of payments declined.", "p", QString::number(o.payFailShare));
    const auto cancel
        = opt("cancel", "Share of orders cancelled.", "p", QString::number(o.cancelShare));
    const auto refund
        = opt("refund", "Share of delivered orders refunded.", "p", QString::number(o.refundShare));
    const auto ttl = opt("reservation-ttl", "Cart reservation lifetime in seconds.", "s",
        QString::number(o.reservationTtlSec));
    const auto lines = opt("max-lines", "Items per cart (1..n).", "n", QString::number(o.maxLines));
    const auto fulfil = opt("fulfil-every", "Back-office tick in seconds (0 = no back office).",
        "s", QString::number(o.fulfilEverySec));
    const auto fulfilDelay = opt("fulfil-delay", "Seconds an order waits in each status.", "s",
        QString::number(o.fulfilDelaySec));
    const auto hot = opt("hot", "Share of cart items taken from the 20 hottest products.", "p",
        QString::number(o.hotShare));
    const auto stuck
        = opt("stuck", "Share of paid orders never picked.", "p", QString::number(o.stuckShare));
    const auto restock
        = opt("restock-every", "Seconds between restocks of sold-out rows (0 = none).", "s",
            QString::number(o.restockEverySec));
    const auto items = opt("items", "Sell only the first N stock rows (hot items; 0 = all).", "n",
        QStringLiteral("0"));
    const auto quiet = opt("quiet", "No progress lines, only the summary.", nullptr);
    const auto metricsPort = opt("metrics-port",
        "Serve Prometheus metrics (checkout histogram, orders) on 127.0.0.1:PORT/metrics.", "port",
        QStringLiteral("0"));
    const auto queue = opt("queue",
        "Order pipeline: publish each placed order to the Redis Stream qm:{orders}:placed and "
        "consume it with the consumer groups fulfilment, email and erp.",
        nullptr);
    const auto queueOnly
        = opt("queue-only", "Only the pipeline's workers (no shoppers); implies --queue.", nullptr);
    const auto queueWorkers = opt("queue-workers", "Worker threads per task (0: publish only).",
        "n", QString::number(o.queueWorkers));
    const auto queueAttempts
        = opt("queue-attempts", "Attempts per task before the entry goes to qm:{orders}:dead.", "n",
            QString::number(o.queueAttempts));
    const auto queueMaxLen = opt(
        "queue-maxlen", "Approximate MAXLEN of the streams.", "n", QString::number(o.queueMaxLen));
    const auto queueBatch
        = opt("queue-batch", "Entries per XREADGROUP.", "n", QString::number(o.queueBatch));
    const auto queueConsumer = opt("queue-consumer",
        "Consumer name prefix (default sim-<pid>): consumers are PREFIX-TASK-N.", "name");
    const auto taskFail = opt("task-fail",
        "Failure share of a task per attempt, TASK=P (TASK: fulfilment, email, erp or all; "
        "repeatable or comma-separated).",
        "task=p");
    const auto taskLatency = opt("task-latency",
        "Latency of a task per entry, TASK=50ms (or =0.05s; repeatable or comma-separated).",
        "task=t");
    addPaymentOptions(p);
    p.process(*QCoreApplication::instance());

    bool ok = true;
    auto num = [&ok, &p](const QCommandLineOption &option) {
        bool good = false;
        const double v = p.value(option).toDouble(&good);
        ok = ok && good && v >= 0;
        return v;
    };
    o.workers = std::max(1, int(num(workers)));
    o.rate = num(rate);
    o.durationSec = num(duration);
    o.maxOrders = qint64(num(maxOrders));
    o.reportEverySec = num(report);
    o.seed = quint64(num(seed));
    o.browse = int(num(browse));
    o.abandonShare = std::min(0.95, num(abandon));
    o.payFailShare = std::min(1.0, num(payFail));
    o.cancelShare = std::min(1.0, num(cancel));
    o.refundShare = std::min(1.0, num(refund));
    o.reservationTtlSec = std::max(1, int(num(ttl)));
    o.maxLines = std::max(1, int(num(lines)));
    o.fulfilEverySec = num(fulfil);
    o.fulfilDelaySec = int(num(fulfilDelay));
    o.hotShare = std::min(1.0, num(hot));
    o.stuckShare = std::min(1.0, num(stuck));
    o.restockEverySec = int(num(restock));
    o.items = int(num(items));
    o.quiet = p.isSet(quiet);
    o.metricsPort = int(num(metricsPort));
    o.queueOnly = p.isSet(queueOnly);
    o.queue = p.isSet(queue) || o.queueOnly;
    o.queueWorkers = int(num(queueWorkers));
    o.queueAttempts = std::max(1, int(num(queueAttempts)));
    o.queueMaxLen = std::max<qint64>(100, qint64(num(queueMaxLen)));
    o.queueBatch = std::max(1, int(num(queueBatch)));
    o.queueConsumer = p.isSet(queueConsumer)
        ? p.value(queueConsumer).toStdString()
        : "sim-" + std::to_string(QCoreApplication::applicationPid());
    if (!parseTaskMap(p.values(taskFail), false, o.taskFail, error)
        || !parseTaskMap(p.values(taskLatency), true, o.taskLatencyMs, error)
        || !readPaymentOptions(p, o.payments, error))
        return false;
    if (!ok) {
        *error = QStringLiteral("numeric options must be non-negative numbers");
        return false;
    }
    if (p.isSet(redis)) {
        const QString r = p.value(redis);
        if (r != QLatin1String("none")) {
            o.redisHost = r.section(u':', 0, 0);
            o.redisPort = r.section(u':', 1, 1).toInt();
        } else {
            o.redisPort = -1; // explicitly off
        }
    }
    if (p.isSet(pg)) {
        o.conninfo = p.value(pg).toStdString();
    } else if (!p.value(profile).isEmpty()) {
        if (!readProfile(p.value(profile), p.value(user), p.value(staff), o, error))
            return false;
    } else {
        *error
            = QStringLiteral("no database: give --profile FILE, --pg CONNINFO or QM_SANDBOX_DIR");
        return false;
    }
    if (p.isSet(staffPg))
        o.staffConninfo = p.value(staffPg).toStdString();
    if (o.redisPort < 0)
        o.redisHost.clear();
    return true;
}

} // namespace storefront
