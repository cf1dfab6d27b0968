#include "core/checks/FailoverResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace mpio {

bool FailoverResult::passed() const
{
    if (cancelled || steps.isEmpty())
        return false;
    for (const auto& s : steps)
        if (!s.ran || !s.passed)
            return false;
    return true;
}

QJsonObject FailoverResult::toJson() const
{
    QJsonArray a;
    for (const auto& s : steps)
        a.append(QJsonObject{{QStringLiteral("id"), s.id},
                             {QStringLiteral("title"), s.title},
                             {QStringLiteral("ran"), s.ran},
                             {QStringLiteral("passed"), s.passed},
                             {QStringLiteral("detail"), s.detail}});
    return QJsonObject{{QStringLiteral("fault"), fault},
                       {QStringLiteral("clock"), QStringLiteral("monitor monotonic clock, ms")},
                       {QStringLiteral("pollIntervalMs"), pollIntervalMs},
                       {QStringLiteral("toPathDeadMs"), toPathDeadMs},
                       {QStringLiteral("toLastIoOnAMs"), toLastIoOnAMs},
                       {QStringLiteral("toBAllMs"), toBAllMs},
                       {QStringLiteral("ioGapMs"), ioGapMs},
                       {QStringLiteral("ioGapPollBoundMs"), ioGapPollBoundMs},
                       {QStringLiteral("apd"), apd},
                       {QStringLiteral("recoverMs"), recoverMs},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("passed"), passed()},
                       {QStringLiteral("steps"), a}};
}

QString FailoverResult::toText() const
{
    auto ms = [](double v) { return v < 0 ? QStringLiteral("—") : QStringLiteral("%1 ms").arg(qRound(v)); };
    QStringList lines;
    lines << QCoreApplication::translate("mpio::FailoverResult", "Failover test: %1 (poll interval %2 ms)")
                 .arg(fault)
                 .arg(qRound(pollIntervalMs));
    for (const auto& s : steps)
        lines << QStringLiteral("  %1 %2: %3")
                     .arg(!s.ran     ? QStringLiteral("[skip]")
                          : s.passed ? QStringLiteral("[pass]")
                                     : QStringLiteral("[FAIL]"),
                          s.title, s.detail);
    lines << QCoreApplication::translate("mpio::FailoverResult",
                                         "  fault → path dead %1, → last I/O on A %2, → B at 100 % %3, "
                                         "longest I/O gap %4, APD %5, recovery %6")
                 .arg(ms(toPathDeadMs), ms(toLastIoOnAMs), ms(toBAllMs), ms(ioGapMs),
                      apd ? QStringLiteral("yes") : QStringLiteral("no"), ms(recoverMs));
    return lines.join(QLatin1Char('\n'));
}

} // namespace mpio
