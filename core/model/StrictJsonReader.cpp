#include "core/model/StrictJsonReader.h"

#include <QCoreApplication>

namespace mpio {

namespace {
QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}
} // namespace

StrictJsonReader::StrictJsonReader(QJsonObject object, QString location, QList<FieldError>* errors)
    : m_object(std::move(object))
    , m_location(std::move(location))
    , m_errors(errors)
{
}

void StrictJsonReader::fail(const QString& key, const QString& message)
{
    m_errors->append({location(key), message});
}

bool StrictJsonReader::take(const QString& key, QJsonValue* value, bool required)
{
    m_known.insert(key);
    if (!m_object.contains(key)) {
        if (required)
            fail(key, QCoreApplication::translate("mpio::StrictJsonReader", "required field is missing"));
        return false;
    }
    *value = m_object.value(key);
    return true;
}

void StrictJsonReader::typeError(const QString& key, const char* expected, const QJsonValue& got)
{
    fail(key, QCoreApplication::translate("mpio::StrictJsonReader", "expected %1, found %2")
                  .arg(QCoreApplication::translate("mpio::StrictJsonReader", expected), typeName(got)));
}

QString StrictJsonReader::string(const QString& key, const QString& fallback, bool required)
{
    QJsonValue v;
    if (!take(key, &v, required))
        return fallback;
    if (!v.isString()) {
        typeError(key, QT_TRANSLATE_NOOP("mpio::StrictJsonReader", "a string"), v);
        return fallback;
    }
    return v.toString();
}

qint64 StrictJsonReader::integer64(const QString& key, qint64 fallback, bool required)
{
    QJsonValue v;
    if (!take(key, &v, required))
        return fallback;
    const double d = v.toDouble();
    // Range first: converting a double outside qint64 is undefined behaviour (found by fuzz_profile).
    constexpr double kLimit = 9007199254740992.0; // 2^53: beyond it JSON numbers are not exact integers
    if (!v.isDouble() || !(d >= -kLimit && d <= kLimit) || d != double(qint64(d))) {
        typeError(key, QT_TRANSLATE_NOOP("mpio::StrictJsonReader", "a whole number"), v);
        return fallback;
    }
    return qint64(d);
}

int StrictJsonReader::integer(const QString& key, int fallback, bool required)
{
    const qint64 v = integer64(key, fallback, required);
    if (v < INT_MIN || v > INT_MAX) {
        fail(key, QCoreApplication::translate("mpio::StrictJsonReader", "number out of range"));
        return fallback;
    }
    return int(v);
}

bool StrictJsonReader::boolean(const QString& key, bool fallback)
{
    QJsonValue v;
    if (!take(key, &v, false))
        return fallback;
    if (!v.isBool()) {
        typeError(key, QT_TRANSLATE_NOOP("mpio::StrictJsonReader", "true or false"), v);
        return fallback;
    }
    return v.toBool();
}

QStringList StrictJsonReader::stringList(const QString& key)
{
    QJsonValue v;
    if (!take(key, &v, false))
        return {};
    if (!v.isArray()) {
        typeError(key, QT_TRANSLATE_NOOP("mpio::StrictJsonReader", "an array of strings"), v);
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            m_errors->append({location(key) + QLatin1Char('/') + QString::number(i),
                              QCoreApplication::translate("mpio::StrictJsonReader", "expected a string, found %1")
                                  .arg(typeName(a.at(i)))});
        else
            out.append(a.at(i).toString());
    }
    return out;
}

QJsonValue StrictJsonReader::raw(const QString& key)
{
    QJsonValue v;
    take(key, &v, false);
    return v;
}

void StrictJsonReader::objects(const QString& key, const std::function<void(StrictJsonReader&)>& each,
                               bool required)
{
    QJsonValue v;
    if (!take(key, &v, required))
        return;
    if (!v.isArray()) {
        typeError(key, QT_TRANSLATE_NOOP("mpio::StrictJsonReader", "an array of objects"), v);
        return;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString loc = location(key) + QLatin1Char('/') + QString::number(i);
        if (!a.at(i).isObject()) {
            m_errors->append({loc, QCoreApplication::translate("mpio::StrictJsonReader",
                                                               "expected an object, found %1")
                                       .arg(typeName(a.at(i)))});
            continue;
        }
        StrictJsonReader child(a.at(i).toObject(), loc, m_errors);
        each(child);
        child.finish();
    }
}

void StrictJsonReader::object(const QString& key, const std::function<void(StrictJsonReader&)>& read,
                              bool required)
{
    QJsonValue v;
    if (!take(key, &v, required))
        return;
    if (!v.isObject()) {
        typeError(key, QT_TRANSLATE_NOOP("mpio::StrictJsonReader", "an object"), v);
        return;
    }
    StrictJsonReader child(v.toObject(), location(key), m_errors);
    read(child);
    child.finish();
}

void StrictJsonReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            fail(it.key(), QCoreApplication::translate("mpio::StrictJsonReader",
                                                       "unknown field (check the spelling; fields are case-sensitive)"));
    }
}

} // namespace mpio
