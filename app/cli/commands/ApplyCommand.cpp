#include "app/cli/commands/ApplyCommand.h"

#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/WaitFor.h"
#include "app/cli/commands/SiteCli.h"
#include "core/checks/JumboGateExecutor.h"
#include "core/plan/JournalReader.h"
#include "core/plan/PlanRenderer.h"
#include "core/plan/PlanRunner.h"
#include "core/truenas/TrueNasOperationRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace mpio::cli {

namespace {

// Runs a runner already started (start/resume/rollback), printing each step; returns the ExitCode.
int follow(PlanRunner& runner, Console& console, const QString& what, QElapsedTimer& timer,
           SiteConnection& site)
{
    QElapsedTimer runTimer; // the runner alone, without connecting and discovering (the benchmark's figure)
    runTimer.start();
    QObject::connect(&runner, &PlanRunner::operationSucceeded,
                     [&](const QString& id, StepPhase phase, const QString&) {
                         console.progress(QStringLiteral("  ✓ %1%2")
                                              .arg(id, phase == StepPhase::Undo ? QStringLiteral(" (undone)")
                                                                                : QString()));
                     });
    QObject::connect(&runner, &PlanRunner::operationFailed,
                     [&](const QString& id, StepPhase, const QString& message) {
                         console.progress(QStringLiteral("  ✗ %1: %2").arg(id, message));
                     });
    // A failure asks for a decision; a script cannot answer, so mpioctl stops and keeps what is done — the
    // journal says exactly what, and `rollback`/`resume` continue from it.
    QObject::connect(&runner, &PlanRunner::decisionNeeded,
                     [&](const QString&, const QString&) { runner.stop(); });
    std::optional<PlanRunner::Outcome> outcome;
    QObject::connect(&runner, &PlanRunner::finished, [&](PlanRunner::Outcome o) { outcome = o; });
    if (!waitFor(outcome, 3600000)) {
        runner.cancel();
        waitFor(outcome, 60000);
    }
    const QString text = PlanRunner::outcomeText(runner.outcome());
    console.progress(QStringLiteral("%1 %2 in %3 s (%4 esxcli calls); journal: %5")
                         .arg(what, text)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                         .arg(site.esxcliCalls())
                         .arg(runner.journalPath()));
    if (console.json())
        console.outJson(QJsonObject{{QStringLiteral("outcome"), text},
                                    {QStringLiteral("journal"), runner.journalPath()},
                                    {QStringLiteral("applied"), QJsonArray::fromStringList(runner.applied())},
                                    {QStringLiteral("failed"), QJsonArray::fromStringList(runner.failed())},
                                    {QStringLiteral("error"), runner.lastError()},
                                    {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
                                    {QStringLiteral("runSeconds"), double(runTimer.elapsed()) / 1000.0},
                                    {QStringLiteral("esxcliCalls"), site.esxcliCalls()}});
    else
        console.out(QStringLiteral("%1: %2\njournal: %3").arg(what, text, runner.journalPath()));
    const auto o = runner.outcome();
    return o == PlanRunner::Outcome::Completed || o == PlanRunner::Outcome::RolledBack ? Success
                                                                                       : ApplyFailed;
}

bool confirm(const QString& question)
{
    std::fprintf(stderr, "%s [y/N] ", question.toUtf8().constData());
    std::fflush(stderr);
    QTextStream in(stdin);
    const QString a = in.readLine().trimmed().toLower();
    return a == QLatin1String("y") || a == QLatin1String("yes");
}

} // namespace

QString ApplyCommand::examples() const
{
    return QStringLiteral(
        "  mpioctl apply --profile site.json --lab /tmp/lab          # shows the plan, asks\n"
        "  mpioctl apply --profile site.json --lab /tmp/lab --yes --json\n");
}

void ApplyCommand::addOptions(QCommandLineParser& parser)
{
    addSiteOptions(parser);
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Apply without asking (scripts).")});
    parser.addOption(
        {QStringLiteral("override-jumbo-gate"),
         QStringLiteral("Go on when the jumbo gate fails (MTU-JUMBO-CHECK); the journal and the report "
                        "record the override.")});
    parser.addOption({QStringLiteral("journal-dir"),
                      QStringLiteral("Where the journal goes (default: app data)."), QStringLiteral("DIR")});
}

int ApplyCommand::run(QCommandLineParser& parser, Console& console)
{
    QElapsedTimer timer;
    timer.start();
    int rc = Success;
    auto site = openSite(parser, console, &rc);
    if (!site)
        return rc;
    const Plan plan = Planner::make(site->connection->input());
    if (plan.hasBlockingFindings()) {
        console.out(PlanRenderer::toText(plan).trimmed());
        console.error(QStringLiteral("the plan has blocking findings; nothing was changed"));
        return FindingsFound;
    }
    if (plan.isEmpty()) {
        console.progress(QStringLiteral("nothing to do: both sides already match the profile"));
        if (console.json())
            console.outJson(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("nothing-to-do")}});
        else
            console.out(QStringLiteral("nothing to do"));
        return Success;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        console.out(PlanRenderer::toText(plan).trimmed());
        if (!isatty(STDIN_FILENO) ||
            !confirm(QStringLiteral("Apply these %1 step(s)?").arg(plan.operations.size()))) {
            console.error(QStringLiteral("not applied (use --yes in scripts)"));
            return BadUsage;
        }
    }
    PlanRunner::Options options;
    options.journalDir = parser.value(QStringLiteral("journal-dir"));
    options.maxPerHost = 2; // the hosts' esxcli concurrency (the lab's default model)
    options.maxParallel = 64;
    if (parser.isSet(QStringLiteral("override-jumbo-gate"))) {
        site->connection->jumboGate()->setOverride(true);
        console.progress(
            QStringLiteral("warning: the jumbo gate is overridden: a path that drops large frames "
                           "will not stop this apply (MTU-JUMBO-CHECK)"));
    }
    PlanRunner runner(site->connection->executor(), options);
    const Status started = runner.start(plan);
    if (!started.ok()) {
        console.error(started.error().toString());
        return BadUsage;
    }
    console.progress(QStringLiteral("applying %1 step(s); journal: %2")
                         .arg(plan.operations.size())
                         .arg(runner.journalPath()));
    return follow(runner, console, QStringLiteral("apply"), timer, *site->connection);
}

