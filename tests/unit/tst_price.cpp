// One price rule for the whole console: the catalog table (CatalogModel::setData), the product
// editor (ProductEditor::changes) and the CSV import (ImportRowValidator::addRow) give the same
// verdict, the same normalised value and the same message for every input (issue 8, finding 7:
// the table accepted "19,90", the editor and the import refused it).
#include "catalog/bulkeditdialog.h"
#include "catalog/importrow.h"
#include "catalog/price.h"
#include "catalog/producteditor.h"
#include "catalogmodel.h"
#include "common/csvwriter.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace qm;
using catalog::CsvRecord;
using catalog::ImportIssue;
using catalog::ImportRowValidator;

namespace {

struct Verdict
{
    bool ok = false;
    QString value; // the normalised price sent on
    QString error;

    QString describe() const
    {
        return ok ? QStringLiteral("ok ") + value : QStringLiteral("refused: ") + error;
    }
};

Verdict viaTable(const QString &text)
{
    models::CatalogModel model(nullptr);
    QJsonValue out;
    Verdict v;
    v.ok = model.toFieldValue(models::CatalogModel::Price, text, &out, &v.error);
    v.value = v.ok ? out.toString() : QString();
    return v;
}

Verdict viaEditor(const QString &text)
{
    ProductEditor editor;
    catalog::ProductDetail detail;
    detail.row.id = 7;
    detail.row.sku = QStringLiteral("SKU-7");
    detail.row.name = QStringLiteral("Seven");
    detail.row.status = QStringLiteral("active");
    detail.row.price = QStringLiteral("0.01"); // no test input means this price
    detail.row.currency = QStringLiteral("EUR");
    editor.setProduct(detail, {});
    auto *price = editor.findChild<QLineEdit *>(QStringLiteral("price"));
    if (!price)
        qFatal("the product editor has no line edit named \"price\"");
    price->setText(text);
    Verdict v;
    const QJsonObject changes = editor.changes(&v.error);
    v.ok = v.error.isEmpty();
    v.value = changes.value(QLatin1String(catalog::field::Price)).toString();
    return v;
}

Verdict viaImport(const QString &text)
{
    ImportRowValidator validator;
    QVector<ImportIssue> issues;
    CsvRecord header;
    header.line = 1;
    header.fields = {"sku", "name", "price"};
    if (!validator.setHeader(header, &issues))
        qFatal("header refused");
    CsvRecord row;
    row.line = 2;
    row.fields = {"SKU-7", "Seven", text.toStdString()};
    std::string copy;
    Verdict v;
    v.ok = validator.addRow(row, copy, &issues);
    if (v.ok) {
        std::string fields[4];
        bool isNull[4];
        if (!qm::csv::splitCopyText(copy, fields, isNull, 4))
            qFatal("bad COPY line");
        v.value = QString::fromStdString(fields[3]); // line, sku, name, price
    } else {
        v.error = issues.value(0).message;
        if (issues.value(0).column != QLatin1String("price"))
            v.error = QStringLiteral("(not the price column) ") + v.error;
    }
    return v;
}

} // namespace

class TestPrice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameVerdictEverywhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // normalised value, or empty: refused
        QTest::newRow("dot") << "19.90"
                             << "19.90";
        QTest::newRow("decimal comma") << "19,90"
                                       << "19.90";
        QTest::newRow("one decimal, comma") << "19,9"
                                            << "19.90";
        QTest::newRow("integer") << "5"
                                 << "5.00";
        QTest::newRow("zero") << "0"
                              << "0.00";
        QTest::newRow("leading zeros") << "007.5"
                                       << "7.50";
        QTest::newRow("blanks") << "  12.50 "
                                << "12.50";
        QTest::newRow("ten digits") << "9999999999.99"
                                    << "9999999999.99";
        QTest::newRow("eleven digits") << "12345678901"
                                       << "";
        QTest::newRow("thousands and decimals") << "1,234.50"
                                                << "";
        QTest::newRow("German thousands") << "1.234,50"
                                          << "";
        QTest::newRow("two thousands commas") << "1,234,567"
                                              << "";
        QTest::newRow("ambiguous comma") << "1,234"
                                         << "";
        QTest::newRow("three decimals") << "1.234"
                                        << "";
        QTest::newRow("four decimals") << "1.2345"
                                       << "";
        QTest::newRow("negative") << "-5"
                                  << "";
        QTest::newRow("negative comma") << "-5,00"
                                        << "";
        QTest::newRow("plus") << "+5"
                              << "";
        QTest::newRow("exponent") << "1e5"
                                  << "";
        QTest::newRow("letters") << "abc"
                                 << "";
        QTest::newRow("currency symbol") << "19,90 €"
                                         << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("no integer part") << ".50"
                                         << "";
        QTest::newRow("trailing separator") << "19."
                                            << "";
        QTest::newRow("inner blank") << "1 234"
                                     << "";
    }

    void sameVerdictEverywhere()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Verdict rule = [&] {
            const catalog::PriceVerdict p = catalog::PriceText::parse(text);
            return Verdict {p.ok, p.value, p.error};
        }();
        const Verdict table = viaTable(text);
        const Verdict editor = viaEditor(text);
        const Verdict import = viaImport(text);
        QCOMPARE(table.describe(), rule.describe());
        QCOMPARE(editor.describe(), rule.describe());
        QCOMPARE(import.describe(), rule.describe());
        QCOMPARE(rule.ok, !expected.isEmpty());
        QCOMPARE(rule.value, expected);
        if (!rule.ok) {
            QVERIFY(!rule.error.isEmpty());
            if (!text.trimmed().isEmpty())
                QVERIFY2(rule.error.contains(text.trimmed()), qPrintable(rule.error));
        }
    }

    // The bulk edit's amount and percent: a sign, then the same rule ("2,50" is 2.50, sent on
    // normalised); before, a regular expression of its own refused the decimal comma.
    void bulkEditAmountsFollowTheRule_data()
    {
        QTest::addColumn<int>("kind"); // 0: percent, 1: amount
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // BulkChange::value, or empty: refused
        QTest::newRow("amount, decimal comma") << 1 << "2,50"
                                               << "2.50";
        QTest::newRow("amount, negative comma") << 1 << "-2,5"
                                                << "-2.50";
        QTest::newRow("amount, dot") << 1 << "-1"
                                     << "-1.00";
        QTest::newRow("percent, comma") << 0 << "7,5"
                                        << "7.50";
        QTest::newRow("percent below -100") << 0 << "-100,01"
                                            << "";
        QTest::newRow("amount, thousands") << 1 << "1.234,50"
                                           << "";
        QTest::newRow("amount, letters") << 1 << "abc"
                                         << "";
        QTest::newRow("amount, two signs") << 1 << "--2"
                                           << "";
    }

    void bulkEditAmountsFollowTheRule()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        BulkEditDialog dialog(1, 1, true, {});
        dialog.setKind(kind);
        dialog.setValue(text);
        QPushButton *preview = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->isDefault())
                preview = b;
        QVERIFY(preview);
        preview->click();
        QCOMPARE(dialog.result() == QDialog::Accepted, !expected.isEmpty());
        if (!expected.isEmpty())
            QCOMPARE(dialog.change().value, expected);
    }

    void thousandsSeparatorIsNamed()
    {
        QVERIFY(catalog::PriceText::parse(u"1,234.50").error.contains(QLatin1String("thousands")));
        QVERIFY(catalog::PriceText::parse(u"1,234").error.contains(QLatin1String("ambiguous")));
    }
};

QTEST_MAIN(TestPrice)
#include "tst_price.moc"
