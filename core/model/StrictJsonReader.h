#pragma once

#include "core/common/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

namespace mpio {

// Reads a JSON object tree strictly: every key must be known, every value must have the expected type
// (no coercion: "9000" is not a number). Problems are collected with their JSON location ("/paths/1/mtu")
// so a profile with several mistakes reports all of them at once.
class StrictJsonReader
{
public:
    StrictJsonReader(QJsonObject object, QString location, QList<FieldError>* errors);

    QString string(const QString& key, const QString& fallback = {}, bool required = false);
    int integer(const QString& key, int fallback, bool required = false);
    qint64 integer64(const QString& key, qint64 fallback, bool required = false);
    bool boolean(const QString& key, bool fallback);
    QStringList stringList(const QString& key);
    // The raw value (for fields with several accepted forms); marks the key as known.
    QJsonValue raw(const QString& key);
    // Calls `each` with a reader for every object of an array.
    void objects(const QString& key, const std::function<void(StrictJsonReader&)>& each, bool required = false);
    void object(const QString& key, const std::function<void(StrictJsonReader&)>& read, bool required = false);
    // Reports every key that no call above asked for. Call once, after reading.
    void finish();

    QString location(const QString& key) const { return m_location + QLatin1Char('/') + key; }
    void fail(const QString& key, const QString& message);

private:
    bool take(const QString& key, QJsonValue* value, bool required);
    void typeError(const QString& key, const char* expected, const QJsonValue& got);

    QJsonObject m_object;
    QString m_location;
    QList<FieldError>* m_errors;
    QSet<QString> m_known;
};

} // namespace mpio
