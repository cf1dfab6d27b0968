#include "core/plan/JournalReader.h"

#include "core/plan/Journal.h"
#include "core/plan/PlanJson.h"
#include "core/plan/StepPhase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace mpio {

namespace {

const QSet<QString>& markerEvents()
{
    static const QSet<QString> markers{
        QStringLiteral("retry"),        QStringLiteral("decision-needed"),  QStringLiteral("rollback-begin"),
        QStringLiteral("rollback-end"), QStringLiteral("cancel-requested"), QStringLiteral("cancelled"),
        QStringLiteral("stopped"),      QStringLiteral("finished")};
    return markers;
}

} // namespace

QString toString(JournalStepState state)
{
    switch (state) {
    case JournalStepState::Pending:
        return QStringLiteral("not run");
    case JournalStepState::Running:
        return QStringLiteral("running");
    case JournalStepState::Interrupted:
        return QStringLiteral("interrupted");
    case JournalStepState::Succeeded:
        return QStringLiteral("succeeded");
    case JournalStepState::Failed:
        return QStringLiteral("failed");
    case JournalStepState::Undone:
        return QStringLiteral("undone");
    }
    return {};
}

QHash<QString, QString> JournalContents::statusText() const
{
    QHash<QString, QString> out;
    for (auto it = steps.constBegin(); it != steps.constEnd(); ++it) {
        QString text = toString(it.value().state);
        if (it.value().undoFailed)
            text += QStringLiteral(", undo failed");
        if (it.value().undoInterrupted)
            text += QStringLiteral(", undo interrupted");
        out.insert(it.key(), text);
    }
    return out;
}

QStringList JournalContents::idsIn(JournalStepState state) const
{
    QStringList ids;
    for (const Operation& op : plan.operations)
        if (steps.value(op.id).state == state)
            ids << op.id;
    return ids;
}

bool JournalReader::looksLikeJournal(const QByteArray& firstBytes)
{
    const int end = firstBytes.indexOf('\n');
    const QJsonObject o = QJsonDocument::fromJson(end < 0 ? firstBytes : firstBytes.left(end)).object();
    return o.value(QStringLiteral("event")).toString() == QLatin1String("header") &&
           o.value(QStringLiteral("schema")).toString() == QLatin1String(Journal::kSchema);
}

Result<JournalContents> JournalReader::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("journal.io"), tr("Cannot read the journal %1.").arg(path),
                           f.errorString());
    return parse(f.readAll(), path);
}

