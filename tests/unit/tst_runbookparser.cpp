// The runbook parser (core/runbooks/parser.h): every malformed file gives file:line:column and
// what to do, and no runbook (nothing can run); the built-in runbooks parse.
#include "runbooks/parser.h"
#include "runbooks/signing.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm::runbooks;

class RunbookParserTest : public QObject
{
    Q_OBJECT

private:
    StepRegistry m_registry = StepRegistry::withBuiltins();

private Q_SLOTS:
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        const QByteArray head = "name: t\ntitle: T\nsteps:\n";
        QTest::newRow("unknown step type") << head + "  - id: a\n    type: sql.chek\n    title: x\n"
                                           << 5 << 11 << "unknown step type \"sql.chek\"";
        QTest::newRow("missing step field")
            << head + "  - id: a\n    type: note\n    action: {text: hi}\n"
            << 4 << 5 << "has no \"title\"";
        QTest::newRow("missing action field") << head
                + "  - id: a\n    type: sql.check\n    title: x\n    action:\n      sql: SELECT 1\n"
                                              << 8 << 7 << "the field \"expect\" is missing";
        QTest::newRow("wrong type") << head
                + "  - id: a\n    type: queries.cancel\n    title: x\n    action:\n      "
                  "older_than: soon\n"
                                    << 8 << 19 << "\"older_than\" must be a duration";
        QTest::newRow("bad indentation")
            << head + "  - id: a\n    type: note\n   title: x\n    action: {text: hi}\n"
            << 6 << 4 << "YAML syntax error";
        QTest::newRow("tab indentation") << head + "  - id: a\n\ttype: note\n" << 5 << 1 << "tab";
        QTest::newRow("duplicate step id")
            << head
                + "  - id: a\n    type: note\n    title: x\n    action: {text: hi}\n"
                  "  - id: a\n    type: note\n    title: y\n    action: {text: ho}\n"
            << 8 << 9 << "duplicate step id \"a\" (first used at line 4)";
        QTest::newRow("rollback to unknown step")
            << head
                + "  - id: a\n    type: note\n    title: x\n    action: {text: hi}\n"
                  "    on_failure: {rollback: nowhere}\n"
            << 8 << 28 << "rollback to unknown step \"nowhere\"";
        QTest::newRow("1 MB string")
            << head + "  - id: a\n    type: note\n    title: x\n    action:\n      text: "
                + QByteArray(1024 * 1024, 'x') + "\n"
            << 8 << 13 << "this value is 1048576 bytes; a runbook value may have at most 65536";
        QTest::newRow("duplicate key") << head
                + "  - id: a\n    type: note\n    title: x\n    title: y\n    action: {text: hi}\n"
                                       << 7 << 5 << "the key \"title\" appears twice";
        QTest::newRow("misspelt key") << head
                + "  - id: a\n    type: note\n    title: x\n    action: {text: hi}\n    on_falure: "
                  "stop\n" << 8 << 5 << "unknown key \"on_falure\"";
        QTest::newRow("unknown parameter")
            << head + "  - id: a\n    type: note\n    title: x\n    action:\n      text: ${nope}\n"
            << 8 << 13 << "\"${nope}\" names no parameter";
        QTest::newRow("write command as a check")
            << head
                + "  - id: a\n    type: redis.check\n    title: x\n    action:\n      command: "
                  "[SET, k, v]\n      expect: {equals: OK}\n"
            << 8 << 16 << "a check runs only read-only commands";
        QTest::newRow("precondition of a non-check type")
            << head
                + "  - id: a\n    type: note\n    title: x\n    precondition:\n      - type: "
                  "note\n        text: hi\n    action: {text: hi}\n"
            << 8 << 15 << "\"note\" is a step type, not a check";
        QTest::newRow("no steps") << QByteArray("name: t\ntitle: T\n") << 1 << 1
                                  << "has no \"steps\"";
        // Found by tests/fuzz/fuzz_runbook: an empty file's complaint had no position (0:0).
        QTest::newRow("empty file") << QByteArray() << 1 << 1 << "top level is not a mapping";
        // Also found by the fuzzer: the type's complaints about a scalar action had no position.
        QTest::newRow("scalar action")
            << head + "  - id: a\n    type: queries.cancel\n    title: x\n    action: soon\n"
            << 7 << 13 << "the field \"older_than\" is missing";
        // Found by the fuzzer: a tab as the file's first byte was placed at column -8.
        QTest::newRow("tab first") << QByteArray("\tname: t\ntitle: T\n") << 1 << 1 << "tab";
        QTest::newRow("comment only")
            << QByteArray("# nothing\n") << 1 << 1 << "top level is not a mapping";
    }

    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParseResult r = parseRunbook(yaml, QStringLiteral("bad.yaml"), m_registry);
        QVERIFY2(!r.ok(), "a malformed runbook parsed");
        QVERIFY(!r.runbook.has_value()); // nothing of it can run
        bool found = false;
        for (const Diagnostic &d : r.diagnostics)
            found = found
                || (d.pos.line == line && d.pos.column == column && d.message.contains(message)
                    && d.toString().startsWith(
                        QStringLiteral("bad.yaml:%1:%2: ").arg(line).arg(column)));
        QVERIFY2(found,
            qPrintable(QStringLiteral("expected bad.yaml:%1:%2: ...%3..., got:\n%4")
                           .arg(line)
                           .arg(column)
                           .arg(message, r.errorText().left(2000))));
    }

    // The inputs tests/fuzz/fuzz_runbook found (tests/fuzz/corpus/runbook/regress-*.yaml): each is
    // refused, and every complaint has a line and a column.
    void fuzzFindsHavePositions()
    {
        const QDir dir(QStringLiteral(QM_SOURCE_DIR "/tests/fuzz/corpus/runbook"));
        const QStringList files = dir.entryList({QStringLiteral("regress-*.yaml")}, QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const ParseResult r = parseRunbook(f.readAll(), name, m_registry);
            QVERIFY2(!r.ok(), qPrintable(name));
            for (const Diagnostic &d : r.diagnostics)
                QVERIFY2(d.pos.line >= 1 && d.pos.column >= 1, qPrintable(d.toString()));
        }
    }

    void oversizeFile()
    {
        const QByteArray big = "name: t\ntitle: T\n# " + QByteArray(kMaxRunbookBytes, 'x') + "\n";
        const ParseResult r = parseRunbook(big, QStringLiteral("big.yaml"), m_registry);
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().pos.line, 1);
        QVERIFY2(r.diagnostics.first().message.contains(
                     QStringLiteral("at most %1 bytes").arg(kMaxRunbookBytes)),
            qPrintable(r.errorText()));
    }

    void validFile()
    {
        const QByteArray yaml = "name: demo\n"
                                "title: Demo\n"
                                "approval: two-person\n"
                                "parameters:\n"
                                "  - name: secs\n"
                                "    type: int\n"
                                "    default: 5\n"
                                "steps:\n"
                                "  - id: check\n"
                                "    type: sql.check\n"
                                "    title: Primary\n"
                                "    precondition:\n"
                                "      - type: sql.check\n"
                                "        sql: SELECT 1\n"
                                "        expect: {equals: 1}\n"
                                "    action:\n"
                                "      sql: SELECT $1::int\n"
                                "      params: [\"${secs}\"]\n"
                                "      expect: {at_most: 10}\n"
                                "    verify:\n"
                                "      deadline: 2m\n"
                                "    on_failure: {rollback: undo}\n"
                                "  - id: undo\n"
                                "    type: note\n"
                                "    title: Undo\n"
                                "    action: {text: \"waited ${secs} s\"}\n"
                                "    on_failure: continue\n";
        const ParseResult r = parseRunbook(yaml, QStringLiteral("demo.yaml"), m_registry);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        const Runbook &rb = *r.runbook;
        QCOMPARE(rb.name, QStringLiteral("demo"));
        QCOMPARE(rb.approval, Runbook::Approval::TwoPerson);
        QCOMPARE(rb.parameters.size(), 1);
        QCOMPARE(rb.parameters.first().defaultValue.toInt(), 5);
        QCOMPARE(rb.steps.size(), 2);
        QCOMPARE(rb.steps[0].preconditions.size(), 1);
        QCOMPARE(rb.steps[0].verify.deadlineMs, 120000);
        QCOMPARE(rb.steps[0].onFailure.kind, OnFailure::Kind::Rollback);
        QCOMPARE(rb.steps[0].onFailure.rollbackStep, QStringLiteral("undo"));
        QCOMPARE(rb.steps[1].onFailure.kind, OnFailure::Kind::Continue);
        QCOMPARE(rb.steps[0].action.positionOf(QStringLiteral("sql")).line, 17);
        QCOMPARE(rb.contentHash, contentHash(yaml));
        const QJsonObject sub
            = substituteParameters(rb.steps[1].action.values, {{QStringLiteral("secs"), 5}});
        QCOMPARE(sub.value(QStringLiteral("text")).toString(), QStringLiteral("waited 5 s"));
        const QJsonObject whole
            = substituteParameters(rb.steps[0].action.values, {{QStringLiteral("secs"), 5}});
        QCOMPARE(whole.value(QStringLiteral("params")).toArray().first().toDouble(), 5.0);
    }

    void builtinRunbooksParse_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(QM_SOURCE_DIR "/resources/runbooks"));
        const QStringList files = dir.entryList({QStringLiteral("*.yaml")});
        QVERIFY(files.size() >= 2);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void builtinRunbooksParse()
    {
        QFETCH(QString, path);
        const ParseResult r = parseRunbookFile(path, m_registry);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        // Only the step types of this engine: the wiring layer adds the others.
        for (const Step &s : r.runbook->steps)
            QVERIFY(m_registry.find(s.type));
    }

    // Ed25519 detached signatures: valid, then one byte changed, an unknown key, and the policy.
    void signatures()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const auto key
            = generateSigningKey(tmp.filePath(QStringLiteral("secret")), QStringLiteral("k"));
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().toString()));
        QVERIFY(QFile(key->secretPath).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFile(key->secretPath).permissions().testFlag(QFileDevice::ReadOther));
        const QString trusted = tmp.filePath(QStringLiteral("trusted"));
        QDir().mkpath(trusted);
        QVERIFY(
            QFile::copy(key->publicPath, trusted + u'/' + QFileInfo(key->publicPath).fileName()));
        const QString path = tmp.filePath(QStringLiteral("r.yaml"));
        QByteArray text
            = "name: r\ntitle: R\nsteps:\n  - {id: a, type: note, title: A, action: {text: x}}\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();

        QCOMPARE(verifyRunbook(path, text, trusted).state, SignatureStatus::State::Unsigned);
        QVERIFY(signRunbook(path, key->secretPath).ok());
        const SignatureStatus good = verifyRunbook(path, text, trusted);
        QCOMPARE(good.state, SignatureStatus::State::Valid);
        QCOMPARE(good.keyId, key->keyId);

        text[text.indexOf('x')] = 'y';
        const SignatureStatus bad = verifyRunbook(path, text, trusted);
        QCOMPARE(bad.state, SignatureStatus::State::Invalid);
        QVERIFY2(bad.message.contains(QStringLiteral("changed after it was signed")),
            qPrintable(bad.message));
        QString refusal, warning;
        QVERIFY(!signatureAllows(bad, qm::Profile::Environment::Development, &refusal, &warning));

        const SignatureStatus unknown
            = verifyRunbook(path, text, tmp.filePath(QStringLiteral("empty")));
        QCOMPARE(unknown.state, SignatureStatus::State::UnknownKey);

        SignatureStatus none;
        refusal.clear();
        QVERIFY(!signatureAllows(none, qm::Profile::Environment::Production, &refusal, &warning));
        QVERIFY(refusal.contains(QStringLiteral("signed")));
        warning.clear();
        QVERIFY(signatureAllows(none, qm::Profile::Environment::Staging, &refusal, &warning));
        QVERIFY(warning.contains(QStringLiteral("UNSIGNED")));
    }

    // A built-in runbook (a resource) cannot have a .sig beside it: its signature lives in the
    // trusted keys folder, under builtin/, and is checked against the resource's exact text.
    void builtinSignatures()
    {
        QTemporaryDir tmp;
        const auto key
            = generateSigningKey(tmp.filePath(QStringLiteral("k")), QStringLiteral("op"));
        QVERIFY(key);
        const QString trusted = tmp.filePath(QStringLiteral("trusted"));
        QDir().mkpath(trusted);
        QVERIFY(
            QFile::copy(key->publicPath, trusted + u'/' + QFileInfo(key->publicPath).fileName()));
        const QString builtin = QStringLiteral(":/runbooks/pre-deploy-checks.yaml");
        QFile f(builtin);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();

        const SignatureStatus none = verifyRunbook(builtin, text, trusted);
        QCOMPARE(none.state, SignatureStatus::State::Unsigned);
        QVERIFY2(none.message.contains(QStringLiteral("built-in")), qPrintable(none.message));
        // Without a trusted keys folder there is nowhere to put it: refused, nothing written.
        QVERIFY(!signRunbook(builtin, key->secretPath).ok());
        const auto sig = signRunbook(builtin, key->secretPath, trusted);
        QVERIFY2(sig, sig ? "" : qPrintable(sig.error().toString()));
        QCOMPARE(*sig, trusted + QStringLiteral("/builtin/pre-deploy-checks.yaml.sig"));
        QCOMPARE(signaturePath(builtin, trusted), *sig);
        QCOMPARE(verifyRunbook(builtin, text, trusted).state, SignatureStatus::State::Valid);
        // Another built-in is not covered by this one's signature.
        QCOMPARE(
            verifyRunbook(QStringLiteral(":/runbooks/flush-page-cache.yaml"), text, trusted).state,
            SignatureStatus::State::Unsigned);
        // A binary whose built-in text differs from what was signed is refused.
        text.append("# changed\n");
        QCOMPARE(verifyRunbook(builtin, text, trusted).state, SignatureStatus::State::Invalid);
    }

    void durations()
    {
        QCOMPARE(parseDuration(QJsonValue(QStringLiteral("30s"))), 30000);
        QCOMPARE(parseDuration(QJsonValue(QStringLiteral("5m"))), 300000);
        QCOMPARE(parseDuration(QJsonValue(QStringLiteral("250ms"))), 250);
        QCOMPARE(parseDuration(QJsonValue(2)), 2000);
        QCOMPARE(parseDuration(QJsonValue(QStringLiteral("soon"))), -1);
        // Found by tests/fuzz/fuzz_runbook: beyond qint64 the conversion was undefined (it gave
        // a negative duration that is not the -1 for "malformed").
        QCOMPARE(parseDuration(QJsonValue(QString(100, u'9') + QStringLiteral("ms"))), -1);
        QCOMPARE(parseDuration(QJsonValue(1e300)), -1);
        QCOMPARE(parseDuration(QJsonValue(QStringLiteral("100000h"))), qint64(360000000000));
    }
};

QTEST_GUILESS_MAIN(RunbookParserTest)
#include "tst_runbookparser.moc"
