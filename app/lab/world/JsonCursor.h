#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mpio::lab {

// Strict reader over one JSON object of a scenario: every accessor records the key it consumed, finish()
// reports every key nobody asked for, and every error names its JSON location ("hosts[0].vmks[1].mtu").
// Errors accumulate in a shared list so one load reports all of them.
class JsonCursor
{
public:
    JsonCursor(const QJsonObject& object, const QString& path, QStringList* errors);

    QString path() const { return m_path; }
    QString childPath(const QString& key) const;
    bool has(const QString& key) const { return m_object.contains(key); }
    QStringList* errors() const { return m_errors; }

    QString string(const QString& key, const QString& fallback = {}, bool required = false);
    int integer(const QString& key, int fallback, int min, int max, bool required = false);
    double number(const QString& key, double fallback, double min, double max);
    quint64 bigNumber(const QString& key, quint64 fallback);
    bool boolean(const QString& key, bool fallback);
    QStringList stringList(const QString& key);
    QJsonArray array(const QString& key, bool required = false);
    QJsonObject object(const QString& key, bool required = false);
    QJsonObject rawObject(const QString& key); // consumed but not inspected (e.g. the truenas section)

    void error(const QString& key, const QString& message);
    // Reports keys present in the object but never consumed.
    void finish();

private:
    QJsonValue take(const QString& key);

    QJsonObject m_object;
    QString m_path;
    QStringList* m_errors;
    QSet<QString> m_used;
};

} // namespace mpio::lab