Result<JournalContents> JournalReader::parse(const QByteArray& bytes, const QString& path)
{
    JournalContents c;
    c.path = path;
    const auto refuse = [&](int line, const QString& why) -> Error {
        return Error::make(
            QStringLiteral("journal.corrupt"),
            tr("The journal %1 is damaged at line %2 and was not used: %3. Nothing was changed.")
                .arg(path.isEmpty() ? tr("(memory)") : path)
                .arg(line)
                .arg(why));
    };

    // Split into lines; the part after the last newline is a line only if non-empty (a torn write or a
    // complete line whose newline did not make it).
    QList<QByteArray> lines;
    QList<qint64> ends; // byte offset after each line including its newline
    qint64 pos = 0;
    while (pos < bytes.size()) {
        const qint64 nl = bytes.indexOf('\n', pos);
        if (nl < 0) {
            lines << bytes.mid(pos);
            ends << bytes.size();
            break;
        }
        lines << bytes.mid(pos, nl - pos);
        ends << nl + 1;
        pos = nl + 1;
    }
    const bool lastHasNewline = bytes.endsWith('\n');
    if (lines.isEmpty())
        return refuse(1, tr("the file is empty"));

    QHash<QString, StepPhase> open;
    QSet<QString> planned;
    QHash<QString, QStringList> dependents;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            if (i == lines.size() - 1 && !lastHasNewline && i > 0) {
                c.truncatedTail = true;
                c.truncationNote =
                    tr("The last line (%1 bytes) was torn by an interrupted write and is ignored.")
                        .arg(lines.at(i).size());
                break;
            }
            return refuse(lineNo, tr("not a JSON object (%1)").arg(pe.errorString()));
        }
        const QJsonObject e = doc.object();
        const QString event = e.value(QStringLiteral("event")).toString();
        const QString op = e.value(QStringLiteral("op")).toString();
        if (e.value(QStringLiteral("seq")).toInt(-1) != c.lastSeq + 1)
            return refuse(lineNo, tr("sequence number %1 where %2 was expected")
                                      .arg(e.value(QStringLiteral("seq")).toInt(-1))
                                      .arg(c.lastSeq + 1));
        if ((i == 0) != (event == QLatin1String("header")))
            return refuse(lineNo, i == 0 ? tr("the first line is not the header") : tr("a second header"));

        if (event == QLatin1String("header")) {
            if (e.value(QStringLiteral("schema")).toString() != QLatin1String(Journal::kSchema))
                return refuse(
                    lineNo, tr("unsupported schema “%1”").arg(e.value(QStringLiteral("schema")).toString()));
            auto plan = PlanJson::fromJson(e.value(QStringLiteral("plan")).toObject());
            if (!plan)
                return refuse(lineNo, tr("the embedded plan is invalid: %1").arg(plan.error().toString()));
            if (PlanJson::hash(*plan) != e.value(QStringLiteral("planHash")).toString())
                return refuse(lineNo,
                              tr("the embedded plan does not match the header's plan hash (edited?)"));
            c.plan = *plan;
            c.header = e;
            for (const Operation& o : c.plan.operations) {
                c.steps.insert(o.id, JournalStep{});
                for (const QString& dep : o.dependsOn)
                    dependents[dep] << o.id;
            }
        } else if (event == QLatin1String("planned")) {
            if (!c.steps.contains(op))
                return refuse(lineNo, tr("unknown operation “%1”").arg(op));
            if (planned.contains(op))
                return refuse(lineNo, tr("operation “%1” planned twice").arg(op));
            if (c.lastEvent != QLatin1String("header") && c.lastEvent != QLatin1String("planned"))
                return refuse(lineNo, tr("a planned line after the run began"));
            planned.insert(op);
        } else if (event == QLatin1String("started") || event == QLatin1String("succeeded") ||
                   event == QLatin1String("failed") || event == QLatin1String("adopted") ||
                   event == QLatin1String("skipped")) {
            if (!c.steps.contains(op))
                return refuse(lineNo, tr("unknown operation “%1”").arg(op));
            if (planned.size() != c.plan.operations.size())
                return refuse(lineNo, tr("steps before every operation was planned"));
            JournalStep& step = c.steps[op];
            StepPhase phase = StepPhase::Apply;
            if (event != QLatin1String("adopted") &&
                !stepPhaseFromString(e.value(QStringLiteral("phase")).toString(), &phase))
                return refuse(lineNo,
                              tr("unknown phase “%1”").arg(e.value(QStringLiteral("phase")).toString()));
            if (event == QLatin1String("started")) {
                if (open.contains(op))
                    return refuse(lineNo, tr("“%1” started twice without an outcome").arg(op));
                if (phase == StepPhase::Apply) {
                    if (step.state == JournalStepState::Succeeded)
                        return refuse(lineNo, tr("“%1” started again after it succeeded").arg(op));
                    for (const QString& dep : c.plan.find(op)->dependsOn)
                        if (c.steps.value(dep).state != JournalStepState::Succeeded)
                            return refuse(
                                lineNo, tr("“%1” started before its dependency “%2” succeeded").arg(op, dep));
                    step.state = JournalStepState::Running;
                    ++step.attempts;
                } else if (phase == StepPhase::Undo) {
                    if (step.state != JournalStepState::Succeeded)
                        return refuse(lineNo, tr("undo of “%1”, which is not applied").arg(op));
                    for (const QString& d : dependents.value(op))
                        if (c.steps.value(d).state == JournalStepState::Succeeded)
                            return refuse(lineNo,
                                          tr("undo of “%1” while “%2”, which depends on it, is still applied")
                                              .arg(op, d));
                } else if (step.state != JournalStepState::Interrupted && !step.undoInterrupted) {
                    return refuse(lineNo, tr("verify of “%1”, which was not interrupted").arg(op));
                }
                open.insert(op, phase);
            } else if (event == QLatin1String("succeeded") || event == QLatin1String("failed")) {
                if (!open.contains(op) || open.value(op) != phase)
                    return refuse(lineNo,
                                  tr("an outcome for “%1” (%2) that never started").arg(op, toString(phase)));
                open.remove(op);
                const bool ok = event == QLatin1String("succeeded");
                if (!ok)
                    step.error = e.value(QStringLiteral("error"))
                                     .toObject()
                                     .value(QStringLiteral("message"))
                                     .toString();
                if (phase == StepPhase::Apply) {
                    step.state = ok ? JournalStepState::Succeeded : JournalStepState::Failed;
                    // The connection went with the answer: rollback and resume verify it first.
                    if (!ok && e.value(QStringLiteral("outcomeUnknown")).toBool())
                        step.state = JournalStepState::Interrupted;
                    if (ok) {
                        step.facts = e.value(QStringLiteral("facts")).toObject();
                        c.appliedOrder << op;
                    }
                } else if (phase == StepPhase::Undo) {
                    step.undoFailed = !ok;
                    step.undoInterrupted = false;
                    if (ok) {
                        step.state = JournalStepState::Undone;
                        c.appliedOrder.removeAll(op);
                    }
                }
            } else if (event == QLatin1String("adopted")) {
                if (step.state != JournalStepState::Interrupted || open.contains(op))
                    return refuse(lineNo, tr("“%1” adopted, but it was not interrupted").arg(op));
                step.state = JournalStepState::Succeeded;
                step.facts = e.value(QStringLiteral("facts")).toObject();
                c.appliedOrder << op;
            } else { // skipped (rollback of a step with nothing to undo, or of unknown effect)
                if (open.contains(op) || (step.state != JournalStepState::Succeeded &&
                                          step.state != JournalStepState::Interrupted))
                    return refuse(lineNo, tr("“%1” skipped, but it is not applied").arg(op));
                // "unknown": an interrupted step nobody could check stays interrupted (a person must look).
                if (!e.value(QStringLiteral("unknown")).toBool() ||
                    step.state != JournalStepState::Interrupted)
                    step.state = JournalStepState::Undone;
                step.undoInterrupted = false;
                c.appliedOrder.removeAll(op);
            }
        } else if (event == QLatin1String("resume")) {
            for (auto it = open.constBegin(); it != open.constEnd(); ++it) {
                if (it.value() == StepPhase::Apply)
                    c.steps[it.key()].state = JournalStepState::Interrupted;
                else if (it.value() == StepPhase::Undo)
                    c.steps[it.key()].undoInterrupted = true;
            }
            open.clear();
        } else if (!markerEvents().contains(event)) {
            return refuse(lineNo, tr("unknown event “%1”").arg(event));
        }
        c.events << e;
        c.lastEvent = event;
        c.lastSeq = e.value(QStringLiteral("seq")).toInt();
        c.validBytes = ends.at(i);
    }
    if (c.header.isEmpty())
        return refuse(1, tr("no header"));
    if (planned.size() != c.plan.operations.size())
        return refuse(int(c.events.size()) + 1, tr("the planned lines are incomplete"));
    // A step still open at the end was cut short by a crash: its effect is unknown.
    for (auto it = open.constBegin(); it != open.constEnd(); ++it) {
        if (it.value() == StepPhase::Apply)
            c.steps[it.key()].state = JournalStepState::Interrupted;
        else if (it.value() == StepPhase::Undo)
            c.steps[it.key()].undoInterrupted = true;
    }
    return c;
}

} // namespace mpio
