#include "runbooks/parser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::Parser)
};

SourcePos markPos(const YAML::Mark &m)
{
    return m.line < 0 ? SourcePos {1, 1} : SourcePos {m.line + 1, std::max(m.column, 0) + 1};
}

SourcePos posOf(const YAML::Node &n)
{
    const YAML::Mark m = n.Mark(); // 0-based; -1 for a node without a position
    if (m.line < 0)
        return {};
    return {m.line + 1, m.column + 1};
}

class Parser
{
public:
    Parser(QString file, const StepRegistry &registry)
        : m_file(std::move(file))
        , m_registry(registry)
    { }

    QList<Diagnostic> diags;

    // A node or exception without a position (yaml-cpp's null mark) is reported at the file's
    // start: every diagnostic names a line and a column people can go to.
    void error(SourcePos p, const QString &message)
    {
        if (p.line < 1)
            p = {1, 1};
        else if (p.column < 1)
            p.column = 1;
        diags.append({m_file, p, message});
    }

    // Scalars and collections to JSON. Quoted scalars stay text; plain ones become numbers,
    // booleans or null as YAML 1.2's core schema says.
    QJsonValue toJson(const YAML::Node &n)
    {
        switch (n.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar: {
            const std::string &s = n.Scalar();
            if (s.size() > size_t(kMaxScalarBytes)) {
                error(posOf(n),
                    Tr::tr("this value is %1 bytes; a runbook value may have at most %2 bytes. "
                           "Keep long texts (SQL, notes) short, or move data out of the runbook")
                        .arg(qulonglong(s.size()))
                        .arg(kMaxScalarBytes));
                return QString();
            }
            const QString text = QString::fromStdString(s);
            if (n.Tag() == "!")
                return text;
            if (text == QLatin1String("true") || text == QLatin1String("True"))
                return true;
            if (text == QLatin1String("false") || text == QLatin1String("False"))
                return false;
            if (text == QLatin1String("~") || text == QLatin1String("null"))
                return QJsonValue(QJsonValue::Null);
            static const QRegularExpression num(
                QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$"));
            if (num.match(text).hasMatch())
                return text.toDouble();
            return text;
        }
        case YAML::NodeType::Sequence: {
            QJsonArray a;
            for (const YAML::Node &e : n)
                a.append(toJson(e));
            return a;
        }
        case YAML::NodeType::Map: {
            QJsonObject o;
            checkDuplicates(n);
            for (const auto &kv : n)
                o.insert(QString::fromStdString(kv.first.Scalar()), toJson(kv.second));
            return o;
        }
        }
        return {};
    }

    void checkDuplicates(const YAML::Node &map)
    {
        QHash<QString, SourcePos> seen;
        for (const auto &kv : map) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (seen.contains(key)) {
                error(posOf(kv.first),
                    Tr::tr("the key \"%1\" appears twice in this mapping (first at line %2): "
                           "remove one")
                        .arg(key)
                        .arg(seen.value(key).line));
            } else {
                seen.insert(key, posOf(kv.first));
            }
        }
    }

