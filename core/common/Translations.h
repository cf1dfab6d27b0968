#pragma once

#include <QString>

class QCoreApplication;

namespace mpio {

// The product's German (the .ts covers core, ui and the wizard; embedded as :/i18n by mpio_core) and Qt's
// own strings for a language code. Shared by the wizard (ui/i18n/Language) and `mpioctl report --lang`.
class Translations
{
public:
    // "de" when the OS locale is German, else "en": German is the only translation so far.
    static QString systemLanguage();
    // Installs the translators for "de" (children of the application) and makes the language the default
    // locale (numbers and dates in reports follow it). "en" installs nothing. False when nothing was
    // installed.
    static bool install(QCoreApplication* app, const QString& code);
};

} // namespace mpio
