#include "connectionparams.h"

namespace qm::db {

std::string ConnectionParams::quoteValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    std::string out;
    out.reserve(utf8.size() + 2);
    out += '\'';
    for (const char c : utf8) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '\'';
    return out;
}

std::string ConnectionParams::toConninfo() const
{
    std::string s;
    auto add = [&s](const char *key, const QString &value) {
        if (!s.empty())
            s += ' ';
        s += key;
        s += '=';
        s += quoteValue(value);
    };
    auto addIfSet = [&add](const char *key, const QString &value) {
        if (!value.isEmpty())
            add(key, value);
    };
    addIfSet("host", host);
    if (port > 0)
        add("port", QString::number(port));
    addIfSet("dbname", dbname);
    addIfSet("user", user);
    addIfSet("password", password);
    addIfSet("passfile", passfile);
    addIfSet("sslmode", sslmode);
    addIfSet("sslrootcert", sslrootcert);
    addIfSet("sslcert", sslcert);
    addIfSet("sslkey", sslkey);
    addIfSet("application_name", applicationName);
    if (connectTimeoutSec > 0)
        add("connect_timeout", QString::number(connectTimeoutSec));
    if (tcpUserTimeoutMs > 0)
        add("tcp_user_timeout", QString::number(tcpUserTimeoutMs));
    if (statementTimeoutMs > 0)
        add("options", QStringLiteral("-c statement_timeout=%1").arg(statementTimeoutMs));
    return s;
}

QString ConnectionParams::endpoint() const
{
    const QString h = host.contains(u':') ? u'[' + host + u']' : host;
    return h + u':' + QString::number(port);
}

QString ConnectionParams::describe() const
{
    QString s;
    if (!user.isEmpty())
        s += user + u'@';
    s += endpoint();
    if (!dbname.isEmpty())
        s += u'/' + dbname;
    return s;
}

} // namespace qm::db
