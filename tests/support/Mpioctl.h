#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mpio::test {

// One run of the real mpioctl binary with --json, a private --state-dir and warn-level logs, bounded in
// time (killed after `timeoutMs`). Integration tests drive the product the way scripts do.
struct MpioctlRun
{
    int exitCode = -1;
    QJsonObject json; // stdout as one JSON object (empty when it was not one)
    QByteArray out;   // stdout as printed
    QByteArray err;   // progress and errors (stderr)
};

MpioctlRun mpioctl(const QStringList& args, const QString& stateDir, int timeoutMs = 120000);

// The lab's state dump (control action "state") without what may differ between two equal worlds: counters
// that only grow (ISIDs, TSIHs, object ids handed out, call counts) and the software iSCSI IQN (ESXi keeps
// it when the adapter is disabled again, so no rollback can — or should — remove it).
QJsonValue normalizedLabState(const QJsonValue& state);
// The first place where two JSON values differ ("/hosts/0/vmks/2/mtu: [9000] vs [1500]"), empty if equal.
QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& at = QStringLiteral("/"));

} // namespace mpio::test
