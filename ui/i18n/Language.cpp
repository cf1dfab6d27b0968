#include "ui/i18n/Language.h"

#include "core/common/Translations.h"

#include <QSettings>

namespace mpio::ui {

namespace {
const char* const kKey = "ui/language";
} // namespace

QStringList Language::choices()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de")};
}

QString Language::setting()
{
    const QString value = QSettings().value(QLatin1String(kKey), QStringLiteral("system")).toString();
    return choices().contains(value) ? value : QStringLiteral("system"); // a hand-edited value falls back
}

void Language::setSetting(const QString& choice)
{
    QSettings().setValue(QLatin1String(kKey), choices().contains(choice) ? choice : QStringLiteral("system"));
}

QString Language::resolve(const QString& choice)
{
    if (choice == QLatin1String("en") || choice == QLatin1String("de"))
        return choice;
    return Translations::systemLanguage();
}

bool Language::install(QCoreApplication* app, const QString& choice)
{
    return Translations::install(app, resolve(choice));
}

} // namespace mpio::ui
