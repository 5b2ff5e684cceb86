// The sandbox's page origin (behind Varnish, see varnish.vcl). Not part of the console.
//
//   GET /p/<id>        a product page;  xkey: product-<id>
//   GET /c/<id>        a category page listing products id*10 .. id*10+9; xkey: category-<id> and
//                      product-<each>
//   GET /.qm/varnish   Varnish's ban list and counters as JSON (varnishstat -j, varnishadm
//                      ban.list against the local varnishd): how the console shows the ban-list
//                      length without holding Varnish's CLI secret. Varnish passes it from
//                      loopback only.
//   GET /.qm/maintenance        200 while the store is in maintenance, 503 otherwise: Varnish's
//                               probe of its `maintenance_flag` backend (varnish.vcl)
//   GET /.qm/maintenance-page   the maintenance page: 503, Retry-After, X-QM-Maintenance: on
// Every page carries X-Origin-Serial (a per-process counter) so that tests see a re-fetch.
// With --db, a thread reads storefront.maintenance (migration 0502) twice a second; while it is
// on, every page is the maintenance page (503 + Retry-After until the window's scheduled end).
//
// Usage: qm-page-origin --port N [--varnish-dir DIR] [--db CONNINFO]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <mutex>
#include <pqxx/pqxx>
#include <thread>

