#include "ui/i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

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
    // German is the only translation so far: every other system language gets English.
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

bool Language::install(QCoreApplication* app, const QString& choice)
{
    const QString code = resolve(choice);
    if (code == QLatin1String("en"))
        return false;
    const QLocale locale(code);
    QLocale::setDefault(locale); // numbers and dates in the report follow the language too
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("mpio_wizard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    return QCoreApplication::installTranslator(own);
}

} // namespace mpio::ui
