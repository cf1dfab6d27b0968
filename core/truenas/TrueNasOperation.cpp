#include "core/truenas/TrueNasOperation.h"

#include <QCoreApplication>

namespace mpio {

namespace {

const QString kFact = QStringLiteral("$fact");
const QString kStep = QStringLiteral("$step");
const QString kPointer = QStringLiteral("pointer");

// Free functions in this file: lupdate files their tr() under the namespace (mpio); members use their
// class's Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio", text);
}

QString unescape(QString token)
{
    token.replace(QStringLiteral("~1"), QStringLiteral("/"));
    token.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return token;
}

bool setIn(QJsonValue& node, QStringList tokens, const QJsonValue& value)
{
    if (tokens.isEmpty()) {
        node = value;
        return true;
    }
    const QString token = unescape(tokens.takeFirst());
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        QJsonValue child = o.value(token);
        if (child.isUndefined() && !tokens.isEmpty())
            return false;
        if (!setIn(child, tokens, value))
            return false;
        o.insert(token, child);
        node = o;
        return true;
    }
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        bool ok = false;
        const int index = token.toInt(&ok);
        if (!ok || index < 0 || index >= a.size())
            return false;
        QJsonValue child = a.at(index);
        if (!setIn(child, tokens, value))
            return false;
        a[index] = child;
        node = a;
        return true;
    }
    return false;
}

Result<QJsonValue> bindNode(const QJsonValue& node, const QJsonObject& own,
                            const QHash<QString, QJsonObject>& steps)
{
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        if (o.size() == 1 && o.contains(kFact)) {
            bool found = false;
            const QJsonValue v = TrueNasOperation::pointerGet(own, o.value(kFact).toString(), &found);
            if (!found)
                return Error::make(
                    QStringLiteral("truenas.operation"),
                    tr("The step's facts have no %1 (needed by its undo).").arg(o.value(kFact).toString()));
            return v;
        }
        if (o.size() == 2 && o.contains(kStep) && o.contains(kPointer)) {
            const QString step = o.value(kStep).toString();
            if (!steps.contains(step))
                return Error::make(
                    QStringLiteral("truenas.operation"),
                    tr("The step %1 has not run yet, but this step needs its result.").arg(step));
            bool found = false;
            const QJsonValue v =
                TrueNasOperation::pointerGet(steps.value(step), o.value(kPointer).toString(), &found);
            if (!found)
                return Error::make(
                    QStringLiteral("truenas.operation"),
                    tr("The facts of step %1 have no %2.").arg(step, o.value(kPointer).toString()));
            return v;
        }
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            auto bound = bindNode(it.value(), own, steps);
            if (!bound)
                return bound;
            out.insert(it.key(), *bound);
        }
        return QJsonValue(out);
    }
    if (node.isArray()) {
        QJsonArray out;
        for (const auto& item : node.toArray()) {
            auto bound = bindNode(item, own, steps);
            if (!bound)
                return bound;
            out.append(*bound);
        }
        return QJsonValue(out);
    }
    return node;
}

} // namespace

QJsonObject TrueNasOperation::fact(const QString& pointer)
{
    return QJsonObject{{kFact, pointer}};
}

QJsonObject TrueNasOperation::stepFact(const QString& stepId, const QString& pointer)
{
    return QJsonObject{{kStep, stepId}, {kPointer, pointer}};
}

QJsonValue TrueNasOperation::pointerGet(const QJsonValue& root, const QString& pointer, bool* found)
{
    if (found)
        *found = false;
    if (!pointer.isEmpty() && !pointer.startsWith(QLatin1Char('/')))
        return {};
    QJsonValue node = root;
    const QStringList tokens = pointer.isEmpty() ? QStringList{} : pointer.mid(1).split(QLatin1Char('/'));
    for (const QString& raw : tokens) {
        const QString token = unescape(raw);
        if (node.isObject()) {
            const QJsonObject o = node.toObject();
            if (!o.contains(token))
                return {};
            node = o.value(token);
        } else if (node.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= node.toArray().size())
                return {};
            node = node.toArray().at(index);
        } else {
            return {};
        }
    }
    if (found)
        *found = true;
    return node;
}

