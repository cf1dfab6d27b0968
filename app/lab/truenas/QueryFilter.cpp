#include "app/lab/truenas/QueryFilter.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace mpio::lab {

namespace {

int compare(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    if (a.isString() && b.isString())
        return QString::compare(a.toString(), b.toString());
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    if (a.isNull() && !b.isNull())
        return -1;
    if (!a.isNull() && b.isNull())
        return 1;
    return a == b ? 0 : -2; // -2: not comparable
}

} // namespace

// Values at a dotted path; "*" expands every element of an array.
QJsonArray QueryFilter::lookup(const QJsonValue& v, const QStringList& path)
{
    if (path.isEmpty())
        return QJsonArray{v};
    const QString& head = path.first();
    const QStringList rest = path.mid(1);
    QJsonArray out;
    if (head == QLatin1String("*") && v.isArray()) {
        for (const QJsonValue& e : v.toArray())
            for (const QJsonValue& r : lookup(e, rest))
                out.append(r);
    } else if (v.isObject() && v.toObject().contains(head)) {
        out = lookup(v.toObject().value(head), rest);
    } else if (v.isArray()) {
        bool ok = false;
        const int idx = head.toInt(&ok);
        if (ok && idx >= 0 && idx < v.toArray().size())
            out = lookup(v.toArray().at(idx), rest);
    }
    return out;
}

bool QueryFilter::matchOne(const QJsonObject& row, const QJsonArray& f, QString* error)
{
    if (f.size() == 2 && f.at(0).toString() == QLatin1String("OR") && f.at(1).isArray()) {
        for (const QJsonValue& sub : f.at(1).toArray()) {
            if (!sub.isArray()) {
                *error = QStringLiteral("Invalid OR filter");
                return false;
            }
            const QJsonArray s = sub.toArray();
            // An OR branch is either one filter or a list of filters (AND).
            const bool isList = !s.isEmpty() && s.at(0).isArray();
            if (isList ? matches(row, s, error) : matchOne(row, s, error))
                return true;
        }
        return false;
    }
    if (f.size() != 3 || !f.at(0).isString() || !f.at(1).isString()) {
        *error = QStringLiteral("Invalid filter %1")
                     .arg(QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact)));
        return false;
    }
    QString op = f.at(1).toString();
    bool ci = false;
    if (op.startsWith(QLatin1Char('C'))) {
        ci = true;
        op = op.mid(1);
    }
    const QJsonValue want = f.at(2);
    const QJsonArray got = lookup(row, f.at(0).toString().split(QLatin1Char('.')));
    auto norm = [ci](const QJsonValue& v) {
        return ci && v.isString() ? QJsonValue(v.toString().toLower()) : v;
    };
    for (const QJsonValue& g0 : got) {
        const QJsonValue g = norm(g0);
        const QJsonValue w = norm(want);
        bool hit = false;
        if (op == QLatin1String("="))
            hit = g == w;
        else if (op == QLatin1String("!="))
            hit = g != w;
        else if (op == QLatin1String(">"))
            hit = compare(g, w) == 1;
        else if (op == QLatin1String(">="))
            hit = compare(g, w) == 1 || compare(g, w) == 0;
        else if (op == QLatin1String("<"))
            hit = compare(g, w) == -1;
        else if (op == QLatin1String("<="))
            hit = compare(g, w) == -1 || compare(g, w) == 0;
        else if (op == QLatin1String("~"))
            hit = g.isString() && QRegularExpression(w.toString()).match(g.toString()).hasMatch();
        else if (op == QLatin1String("in"))
            hit = w.isArray() && w.toArray().contains(g);
        else if (op == QLatin1String("nin"))
            hit = w.isArray() && !w.toArray().contains(g);
        else if (op == QLatin1String("rin"))
            hit = g.isArray() ? g.toArray().contains(w) : g.isString() && g.toString().contains(w.toString());
        else if (op == QLatin1String("rnin"))
            hit =
                g.isArray() ? !g.toArray().contains(w) : g.isString() && !g.toString().contains(w.toString());
        else if (op == QLatin1String("^"))
            hit = g.isString() && g.toString().startsWith(w.toString());
        else if (op == QLatin1String("!^"))
            hit = g.isString() && !g.toString().startsWith(w.toString());
        else if (op == QLatin1String("$"))
            hit = g.isString() && g.toString().endsWith(w.toString());
        else if (op == QLatin1String("!$"))
            hit = g.isString() && !g.toString().endsWith(w.toString());
        else {
            *error = QStringLiteral("Invalid operation: %1").arg(f.at(1).toString());
            return false;
        }
        if (hit)
            return true;
    }
    // A missing key compares like null for "=" null and "!=".
    if (got.isEmpty()) {
        if (op == QLatin1String("="))
            return want.isNull();
        if (op == QLatin1String("!="))
            return !want.isNull();
    }
    return false;
}

