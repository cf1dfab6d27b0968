#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace mpio {

// Params of the middleware's `*.query` methods (truenas-api.md §1.6): [[filter, …], options].
// Built with append() on purpose: the assignment `params = {filters}` COPIES `filters` instead of nesting it
// (operator=(const QJsonArray&) wins over the initializer list), which silently turns [[["id","=",x]]] into
// [["id","=",x]] — a filter list the server rejects.
class TrueNasQuery
{
public:
    static QJsonArray filter(const QString& field, const QString& op, const QJsonValue& value)
    {
        QJsonArray f;
        f.append(field);
        f.append(op);
        f.append(value);
        return f;
    }
    static QJsonArray params(const QList<QJsonArray>& filters, const QJsonObject& options = {})
    {
        QJsonArray list;
        for (const auto& f : filters)
            list.append(f);
        QJsonArray out;
        out.append(list);
        if (!options.isEmpty())
            out.append(options);
        return out;
    }
    // The common case: one equality filter.
    static QJsonArray where(const QString& field, const QJsonValue& value, const QJsonObject& options = {})
    {
        return params({filter(field, QStringLiteral("="), value)}, options);
    }
};

} // namespace mpio
