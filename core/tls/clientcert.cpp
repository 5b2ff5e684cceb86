#include "tls/clientcert.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace qm::tls {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::tls::ClientCert)
};

Error invalid(QString message, QString detail = {})
{
    Error e;
    e.code = Error::Code::InvalidInput;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

} // namespace

QString keyPermissionProblem(const QString &keyFile)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(keyFile);
    if (keyFile.isEmpty() || !info.exists())
        return {};
    const QFile::Permissions p = info.permissions();
    constexpr QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    if (p & others)
        return Text::tr("The client key %1 can be read by other users (group or world access). "
                        "Keep it to its owner: chmod 600 %1")
            .arg(keyFile);
#else
    Q_UNUSED(keyFile)
#endif
    return {};
}

Result<ClientIdentity> loadClientIdentity(const QString &certFile, const QString &keyFile)
{
    if (const QString p = clientPairProblem(certFile, keyFile); !p.isEmpty())
        return invalid(p);
    if (const QString p = keyPermissionProblem(keyFile); !p.isEmpty())
        return invalid(p, keyFile);
    QFile cf(certFile);
    if (!cf.open(QIODevice::ReadOnly))
        return invalid(Text::tr("Cannot read the client certificate %1: %2. Check the path in the "
                                "connection profile.")
                           .arg(certFile, cf.errorString()));
    const QList<QSslCertificate> certs = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    if (certs.isEmpty())
        return invalid(
            Text::tr("The client certificate %1 holds no PEM certificate.").arg(certFile));
    QFile kf(keyFile);
    if (!kf.open(QIODevice::ReadOnly))
        return invalid(Text::tr("Cannot read the client key %1: %2. Check the path in the "
                                "connection profile.")
                           .arg(keyFile, kf.errorString()));
    const QByteArray pem = kf.readAll();
    ClientIdentity id;
    id.certificate = certs.first();
    for (QSsl::KeyAlgorithm a : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey k(pem, a, QSsl::Pem, QSsl::PrivateKey);
        if (!k.isNull()) {
            id.key = k;
            break;
        }
    }
    if (id.key.isNull())
        return invalid(Text::tr("The client key %1 holds no unencrypted PEM private key (an "
                                "encrypted key cannot be used here).")
                           .arg(keyFile));
    const QSslKey pub = id.certificate.publicKey();
    if (pub.algorithm() != id.key.algorithm() || pub.length() != id.key.length())
        return invalid(Text::tr("The client key %1 is not the key of the certificate %2.")
                           .arg(keyFile, certFile));
    return id;
}

Error clientCertificateRequired(const QString &service, const QString &detail)
{
    Error e;
    e.code = Error::Code::AuthFailed;
    e.message = Text::tr("%1 asks for a client certificate and the profile names none. Add the "
                         "certificate and key your administrator issued to the connection "
                         "profile (Client certificate, Client key).")
                    .arg(service);
    e.detail = detail;
    return e;
}

Error clientCertificateRefused(
    const QString &service, const QString &certFile, const QString &detail)
{
    Error e;
    e.code = Error::Code::AuthFailed;
    e.message = Text::tr("%1 refused the client certificate %2: it is not signed by a CA the "
                         "server trusts, has expired, or is not for this user. Use the "
                         "certificate your administrator issued for this server.")
                    .arg(service, certFile);
    e.detail = detail;
    return e;
}

bool mentionsCertificateRequired(const QString &text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("certificate required"))
        || t.contains(QLatin1String("requires a valid client certificate"))
        || t.contains(QLatin1String("peer did not return a certificate"));
}

bool mentionsClientCertificateRefused(const QString &text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("alert unknown ca"))
        || t.contains(QLatin1String("alert bad certificate"))
        || t.contains(QLatin1String("alert certificate unknown"))
        || t.contains(QLatin1String("alert certificate expired"))
        || t.contains(QLatin1String("alert certificate revoked"))
        || t.contains(QLatin1String("certificate authentication failed"));
}

} // namespace qm::tls
