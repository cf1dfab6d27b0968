#include "ui/wizard/RecentProfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace mpio::ui {

namespace {
const char* const kKey = "profiles/recent";
} // namespace

QStringList RecentProfiles::list()
{
    QStringList out;
    for (const QString& path : QSettings().value(QLatin1String(kKey)).toStringList())
        if (QFileInfo::exists(path) && !out.contains(path) && out.size() < kMax)
            out << path;
    return out;
}

void RecentProfiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = list();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(QLatin1String(kKey), recent.mid(0, kMax));
}

} // namespace mpio::ui
