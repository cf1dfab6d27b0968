#include "app/cli/commands/ValidateCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "core/model/SiteJson.h"
#include "core/validation/FindingJson.h"
#include "core/validation/SiteValidator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mpio::cli {

QString ValidateCommand::examples() const
{
    return QStringLiteral("  mpioctl validate site.json\n"
                          "  mpioctl validate --json site.json | jq '.findings[] | select(.severity==\"error\")'\n");
}

void ValidateCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("profile"), QStringLiteral("The site profile (JSON)."),
                                 QStringLiteral("PROFILE.json"));
}

int ValidateCommand::run(QCommandLineParser& parser, Console& console)
{
    if (parser.positionalArguments().size() != 1) {
        console.error(QStringLiteral("validate needs exactly one profile file: mpioctl validate PROFILE.json"));
        return BadUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    const auto site = SiteJson::loadFile(path);
    if (!site) {
        if (console.json()) {
            QJsonArray fields;
            for (const auto& f : site.error().fields)
                fields.append(QJsonObject{{QStringLiteral("location"), f.field}, {QStringLiteral("message"), f.message}});
            console.outJson(QJsonObject{{QStringLiteral("profile"), path},
                                        {QStringLiteral("error"), site.error().message},
                                        {QStringLiteral("problems"), fields}});
        } else {
            console.error(site.error().message);
            if (!site.error().detail.isEmpty())
                console.progress(site.error().detail);
        }
        return BadUsage;
    }
    const mpio::Findings findings = SiteValidator::validate(*site);
    const int errors = countOf(findings, Severity::Error);
    const int warnings = countOf(findings, Severity::Warning);
    const int infos = countOf(findings, Severity::Info);
    if (console.json()) {
        console.outJson(QJsonObject{{QStringLiteral("profile"), path},
                                    {QStringLiteral("site"), site->name},
                                    {QStringLiteral("errors"), errors},
                                    {QStringLiteral("warnings"), warnings},
                                    {QStringLiteral("infos"), infos},
                                    {QStringLiteral("findings"), FindingJson::toJson(findings)}});
    } else {
        console.out(QStringLiteral("%1: %2 error(s), %3 warning(s), %4 note(s)")
                        .arg(site->name.isEmpty() ? path : site->name)
                        .arg(errors)
                        .arg(warnings)
                        .arg(infos));
        if (!findings.isEmpty())
            console.out(QLatin1Char('\n') + FindingJson::toText(findings));
    }
    return errors > 0 ? FindingsFound : Success;
}

} // namespace mpio::cli
