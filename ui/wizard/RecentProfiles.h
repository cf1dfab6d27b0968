#pragma once

#include <QStringList>

namespace mpio::ui {

// The profiles the wizard went on with, newest first (QSettings profiles/recent, at most kMax): the Welcome
// page offers them and starts with the newest one that still exists.
class RecentProfiles
{
public:
    static constexpr int kMax = 8;
    static QStringList list(); // only files that still exist
    static void add(const QString& path);
};

} // namespace mpio::ui
