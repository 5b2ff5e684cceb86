#include "orderrow.h"

#include <cstdlib>
#include <cstring>

namespace qm::orders {

const char *const kOrderColumns
    = "o.id, o.number, o.customer_id, o.customer_email, o.customer_name, o.channel, o.status, "
      "o.payment_status, o.total::text, o.currency, "
      "(extract(epoch from o.created_at) * 1000000)::bigint, "
      "(extract(epoch from o.updated_at) * 1000000)::bigint, "
      "o.change_seq, o.change_xid::text, o.line_count";

namespace {

qint64 toInt(const char *s)
{
    return s ? std::strtoll(s, nullptr, 10) : 0;
}
QString toText(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

bool parseCents(const char *text, qint64 *cents)
{
    if (!text || !*text)
        return false;
    const char *p = text;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    qint64 whole = 0;
    int digits = 0;
    for (; *p >= '0' && *p <= '9'; ++p, ++digits) {
        if (whole > (Q_INT64_C(1) << 55))
            return false;
        whole = whole * 10 + (*p - '0');
    }
    qint64 frac = 0;
    int places = 0;
    if (*p == '.') {
        for (++p; *p >= '0' && *p <= '9'; ++p) {
            if (places == 2) {
                if (*p != '0') // more than two places that matter: refuse to round silently
                    return false;
                continue;
            }
            frac = frac * 10 + (*p - '0');
            ++places;
        }
    }
    if (*p != '\0' || (digits == 0 && places == 0))
        return false;
    while (places++ < 2)
        frac *= 10;
    *cents = (whole * 100 + frac) * (negative ? -1 : 1);
    return true;
}

bool parseMoneyText(const QString &text, qint64 *cents)
{
    return parseCents(text.trimmed().toLatin1().constData(), cents);
}

QString centsToText(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 abs = negative ? quint64(-cents) : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString OrderRow::totalText() const
{
    return centsToText(totalCents);
}

OrderRow parseOrderRow(const std::function<const char *(int)> &field)
{
    OrderRow r;
    r.id = toInt(field(0));
    r.number = toText(field(1));
    r.customerId = toInt(field(2));
    r.customerEmail = toText(field(3));
    r.customerName = toText(field(4));
    r.channel = toText(field(5));
    r.status = toText(field(6));
    r.paymentStatus = toText(field(7));
    if (!parseCents(field(8), &r.totalCents))
        r.totalCents = 0;
    r.currency = toText(field(9));
    r.createdAtUs = toInt(field(10));
    r.updatedAtUs = toInt(field(11));
    r.changeSeq = toInt(field(12));
    const char *xid = field(13);
    r.changeXid = xid ? std::strtoull(xid, nullptr, 10) : 0;
    r.lineCount = int(toInt(field(14)));
    return r;
}

} // namespace qm::orders
