#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace qm::catalog {

// The verdict on one price text.
struct PriceVerdict
{
    bool ok = false;
    QString value; // normalised for the server: "19.90" (digits, a dot, two decimals); empty if !ok
    QString error; // why not, for people (translated); empty if ok
};

// The one price rule of the console, used by the catalog table, the product editor and the CSV
// import alike (they disagreed before: the table took "19,90", the other two refused it).
//   - digits with at most one decimal separator, a dot or a comma: "19.90" and "19,90" are the
//     same price (spreadsheets in German or French locales write the comma);
//   - at most 2 decimals (the server stores numeric(12,2)); "1.234" / "1,234" (3 digits after
//     the one separator) is refused as ambiguous: a thousands separator or 3 decimals;
//   - no thousands separators ("1,234.50", "1.234,50", "1,234,567"), no sign, no exponent, no
//     currency symbol; at most 10 digits before the separator; surrounding blanks are ignored.
// Not per currency: a product's currency is a separate field (edited on its own), and the
// column's scale is 2 whatever the currency.
class PriceText
{
    Q_DECLARE_TR_FUNCTIONS(qm::catalog::PriceText)
public:
    static constexpr int kMaxIntegerDigits = 10;
    static constexpr int kMaxDecimals = 2;

    static PriceVerdict parse(QStringView text);
};

} // namespace qm::catalog
