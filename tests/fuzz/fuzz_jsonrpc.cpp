// TrueNAS JSON-RPC message decoding (issue 9): whatever a middleware (or something pretending to be one)
// sends, the error mapping and the result parsers neither crash nor hang.
#include "core/truenas/TrueNasApiParser.h"
#include "core/truenas/TrueNasErrors.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using mpio::TrueNasApiParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mpio::fuzz::ensureApp();
    const QJsonDocument doc = QJsonDocument::fromJson(mpio::fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject message = doc.object();
    const QJsonValue error = message.value(QStringLiteral("error"));
    if (!error.isUndefined() && !error.isNull()) {
        const mpio::Error e = mpio::TrueNasErrors::fromRpcError(error, QStringLiteral("fuzz.method"));
        if (e.code.isEmpty() || e.message.isEmpty())
            __builtin_trap(); // every error is typed and says something
        // A -32602 with well-formed data.extra keeps its per-field list (the wizard points at the field).
        const QJsonArray extra = error.toObject()
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("extra"))
                                     .toArray();
        if (error.toObject().value(QStringLiteral("code")).toInt() == -32602 && !extra.isEmpty() &&
            extra.first().toArray().size() >= 2 && e.fields.isEmpty()) {
            std::fprintf(stderr, "fields lost: %s\n", qPrintable(e.toString()));
            __builtin_trap();
        }
        return 0;
    }
    const QJsonValue result = message.value(QStringLiteral("result"));
    const QJsonArray rows = result.toArray();
    (void)TrueNasApiParser::interfaces(rows, QStringLiteral("enp1s0"));
    (void)TrueNasApiParser::pools(rows);
    (void)TrueNasApiParser::zvols(rows);
    (void)TrueNasApiParser::diskChoices(result.toObject());
    (void)TrueNasApiParser::portals(rows);
    (void)TrueNasApiParser::initiatorGroups(rows);
    (void)TrueNasApiParser::authEntries(rows);
    (void)TrueNasApiParser::targets(rows, QStringLiteral("iqn.2005-10.org.freenas.ctl"));
    (void)TrueNasApiParser::extents(rows);
    (void)TrueNasApiParser::targetExtents(rows);
    (void)TrueNasApiParser::sessions(rows);
    bool enabled = false;
    QString state;
    TrueNasApiParser::service(rows, &enabled, &state);
    (void)TrueNasApiParser::interfaceName(result);
    return 0;
}
