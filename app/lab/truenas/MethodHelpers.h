#pragma once

#include "app/lab/truenas/MethodTable.h"
#include "app/lab/truenas/ParamSchema.h"
#include "app/lab/truenas/QueryFilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace mpio::lab::rpc {

// Small helpers shared by the method files (not a class: free functions over the method-call types).

inline QJsonArray rows(const QMap<int, QJsonObject>& m)
{
    QJsonArray a;
    for (const QJsonObject& o : m)
        a.append(o);
    return a;
}

inline RpcReply query(const QJsonArray& all, const QJsonArray& params)
{
    std::optional<RpcError> err;
    const QJsonValue v = QueryFilter::run(all, params, &err);
    return err ? RpcReply::fail(*err) : RpcReply::ok(v);
}

// CRUDService.get_instance on a missing id: InstanceNotFound, a ValidationError with errno ENOENT.
inline RpcError notFound(const QString& verbose, const QJsonValue& id)
{
    const QString idText = id.isString() ? id.toString() : QString::number(qint64(id.toDouble()));
    RpcError e = RpcError::validation(ValidationErrors{
        {QStringLiteral("None"), QStringLiteral("%1 %2 does not exist").arg(verbose, idText), 2}});
    return e;
}

// Requires params to have at most `max` entries; on failure sets *reply.
inline bool argCount(const QJsonArray& params, int max, const QString& method, RpcReply* reply)
{
    ValidationErrors errors;
    if (ParamSchema::checkArgCount(params, max, method, &errors))
        return true;
    *reply = RpcReply::fail(RpcError::validation(errors));
    return false;
}

// The integer id argument of update/delete: strict int (no "1").
inline bool intArg(const QJsonArray& params, int index, const QString& attr, int* out, RpcReply* reply)
{
    if (params.size() <= index) {
        *reply = RpcReply::fail(RpcError::validation(attr, QStringLiteral("Field required")));
        return false;
    }
    if (!ParamSchema::isInt(params.at(index))) {
        *reply =
            RpcReply::fail(RpcError::validation(attr, QStringLiteral("Input should be a valid integer")));
        return false;
    }
    *out = int(params.at(index).toDouble());
    return true;
}

// Checks params[index] against `fields` (missing object = {} unless required).
inline bool objectArg(const QJsonArray& params, int index, const Fields& fields, const QString& prefix,
                      bool required, bool fillDefaults, QJsonObject* out, RpcReply* reply)
{
    ValidationErrors errors;
    if (params.size() <= index) {
        if (required) {
            errors.append({prefix, QStringLiteral("Field required"), 22});
            *reply = RpcReply::fail(RpcError::validation(errors));
            return false;
        }
        *out = ParamSchema::checkObject(QJsonObject(), fields, prefix, &errors, fillDefaults);
    } else {
        *out = ParamSchema::checkObject(params.at(index), fields, prefix, &errors, fillDefaults);
    }
    if (!errors.isEmpty()) {
        *reply = RpcReply::fail(RpcError::validation(errors));
        return false;
    }
    return true;
}

inline bool boolArg(const QJsonArray& params, int index, const QString& attr, bool def, bool* out,
                    RpcReply* reply)
{
    if (params.size() <= index) {
        *out = def;
        return true;
    }
    if (!params.at(index).isBool()) {
        *reply =
            RpcReply::fail(RpcError::validation(attr, QStringLiteral("Input should be a valid boolean")));
        return false;
    }
    *out = params.at(index).toBool();
    return true;
}

// Overlays `partial` on `base` (update semantics: only the keys sent change).
inline QJsonObject merged(QJsonObject base, const QJsonObject& partial)
{
    for (auto it = partial.begin(); it != partial.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace mpio::lab::rpc
