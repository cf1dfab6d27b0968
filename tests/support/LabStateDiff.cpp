#include "LabStateDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace mpio::test {

QJsonValue normalizedLabState(const QJsonValue& v)
{
    static const QStringList volatileKeys{QStringLiteral("nextIsid"), QStringLiteral("nextTsih"),
                                          QStringLiteral("nextId"), QStringLiteral("esxcliCalls")};
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (const QString& k : volatileKeys)
            o.remove(k);
        if (o.contains(QStringLiteral("iqn")) && o.contains(QStringLiteral("enabled")))
            o.remove(QStringLiteral("iqn"));
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = normalizedLabState(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = normalizedLabState(a.at(i));
        return a;
    }
    return v;
}

QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& at)
{
    if (a == b)
        return {};
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString& k : keys)
            if (const QString d = firstDifference(x.value(k), y.value(k), at + k + u'/'); !d.isEmpty())
                return d;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (qsizetype i = 0; i < a.toArray().size(); ++i)
            if (const QString d =
                    firstDifference(a.toArray().at(i), b.toArray().at(i), at + QString::number(i) + u'/');
                !d.isEmpty())
                return d;
    }
    return at + QStringLiteral(": ") +
           QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)).left(300) +
           QStringLiteral(" vs ") +
           QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)).left(300);
}

} // namespace mpio::test
