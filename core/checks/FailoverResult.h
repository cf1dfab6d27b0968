#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mpio {

struct FailoverThresholds
{
    double maxIoGapMs =
        2000; // the article's claim ("below two seconds"); the report states the measured figure
    bool allowApd = false;
    double minShareBothCarry = 0.2; // each of two paths carries at least 20 % while both are up
    int stepTimeoutMs = 90000; // silent failures take NoopOutInterval + NoopOutTimeout ≈ 25 s (guidance §6)
    int windowPolls = 3;       // polls averaged for the "carry" steps
};

struct FailoverStep
{
    QString id;    // both-active, both-carry, fail-a, b-carries-all, recover
    QString title; // for people
    bool ran = false;
    bool passed = false;
    QString detail; // what was measured, in plain words; the reason when it failed
};

// Figures in milliseconds on the monitor's clock (monotonic, since the monitor started). Resolution is one
// poll interval: the test sees the world only when a poll answers. -1 = not observed.
struct FailoverResult
{
    QList<FailoverStep> steps;
    QString fault; // "switch Core-A down"
    double pollIntervalMs = 0;
    double toPathDeadMs = -1;  // fault → path A reported dead
    double toLastIoOnAMs = -1; // fault → last poll in which A still carried I/O
    double toBAllMs = -1;      // fault → B carries ≥ 99 %
    double ioGapMs = 0; // longest stretch with zero device IOPS after the fault, estimated from the counts
    // The same from poll times only (last poll with I/O → next, over polls that saw none): 0 when every
    // interval saw some I/O, one or two intervals too long when a stall straddles a poll. Kept for
    // comparison.
    double ioGapPollBoundMs = 0;
    bool apd = false;
    double recoverMs = -1; // restore → A active and carrying I/O again
    bool cancelled = false;
    bool passed() const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace mpio
