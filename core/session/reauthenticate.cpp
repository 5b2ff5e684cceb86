#include "session/reauthenticate.h"

#include "db/pgerror.h"

#include <QCoreApplication>
#include <QtConcurrent>
#include <pqxx/pqxx>

namespace qm {

QFuture<Status> checkDatabasePassword(db::ConnectionParams params, QString password)
{
    if (password.isEmpty()) {
        Error e;
        e.code = Error::Code::AuthFailed;
        e.message = QCoreApplication::translate("qm::Reauthenticate", "Type the password.");
        return QtFuture::makeReadyFuture<Status>(Status(e));
    }
    params.password = std::move(password);
    params.passfile.clear(); // libpq reads a pgpass file only for a connection without password
    params.applicationName = QStringLiteral("quartermaster unlock");
    return QtConcurrent::run([params]() -> Status {
        try {
            pqxx::connection c(params.toConninfo());
            return Done {};
        } catch (const pqxx::broken_connection &e) {
            Error err = db::errorFromConnectFailure(QString::fromUtf8(e.what()), params);
            return err;
        } catch (const std::exception &e) {
            Error err;
            err.code = Error::Code::ConnectionFailed;
            err.message = QCoreApplication::translate(
                "qm::Reauthenticate", "Could not ask the database to check the password: %1")
                              .arg(QString::fromUtf8(e.what()));
            return err;
        }
    });
}

} // namespace qm
