#pragma once

#include "LabStateDiff.h" // normalizedLabState, firstDifference: the tests using mpioctl compare dumps

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

} // namespace mpio::test
