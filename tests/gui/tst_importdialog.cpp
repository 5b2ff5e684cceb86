// The import dialog offscreen against the sandbox: the column separator is a choice (Auto,
// comma, semicolon, tab), Auto detects it from the header line and the summary says what was
// used.
#include "catalog/importdialog.h"
#include "common/threadguard.h"
#include "session/session.h"
#include "sessionenv.h"
#include "testenv.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using qmtest::openSession;

class TestImportDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<qm::Session> m_merch;

    QString check(qm::ImportDialog &dialog)
    {
        QSignalSpy finished(&dialog, &qm::ImportDialog::finished);
        dialog.check();
        if (!finished.wait(60000))
            return QStringLiteral("(no answer)");
        return dialog.summary();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        qm::enableGuiThreadGuard(true);
        m_merch = openSession(QStringLiteral("merch"));
        QVERIFY(m_merch);
    }

    // The dialog checks and imports on workers: nothing it does may block the GUI thread.
    void cleanup() { QCOMPARE(qm::guiThreadViolations(), 0); }

    void cleanupTestCase() { qm::enableGuiThreadGuard(false); }

    void separatorIsDetectedAndShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("semicolons.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sku;name;price\r\nSKU-00000030;Renamed;19,90\r\n");
        f.close();

        qm::ImportDialog dialog(m_merch->sharedCluster());
        dialog.show();
        QComboBox *separator = dialog.delimiterBox();
        QVERIFY(separator);
        QCOMPARE(separator->count(), 4);
        QCOMPARE(separator->currentData().toInt(), 0); // Auto
        dialog.setFile(path);

        // Auto: semicolons found, the file is fine (decimal comma accepted).
        QString summary = check(dialog);
        QVERIFY2(summary.contains(QLatin1String("semicolons (detected)")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("The file is fine")), qPrintable(summary));
        QVERIFY(dialog.importButton()->isEnabled());

        // Comma chosen: one unknown column, which names what the file seems to use.
        separator->setCurrentIndex(separator->findData(int(',')));
        QVERIFY(!dialog.importButton()->isEnabled()); // a new choice needs a new check
        summary = check(dialog);
        QVERIFY2(
            summary.contains(QLatin1String("Columns separated by commas.")), qPrintable(summary));
        QVERIFY(dialog.issuesTable()->rowCount() > 0);
        QVERIFY2(dialog.issuesTable()->item(0, 2)->text().contains(QLatin1String("semicolons")),
            qPrintable(dialog.issuesTable()->item(0, 2)->text()));
        QVERIFY(!dialog.importButton()->isEnabled());

        // Semicolon chosen: fine again, not "detected".
        separator->setCurrentIndex(separator->findData(int(';')));
        summary = check(dialog);
        QVERIFY2(summary.contains(QLatin1String("Columns separated by semicolons.")),
            qPrintable(summary));
        QCOMPARE(dialog.issuesTable()->rowCount(), 0);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
