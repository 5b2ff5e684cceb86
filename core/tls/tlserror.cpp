#include "tls/tlserror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace qm::tls {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::tls::Tls)
};

Error make(QString message, QString detail)
{
    Error e;
    e.code = Error::Code::ConnectionFailed;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

// The names a certificate is valid for: its DNS and IP subject alternative names, else its CN.
QString namesOf(const QSslCertificate &cert)
{
    QStringList names;
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    return names.join(QStringLiteral(", "));
}

QString issuerOf(const QSslCertificate &cert)
{
    const QStringList cn = cert.issuerInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? cert.issuerDisplayName() : cn.join(QStringLiteral(", "));
}

QString dateOf(const QDateTime &when)
{
    return QLocale().toString(when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

const QSslError *find(const QList<QSslError> &errors, std::initializer_list<QSslError::SslError> of)
{
    for (const QSslError &e : errors) {
        for (QSslError::SslError kind : of) {
            if (e.error() == kind)
                return &e;
        }
    }
    return nullptr;
}

const std::initializer_list<QSslError::SslError> kUntrusted = {
    QSslError::UnableToGetLocalIssuerCertificate,
    QSslError::UnableToGetIssuerCertificate,
    QSslError::UnableToVerifyFirstCertificate,
    QSslError::SelfSignedCertificate,
    QSslError::SelfSignedCertificateInChain,
    QSslError::CertificateUntrusted,
    QSslError::CertificateSignatureFailed,
    QSslError::UnableToDecryptCertificateSignature,
    QSslError::CertificateRejected,
};

} // namespace

Failure classify(const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return Failure::None;
    if (find(errors, kUntrusted))
        return Failure::UntrustedCa;
    if (find(errors, {QSslError::CertificateExpired}))
        return Failure::Expired;
    if (find(errors, {QSslError::CertificateNotYetValid}))
        return Failure::NotYetValid;
    if (find(errors, {QSslError::CertificateRevoked}))
        return Failure::Revoked;
    if (find(errors, {QSslError::HostNameMismatch}))
        return Failure::HostNameMismatch;
    return Failure::Other;
}

QList<QSslCertificate> loadCaFile(const QString &path, QString *problem)
{
    const QFileInfo info(path);
    QString why;
    QList<QSslCertificate> certs;
    if (!info.exists())
        why = Text::tr("the file does not exist");
    else if (!info.isReadable() || !info.isFile())
        why = Text::tr("the file cannot be read");
    else if ((certs = QSslCertificate::fromPath(path, QSsl::Pem)).isEmpty())
        why = Text::tr("it holds no PEM certificate");
    if (problem)
        *problem = why;
    return certs;
}

Error refusedCertificate(const QString &service, const QString &host,
    const QList<QSslError> &errors, const QString &caFile, const QString &detail)
{
    const QSslError *first = nullptr;
    switch (classify(errors)) {
    case Failure::UntrustedCa: {
        first = find(errors, kUntrusted);
        const QString issuer = issuerOf(first->certificate());
        if (caFile.isEmpty())
            return make(Text::tr("%1 refused: its certificate is not signed by a CA this computer "
                                 "trusts (it was issued by \"%2\"). Choose the CA file that "
                                 "signed the server's certificate in the connection profile "
                                 "(CA file), or ask the server's administrator for it.")
                            .arg(service, issuer),
                detail);
        return make(Text::tr("%1 refused: its certificate is not signed by the CA you chose (%2); "
                             "it was issued by \"%3\". Choose the CA file that signed the "
                             "server's certificate in the connection profile, or ask the "
                             "server's administrator which CA that is.")
                        .arg(service, QFileInfo(caFile).fileName(), issuer),
            detail);
    }
    case Failure::Expired:
        first = find(errors, {QSslError::CertificateExpired});
        return make(Text::tr("%1 refused: its certificate expired on %2. Ask the server's "
                             "administrator to renew it; the console does not connect to a "
                             "server with an expired certificate.")
                        .arg(service, dateOf(first->certificate().expiryDate())),
            detail);
    case Failure::NotYetValid:
        first = find(errors, {QSslError::CertificateNotYetValid});
        return make(Text::tr("%1 refused: its certificate is not valid before %2. Check this "
                             "computer's clock, or ask the server's administrator.")
                        .arg(service, dateOf(first->certificate().effectiveDate())),
            detail);
    case Failure::Revoked:
        return make(Text::tr("%1 refused: its certificate was revoked. Ask the server's "
                             "administrator for a new one.")
                        .arg(service),
            detail);
    case Failure::HostNameMismatch:
        first = find(errors, {QSslError::HostNameMismatch});
        return hostNameMismatch(service, namesOf(first->certificate()), host, detail);
    case Failure::None:
    case Failure::NoTls:
    case Failure::CaFileUnusable:
    case Failure::Other:
        break;
    }
    QStringList texts;
    for (const QSslError &e : errors)
        texts << e.errorString();
    return make(Text::tr("%1 refused: its certificate could not be verified (%2). Check the CA "
                         "file in the connection profile.")
                    .arg(service, texts.join(QStringLiteral("; "))),
        detail);
}

Error hostNameMismatch(
    const QString &service, const QString &certNames, const QString &host, const QString &detail)
{
    return make(Text::tr("%1 refused: host name mismatch. The certificate is for %2, not for %3. "
                         "Connect with a name the certificate lists, or ask the server's "
                         "administrator for a certificate that names %3.")
                    .arg(service, certNames, host),
        detail);
}

Error plainTextServer(const QString &service, const QString &detail)
{
    return make(Text::tr("%1 refused: the server does not speak TLS (a plain-text server, or not "
                         "its TLS port), and the profile requires a verified TLS connection. Use "
                         "the server's TLS port or turn TLS on at the server.")
                    .arg(service),
        detail);
}

Error unusableCaFile(
    const QString &service, const QString &caFile, const QString &problem, const QString &detail)
{
    return make(Text::tr("Cannot verify %1: the CA file %2 cannot be used (%3). Choose the CA "
                         "certificate (PEM) that signed the server's certificate in the "
                         "connection profile.")
                    .arg(service, caFile, problem),
        detail);
}

} // namespace qm::tls
