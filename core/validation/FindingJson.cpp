#include "core/validation/FindingJson.h"

#include <QCoreApplication>

namespace mpio {

QJsonObject FindingJson::toJson(const Finding& f)
{
    return QJsonObject{
        {QStringLiteral("rule"), f.ruleId},     {QStringLiteral("severity"), toString(f.severity)},
        {QStringLiteral("message"), f.message}, {QStringLiteral("fix"), f.fix},
        {QStringLiteral("field"), f.field},     {QStringLiteral("source"), f.source}};
}

QJsonArray FindingJson::toJson(const Findings& findings)
{
    QJsonArray a;
    for (const auto& f : findings)
        a.append(toJson(f));
    return a;
}

QString FindingJson::toText(const Findings& findings)
{
    QStringList lines;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int n = countOf(findings, s);
        if (n == 0)
            continue;
        const QString heading = s == Severity::Error ? QCoreApplication::translate("mpio::Findings", "Errors")
                                : s == Severity::Warning
                                    ? QCoreApplication::translate("mpio::Findings", "Warnings")
                                    : QCoreApplication::translate("mpio::Findings", "Notes");
        lines << QStringLiteral("%1 (%2):").arg(heading).arg(n);
        for (const auto& f : findings) {
            if (f.severity != s)
                continue;
            lines << QStringLiteral("  [%1] %2%3")
                         .arg(f.ruleId, f.message,
                              f.field.isEmpty() ? QString() : QStringLiteral("  (at %1)").arg(f.field));
            if (!f.fix.isEmpty())
                lines << QStringLiteral("      %1 %2")
                             .arg(QCoreApplication::translate("mpio::Findings", "Fix:"), f.fix);
        }
        lines << QString();
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace mpio