    Fields fieldsOf(const YAML::Node &map)
    {
        Fields f;
        f.pos = posOf(map);
        checkDuplicates(map);
        for (const auto &kv : map) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (f.values.contains(key))
                continue;
            f.values.insert(key, toJson(kv.second));
            f.positions.insert(key, posOf(kv.second));
        }
        return f;
    }

    // The keys of `map` must be among `known`.
    void onlyKeys(const YAML::Node &map, const QStringList &known, const QString &where)
    {
        for (const auto &kv : map) {
            const QString key = QString::fromStdString(kv.first.Scalar());
            if (!known.contains(key))
                error(posOf(kv.first),
                    Tr::tr("unknown key \"%1\" in %2 (known: %3): check the spelling")
                        .arg(key, where, known.join(QStringLiteral(", "))));
        }
    }

    std::optional<QString> text(
        const YAML::Node &parent, const char *key, bool required, const QString &where)
    {
        const YAML::Node n = parent[key];
        if (!n) {
            if (required)
                error(posOf(parent),
                    Tr::tr("%1 has no \"%2\": add it").arg(where, QLatin1String(key)));
            return std::nullopt;
        }
        if (!n.IsScalar()) {
            error(posOf(n), Tr::tr("\"%1\" must be a text").arg(QLatin1String(key)));
            return std::nullopt;
        }
        const QJsonValue v = toJson(n);
        return v.isString() ? v.toString() : QString::fromStdString(n.Scalar());
    }

    void reportFieldErrors(const QList<FieldError> &errors, const Fields &f, const QString &type)
    {
        for (const FieldError &e : errors)
            error(e.key.isEmpty() ? f.pos : f.positionOf(e.key),
                QStringLiteral("%1: %2").arg(type, e.message));
    }

    std::optional<Check> check(const YAML::Node &n, const QString &where)
    {
        if (!n.IsMap()) {
            error(posOf(n), Tr::tr("%1 must be a mapping with a \"type\" (a check)").arg(where));
            return std::nullopt;
        }
        Check c;
        c.pos = posOf(n);
        const auto type = text(n, "type", true, where);
        if (!type)
            return std::nullopt;
        c.type = *type;
        c.fields = fieldsOf(n);
        c.fields.values.remove(QStringLiteral("type"));
        c.fields.positions.remove(QStringLiteral("type"));
        const StepType *t = m_registry.find(c.type);
        if (!t || !t->isCheck()) {
            QStringList checks;
            for (const QString &name : m_registry.names())
                if (m_registry.find(name)->isCheck())
                    checks.append(name);
            error(posOf(n["type"]),
                t ? Tr::tr("\"%1\" is a step type, not a check; %2 takes one of: %3")
                        .arg(c.type, where, checks.join(QStringLiteral(", ")))
                  : Tr::tr("unknown check type \"%1\"; known checks: %2")
                        .arg(c.type, checks.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        reportFieldErrors(t->validate(c.fields, m_registry), c.fields, c.type);
        return c;
    }

    Runbook runbook(const YAML::Node &root)
    {
        Runbook rb;
        if (!root.IsMap()) {
            // (An empty file's root has no position: the complaint is about the file's start.)
            const SourcePos p = posOf(root);
            error(p.line > 0 ? p : SourcePos {1, 1},
                Tr::tr("a runbook is a mapping with name, title and steps; this file's top level "
                       "is not a mapping"));
            return rb;
        }
        checkDuplicates(root);
        onlyKeys(root,
            {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("description"),
                QStringLiteral("approval"), QStringLiteral("production_requires_signature"),
                QStringLiteral("for_dead_primary"), QStringLiteral("parameters"),
                QStringLiteral("steps")},
            Tr::tr("the runbook"));
        const QString where = Tr::tr("the runbook");
        rb.name = text(root, "name", true, where).value_or(QString());
        static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,79}$"));
        if (!rb.name.isEmpty() && !nameRe.match(rb.name).hasMatch())
            error(posOf(root["name"]),
                Tr::tr("name \"%1\" must be lower case letters, digits, '-', '_' or '.' (up to "
                       "80)")
                    .arg(rb.name));
        rb.title = text(root, "title", true, where).value_or(QString());
        rb.description = text(root, "description", false, where).value_or(QString());
        if (const auto a = text(root, "approval", false, where)) {
            if (*a == QLatin1String("none"))
                rb.approval = Runbook::Approval::None;
            else if (*a == QLatin1String("two-person"))
                rb.approval = Runbook::Approval::TwoPerson;
            else
                error(posOf(root["approval"]),
                    Tr::tr("approval must be \"none\" or \"two-person\", not \"%1\"").arg(*a));
        }
        if (const YAML::Node s = root["production_requires_signature"]) {
            const QJsonValue v = toJson(s);
            if (!v.isBool())
                error(posOf(s), Tr::tr("production_requires_signature must be true or false"));
            else
                rb.productionRequiresSignature = v.toBool();
        }
        if (const YAML::Node s = root["for_dead_primary"]) {
            const QJsonValue v = toJson(s);
            if (!v.isBool())
                error(posOf(s), Tr::tr("for_dead_primary must be true or false"));
            else
                rb.forDeadPrimary = v.toBool();
        }
        parameters(root["parameters"], rb);
        steps(root, rb);
        return rb;
    }

    void parameters(const YAML::Node &n, Runbook &rb)
    {
        if (!n)
            return;
        if (!n.IsSequence()) {
            error(posOf(n), Tr::tr("parameters must be a list of mappings (- name: ...)"));
            return;
        }
        static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
        for (const YAML::Node &p : n) {
            if (!p.IsMap()) {
                error(posOf(p), Tr::tr("a parameter must be a mapping with a name"));
                continue;
            }
            checkDuplicates(p);
            onlyKeys(p,
                {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("default"),
                    QStringLiteral("prompt")},
                Tr::tr("a parameter"));
            Parameter par;
            par.name = text(p, "name", true, Tr::tr("a parameter")).value_or(QString());
            if (!par.name.isEmpty() && !nameRe.match(par.name).hasMatch())
                error(posOf(p["name"]),
                    Tr::tr("parameter name \"%1\": letters, digits and '_' only").arg(par.name));
            for (const Parameter &q : rb.parameters)
                if (q.name == par.name)
                    error(posOf(p["name"]),
                        Tr::tr("the parameter \"%1\" is declared twice").arg(par.name));
            par.type = text(p, "type", false, {}).value_or(QStringLiteral("string"));
            if (!QStringList {QStringLiteral("string"), QStringLiteral("int"),
                    QStringLiteral("number"), QStringLiteral("bool")}
                     .contains(par.type))
                error(posOf(p["type"]),
                    Tr::tr("parameter type must be string, int, number or bool, not \"%1\"")
                        .arg(par.type));
            par.prompt = text(p, "prompt", false, {}).value_or(QString());
            if (const YAML::Node d = p["default"]) {
                par.defaultValue = toJson(d);
                const bool numeric = par.defaultValue.isDouble();
                const bool fits = (par.type == QLatin1String("string"))
                    || (par.type == QLatin1String("bool") && par.defaultValue.isBool())
                    || (par.type == QLatin1String("number") && numeric)
                    || (par.type == QLatin1String("int") && numeric
                        && par.defaultValue.toDouble() == qint64(par.defaultValue.toDouble()));
                if (!fits)
                    error(posOf(d),
                        Tr::tr("the default of \"%1\" is not of its type %2")
                            .arg(par.name, par.type));
                if (par.type == QLatin1String("string") && !par.defaultValue.isString())
                    par.defaultValue = QString::fromStdString(d.Scalar());
            }
            rb.parameters.append(par);
        }
    }

    void steps(const YAML::Node &root, Runbook &rb)
    {
        const YAML::Node n = root["steps"];
        if (!n) {
            error(posOf(root), Tr::tr("the runbook has no \"steps\": add a list of steps"));
            return;
        }
        if (!n.IsSequence() || n.size() == 0) {
            error(posOf(n), Tr::tr("steps must be a non-empty list (- id: ...)"));
            return;
        }
        if (n.size() > size_t(kMaxSteps)) {
            error(posOf(n),
                Tr::tr("%1 steps; a runbook may have at most %2").arg(n.size()).arg(kMaxSteps));
            return;
        }
        QHash<QString, SourcePos> ids;
        QList<std::pair<QString, SourcePos>> rollbacks;
        static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
        for (const YAML::Node &s : n) {
            if (!s.IsMap()) {
                error(posOf(s), Tr::tr("a step must be a mapping (id, type, title, action...)"));
                continue;
            }
            checkDuplicates(s);
            onlyKeys(s,
                {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"),
                    QStringLiteral("precondition"), QStringLiteral("action"),
                    QStringLiteral("verify"), QStringLiteral("on_failure")},
                Tr::tr("a step"));
            Step step;
            step.pos = posOf(s);
            const QString where = Tr::tr("the step at line %1").arg(step.pos.line);
            step.id = text(s, "id", true, where).value_or(QString());
            if (!step.id.isEmpty()) {
                if (!idRe.match(step.id).hasMatch())
                    error(posOf(s["id"]),
                        Tr::tr("step id \"%1\": lower case letters, digits, '-' and '_' (up to "
                               "64)")
                            .arg(step.id));
                if (ids.contains(step.id))
                    error(posOf(s["id"]),
                        Tr::tr("duplicate step id \"%1\" (first used at line %2): step ids must "
                               "be unique")
                            .arg(step.id)
                            .arg(ids.value(step.id).line));
                else
                    ids.insert(step.id, posOf(s["id"]));
            }
            step.type = text(s, "type", true, where).value_or(QString());
            step.title = text(s, "title", true, where).value_or(QString());
            const StepType *type = step.type.isEmpty() ? nullptr : m_registry.find(step.type);
            if (!step.type.isEmpty() && !type)
                error(posOf(s["type"]),
                    Tr::tr("unknown step type \"%1\"; known types: %2")
                        .arg(step.type, m_registry.names().join(QStringLiteral(", "))));

            if (const YAML::Node pre = s["precondition"]) {
                if (!pre.IsSequence()) {
                    error(
                        posOf(pre), Tr::tr("precondition must be a list of checks (- type: ...)"));
                } else {
                    for (const YAML::Node &c : pre)
                        if (auto chk = check(c, Tr::tr("a precondition")))
                            step.preconditions.append(*chk);
                }
            }
            const YAML::Node action = s["action"];
            if (action && !action.IsMap() && !action.IsNull()) {
                error(posOf(action), Tr::tr("action must be a mapping of the step type's fields"));
                step.action.pos = posOf(action); // the type's complaints point there too
            } else if (action && action.IsMap()) {
                step.action = fieldsOf(action);
            } else {
                step.action.pos = step.pos;
            }
            if (type)
                reportFieldErrors(type->validate(step.action, m_registry), step.action, step.type);

            if (const YAML::Node v = s["verify"]) {
                if (!v.IsMap()) {
                    error(posOf(v), Tr::tr("verify must be a mapping (check, deadline, interval)"));
                } else {
                    checkDuplicates(v);
                    onlyKeys(v,
                        {QStringLiteral("check"), QStringLiteral("deadline"),
                            QStringLiteral("interval")},
                        Tr::tr("verify"));
                    if (const YAML::Node c = v["check"])
                        step.verify.check = check(c, Tr::tr("verify's check"));
                    for (const char *k : {"deadline", "interval"}) {
                        if (const YAML::Node d = v[k]) {
                            const qint64 ms = parseDuration(toJson(d));
                            if (ms < 0 || ms > 24 * 3600 * 1000)
                                error(posOf(d),
                                    Tr::tr("%1 must be a duration up to 24h such as 30s, 5m or "
                                           "500ms")
                                        .arg(QLatin1String(k)));
                            else if (qstrcmp(k, "deadline") == 0)
                                step.verify.deadlineMs = ms;
                            else
                                step.verify.intervalMs = qMax<qint64>(ms, 100);
                        }
                    }
                }
            }
            if (const YAML::Node f = s["on_failure"]) {
                if (f.IsScalar() && f.Scalar() == "stop") {
                    step.onFailure.kind = OnFailure::Kind::Stop;
                } else if (f.IsScalar() && f.Scalar() == "continue") {
                    step.onFailure.kind = OnFailure::Kind::Continue;
                } else if (f.IsMap() && f.size() == 1 && f["rollback"]
                    && f["rollback"].IsScalar()) {
                    step.onFailure.kind = OnFailure::Kind::Rollback;
                    step.onFailure.rollbackStep = QString::fromStdString(f["rollback"].Scalar());
                    rollbacks.append({step.onFailure.rollbackStep, posOf(f["rollback"])});
                    if (step.onFailure.rollbackStep == step.id)
                        error(posOf(f["rollback"]), Tr::tr("a step cannot roll back to itself"));
                } else {
                    error(posOf(f),
                        Tr::tr("on_failure must be stop, continue or {rollback: <step id>}"));
                }
            }
            rb.steps.append(step);
        }
        for (const auto &[target, pos] : rollbacks)
            if (!ids.contains(target))
                error(pos,
                    Tr::tr("rollback to unknown step \"%1\"; steps are: %2")
                        .arg(target, QStringList(ids.keys()).join(QStringLiteral(", "))));
    }

    // Every "${name}" must name a declared parameter.
    void checkReferences(const Runbook &rb)
    {
        QSet<QString> declared;
        for (const Parameter &p : rb.parameters)
            declared.insert(p.name);
        static const QRegularExpression re(QStringLiteral("\\$\\{([^}]*)\\}"));
        const std::function<void(const QJsonValue &, SourcePos)> walk = [&](const QJsonValue &v,
                                                                            SourcePos pos) {
            if (v.isString()) {
                auto it = re.globalMatch(v.toString());
                while (it.hasNext()) {
                    const QString name = it.next().captured(1);
                    if (!declared.contains(name))
                        error(pos,
                            Tr::tr("\"${%1}\" names no parameter: declare it under parameters")
                                .arg(name));
                }
            } else if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    walk(e, pos);
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto i = o.begin(); i != o.end(); ++i)
                    walk(i.value(), pos);
            }
        };
        const auto walkFields = [&](const Fields &f) {
            for (auto i = f.values.begin(); i != f.values.end(); ++i)
                walk(i.value(), f.positionOf(i.key()));
        };
        for (const Step &s : rb.steps) {
            walkFields(s.action);
            for (const Check &c : s.preconditions)
                walkFields(c.fields);
            if (s.verify.check)
                walkFields(s.verify.check->fields);
        }
    }

