#include "tls/clientpair.h"

#include <QCoreApplication>

namespace qm::tls {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::tls::ClientCert) // the context of tls/clientcert.cpp's strings
};

} // namespace

QString clientPairProblem(const QString &certFile, const QString &keyFile)
{
    if (certFile.trimmed().isEmpty() == keyFile.trimmed().isEmpty())
        return {};
    return certFile.trimmed().isEmpty()
        ? Text::tr("A client key is named without its certificate: name both files, or neither.")
        : Text::tr("A client certificate is named without its key: name both files, or neither.");
}

} // namespace qm::tls
