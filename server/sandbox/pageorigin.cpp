// The sandbox's page origin (behind Varnish, see varnish.vcl). Not part of the console.
//
//   GET /p/<id>        a product page;  xkey: product-<id>
//   GET /c/<id>        a category page listing products id*10 .. id*10+9; xkey: category-<id> and
//                      product-<each>
//   GET /.qm/varnish   Varnish's ban list and counters as JSON (varnishstat -j, varnishadm
//                      ban.list against the local varnishd): how the console shows the ban-list
//                      length without holding Varnish's CLI secret. Varnish passes it from
//                      loopback only.
// Every page carries X-Origin-Serial (a per-process counter) so that tests see a re-fetch.
//
// Usage: qm-page-origin --port N [--varnish-dir DIR]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace {

QString g_varnishDir;
quint64 g_serial = 0;

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

Response page(const QByteArray &path)
{
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
    parser.process(app);
    g_varnishDir = parser.value(QStringLiteral("varnish-dir"));

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
