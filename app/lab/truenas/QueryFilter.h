#pragma once

#include "app/lab/truenas/RpcError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace mpio::lab {

// The middleware's generic `*.query [filters, options]` (truenas-api.md §1.6): filters [field, op, value]
// with implicit AND, ["OR", [...]] groups, dotted keys and `*` for "any element"; options count, limit,
// offset, select, order_by, get, extra (method-specific, ignored here).
class QueryFilter
{
public:
    // Applies params [filters?, options?] to rows. Returns the result value, or an error (bad filter
    // syntax: -32602; `get` without a match: -32001 MatchNotFound()).
    static QJsonValue run(const QJsonArray& rows, const QJsonArray& params, std::optional<RpcError>* error);
    static bool matches(const QJsonObject& row, const QJsonArray& filters, QString* error);

private:
    static bool matchOne(const QJsonObject& row, const QJsonArray& filter, QString* error);
    static QJsonArray lookup(const QJsonValue& v, const QStringList& path);
};

} // namespace mpio::lab
