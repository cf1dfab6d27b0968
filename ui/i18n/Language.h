#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace mpio::ui {

// The wizard's language: "system" follows the OS locale (the default), "en" and "de" force one. Stored in
// QSettings under ui/language; it takes effect at the next start (widgets are built once, with tr()).
class Language
{
public:
    static QStringList choices(); // "system", "en", "de"
    static QString setting();
    static void setSetting(const QString& choice);
    // The language code actually used for a choice ("system" resolves to the OS locale's language).
    static QString resolve(const QString& choice);
    // Installs Qt's own strings and the wizard's German (embedded .qm, :/i18n) for the language. The
    // translators live as children of the application. Returns false when nothing was installed (English).
    static bool install(QCoreApplication* app, const QString& choice);
};

} // namespace mpio::ui