bool QueryFilter::matches(const QJsonObject& row, const QJsonArray& filters, QString* error)
{
    for (const QJsonValue& f : filters) {
        if (!f.isArray()) {
            *error = QStringLiteral("Filter must be a list");
            return false;
        }
        if (!matchOne(row, f.toArray(), error))
            return false;
    }
    return true;
}

QJsonValue QueryFilter::run(const QJsonArray& rows, const QJsonArray& params, std::optional<RpcError>* error)
{
    const QJsonValue fv = params.size() > 0 ? params.at(0) : QJsonValue(QJsonArray());
    const QJsonValue ov = params.size() > 1 ? params.at(1) : QJsonValue(QJsonObject());
    if (params.size() > 2) {
        *error = RpcError::validation(
            QStringLiteral("query"),
            QStringLiteral("Too many arguments (expected 2, found %1)").arg(params.size()));
        return {};
    }
    if (!fv.isArray()) {
        *error =
            RpcError::validation(QStringLiteral("filters"), QStringLiteral("Input should be a valid list"));
        return {};
    }
    if (!ov.isObject()) {
        *error = RpcError::validation(QStringLiteral("options"),
                                      QStringLiteral("Input should be a valid dictionary"));
        return {};
    }
    const QJsonObject opt = ov.toObject();
    static const QStringList known{
        QStringLiteral("relationships"), QStringLiteral("extend"), QStringLiteral("extend_context"),
        QStringLiteral("prefix"),        QStringLiteral("extra"),  QStringLiteral("order_by"),
        QStringLiteral("select"),        QStringLiteral("count"),  QStringLiteral("get"),
        QStringLiteral("offset"),        QStringLiteral("limit"),  QStringLiteral("force_sql_filters")};
    ValidationErrors verr;
    for (auto it = opt.begin(); it != opt.end(); ++it)
        if (!known.contains(it.key()))
            verr.append({QStringLiteral("options.") + it.key(),
                         QStringLiteral("Extra inputs are not permitted"), 22});
    if (!verr.isEmpty()) {
        *error = RpcError::validation(verr);
        return {};
    }
    QJsonArray out;
    QString ferr;
    for (const QJsonValue& r : rows) {
        if (matches(r.toObject(), fv.toArray(), &ferr))
            out.append(r);
        if (!ferr.isEmpty()) {
            *error = RpcError::validation(QStringLiteral("filters"), ferr);
            return {};
        }
    }
    const QJsonArray order = opt.value(QStringLiteral("order_by")).toArray();
    if (!order.isEmpty()) {
        QList<QJsonValue> list(out.begin(), out.end());
        std::stable_sort(list.begin(), list.end(), [&](const QJsonValue& a, const QJsonValue& b) {
            for (const QJsonValue& k : order) {
                QString key = k.toString();
                bool desc = key.startsWith(QLatin1Char('-'));
                if (desc)
                    key = key.mid(1);
                const QJsonArray va = lookup(a, key.split(QLatin1Char('.')));
                const QJsonArray vb = lookup(b, key.split(QLatin1Char('.')));
                const int c =
                    compare(va.isEmpty() ? QJsonValue() : va.at(0), vb.isEmpty() ? QJsonValue() : vb.at(0));
                if (c == -1 || c == 1)
                    return desc ? c == 1 : c == -1;
            }
            return false;
        });
        out = QJsonArray();
        for (const QJsonValue& v : list)
            out.append(v);
    }
    const int offset = opt.value(QStringLiteral("offset")).toInt();
    const int limit = opt.value(QStringLiteral("limit")).toInt();
    if (offset > 0 || limit > 0) {
        QJsonArray sliced;
        for (qsizetype i = offset; i < out.size() && (limit <= 0 || sliced.size() < limit); ++i)
            sliced.append(out.at(i));
        out = sliced;
    }
    const QJsonArray select = opt.value(QStringLiteral("select")).toArray();
    if (!select.isEmpty()) {
        QJsonArray selected;
        for (const QJsonValue& r : out) {
            QJsonObject o;
            for (const QJsonValue& s : select) {
                if (s.isArray()) { // rename pair [from, to]
                    const QJsonArray v = lookup(r, s.toArray().at(0).toString().split(QLatin1Char('.')));
                    o.insert(s.toArray().at(1).toString(), v.isEmpty() ? QJsonValue() : v.at(0));
                } else {
                    const QJsonArray v = lookup(r, s.toString().split(QLatin1Char('.')));
                    if (!v.isEmpty())
                        o.insert(s.toString(), v.at(0));
                }
            }
            selected.append(o);
        }
        out = selected;
    }
    if (opt.value(QStringLiteral("count")).toBool())
        return out.size();
    if (opt.value(QStringLiteral("get")).toBool()) {
        if (out.isEmpty()) {
            RpcError e;
            e.reason = QStringLiteral("MatchNotFound()");
            e.traceClass = QStringLiteral("MatchNotFound");
            *error = e;
            return {};
        }
        return out.at(0);
    }
    return out;
}

} // namespace mpio::lab