bool TrueNasOperation::pointerSet(QJsonValue& root, const QString& pointer, const QJsonValue& value)
{
    if (!pointer.startsWith(QLatin1Char('/')))
        return false;
    return setIn(root, pointer.mid(1).split(QLatin1Char('/')), value);
}

Result<QJsonValue> TrueNasOperation::bind(const QJsonValue& value, const QJsonObject& ownFacts,
                                          const QHash<QString, QJsonObject>& stepFacts)
{
    return bindNode(value, ownFacts, stepFacts);
}

QString TrueNasOperation::flowName(Flow flow)
{
    switch (flow) {
    case Flow::Call:
        return QStringLiteral("call");
    case Flow::Job:
        return QStringLiteral("job");
    case Flow::InterfaceChange:
        return QStringLiteral("interface-change");
    case Flow::ZvolCreate:
        return QStringLiteral("zvol-create");
    }
    return QStringLiteral("call");
}

namespace {
bool flowFromName(const QString& name, TrueNasOperation::Flow* flow)
{
    for (auto f : {TrueNasOperation::Flow::Call, TrueNasOperation::Flow::Job,
                   TrueNasOperation::Flow::InterfaceChange, TrueNasOperation::Flow::ZvolCreate})
        if (TrueNasOperation::flowName(f) == name) {
            *flow = f;
            return true;
        }
    return false;
}
} // namespace

QJsonObject TrueNasOperation::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("params"), params},
                       {QStringLiteral("flow"), flowName(flow)},
                       {QStringLiteral("undoMethod"), undoMethod},
                       {QStringLiteral("undoParams"), undoParams},
                       {QStringLiteral("undoFlow"), flowName(undoFlow)},
                       {QStringLiteral("undoNote"), undoNote},
                       {QStringLiteral("verifyMethod"), verifyMethod},
                       {QStringLiteral("verifyParams"), verifyParams},
                       {QStringLiteral("verifyExpect"), verifyExpect},
                       {QStringLiteral("sensitive"), QJsonArray::fromStringList(sensitive)},
                       {QStringLiteral("ruleId"), ruleId},
                       {QStringLiteral("checkinTimeoutSeconds"), checkinTimeoutSeconds}};
}

Result<TrueNasOperation> TrueNasOperation::fromJson(const QJsonObject& o)
{
    TrueNasOperation op;
    op.id = o.value(QStringLiteral("id")).toString();
    op.description = o.value(QStringLiteral("description")).toString();
    op.method = o.value(QStringLiteral("method")).toString();
    op.params = o.value(QStringLiteral("params")).toArray();
    op.undoMethod = o.value(QStringLiteral("undoMethod")).toString();
    op.undoParams = o.value(QStringLiteral("undoParams")).toArray();
    op.undoNote = o.value(QStringLiteral("undoNote")).toString();
    op.verifyMethod = o.value(QStringLiteral("verifyMethod")).toString();
    op.verifyParams = o.value(QStringLiteral("verifyParams")).toArray();
    op.verifyExpect = o.value(QStringLiteral("verifyExpect")).toObject();
    for (const auto& s : o.value(QStringLiteral("sensitive")).toArray())
        op.sensitive.append(s.toString());
    op.ruleId = o.value(QStringLiteral("ruleId")).toString();
    op.checkinTimeoutSeconds = o.value(QStringLiteral("checkinTimeoutSeconds")).toInt(60);
    if (!flowFromName(o.value(QStringLiteral("flow")).toString(QStringLiteral("call")), &op.flow) ||
        !flowFromName(o.value(QStringLiteral("undoFlow")).toString(QStringLiteral("call")), &op.undoFlow))
        return Error::make(QStringLiteral("truenas.operation"),
                           tr("Unknown flow in operation %1.").arg(op.id));
    if (op.id.isEmpty() || op.method.isEmpty())
        return Error::make(QStringLiteral("truenas.operation"), tr("An operation needs an id and a method."));
    return op;
}

} // namespace mpio
