#pragma once

#include "app/lab/truenas/RpcError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>
#include <memory>

namespace mpio::lab {

// A strict field description in the spirit of the middleware's pydantic models (api/base/model.py:
// extra="forbid", strict=True): unknown keys are rejected, nothing is coerced ("512" is not an int), and the
// messages are pydantic's English texts (truenas-api.md §1.2).
struct Field
{
    enum class Kind
    {
        Int,
        Str,
        Bool,
        StrChoice,
        IntChoice,
        StrList,
        Object,
        ObjectList,
        IntOrStr,
        Any
    };

    QString name;
    Kind kind = Kind::Any;
    bool required = false;
    bool nullable = false;
    bool hasDefault = false;
    QJsonValue defaultValue;
    QStringList strChoices;
    QList<int> intChoices;
    qint64 min = std::numeric_limits<qint64>::min();
    qint64 max = std::numeric_limits<qint64>::max();
    int minLength = -1;
    int maxLength = -1;
    std::shared_ptr<QList<Field>> fields; // Object / ObjectList members

    static Field integer(const QString& name) { return make(name, Kind::Int); }
    static Field string(const QString& name) { return make(name, Kind::Str); }
    static Field boolean(const QString& name) { return make(name, Kind::Bool); }
    static Field intOrString(const QString& name) { return make(name, Kind::IntOrStr); }
    static Field any(const QString& name) { return make(name, Kind::Any); }
    static Field choice(const QString& name, const QStringList& choices);
    static Field intChoice(const QString& name, const QList<int>& choices);
    static Field stringList(const QString& name) { return make(name, Kind::StrList); }
    static Field object(const QString& name, const QList<Field>& members);
    static Field objectList(const QString& name, const QList<Field>& members);

    Field req() const;
    Field null() const;
    Field def(const QJsonValue& v) const;
    Field range(qint64 lo, qint64 hi) const;
    Field length(int lo, int hi) const;

private:
    static Field make(const QString& name, Kind kind);
};
using Fields = QList<Field>;

class ParamSchema
{
public:
    // Checks `value` as an object with `fields`; `prefix` is the attribute path ("iscsi_portal_create").
    // Returns the object with defaults filled in for absent optional fields (when `fillDefaults`).
    static QJsonObject checkObject(const QJsonValue& value, const Fields& fields, const QString& prefix,
                                   ValidationErrors* errors, bool fillDefaults = true);
    // One value against one field (path = prefix.name).
    static void checkValue(const QJsonValue& value, const Field& field, const QString& path,
                           ValidationErrors* errors, QJsonValue* normalized, bool fillDefaults);
    // Positional-argument count check: more params than the method declares.
    static bool checkArgCount(const QJsonArray& params, int max, const QString& method,
                              ValidationErrors* errors);
    static bool isInt(const QJsonValue& v);
    static QString choiceText(const QStringList& quoted);
};

} // namespace mpio::lab
