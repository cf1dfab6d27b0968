#include "app/cli/commands/PlanShowCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/commands/SiteCli.h"
#include "core/plan/JournalReader.h"
#include "core/plan/PlanJson.h"
#include "core/plan/PlanRenderer.h"
#include "core/plan/Planner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace mpio::cli {

namespace {

const QString kShow = QStringLiteral("show");

QJsonObject estimateJson(const Plan& plan)
{
    const auto e = plan.estimate(PlanCost{});
    if (!e)
        return {};
    return QJsonObject{{QStringLiteral("criticalPathMs"), e->criticalPathMs},
                       {QStringLiteral("criticalPath"), QJsonArray::fromStringList(e->criticalPath)},
                       {QStringLiteral("totalWorkMs"), e->totalWorkMs},
                       {QStringLiteral("lowerBoundMs"), e->lowerBoundMs}};
}

QString estimateLine(const Plan& plan)
{
    const auto e = plan.estimate(PlanCost{});
    if (!e || plan.isEmpty())
        return {};
    const PlanCost cost;
    return QStringLiteral(
               "Estimated time: at least %1 s (critical path of %2 step(s); %3 ms per esxcli call, "
               "%4 ms per API call, one call at a time per host).")
        .arg(double(e->lowerBoundMs) / 1000.0, 0, 'f', 1)
        .arg(e->criticalPath.size())
        .arg(cost.esxcliMs)
        .arg(cost.apiMs);
}

} // namespace

QString PlanShowCommand::examples() const
{
    return QStringLiteral(
        "  mpioctl plan --show plan.json\n"
        "  mpioctl plan --show ~/.local/share/mpio-wizard/journals/seed-two-paths-20261124T153745Z.jsonl\n"
        "  mpioctl plan --show plan.json --json | jq '.operations[].id'\n"
        "  mpioctl plan --profile site.json --lab /tmp/lab          # what apply would do now\n");
}

void PlanShowCommand::addOptions(QCommandLineParser& parser)
{
    addSiteOptions(parser);
    parser.addOption(
        QCommandLineOption(kShow, QStringLiteral("Show a saved plan (JSON) or an apply journal (.jsonl)."),
                           QStringLiteral("FILE")));
}

int PlanShowCommand::run(QCommandLineParser& parser, Console& console)
{
    if (parser.isSet(QStringLiteral("profile")) && !parser.isSet(kShow)) {
        // Plan from the profile and what discovery sees now; read-only.
        int rc = Success;
        auto site = openSite(parser, console, &rc);
        if (!site)
            return rc;
        const Plan plan = Planner::make(site->connection->input());
        if (console.json()) {
            QJsonObject o = PlanRenderer::toJson(plan);
            o.insert(QStringLiteral("estimate"), estimateJson(plan));
            console.outJson(o);
        } else if (plan.isEmpty() && plan.findings.isEmpty()) {
            console.out(QStringLiteral("Nothing to do: both sides already match the profile."));
        } else {
            console.out(PlanRenderer::toText(plan).trimmed());
            if (const QString line = estimateLine(plan); !line.isEmpty())
                console.out(QLatin1Char('\n') + line);
        }
        return plan.hasBlockingFindings() ? FindingsFound : Success;
    }
    if (!parser.isSet(kShow) || !parser.positionalArguments().isEmpty()) {
        console.error(
            QStringLiteral("plan needs --show FILE (a saved plan or a journal); making a plan from a "
                           "profile and the discovered systems is not available yet"));
        return BadUsage;
    }
    const QString path = parser.value(kShow);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        console.error(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        return BadUsage;
    }
    const QByteArray head = f.read(64 * 1024);
    f.close();

    if (JournalReader::looksLikeJournal(head)) {
        const auto journal = JournalReader::load(path);
        if (!journal) {
            console.error(journal.error().message);
            return BadUsage;
        }
        const QHash<QString, QString> status = journal->statusText();
        const QJsonObject last = journal->events.constLast();
        const QString outcome = journal->lastEvent == QLatin1String("finished")
                                    ? last.value(QStringLiteral("outcome")).toString()
                                    : QStringLiteral("unfinished");
        if (console.json()) {
            QJsonObject o{
                {QStringLiteral("journal"), path},
                {QStringLiteral("toolVersion"), journal->header.value(QStringLiteral("toolVersion"))},
                {QStringLiteral("outcome"), outcome},
                {QStringLiteral("truncatedTail"), journal->truncatedTail},
                {QStringLiteral("applied"), QJsonArray::fromStringList(journal->appliedOrder)},
                {QStringLiteral("plan"), PlanRenderer::toJson(journal->plan, status)},
                {QStringLiteral("estimate"), estimateJson(journal->plan)}};
            if (journal->truncatedTail)
                o.insert(QStringLiteral("truncationNote"), journal->truncationNote);
            console.outJson(o);
        } else {
            console.out(QStringLiteral("Journal %1 (mpio-wizard %2, started %3): %4; %5 step(s) applied.")
                            .arg(path, journal->header.value(QStringLiteral("toolVersion")).toString(),
                                 journal->header.value(QStringLiteral("time")).toString(), outcome)
                            .arg(journal->appliedOrder.size()));
            if (journal->truncatedTail)
                console.out(journal->truncationNote);
            console.out(QString());
            console.out(PlanRenderer::toText(journal->plan, status).trimmed());
        }
        return Success;
    }

    const auto plan = PlanJson::loadFile(path);
    if (!plan) {
        if (console.json()) {
            QJsonArray problems;
            for (const auto& e : plan.error().fields)
                problems.append(QJsonObject{{QStringLiteral("location"), e.field},
                                            {QStringLiteral("message"), e.message}});
            console.outJson(QJsonObject{{QStringLiteral("file"), path},
                                        {QStringLiteral("error"), plan.error().message},
                                        {QStringLiteral("problems"), problems}});
        } else {
            console.error(plan.error().message);
            if (!plan.error().detail.isEmpty())
                console.progress(plan.error().detail);
        }
        return BadUsage;
    }
    if (console.json()) {
        QJsonObject o = PlanRenderer::toJson(*plan);
        o.insert(QStringLiteral("estimate"), estimateJson(*plan));
        console.outJson(o);
    } else {
        console.out(PlanRenderer::toText(*plan).trimmed());
        if (const QString line = estimateLine(*plan); !line.isEmpty())
            console.out(QLatin1Char('\n') + line);
    }
    return plan->hasBlockingFindings() ? FindingsFound : Success;
}

} // namespace mpio::cli
