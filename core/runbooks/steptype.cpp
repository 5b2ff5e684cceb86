#include "runbooks/steptype.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace qm::runbooks {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::StepType)
};
} // namespace

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(pos.line).arg(pos.column).arg(message);
}

QString Fields::string(const QString &key, const QString &fallback) const
{
    const QJsonValue v = values.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return fallback;
}

QString OnFailure::toString() const
{
    switch (kind) {
    case Kind::Stop:
        return QStringLiteral("stop");
    case Kind::Continue:
        return QStringLiteral("continue");
    case Kind::Rollback:
        return QStringLiteral("rollback: ") + rollbackStep;
    }
    return {};
}

int Runbook::indexOf(const QString &stepId) const
{
    for (int i = 0; i < steps.size(); ++i)
        if (steps[i].id == stepId)
            return i;
    return -1;
}

Result<CheckResult> StepType::precheck(const Fields &, StepContext &) const
{
    return CheckResult {true, {}, {}};
}

Result<CheckResult> StepType::verify(
    const Fields &, const StepOutcome &outcome, StepContext &) const
{
    return CheckResult {outcome.ok, outcome.summary, {}};
}

Result<CheckResult> StepType::check(const Fields &, StepContext &) const
{
    return Error {Error::Code::InvalidInput,
        Tr::tr("%1 is not a check: it cannot be used as a precondition or verification")
            .arg(name()),
        {}, {}};
}

void StepRegistry::add(std::shared_ptr<const StepType> type)
{
    const QString n = type->name();
    m_types[n] = std::move(type);
}

const StepType *StepRegistry::find(const QString &name) const
{
    const auto it = m_types.find(name);
    return it == m_types.end() ? nullptr : it->second.get();
}

std::shared_ptr<const StepType> StepRegistry::shared(const QString &name) const
{
    const auto it = m_types.find(name);
    return it == m_types.end() ? nullptr : it->second;
}

QStringList StepRegistry::names() const
{
    QStringList out;
    for (const auto &[k, v] : m_types)
        out.append(k);
    return out;
}

namespace {
const QRegularExpression &refPattern()
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return re;
}

QJsonValue substitute(const QJsonValue &v, const QJsonObject &params)
{
    if (v.isString()) {
        const QString s = v.toString();
        const auto whole = refPattern().match(s);
        if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == s.size()
            && params.contains(whole.captured(1)))
            return params.value(whole.captured(1));
        QString out;
        qsizetype last = 0;
        auto it = refPattern().globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            out += s.mid(last, m.capturedStart() - last);
            const QJsonValue p = params.value(m.captured(1));
            if (p.isUndefined())
                out += m.captured(0);
            else if (p.isString())
                out += p.toString();
            else if (p.isBool())
                out += p.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else
                out += QString::number(p.toDouble(), 'g', 15);
            last = m.capturedEnd();
        }
        out += s.mid(last);
        return out;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(substitute(e, params));
        return a;
    }
    if (v.isObject())
        return substituteParameters(v.toObject(), params);
    return v;
}
} // namespace

bool isParameterRef(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString s = value.toString();
    const auto m = refPattern().match(s);
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == s.size();
}

QJsonObject substituteParameters(const QJsonObject &values, const QJsonObject &parameters)
{
    QJsonObject out;
    for (auto it = values.begin(); it != values.end(); ++it)
        out.insert(it.key(), substitute(it.value(), parameters));
    return out;
}

qint64 parseDuration(const QJsonValue &value)
{
    // Above 2^53 ms (285,000 years) a duration is a typo, and would not fit in qint64 either.
    const auto ms = [](double v) { return v >= 0 && v <= 9007199254740992.0 ? qint64(v) : -1; };
    if (value.isDouble())
        return ms(value.toDouble() * 1000);
    if (!value.isString())
        return -1;
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*$"));
    const auto m = re.match(value.toString());
    if (!m.hasMatch())
        return -1;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double factor = unit == QLatin1String("ms") ? 1
        : unit == QLatin1String("m")                  ? 60000
        : unit == QLatin1String("h")                  ? 3600000
                                                      : 1000;
    return ms(n * factor);
}

namespace fieldcheck {

void required(QList<FieldError> &errors, const Fields &f, const QString &key)
{
    if (!f.has(key))
        errors.append({QString(), Tr::tr("the field \"%1\" is missing: add it").arg(key)});
}

void string(QList<FieldError> &errors, const Fields &f, const QString &key, bool req)
{
    if (!f.has(key)) {
        if (req)
            required(errors, f, key);
        return;
    }
    const QJsonValue v = f.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        errors.append({key, Tr::tr("\"%1\" must be a non-empty text").arg(key)});
}

void oneOf(
    QList<FieldError> &errors, const Fields &f, const QString &key, const QStringList &allowed)
{
    if (!f.has(key) || isParameterRef(f.value(key)))
        return;
    if (!allowed.contains(f.string(key)))
        errors.append({key,
            Tr::tr("\"%1\" must be one of %2, not \"%3\"")
                .arg(key, allowed.join(QStringLiteral(", ")), f.string(key))});
}

void number(QList<FieldError> &errors, const Fields &f, const QString &key)
{
    if (!f.has(key) || isParameterRef(f.value(key)))
        return;
    if (!f.value(key).isDouble())
        errors.append({key, Tr::tr("\"%1\" must be a number").arg(key)});
}

void duration(QList<FieldError> &errors, const Fields &f, const QString &key)
{
    if (!f.has(key) || isParameterRef(f.value(key)))
        return;
    if (parseDuration(f.value(key)) < 0)
        errors.append({key,
            Tr::tr("\"%1\" must be a duration such as 30s, 5m, 500ms or a number of seconds")
                .arg(key)});
}

void onlyKeys(QList<FieldError> &errors, const Fields &f, const QStringList &known)
{
    for (auto it = f.values.begin(); it != f.values.end(); ++it)
        if (!known.contains(it.key()))
            errors.append({it.key(),
                Tr::tr("unknown field \"%1\" (this step type knows: %2)")
                    .arg(it.key(), known.join(QStringLiteral(", ")))});
}

void nestedCheck(QList<FieldError> &errors, const Fields &f, const QString &key,
    const StepRegistry &registry, bool req)
{
    if (!f.has(key)) {
        if (req)
            required(errors, f, key);
        return;
    }
    if (!f.value(key).isObject()) {
        errors.append({key, Tr::tr("\"%1\" must be a check: a mapping with a type").arg(key)});
        return;
    }
    const Check c = nestedCheckOf(f, key);
    const StepType *t = registry.find(c.type);
    if (!t || !t->isCheck()) {
        QStringList checks;
        for (const QString &n : registry.names())
            if (registry.find(n)->isCheck())
                checks.append(n);
        errors.append({key,
            Tr::tr("\"%1\" needs a check type (%2), not \"%3\"")
                .arg(key, checks.join(QStringLiteral(", ")), c.type)});
        return;
    }
    for (const FieldError &e : t->validate(c.fields, registry))
        errors.append({key, QStringLiteral("%1: %2").arg(c.type, e.message)});
}

} // namespace fieldcheck

Check nestedCheckOf(const Fields &f, const QString &key)
{
    Check c;
    QJsonObject o = f.value(key).toObject();
    c.type = o.take(QStringLiteral("type")).toString();
    c.fields.values = o;
    c.fields.pos = f.positionOf(key);
    c.pos = c.fields.pos;
    for (auto it = o.begin(); it != o.end(); ++it)
        c.fields.positions.insert(it.key(), c.pos);
    return c;
}

} // namespace qm::runbooks
