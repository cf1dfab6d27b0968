#include "BenchResult.h"

#include <QSysInfo>
#include <QThread>

namespace mpio::bench {

QJsonObject Figure::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("goal"), goal},
                  {QStringLiteral("measured"), measured},
                  {QStringLiteral("note"), note}};
    if (measured) {
        o.insert(QStringLiteral("value"), value);
        o.insert(QStringLiteral("unit"), unit);
        o.insert(QStringLiteral("met"), met);
    }
    return o;
}

QJsonObject Report::toJson() const
{
    QJsonArray list;
    for (const Figure& f : figures)
        list.append(f.toJson());
    return QJsonObject{{QStringLiteral("machine"), QSysInfo::prettyProductName()},
                       {QStringLiteral("cores"), QThread::idealThreadCount()},
                       {QStringLiteral("version"), QStringLiteral(MPIO_VERSION)},
                       {QStringLiteral("figures"), list}};
}

QString Report::toMarkdown() const
{
    QString md =
        QStringLiteral("| Benchmark | Measured | Goal | Met | How / why not |\n|---|---|---|---|---|\n");
    for (const Figure& f : figures) {
        const QString value =
            f.measured ? QStringLiteral("%1 %2").arg(f.value, 0, 'f', 2).arg(f.unit) : QStringLiteral("—");
        const QString met = f.measured ? (f.met ? QStringLiteral("yes") : QStringLiteral("**no**"))
                                       : QStringLiteral("not measured");
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(f.title, value, f.goal, met, f.note);
    }
    return md;
}

} // namespace mpio::bench
