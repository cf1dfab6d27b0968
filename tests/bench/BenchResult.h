#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mpio::bench {

// One measured figure of `./run.sh bench` next to its goal (issue 9). `measured` false means the bench could
// not run here, and `note` says why — a missing figure is reported as missing, never invented.
struct Figure
{
    QString id;    // "startup.mpioctl"
    QString title; // "mpioctl --version, median of 30"
    double value = 0;
    QString unit; // "ms", "×", "%"
    QString goal; // "< 50 ms"
    bool measured = false;
    bool met = false;
    QString note; // how it was measured, or why not

    QJsonObject toJson() const;
};

struct Report
{
    QList<Figure> figures;
    QJsonObject toJson() const;
    QString toMarkdown() const;
};

} // namespace mpio::bench
