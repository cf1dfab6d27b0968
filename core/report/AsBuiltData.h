#pragma once

#include "core/checks/FailoverResult.h"
#include "core/checks/JumboCell.h"
#include "core/model/Site.h"
#include "core/plan/PlanDecision.h"
#include "core/validation/Finding.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mpio {

// Everything the as-built report shows, gathered from the core's records (issue 8). Pieces that a run did
// not produce stay empty and the report says "not run" for them instead of inventing content.
struct AsBuiltData
{
    struct Change // one journal step
    {
        QDateTime at;
        QString side; // truenas | esxi
        QString host;
        QString description;
        QString command;
        QString status; // succeeded | failed | rolled back
    };
    struct PathShareFigure
    {
        QString host;
        QString device;
        QString path;
        QString state;
        double iops = 0;
        double share = 0; // 0..1
    };
    struct HostFacts
    {
        QString name;
        QString version;
        QString iqn;
        QString bindingDecision; // with its reason
        QString claimRule;
        QString devicePolicy; // "VMW_PSP_RR, iops=1"
    };

    QString productVersion;
    QDateTime generatedAt;
    Site site;
    QString truenasVersion;
    QString poolSummary;        // "tank: 10 TiB free, SLOG: none"
    QJsonObject truenasObjects; // portal/initiator group/target/extent ids and IQNs
    QList<HostFacts> hosts;
    QList<JumboCell> jumbo;
    QList<QString> verification; // one line per check, "[pass] …"
    QList<PathShareFigure> shares;
    bool failoverRan = false;
    FailoverResult failover;
    Findings findings;
    QList<PlanDecision> decisions; // the plan's decisions in words (binding mode, claim rule, …)
    QString journalPath;           // where the changes below come from
    QList<Change> changes;
};

} // namespace mpio
