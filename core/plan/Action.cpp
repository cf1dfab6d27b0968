#include "core/plan/Action.h"

#include "core/log/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mpio {

namespace {

const QString kFactKey = QStringLiteral("$fact");
const QString kKeychainPrefix = QStringLiteral("keychain:");

QStringList tokens(const QString& pointer)
{
    QStringList parts = pointer.split(u'/');
    if (!parts.isEmpty())
        parts.removeFirst(); // the part before the leading '/'
    for (QString& p : parts)
        p.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return parts;
}

bool setAt(QJsonValue& node, const QStringList& parts, int i, const QJsonValue& value)
{
    if (i == parts.size()) {
        node = value;
        return true;
    }
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        if (!o.contains(parts.at(i)))
            return false;
        QJsonValue child = o.value(parts.at(i));
        if (!setAt(child, parts, i + 1, value))
            return false;
        o.insert(parts.at(i), child);
        node = o;
        return true;
    }
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        bool ok = false;
        const int index = parts.at(i).toInt(&ok);
        if (!ok || index < 0 || index >= a.size())
            return false;
        QJsonValue child = a.at(index);
        if (!setAt(child, parts, i + 1, value))
            return false;
        a.replace(index, child);
        node = a;
        return true;
    }
    return false;
}

// Replaces {"$fact": pointer} objects anywhere in `node`; collects pointers that are missing from `facts`.
QJsonValue bindFacts(const QJsonValue& node, const QJsonObject& facts, QStringList* missing)
{
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        if (o.size() == 1 && o.contains(kFactKey) && o.value(kFactKey).isString()) {
            bool found = false;
            const QJsonValue v = JsonPointer::get(facts, o.value(kFactKey).toString(), &found);
            if (!found)
                missing->append(o.value(kFactKey).toString());
            return v;
        }
        QJsonObject out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out.insert(it.key(), bindFacts(it.value(), facts, missing));
        return out;
    }
    if (node.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : node.toArray())
            out.append(bindFacts(v, facts, missing));
        return out;
    }
    return node;
}

// For people: an unbound fact reads "<fact /after/id>" instead of a JSON object.
QJsonValue showFacts(const QJsonValue& node)
{
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        if (o.size() == 1 && o.contains(kFactKey))
            return QStringLiteral("<fact %1>").arg(o.value(kFactKey).toString());
        QJsonObject out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out.insert(it.key(), showFacts(it.value()));
        return out;
    }
    if (node.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : node.toArray())
            out.append(showFacts(v));
        return out;
    }
    return node;
}

// esxcli arguments are shown the way a person would type them in the ESXi shell.
QString shellQuote(const QString& arg)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(arg).hasMatch())
        return arg;
    QString quoted = arg;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

namespace JsonPointer {

QJsonValue get(const QJsonValue& root, const QString& pointer, bool* found)
{
    if (found)
        *found = false;
    if (!pointer.isEmpty() && !pointer.startsWith(u'/'))
        return {};
    QJsonValue node = root;
    for (const QString& part : tokens(pointer)) {
        if (node.isObject()) {
            const QJsonObject o = node.toObject();
            if (!o.contains(part))
                return {};
            node = o.value(part);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QJsonArray a = node.toArray();
            if (!ok || index < 0 || index >= a.size())
                return {};
            node = a.at(index);
        } else {
            return {};
        }
    }
    if (found)
        *found = true;
    return node;
}

bool set(QJsonValue& root, const QString& pointer, const QJsonValue& value)
{
    if (!pointer.startsWith(u'/'))
        return false;
    return setAt(root, tokens(pointer), 0, value);
}

} // namespace JsonPointer

Action Action::esxcli(const QStringList& argv, const QStringList& sensitive)
{
    return Action{QStringLiteral("esxcli"),
                  QJsonObject{{QStringLiteral("argv"), QJsonArray::fromStringList(argv)}}, sensitive};
}

Action Action::truenas(const QString& method, const QJsonArray& params, const QStringList& sensitive)
{
    return Action{QStringLiteral("truenas"),
                  QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("params"), params}},
                  sensitive};
}

QJsonObject Action::fact(const QString& pointer)
{
    return QJsonObject{{kFactKey, pointer}};
}

QString Action::keychainRef(const QString& service, const QString& account)
{
    return kKeychainPrefix + service + u'/' + account;
}

bool Action::isKeychainRef(const QJsonValue& value)
{
    return value.isString() && value.toString().startsWith(kKeychainPrefix);
}

QStringList Action::inlineSecrets() const
{
    QStringList bad;
    for (const QString& pointer : sensitive) {
        bool found = false;
        const QJsonValue v = JsonPointer::get(payload, pointer, &found);
        if (found && !isKeychainRef(v) && !(v.isObject() && v.toObject().contains(kFactKey)))
            bad << pointer;
    }
    return bad;
}

Action Action::sanitized() const
{
    Action copy = *this;
    QJsonValue root = copy.payload;
    for (const QString& pointer : inlineSecrets())
        JsonPointer::set(root, pointer, QString::fromUtf8(Redactor::kMask));
    copy.payload = root.toObject();
    return copy;
}

Result<Action> Action::bound(const QJsonObject& facts) const
{
    QStringList missing;
    Action copy = *this;
    copy.payload = bindFacts(payload, facts, &missing).toObject();
    if (!missing.isEmpty())
        return Error::make(QStringLiteral("plan.fact-missing"),
                           QStringLiteral("The step's recorded facts lack what its undo needs: %1.")
                               .arg(missing.join(QStringLiteral(", "))));
    return copy;
}

QString Action::text() const
{
    if (isNone())
        return {};
    Action safe = sanitized();
    safe.payload = showFacts(safe.payload).toObject();
    if (kind == QLatin1String("esxcli")) {
        QStringList words{QStringLiteral("esxcli")};
        for (const QJsonValue& v : safe.payload.value(QStringLiteral("argv")).toArray()) {
            words << (v.toString().startsWith(QLatin1String("<fact ")) ? v.toString()
                                                                       : shellQuote(v.toString()));
        }
        // Follow-up commands of the same step ("then", e.g. a rescan after removing a target).
        for (const QJsonValue& t : safe.payload.value(QStringLiteral("then")).toArray()) {
            words << QStringLiteral("&& esxcli");
            for (const QJsonValue& v : t.toArray())
                words << shellQuote(v.toString());
        }
        return words.join(u' ');
    }
    if (kind == QLatin1String("truenas")) {
        const QByteArray params = QJsonDocument(safe.payload.value(QStringLiteral("params")).toArray())
                                      .toJson(QJsonDocument::Compact);
        return safe.payload.value(QStringLiteral("method")).toString() + u' ' + QString::fromUtf8(params);
    }
    return kind + u' ' + QString::fromUtf8(QJsonDocument(safe.payload).toJson(QJsonDocument::Compact));
}

QJsonObject Action::toJson() const
{
    if (isNone())
        return {};
    const Action safe = sanitized();
    QJsonObject o{{QStringLiteral("kind"), safe.kind}, {QStringLiteral("payload"), safe.payload}};
    if (!sensitive.isEmpty())
        o.insert(QStringLiteral("sensitive"), QJsonArray::fromStringList(sensitive));
    return o;
}

} // namespace mpio
