#include "core/report/AsBuiltJournal.h"

#include <QCoreApplication>

namespace mpio {

namespace {

// Free functions in this file: lupdate files their tr() under the namespace (mpio); members use their
// class's Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio", text);
}

// What a journal line means for the customer's record; empty: not a change (planned, started, header).
QString statusOf(const QString& event, const QString& phase)
{
    const bool undo = phase == QLatin1String("undo");
    if (event == QLatin1String("succeeded"))
        return undo ? tr("rolled back") : tr("applied");
    if (event == QLatin1String("failed"))
        return undo ? tr("roll-back failed") : tr("failed");
    if (event == QLatin1String("adopted"))
        return tr("already in place");
    return {};
}

} // namespace

void AsBuiltJournal::addTo(AsBuiltData& data, const JournalContents& journal)
{
    data.journalPath = journal.path;
    data.findings += journal.plan.findings;
    data.decisions += journal.plan.decisions;
    for (const QJsonObject& e : journal.events) {
        const QString status = statusOf(e.value(QStringLiteral("event")).toString(),
                                        e.value(QStringLiteral("phase")).toString());
        if (status.isEmpty())
            continue;
        const Operation* op = journal.plan.find(e.value(QStringLiteral("op")).toString());
        if (!op)
            continue;
        const bool undo = e.value(QStringLiteral("phase")).toString() == QLatin1String("undo");
        AsBuiltData::Change c;
        c.at = QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        c.side = toString(op->side);
        c.host = op->host;
        c.description = op->description;
        c.command = (undo ? op->undo : op->action).text(); // Action::text() is always sanitized
        c.status = status;
        data.changes.append(c);
    }
}

} // namespace mpio