QString JournalCommand::examples() const
{
    return m_resume ? QStringLiteral("  mpioctl resume ~/.local/share/mpio-wizard/journals/SITE-TIME.jsonl "
                                     "--profile site.json --lab /tmp/lab\n")
                    : QStringLiteral("  mpioctl rollback ~/.local/share/mpio-wizard/journals/SITE-TIME.jsonl "
                                     "--profile site.json --lab /tmp/lab\n");
}

void JournalCommand::addOptions(QCommandLineParser& parser)
{
    addSiteOptions(parser);
    parser.addPositionalArgument(QStringLiteral("journal"), QStringLiteral("The apply journal (.jsonl)."));
    if (m_resume)
        parser.addOption({QStringLiteral("override-jumbo-gate"),
                          QStringLiteral("Go on when the jumbo gate fails again (MTU-JUMBO-CHECK).")});
}

int JournalCommand::run(QCommandLineParser& parser, Console& console)
{
    QElapsedTimer timer;
    timer.start();
    if (parser.positionalArguments().size() != 1) {
        console.error(QStringLiteral("%1 needs exactly one JOURNAL").arg(name()));
        return BadUsage;
    }
    const QString path = parser.positionalArguments().first();
    const auto journal = JournalReader::load(path);
    if (!journal) { // damaged: refused before anything connects, nothing touched
        console.error(journal.error().message);
        return BadUsage;
    }
    int rc = Success;
    auto site = openSite(parser, console, &rc, false);
    if (!site)
        return rc;
    std::optional<Status> connected;
    // Connect (discovery also checks that every host answers) before touching anything.
    site->connection->connectAndDiscover([&](Status s) { connected = std::move(s); });
    if (!waitFor(connected, 300000) || !connected->ok()) {
        console.error(connected ? connected->error().message : QStringLiteral("connecting did not finish"));
        return Connection;
    }
    // TrueNAS steps refer to objects earlier steps created ({"$step": …}): give the runner those facts.
    QHash<QString, QJsonObject> facts;
    for (auto it = journal->steps.constBegin(); it != journal->steps.constEnd(); ++it)
        if (!it.value().facts.isEmpty())
            facts.insert(it.key(), it.value().facts);
    site->connection->truenasRunner()->setFacts(facts);

    PlanRunner::Options options;
    options.maxPerHost = 2;
    options.maxParallel = 64;
    if (m_resume && parser.isSet(QStringLiteral("override-jumbo-gate")))
        site->connection->jumboGate()->setOverride(true);
    PlanRunner runner(site->connection->executor(), options);
    const Status started = m_resume ? runner.resume(path) : runner.rollback(path);
    if (!started.ok()) {
        console.error(started.error().toString());
        return BadUsage;
    }
    return follow(runner, console, name(), timer, *site->connection);
}

} // namespace mpio::cli
