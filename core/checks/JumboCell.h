#pragma once

#include <QList>
#include <QString>

namespace mpio {

// What one vmkping run showed, independent of how its output was parsed.
struct PingOutcome
{
    enum class Error
    {
        None,
        MessageTooLong,
        HostDown,
        NetworkUnreachable,
        Other
    };
    bool ran = false;
    int sent = 0;
    int received = 0;
    double avgRttMs = -1;
    Error error = Error::None;
    QString errorText; // the line ESXi printed
    bool anyReply() const { return ran && received > 0; }
};

// One cell of the jumbo matrix: host × vmk × portal IP (issue 5, MTU-JUMBO-CHECK).
struct JumboCell
{
    enum class Verdict
    {
        Pending,
        Pass,
        Warn,
        Fail
    };

    QString host;
    QString vmk;
    QString vmkPath; // path the vmk belongs to
    QString portalIp;
    QString portalPath; // path the portal IP belongs to
    PingOutcome jumbo;  // -d -s 8972
    PingOutcome small;  // -d -s 1472: same path, when the jumbo ping failed; cross path, always
    Verdict verdict = Verdict::Pending;
    QString ruleId;    // MTU-JUMBO-CHECK, MTU-DIAGNOSIS or MTU-CROSS-PATH
    QString diagnosis; // plain words: what it means and where to look

    bool samePath() const { return vmkPath == portalPath; }
};

} // namespace mpio