namespace {

QString g_varnishDir;
quint64 g_serial = 0;

// Maintenance mode as last read from the database (the poller thread writes, the server reads).
struct Maintenance
{
    std::atomic<bool> on {false};
    std::mutex mutex;
    QByteArray message;
    int retryAfter = 300;
};
Maintenance g_maintenance;

void pollMaintenance(std::string conninfo)
{
    std::unique_ptr<pqxx::connection> conn;
    auto lastComplaint = std::chrono::steady_clock::time_point();
    while (true) {
        try {
            if (!conn)
                conn = std::make_unique<pqxx::connection>(conninfo);
            pqxx::nontransaction tx(*conn);
            const pqxx::result r
                = tx.exec("SELECT m.on, m.message, m.retry_after FROM storefront.maintenance m");
            const bool on = !r.empty() && r[0][0].as<bool>(false);
            {
                std::lock_guard lock(g_maintenance.mutex);
                g_maintenance.message
                    = on ? QByteArray::fromStdString(r[0][1].as<std::string>("")) : QByteArray();
                g_maintenance.retryAfter = on ? r[0][2].as<int>(300) : 300;
            }
            g_maintenance.on.store(on);
        } catch (const std::exception &e) {
            conn.reset();
            const auto now = std::chrono::steady_clock::now();
            if (now - lastComplaint > std::chrono::minutes(1)) {
                std::fprintf(stderr, "qm-page-origin: maintenance poll: %s\n", e.what());
                lastComplaint = now;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
}

QByteArray htmlEscaped(const QByteArray &text)
{
    return QString::fromUtf8(text).toHtmlEscaped().toUtf8();
}

struct Response
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return p.readAllStandardOutput();
}

Response varnishStats()
{
    Response r;
    r.headers.append({QByteArray("Content-Type"), "application/json"});
    r.headers.append({QByteArray("Cache-Control"), "no-store"});
    if (g_varnishDir.isEmpty()) {
        r.status = 503;
        r.body = R"({"error":"the origin was started without --varnish-dir"})";
        return r;
    }
    QJsonObject out;
    const QJsonObject stats = QJsonDocument::fromJson(
        run(QStringLiteral("varnishstat"),
            {QStringLiteral("-n"), g_varnishDir, QStringLiteral("-1"), QStringLiteral("-j")}))
                                  .object();
    const QJsonObject counters = stats.value(QStringLiteral("counters")).toObject();
    for (const char *name :
        {"MAIN.bans", "MAIN.bans_completed", "MAIN.bans_added", "MAIN.bans_deleted",
            "MAIN.bans_obj", "MAIN.bans_req", "MAIN.n_object", "MAIN.n_purges", "MAIN.n_obj_purged",
            "MAIN.cache_hit", "MAIN.cache_miss", "MAIN.client_req"}) {
        const QString key = QString::fromLatin1(name);
        out.insert(key.mid(5), counters.value(key).toObject().value(QStringLiteral("value")));
    }
    // ban.list: a header line, then "<time> <objects> <C?> <spec>" per ban.
    const QByteArray banList = run(QStringLiteral("varnishadm"),
        {QStringLiteral("-n"), g_varnishDir, QStringLiteral("ban.list")});
    QJsonArray bans;
    const QList<QByteArray> lines = banList.split('\n');
    for (qsizetype i = 1; i < lines.size() && bans.size() < 100; ++i) {
        if (!lines[i].trimmed().isEmpty())
            bans.append(QString::fromUtf8(lines[i].trimmed()));
    }
    out.insert(QStringLiteral("ban_list"), bans);
    out.insert(QStringLiteral("ban_list_length"),
        qMax<qsizetype>(0, lines.size() - 1) - lines.count(QByteArray()));
    r.body = QJsonDocument(out).toJson(QJsonDocument::Compact);
    return r;
}

Response maintenancePage()
{
    Response r;
    r.status = 503;
    QByteArray message;
    int retryAfter = 300;
    {
        std::lock_guard lock(g_maintenance.mutex);
        message = g_maintenance.message;
        retryAfter = g_maintenance.retryAfter;
    }
    r.headers.append({QByteArray("Content-Type"), "text/html; charset=utf-8"});
    r.headers.append({QByteArray("Cache-Control"), "no-store"});
    r.headers.append({QByteArray("Retry-After"), QByteArray::number(retryAfter)});
    r.headers.append({QByteArray("X-QM-Maintenance"), "on"});
    r.body = "<h1>We are doing some maintenance</h1><p>" + htmlEscaped(message)
        + "</p><p>Please come back in a few minutes.</p>\n";
    return r;
}

// Varnish's probe: "healthy" (200) means the store IS in maintenance.
Response maintenanceFlag()
{
    Response r;
    const bool on = g_maintenance.on.load();
    r.status = on ? 200 : 503;
    r.headers.append({QByteArray("Content-Type"), "application/json"});
    r.headers.append({QByteArray("Cache-Control"), "no-store"});
    r.body = on ? "{\"maintenance\":true}\n" : "{\"maintenance\":false}\n";
    return r;
}

Response page(const QByteArray &path)
{
    if (g_maintenance.on.load())
        return maintenancePage();
    Response r;
    r.headers.append({QByteArray("Content-Type"), "text/html; charset=utf-8"});
    const QByteArray serial = QByteArray::number(++g_serial);
    r.headers.append({QByteArray("X-Origin-Serial"), serial});
    bool ok = false;
    if (path.startsWith("/p/")) {
        const qint64 id = path.mid(3).toLongLong(&ok);
        if (ok) {
            r.headers.append({QByteArray("Cache-Control"), "public, max-age=3600"});
            r.headers.append({QByteArray("xkey"), "product-" + QByteArray::number(id)});
            r.body
                = "<h1>Product " + QByteArray::number(id) + "</h1><p>serial " + serial + "</p>\n";
            return r;
        }
    } else if (path.startsWith("/c/")) {
        const qint64 id = path.mid(3).toLongLong(&ok);
        if (ok) {
            QByteArray keys = "category-" + QByteArray::number(id);
            r.body = "<h1>Category " + QByteArray::number(id) + "</h1><ul>";
            for (qint64 p = id * 10; p < id * 10 + 10; ++p) {
                keys += " product-" + QByteArray::number(p);
                r.body += "<li><a href=\"/p/" + QByteArray::number(p) + "\">"
                    + QByteArray::number(p) + "</a></li>";
            }
            r.body += "</ul><p>serial " + serial + "</p>\n";
            r.headers.append({QByteArray("Cache-Control"), "public, max-age=3600"});
            r.headers.append({QByteArray("xkey"), keys});
            return r;
        }
    }
    r.status = 404;
    r.headers.append({QByteArray("Cache-Control"), "public, max-age=10"});
    r.body = "not found\n";
    return r;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 404:
        return "Not Found";
    case 400:
        return "Bad Request";
    default:
        return "Service Unavailable";
    }
}

void serve(QTcpSocket *socket, QByteArray &buf)
{
    buf += socket->readAll();
    while (true) {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buf.size() > 64 * 1024)
                socket->abort();
            return;
        }
        const QByteArray head = buf.left(end);
        buf.remove(0, end + 4);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QByteArray method = requestLine.value(0);
        QByteArray path = requestLine.value(1);
        if (const qsizetype q = path.indexOf('?'); q >= 0)
            path.truncate(q);
        Response r;
        if (method != "GET" && method != "HEAD") {
            r.status = 400;
            r.body = "only GET and HEAD\n";
        } else if (path == "/.qm/varnish") {
            r = varnishStats();
        } else if (path == "/.qm/maintenance") {
            r = maintenanceFlag();
        } else if (path == "/.qm/maintenance-page") {
            r = maintenancePage();
        } else {
            r = page(path);
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status)
            + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        for (const auto &[name, value] : r.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n";
        if (method != "HEAD")
            out += r.body;
        socket->write(out);
        // Varnish's probes (and curl with -H 'Connection: close') wait for the close.
        if (head.toLower().contains("\r\nconnection: close")) {
            socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1"), QStringLiteral("port")});
    parser.addOption({QStringLiteral("varnish-dir"),
        QStringLiteral("varnishd's -n folder, for /.qm/varnish"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("db"),
        QStringLiteral(
            "libpq connection string: read maintenance mode from storefront.maintenance"),
        QStringLiteral("conninfo")});
    parser.process(app);
    g_varnishDir = parser.value(QStringLiteral("varnish-dir"));
    if (parser.isSet(QStringLiteral("db"))) {
        std::thread(pollMaintenance, parser.value(QStringLiteral("db")).toStdString()).detach();
    }

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, parser.value(QStringLiteral("port")).toUShort())) {
        qCritical("qm-page-origin: cannot listen: %s", qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto buf = std::make_shared<QByteArray>();
            QObject::connect(
                socket, &QTcpSocket::readyRead, socket, [socket, buf] { serve(socket, *buf); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return app.exec();
}
