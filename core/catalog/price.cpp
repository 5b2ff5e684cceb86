#include "catalog/price.h"

namespace qm::catalog {

PriceVerdict PriceText::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    const QString shown = t.toString();
    PriceVerdict v;
    auto refuse = [&v](const QString &why) {
        v.error = why;
        return v;
    };
    if (t.isEmpty())
        return refuse(tr("The price is empty."));
    if (t.front() == u'-')
        return refuse(tr("The price %1 is negative: prices are 0 or more.").arg(shown));

    qsizetype separators = 0;
    qsizetype at = -1;
    bool dot = false;
    bool comma = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'.' || c == u',') {
            ++separators;
            at = i;
            (c == u'.' ? dot : comma) = true;
        } else if (c < u'0' || c > u'9') {
            return refuse(tr("\"%1\" is not a price: use digits and one decimal point or comma, "
                             "e.g. 19.90 or 19,90.")
                              .arg(shown));
        }
    }
    if (separators > 1 || (dot && comma))
        return refuse(tr("\"%1\" has a thousands separator: write the price without one, e.g. "
                         "1234.50 or 1234,50.")
                          .arg(shown));
    QStringView whole = at < 0 ? t : t.left(at);
    const QStringView decimals = at < 0 ? QStringView() : t.mid(at + 1);
    if (whole.isEmpty() || (at >= 0 && decimals.isEmpty()))
        return refuse(tr("\"%1\" is not a price: it needs digits on both sides of the decimal "
                         "separator, e.g. 0.50.")
                          .arg(shown));
    if (decimals.size() == 3)
        return refuse(tr("\"%1\" is ambiguous: a thousands separator or 3 decimals? Write "
                         "prices with at most 2 decimals and no thousands separator.")
                          .arg(shown));
    if (decimals.size() > kMaxDecimals)
        return refuse(tr("\"%1\" has %2 decimals: a price has at most %3.")
                          .arg(shown)
                          .arg(decimals.size())
                          .arg(kMaxDecimals));
    while (whole.size() > 1 && whole.front() == u'0')
        whole = whole.mid(1);
    if (whole.size() > kMaxIntegerDigits)
        return refuse(tr("\"%1\" is too large: a price is below 10000000000.").arg(shown));

    v.ok = true;
    v.value = whole.toString() + u'.' + decimals.toString();
    while (v.value.size() - whole.size() - 1 < kMaxDecimals)
        v.value += u'0';
    return v;
}

} // namespace qm::catalog
