#include "app/lab/world/JsonCursor.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace mpio::lab {

JsonCursor::JsonCursor(const QJsonObject& object, const QString& path, QStringList* errors)
    : m_object(object)
    , m_path(path)
    , m_errors(errors)
{}

QString JsonCursor::childPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonCursor::error(const QString& key, const QString& message)
{
    m_errors->append(childPath(key) + QStringLiteral(": ") + message);
}

QJsonValue JsonCursor::take(const QString& key)
{
    m_used.insert(key);
    return m_object.value(key);
}

QString JsonCursor::string(const QString& key, const QString& fallback, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            error(key, QStringLiteral("required string is missing"));
        return fallback;
    }
    if (!v.isString()) {
        error(key, QStringLiteral("expected a string"));
        return fallback;
    }
    if (required && v.toString().isEmpty())
        error(key, QStringLiteral("must not be empty"));
    return v.toString();
}

int JsonCursor::integer(const QString& key, int fallback, int min, int max, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            error(key, QStringLiteral("required number is missing"));
        return fallback;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d) {
        error(key, QStringLiteral("expected an integer"));
        return fallback;
    }
    if (d < min || d > max) {
        error(key, QStringLiteral("%1 is out of range [%2, %3]").arg(d).arg(min).arg(max));
        return fallback;
    }
    return static_cast<int>(d);
}

double JsonCursor::number(const QString& key, double fallback, double min, double max)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble()) {
        error(key, QStringLiteral("expected a number"));
        return fallback;
    }
    if (v.toDouble() < min || v.toDouble() > max) {
        error(key, QStringLiteral("%1 is out of range [%2, %3]").arg(v.toDouble()).arg(min).arg(max));
        return fallback;
    }
    return v.toDouble();
}

quint64 JsonCursor::bigNumber(const QString& key, quint64 fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || v.toDouble() < 0) {
        error(key, QStringLiteral("expected a non-negative number"));
        return fallback;
    }
    return static_cast<quint64>(v.toDouble());
}

bool JsonCursor::boolean(const QString& key, bool fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(key, QStringLiteral("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonCursor::stringList(const QString& key)
{
    const QJsonValue v = take(key);
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        error(key, QStringLiteral("expected an array of strings"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            m_errors->append(childPath(key) + QStringLiteral("[%1]: expected a string").arg(i));
        else
            out.append(a.at(i).toString());
    }
    return out;
}

QJsonArray JsonCursor::array(const QString& key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            error(key, QStringLiteral("required array is missing"));
        return {};
    }
    if (!v.isArray()) {
        error(key, QStringLiteral("expected an array"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonCursor::object(const QString& key, bool required)
{
    const QJsonValue v = take(key);
    if (v.isUndefined()) {
        if (required)
            error(key, QStringLiteral("required object is missing"));
        return {};
    }
    if (!v.isObject()) {
        error(key, QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonObject JsonCursor::rawObject(const QString& key)
{
    return object(key);
}

void JsonCursor::finish()
{
    QStringList unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!m_used.contains(it.key()))
            unknown.append(it.key());
    std::sort(unknown.begin(), unknown.end());
    for (const QString& k : unknown)
        error(k, QStringLiteral("unknown key"));
}

} // namespace mpio::lab
