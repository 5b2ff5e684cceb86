// The production warning for connections that are not verified (issue 11): sslmode prefer,
// require or disable on a production profile shows in the profile dialog and in the environment
// banner; verify-full with a CA file shows nothing. (The refusals themselves: tst_tls.)
#include "environmentbanner.h"
#include "profileform.h"
#include "profiles/profile.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace qm;

class TstTlsWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productionWarnsWithoutVerifiedTls()
    {
        Profile p;
        p.name = QStringLiteral("shop");
        p.postgresHosts = {QStringLiteral("db.example.com:5432")};
        p.user = QStringLiteral("oncall");
        p.redis.tls = true;
        p.caFile = QStringLiteral("/etc/quartermaster/ca.pem");
        p.resolveTls();
        p.environment = Profile::Environment::Production;
        QVERIFY2(p.tlsWarnings().isEmpty(), qPrintable(p.tlsWarnings().join(u' ')));

        ProfileForm form;
        form.setProfile(p);
        auto *warning = form.findChild<QLabel *>(QStringLiteral("tlsWarning"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisibleTo(&form));
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("caFile"))->text(), p.caFile);
        QCOMPARE(form.profile().caFile, p.caFile);

        EnvironmentBanner banner;
        banner.setProfile(p);
        QVERIFY(banner.tlsWarningText().isEmpty());

        for (const char *mode : {"prefer", "require", "disable"}) {
            p.sslmode = QString::fromLatin1(mode);
            form.setProfile(p);
            QVERIFY2(warning->isVisibleTo(&form), mode);
            QVERIFY2(warning->text().contains(QStringLiteral("sslmode %1").arg(p.sslmode)),
                qPrintable(warning->text()));
            banner.setProfile(p);
            QVERIFY2(!banner.tlsWarningText().isEmpty(), mode);
            QVERIFY(banner.findChild<QLabel *>(QStringLiteral("tlsWarning"))
                        ->toolTip()
                        .contains(p.sslmode));
        }
        // Staging and development: no warning (the sandbox runs plain by default).
        p.environment = Profile::Environment::Staging;
        form.setProfile(p);
        QVERIFY(!warning->isVisibleTo(&form));
        banner.setProfile(p);
        QVERIFY(banner.tlsWarningText().isEmpty());
    }
};

QTEST_MAIN(TstTlsWarnings)
#include "tst_tlswarnings.moc"