private:
    QString m_file;
    const StepRegistry &m_registry;
};

} // namespace

QString ParseResult::errorText() const
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

QByteArray contentHash(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

ParseResult parseRunbook(
    const QByteArray &text, const QString &fileName, const StepRegistry &registry)
{
    ParseResult r;
    Parser p(fileName, registry);
    if (text.size() > kMaxRunbookBytes) {
        p.error({1, 1},
            Tr::tr("the file has %1 bytes; a runbook may have at most %2 bytes")
                .arg(text.size())
                .arg(kMaxRunbookBytes));
        r.diagnostics = p.diags;
        return r;
    }
    if (text.contains('\t')) {
        const qsizetype at = text.indexOf('\t');
        const int line = int(text.left(at).count('\n')) + 1;
        // (lastIndexOf from -1 searches from the end: a tab at the very start is on line 1)
        const qsizetype lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
        const int col = int(at - lineStart) + 1;
        if (text.mid(lineStart, at - lineStart).trimmed().isEmpty()) {
            p.error({line, col},
                Tr::tr("a tab indents this line: YAML indents with spaces only; replace the tab "
                       "with spaces"));
            r.diagnostics = p.diags;
            return r;
        }
    }
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        p.error(markPos(e.mark),
            Tr::tr("YAML syntax error: %1. Check the indentation of this line and the line "
                   "above it (keys of one mapping start in the same column; list items with "
                   "\"- \")")
                .arg(QString::fromStdString(e.msg)));
        r.diagnostics = p.diags;
        return r;
    }
    Runbook rb;
    try {
        rb = p.runbook(root);
        p.checkReferences(rb);
    } catch (const YAML::Exception &e) {
        // (InvalidNode, a lookup in a node that is not there, carries no position: the file's
        // start)
        p.error(markPos(e.mark),
            Tr::tr("cannot read this part of the runbook: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        // (yaml-cpp's own containers may throw outside YAML::Exception, e.g. std::bad_alloc)
        p.error(
            {1, 1}, Tr::tr("cannot read this runbook: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    r.diagnostics = p.diags;
    if (r.diagnostics.isEmpty()) {
        rb.path = fileName;
        rb.contentHash = contentHash(text);
        r.runbook = std::move(rb);
    }
    return r;
}

ParseResult parseRunbookFile(const QString &path, const StepRegistry &registry)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ParseResult r;
        r.diagnostics.append(
            {path, {}, Tr::tr("cannot read the runbook: %1").arg(f.errorString())});
        return r;
    }
    if (f.size() > kMaxRunbookBytes) {
        ParseResult r;
        r.diagnostics.append({path, {1, 1},
            Tr::tr("the file has %1 bytes; a runbook may have at most %2 bytes")
                .arg(f.size())
                .arg(kMaxRunbookBytes)});
        return r;
    }
    return parseRunbook(f.readAll(), path, registry);
}

} // namespace qm::runbooks
