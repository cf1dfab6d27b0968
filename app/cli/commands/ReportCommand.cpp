#include "app/cli/commands/ReportCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "core/common/Translations.h"
#include "core/model/SiteJson.h"
#include "core/plan/JournalReader.h"
#include "core/report/AsBuiltJournal.h"
#include "core/report/AsBuiltJson.h"
#include "core/report/HtmlReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace mpio::cli {

namespace {
const QString kJournal = QStringLiteral("journal");
const QString kProfile = QStringLiteral("profile");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kLang = QStringLiteral("lang");
} // namespace

QString ReportCommand::examples() const
{
    return QStringLiteral(
        "  mpioctl report --journal ~/.local/share/mpio-wizard/journals/seed-20261124T201500Z.jsonl \\\n"
        "                 --profile site.json -o as-built.html\n"
        "  mpioctl report --journal J.jsonl --format json -o as-built.json\n"
        "  mpioctl report --journal J.jsonl --profile site.json --lang de -o bericht.html\n"
        "  (PDF: open the journal in mpio-wizard and use Export report.)\n");
}

void ReportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({kJournal, QStringLiteral("The apply journal (.jsonl) the report is about."),
                      QStringLiteral("FILE")});
    parser.addOption({kProfile, QStringLiteral("The site profile, for paths, addresses and the topology."),
                      QStringLiteral("FILE")});
    parser.addOption({kFormat, QStringLiteral("html (default) or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("html")});
    parser.addOption({kLang,
                      QStringLiteral("The report's language: en, de, or system (default: German when the "
                                     "locale is German, else English)."),
                      QStringLiteral("LANG"), QStringLiteral("system")});
    parser.addOption({{QStringLiteral("o"), kOutput},
                      QStringLiteral("Where to write the report."),
                      QStringLiteral("FILE")});
}

int ReportCommand::run(QCommandLineParser& parser, Console& console)
{
    const QString format = parser.value(kFormat).toLower();
    if (format == QLatin1String("pdf")) {
        console.error(QStringLiteral("mpioctl writes html or json; for a PDF open the journal in mpio-wizard "
                                     "(Export report) or print the HTML report from a browser"));
        return BadUsage;
    }
    if (format != QLatin1String("html") && format != QLatin1String("json")) {
        console.error(QStringLiteral("unknown --format '%1': use html or json").arg(format));
        return BadUsage;
    }
    const QString lang = parser.value(kLang).toLower();
    if (lang != QLatin1String("en") && lang != QLatin1String("de") && lang != QLatin1String("system")) {
        console.error(QStringLiteral("unknown --lang '%1': use en, de or system").arg(parser.value(kLang)));
        return BadUsage;
    }
    if (!parser.isSet(kJournal) || !parser.isSet(kOutput)) {
        console.error(
            QStringLiteral("report needs --journal FILE and -o FILE. Run `mpioctl report --help`."));
        return BadUsage;
    }
    const auto journal = JournalReader::load(parser.value(kJournal));
    if (!journal) {
        console.error(journal.error().toString());
        return BadUsage;
    }
    // The report is a document for the customer's file: it follows the chosen language (issue 8); the rest of
    // mpioctl's output stays English.
    const QString code = lang == QLatin1String("system") ? Translations::systemLanguage() : lang;
    if (code == QLatin1String("de") && !Translations::install(QCoreApplication::instance(), code)) {
        console.error(QStringLiteral("the German catalogue is missing from this build of mpioctl"));
        return BadUsage;
    }
    AsBuiltData data;
    data.productVersion = QStringLiteral(MPIO_VERSION);
    data.generatedAt = QDateTime::currentDateTimeUtc();
    if (parser.isSet(kProfile)) {
        const auto site = SiteJson::loadFile(parser.value(kProfile));
        if (!site) {
            console.error(site.error().toString());
            return BadUsage;
        }
        data.site = *site;
    } else {
        data.site.name = journal->plan.siteName;
    }
    AsBuiltJournal::addTo(data, *journal);

    const QByteArray bytes = format == QLatin1String("json")
                                 ? QJsonDocument(AsBuiltJson::toJson(data)).toJson()
                                 : HtmlReport::render(data).toUtf8();
    QSaveFile out(parser.value(kOutput));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        console.error(QStringLiteral("cannot write %1: %2").arg(parser.value(kOutput), out.errorString()));
        return BadUsage;
    }
    console.progress(QStringLiteral("report written: %1 (%2 changes, %3 findings)")
                         .arg(parser.value(kOutput))
                         .arg(data.changes.size())
                         .arg(data.findings.size()));
    if (console.json())
        console.outJson(QJsonObject{{QStringLiteral("report"), parser.value(kOutput)},
                                    {QStringLiteral("format"), format},
                                    {QStringLiteral("language"), code},
                                    {QStringLiteral("changes"), int(data.changes.size())},
                                    {QStringLiteral("findings"), int(data.findings.size())}});
    return Success;
}

} // namespace mpio::cli
